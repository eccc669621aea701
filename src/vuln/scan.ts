import type { Sbom } from '../sbom/types'
import { TOOL } from '../sbom/tool'
import { match, packagesOf, type VulnerabilitySource } from './osv'
import { rate, severityRank } from './severity'
import type { Finding, Match, OsvRecord, ScanPackage, ScanResult, UnscannedPackage } from './types'
import { InvalidVersionError } from './versions'

export interface ScanOptions {
  /** Where the scanner is described, for SARIF's `informationUri` (the action's repository). */
  scannerUri?: string
  /** The clock, for reproducible results in tests. */
  now?: () => Date
}

/**
 * Scans one SBOM: its packages → the records the source has for them → the records that
 * affect the installed versions → a rating each. A record that rates nothing itself (many
 * distribution records carry no CVSS vector) is rated by its upstream and alias records,
 * fetched through the same source.
 */
export async function scanSbom(
  sbom: Sbom,
  source: VulnerabilitySource,
  options: ScanOptions = {}
): Promise<ScanResult> {
  const now = options.now ?? (() => new Date())
  const startedAt = now().toISOString()
  const { packages: candidates, unscanned } = packagesOf(sbom)
  const found = await source.lookup(candidates)

  const packages: ScanPackage[] = []
  const matches: Match[] = []
  let updatedAt: string | undefined
  for (const pkg of candidates) {
    const records = found.get(pkg) ?? []
    for (const record of records) updatedAt = newer(updatedAt, record.modified)
    try {
      matches.push(...match(pkg, records))
      packages.push(pkg)
    } catch (error) {
      if (!(error instanceof InvalidVersionError)) throw error
      unscanned.push(unreadable(pkg, error))
    }
  }

  const findings = await rateAll(matches, source)
  findings.sort(
    (a, b) =>
      severityRank(b.rating.severity) - severityRank(a.rating.severity) ||
      a.package.name.localeCompare(b.package.name) ||
      a.id.localeCompare(b.id)
  )
  return {
    scanner: {
      name: TOOL.name,
      version: TOOL.version,
      uri: options.scannerUri ?? `urn:${TOOL.vendor}:${TOOL.name}`
    },
    database: { source: source.description, ...(updatedAt ? { updatedAt } : {}) },
    packages,
    unscanned,
    findings,
    startedAt,
    finishedAt: now().toISOString()
  }
}

/** Ratings for every match; the related records of those that rate nothing are fetched once, together. */
async function rateAll(matches: Match[], source: VulnerabilitySource): Promise<Finding[]> {
  const own = matches.map(m => rate(m.record, m.affected))
  const wanted = new Set<string>()
  matches.forEach((m, i) => {
    if (own[i]?.severity === 'unknown') for (const id of relatedIds(m.record)) wanted.add(id)
  })
  const related = new Map<string, OsvRecord>()
  if (wanted.size > 0)
    for (const record of await source.fetch([...wanted])) related.set(record.id, record)
  return matches.map((m, i) => {
    const rating =
      own[i]?.severity === 'unknown'
        ? rate(
            m.record,
            m.affected,
            relatedIds(m.record).flatMap(id => related.get(id) ?? [])
          )
        : (own[i] as Finding['rating'])
    return { ...m, id: m.record.id, aliases: relatedIds(m.record), rating }
  })
}

/** The record's upstream IDs (a Debian record's CVE) and aliases, without itself. */
function relatedIds(record: OsvRecord): string[] {
  const ids = [...(record.upstream ?? []), ...(record.aliases ?? [])].filter(
    id => typeof id === 'string' && id !== record.id
  )
  return [...new Set(ids)]
}

function unreadable(pkg: ScanPackage, error: InvalidVersionError): UnscannedPackage {
  return {
    purl: pkg.purl,
    name: pkg.name,
    version: pkg.version,
    why: `${pkg.osv.ecosystem} cannot compare its version: ${error.message}`
  }
}

function newer(current: string | undefined, candidate: string | undefined): string | undefined {
  if (typeof candidate !== 'string' || Number.isNaN(Date.parse(candidate))) return current
  return !current || Date.parse(candidate) > Date.parse(current) ? candidate : current
}
