import type { Finding, OsvRecord, Rating, ScanResult } from '../../../src/vuln/types'

/** A finding as the scan would hand it to the gate: one record matched against one package. */
export function finding(
  id: string,
  purl: string,
  rating: Rating,
  extra: { aliases?: string[]; fixedIn?: string[]; record?: Partial<OsvRecord> } = {}
): Finding {
  const [, name = purl, version = ''] = /^pkg:[^/]+\/(?:.*\/)?([^@/?]+)@([^?#]+)/.exec(purl) ?? []
  const record: OsvRecord = { id, modified: '2026-01-01T00:00:00Z', ...(extra.record ?? {}) }
  return {
    id,
    aliases: extra.aliases ?? [],
    rating,
    package: {
      purl,
      name: decodeURIComponent(name),
      version: decodeURIComponent(version),
      osv: {
        ecosystem: 'Debian:12',
        name: decodeURIComponent(name),
        version: decodeURIComponent(version)
      }
    },
    record,
    affected: {},
    fixedIn: extra.fixedIn ?? []
  }
}

export function scanResult(findings: Finding[]): ScanResult {
  return {
    scanner: {
      name: 'sbom-sign-action',
      version: '0.1.0',
      uri: 'https://github.com/sbom-sign-action/sbom-sign-action'
    },
    database: { source: 'https://api.osv.dev', updatedAt: '2026-11-29T10:00:00Z' },
    packages: findings.map(f => f.package),
    unscanned: [{ name: 'mystery', version: '1', why: 'no purl' }],
    findings,
    startedAt: '2026-11-30T07:00:00Z',
    finishedAt: '2026-11-30T07:00:02Z'
  }
}
