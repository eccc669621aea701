import type { Match, OsvAffected, OsvRecord, ScanPackage } from '../types'
import { compareVersions, isAffected, schemeForEcosystem, type VersionScheme } from '../versions'
import { namesPackage } from './source'

/**
 * The records that affect `pkg` at its installed version, one Match per record.
 *
 * Only an `affected` entry for the package's own OSV ecosystem counts, release included:
 * a `Debian:11` entry never matches a `Debian:12` package, and a language advisory (npm,
 * Maven, …) never matches a distribution package, whose fixes the distribution backports
 * under its own version numbers. Withdrawn records never match.
 *
 * Throws InvalidVersionError when the installed version cannot be read by the ecosystem's
 * rules: the caller reports the package as not scanned, never as clean.
 */
export function match(pkg: ScanPackage, records: OsvRecord[]): Match[] {
  const scheme = schemeForEcosystem(pkg.osv.ecosystem)
  if (!scheme) return []
  const out: Match[] = []
  const seen = new Set<string>()
  for (const record of records) {
    if (record.withdrawn || seen.has(record.id)) continue
    const entries = (record.affected ?? []).filter(a => namesPackage(a?.package, pkg.osv))
    const hit = entries.find(a => isAffected(a, pkg.osv.version, scheme))
    if (!hit) continue
    seen.add(record.id)
    out.push({
      package: pkg,
      record,
      affected: hit,
      fixedIn: fixedIn(entries, pkg.osv.version, scheme)
    })
  }
  return out
}

/** `fixed` events of the package's entries above the installed version, lowest first. */
function fixedIn(entries: OsvAffected[], installed: string, scheme: VersionScheme): string[] {
  const fixes = new Map<string, VersionScheme>()
  for (const entry of entries)
    for (const range of entry.ranges ?? []) {
      if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') continue
      const rangeScheme = range.type === 'SEMVER' && scheme !== 'go' ? 'semver' : scheme
      for (const event of range.events ?? [])
        if ('fixed' in event && typeof event.fixed === 'string') fixes.set(event.fixed, rangeScheme)
    }
  const above = [...fixes].filter(([version, s]) => compare(s, version, installed) > 0)
  return above.sort(([a, s], [b]) => compare(s, a, b)).map(([version]) => version)
}

/** The scheme's order; a version it cannot read sorts last (it is kept, not guessed at). */
function compare(scheme: VersionScheme, a: string, b: string): number {
  try {
    return compareVersions(scheme, a, b)
  } catch {
    return 1
  }
}
