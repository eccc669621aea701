import type { Sbom } from '../../../../src/sbom/types'

/** An SBOM around a parsed document, as packagesOf reads it (it reads only format and document). */
export function sbomOf(document: Record<string, unknown>): Sbom {
  const spdx = typeof document.spdxVersion === 'string'
  return {
    format: spdx ? 'spdx-json' : 'cyclonedx-json',
    specVersion: spdx ? '2.3' : '1.6',
    document,
    bytes: Buffer.from(JSON.stringify(document)),
    predicateType: spdx ? 'https://spdx.dev/Document' : 'https://cyclonedx.org/bom',
    summary: { total: 0, byEcosystem: {} } as unknown as Sbom['summary']
  }
}

/** A CycloneDX document of these components. */
export function cyclonedx(components: Record<string, unknown>[]): Sbom {
  return sbomOf({ bomFormat: 'CycloneDX', specVersion: '1.6', components })
}
