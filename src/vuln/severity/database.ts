import type { OsvAffected, OsvRecord, OsvSeverity, Severity } from '../types'

/**
 * A database's own rating of a record, for records without a CVSS vector: GitHub's advisory
 * severity, Debian's urgency, Ubuntu's priority, and the severity words other distributions
 * put in `database_specific`/`ecosystem_specific` (Red Hat and its rebuilds, SUSE, …).
 */
export interface DatabaseRating {
  severity: Severity
  /** Which database's rating decided, e.g. `GHSA`, `Debian`, `Ubuntu`. */
  source: string
}

/** Records are hostile: a record with more severity entries than this is read up to it. */
const MAX_SEVERITY_ENTRIES = 64

/** A record's or affected entry's `severity` list, bounded; anything but a list is none. */
export function severityEntries(list: unknown): OsvSeverity[] {
  return Array.isArray(list) ? (list.slice(0, MAX_SEVERITY_ENTRIES) as OsvSeverity[]) : []
}

/** Longer than any rating word a database uses; anything longer is not a rating. */
const MAX_WORD_LENGTH = 40

/**
 * Rating words to severities. Debian's `unimportant` and Ubuntu's `negligible` are still
 * vulnerabilities (rated low); `not yet assigned`, `untriaged` and `end-of-life` say nothing
 * about severity and stay unknown.
 */
const WORDS: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  important: 'high',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  unimportant: 'low',
  negligible: 'low',
  none: 'none',
  'not yet assigned': 'unknown',
  untriaged: 'unknown',
  unknown: 'unknown',
  'end-of-life': 'unknown'
}

/**
 * A rating word as a severity, or undefined when the text is not one. Debian decorates its
 * urgencies (`low*`, `medium**` for DSA-derived ones, `low (ssh)`), which say the same level.
 */
export function severityOfWord(value: unknown): Severity | undefined {
  if (typeof value !== 'string' || value.length > MAX_WORD_LENGTH) return undefined
  const word = value
    .toLowerCase()
    .replace(/\(.*\)/, '')
    .replace(/\*+/g, '')
    .trim()
  return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined
}

function field(object: Record<string, unknown> | undefined, key: string): unknown {
  return object && typeof object === 'object' && Object.hasOwn(object, key)
    ? object[key]
    : undefined
}

/** Which database a record comes from, by its ID prefix. */
function databaseOf(id: string): string {
  const prefix = /^([A-Za-z]+)-/.exec(id)?.[1]?.toUpperCase()
  if (prefix === 'GHSA') return 'GHSA'
  if (prefix === 'DEBIAN' || prefix === 'DSA' || prefix === 'DLA' || prefix === 'DTSA')
    return 'Debian'
  if (prefix === 'UBUNTU' || prefix === 'USN') return 'Ubuntu'
  return prefix ?? 'database'
}

/**
 * The record's own rating, most specific first: the matched `affected` entry's, then the
 * record's. A word that names no level (Debian's `not yet assigned`) rates `unknown` only when
 * nothing else in the record rates it.
 */
export function databaseRating(
  record: OsvRecord,
  affected?: OsvAffected
): DatabaseRating | undefined {
  const database = databaseOf(record.id)
  const candidates: { value: unknown; source: string }[] = []
  for (const entry of [...severityEntries(affected?.severity), ...severityEntries(record.severity)])
    if (entry && typeof entry.type === 'string' && entry.type.toLowerCase() === 'ubuntu')
      candidates.push({ value: entry.score, source: 'Ubuntu' })
  for (const holder of [
    affected?.ecosystem_specific,
    affected?.database_specific,
    record.database_specific
  ])
    for (const key of ['severity', 'urgency'])
      candidates.push({ value: field(holder, key), source: database })
  let unknown: DatabaseRating | undefined
  for (const { value, source } of candidates) {
    const severity = severityOfWord(value)
    if (severity === undefined) continue
    if (severity !== 'unknown') return { severity, source }
    unknown ??= { severity, source }
  }
  return unknown
}
