import {
  parseVersionRange,
  rangeContains,
  schemeForPurlType,
  type VersionRange,
  type VersionScheme
} from '../vuln/versions'
import type { ListedPackage } from './packages'
import type { Query } from './query'

/** A package that is what the query asks for. */
export interface PackageMatch {
  name: string
  version?: string
  purl?: string
  location?: string
  /**
   * `package`: by its own name; `source`: by the distro source package it was built from
   * (a query for xz-utils finds liblzma5), compared at the source's version.
   */
  via: 'package' | 'source'
  /** With `via: source`: the source package as `name` or `name@version`. */
  source?: string
}

/** A package with the name asked for whose version could not be compared, and why. */
export interface UndeterminedMatch extends Omit<PackageMatch, 'via' | 'source'> {
  why: string
}

export interface QueryResult {
  matches: PackageMatch[]
  undetermined: UndeterminedMatch[]
}

/** purl types whose names purl-spec makes case-insensitive (and pypi's `-_.` runs equal). */
const CASE_INSENSITIVE = new Set(['apk', 'bitbucket', 'composer', 'deb', 'github', 'npm', 'pypi'])

/** Packages of `packages` that `query` finds, with those whose version cannot be compared. */
export function matchPackages(query: Query, packages: readonly ListedPackage[]): QueryResult {
  const ranges = new RangeCache(query.range)
  const result: QueryResult = { matches: [], undetermined: [] }
  for (const pkg of packages) {
    const byName = namedBy(query, pkg)
    const bySource = !byName && sourceNamedBy(query, pkg)
    if (!byName && !bySource) continue
    const version = bySource ? (pkg.source?.version ?? pkg.version) : pkg.version
    const shown = {
      name: pkg.name,
      ...(pkg.version ? { version: pkg.version } : {}),
      ...(pkg.purl ? { purl: pkg.purl } : {}),
      ...(pkg.location ? { location: pkg.location } : {})
    }
    const verdict = ranges.contains(pkg.type, version)
    if (typeof verdict === 'string') {
      result.undetermined.push({ ...shown, why: verdict })
      continue
    }
    if (!verdict) continue
    result.matches.push(
      bySource && pkg.source
        ? {
            ...shown,
            via: 'source',
            source: pkg.source.version
              ? `${pkg.source.name}@${pkg.source.version}`
              : pkg.source.name
          }
        : { ...shown, via: 'package' }
    )
  }
  return result
}

/** Whether the package's own name (and purl type, namespace, qualifiers) is the query's. */
function namedBy(query: Query, pkg: ListedPackage): boolean {
  if (query.kind === 'name') {
    const names = pkg.purlName
      ? [
          pkg.purlName,
          ...(pkg.namespace
            ? [`${pkg.namespace}/${pkg.purlName}`, `${pkg.namespace}:${pkg.purlName}`]
            : [])
        ]
      : [pkg.name]
    return names.some(n => sameName(pkg.type, n, query.name))
  }
  return (
    pkg.type === query.type &&
    sameNamespace(query, pkg) &&
    sameName(pkg.type, pkg.purlName ?? '', query.name) &&
    qualifiersMatch(query, pkg)
  )
}

/** A distro package found by its source package: a query for xz-utils finds liblzma5. */
function sourceNamedBy(query: Query, pkg: ListedPackage): boolean {
  if (!pkg.source) return false
  if (query.kind === 'name') return sameName(pkg.type, pkg.source.name, query.name)
  return (
    pkg.type === query.type &&
    sameNamespace(query, pkg) &&
    sameName(pkg.type, pkg.source.name, query.name) &&
    qualifiersMatch(query, pkg)
  )
}

function sameNamespace(query: Query, pkg: ListedPackage): boolean {
  return query.namespace === undefined || sameName(pkg.type, pkg.namespace ?? '', query.namespace)
}

function qualifiersMatch(query: Query, pkg: ListedPackage): boolean {
  return Object.entries(query.qualifiers).every(([key, value]) => pkg.qualifiers[key] === value)
}

function sameName(type: string | undefined, a: string, b: string): boolean {
  if (type === undefined || !CASE_INSENSITIVE.has(type)) return a === b
  const fold = (s: string) => (type === 'pypi' ? s.replace(/[-_.]+/g, '-') : s).toLowerCase()
  return fold(a) === fold(b)
}

/**
 * The query's range in each package's version scheme, parsed once per scheme. A name query's
 * range meets packages of every ecosystem; where it cannot be read, or a version cannot be
 * compared, the answer is a reason rather than a guess.
 */
class RangeCache {
  private readonly parsed = new Map<VersionScheme, VersionRange | string>()

  constructor(private readonly range: string | undefined) {}

  /** true/false, or why the version cannot be compared. */
  contains(type: string | undefined, version: string | undefined): boolean | string {
    const range = this.range
    if (range === undefined) return true
    if (!version) return 'the SBOM gives no version'
    const scheme = type ? schemeForPurlType(type) : undefined
    if (!scheme)
      return /[<>=!|,*]/.test(range)
        ? `no version ordering is known for ${type ? `${type} packages` : 'packages without a purl'}`
        : version === range
    let parsed = this.parsed.get(scheme)
    if (parsed === undefined) {
      try {
        parsed = parseVersionRange(scheme, range)
      } catch (error) {
        parsed = `"${range}" is not a ${scheme} version range (${(error as Error).message})`
      }
      this.parsed.set(scheme, parsed)
    }
    if (typeof parsed === 'string') return parsed
    try {
      return rangeContains(parsed, version)
    } catch (error) {
      return `${version} is not a ${scheme} version (${(error as Error).message})`
    }
  }
}
