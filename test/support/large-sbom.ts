import { writeFileSync } from 'node:fs'

/**
 * A CycloneDX SBOM file of about `bytes`: components with distinct long descriptions, so that
 * a parser holds real text (repeated strings would be shared and understate it), for the
 * memory test and scripts/bench-sign.ts.
 */
export function writeLargeSbom(path: string, bytes: number): string {
  const components: unknown[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const component = {
      type: 'library',
      name: `package-${i}`,
      version: `1.${i}.0`,
      purl: `pkg:deb/debian/package-${i}@1.${i}.0`,
      description: `${i.toString(36)} `.repeat(200).slice(0, 900)
    }
    size += JSON.stringify(component).length + 1
    components.push(component)
  }
  writeFileSync(
    path,
    JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components })
  )
  return path
}
