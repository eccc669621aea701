import { InvalidVersionError } from './error'
import { compareVersions, schemeForPurlType, type VersionScheme } from './scheme'

/**
 * Version constraints as an incident responder types them, e.g. `>=5.6.0,<5.6.2`:
 * comparators `=` `!=` `<` `<=` `>` `>=` (a bare version means `=`), `,` joins constraints that
 * must all hold, `|` separates alternatives, `*` matches any version.
 *
 * With a purl-spec `vers:<type>/` prefix the text is read as vers itself: constraints are
 * separated by `|` only, and a version is contained per vers' algorithm (equalities first,
 * then the intervals the sorted `<`/`>` comparators bound), so `vers:deb/>=5.6.0|<5.6.2` is
 * the interval, as vers means it.
 */
export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>='

export interface Comparator {
  operator: Operator
  version: string
}

export type VersionRange =
  | { scheme: VersionScheme; kind: 'any' }
  | { scheme: VersionScheme; kind: 'constraints'; anyOf: Comparator[][] }
  | { scheme: VersionScheme; kind: 'vers'; comparators: Comparator[] }

/** Bounds what one range may ask for. */
const MAX_RANGE_LENGTH = 4096
const MAX_COMPARATORS = 64

const COMPARATOR = /^(>=|<=|!=|<|>|=)?\s*(\S.*)$/

export function parseVersionRange(scheme: VersionScheme, text: string): VersionRange {
  const fail = (reason: string): never => {
    throw new InvalidVersionError(scheme, text, `as a version range: ${reason}`)
  }
  if (text.length > MAX_RANGE_LENGTH) fail(`longer than ${MAX_RANGE_LENGTH} characters`)
  let body = text.trim()
  const vers = /^vers:([^/]+)\/(.*)$/i.exec(body)
  if (vers) {
    const typeScheme = schemeForPurlType(vers[1]!)
    if (typeScheme !== undefined && typeScheme !== scheme) {
      fail(`vers type ${vers[1]} uses ${typeScheme} versions, not ${scheme}`)
    }
    body = vers[2]!.trim()
  }
  if (body === '') fail('empty')
  if (body === '*') return { scheme, kind: 'any' }

  const comparator = (part: string): Comparator => {
    const m = COMPARATOR.exec(part.trim())
    if (!m) return fail(`empty constraint in ${JSON.stringify(text)}`)
    const version = m[2]!.trim()
    if (/[\s<>=!,|*]/.test(version))
      fail(`cannot read the constraint ${JSON.stringify(part.trim())}`)
    // Reads the version now: a typo is the caller's error, not a silent "no".
    compareVersions(scheme, version, version)
    return { operator: (m[1] ?? '=') as Operator, version }
  }

  if (vers) {
    const parts = body.split('|')
    if (parts.length > MAX_COMPARATORS) fail(`more than ${MAX_COMPARATORS} constraints`)
    return { scheme, kind: 'vers', comparators: parts.map(comparator) }
  }
  const alternatives = body.split('|').map(alt => alt.split(','))
  if (alternatives.flat().length > MAX_COMPARATORS) fail(`more than ${MAX_COMPARATORS} constraints`)
  return { scheme, kind: 'constraints', anyOf: alternatives.map(alt => alt.map(comparator)) }
}

function holds(scheme: VersionScheme, version: string, c: Comparator): boolean {
  const d = compareVersions(scheme, version, c.version)
  switch (c.operator) {
    case '=':
      return d === 0
    case '!=':
      return d !== 0
    case '<':
      return d < 0
    case '<=':
      return d <= 0
    case '>':
      return d > 0
    case '>=':
      return d >= 0
  }
}

/** Whether the range contains `version`; throws InvalidVersionError when it cannot be read. */
export function rangeContains(range: VersionRange, version: string): boolean {
  compareVersions(range.scheme, version, version)
  if (range.kind === 'any') return true
  if (range.kind === 'constraints') {
    return range.anyOf.some(all => all.every(c => holds(range.scheme, version, c)))
  }
  return versContains(range.scheme, range.comparators, version)
}

/** purl-spec vers containment: equalities decide first, then the sorted interval bounds. */
function versContains(scheme: VersionScheme, comparators: Comparator[], version: string): boolean {
  const bounds: Comparator[] = []
  for (const c of comparators) {
    const equal = compareVersions(scheme, version, c.version) === 0
    if (c.operator === '=' && equal) return true
    if (c.operator === '!=' && equal) return false
    if (c.operator !== '=' && c.operator !== '!=') bounds.push(c)
  }
  if (bounds.length === 0) return comparators.some(c => c.operator === '!=')
  bounds.sort((a, b) => compareVersions(scheme, a.version, b.version))
  const below = (c: Comparator): boolean => c.operator === '<' || c.operator === '<='
  for (let i = 0; i < bounds.length; i++) {
    const current = bounds[i]!
    const next = bounds[i + 1]
    if (i === 0 && below(current) && holds(scheme, version, current)) return true
    if (next === undefined && !below(current) && holds(scheme, version, current)) return true
    if (next !== undefined && !below(current) && below(next)) {
      if (holds(scheme, version, current) && holds(scheme, version, next)) return true
    }
  }
  return false
}
