import type { OsvRecord, ScanPackage } from '../types'

/** Where OSV records come from: OSV's API (or a mirror of it), or an offline export. */
export interface VulnerabilitySource {
  /** The API URL or the database path, for the report. */
  readonly description: string
  /**
   * The records that name each package (its OSV ecosystem and name). They still have to be
   * matched against the installed version: a source may return records of other versions.
   */
  lookup(packages: ScanPackage[]): Promise<Map<ScanPackage, OsvRecord[]>>
  /** Records by ID (upstream and alias records, for their severity); unknown IDs are left out. */
  fetch(ids: string[]): Promise<OsvRecord[]>
}

/** Whether an affected entry's package is `pkg`'s OSV package (PyPI names compare normalised). */
export function namesPackage(
  affected: { ecosystem: string; name: string } | undefined,
  pkg: { ecosystem: string; name: string }
): boolean {
  if (!affected || affected.ecosystem !== pkg.ecosystem) return false
  if (pkg.ecosystem === 'PyPI') return normaliseName(affected.name) === normaliseName(pkg.name)
  return affected.name === pkg.name
}

/** PEP 503 normalisation; also the loose form a database prefilter compares names in. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** The minimum shape of a record this scanner relies on, checked before it counts. */
export function isOsvRecord(value: unknown): value is OsvRecord {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.id === 'string' &&
    record.id.length > 0 &&
    (record.affected === undefined || Array.isArray(record.affected)) &&
    (record.modified === undefined || typeof record.modified === 'string')
  )
}
