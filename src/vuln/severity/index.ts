import { SEVERITIES, type OsvAffected, type OsvRecord, type Rating, type Severity } from '../types'
import { cvss2BaseScore, cvss3BaseScore, cvss4BaseScore } from './cvss'
import { databaseRating, severityEntries } from './database'

export { cvss2BaseScore, cvss3BaseScore, cvss4BaseScore } from './cvss'
export { severityOfWord } from './database'

/** FIRST's qualitative severity rating scale (CVSS v3.1 specification §5, v4.0 §6). */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'none'
}

/** How severe a level is: 5 for critical down to 1 for none, 0 for unknown. */
export function severityRank(severity: Severity): number {
  return severity === 'unknown' ? 0 : SEVERITIES.length - 1 - SEVERITIES.indexOf(severity)
}

/** Vector types in the order they decide: the newest CVSS version a record carries wins. */
const SCORERS: readonly [string, (vector: string) => number | undefined][] = [
  ['CVSS_V4', cvss4BaseScore],
  ['CVSS_V3', cvss3BaseScore],
  ['CVSS_V2', cvss2BaseScore]
]

/**
 * The rating a vector in the record gives: the matched `affected` entry's vectors (OSV lets a
 * record rate each package) before the record's, the newest CVSS version first, and among
 * vectors of one version the highest score. A malformed vector is skipped.
 */
function vectorRating(record: OsvRecord, affected?: OsvAffected): Rating | undefined {
  for (const list of [severityEntries(affected?.severity), severityEntries(record.severity)]) {
    for (const [type, scorer] of SCORERS) {
      let best: Rating | undefined
      for (const entry of list) {
        if (entry?.type !== type || typeof entry.score !== 'string') continue
        const score = scorer(entry.score)
        if (score !== undefined && (best?.score === undefined || score > best.score))
          best = { severity: severityOfScore(score), score, vector: entry.score, source: type }
      }
      if (best) return best
    }
  }
  return undefined
}

/** The record's own rating: a CVSS vector, else its database's word; undefined when neither rates it. */
function ownRating(record: OsvRecord, affected?: OsvAffected): Rating | undefined {
  return vectorRating(record, affected) ?? databaseRating(record, affected)
}

/** The most severe of the related records' ratings; a computed score wins a tie. */
function relatedRating(related: OsvRecord[]): Rating | undefined {
  let best: Rating | undefined
  for (const other of related) {
    const rating = ownRating(other)
    if (!rating || rating.severity === 'unknown') continue
    const candidate = { ...rating, source: `${rating.source} (${other.id})` }
    const rank = severityRank(candidate.severity)
    const bestRank = best ? severityRank(best.severity) : -1
    if (
      rank > bestRank ||
      (rank === bestRank && candidate.score !== undefined && best?.score === undefined)
    )
      best = candidate
  }
  return best
}

/**
 * How severe one record is for one package: a CVSS v4 > v3.x > v2 base score from a vector
 * (the matched `affected` entry's first, then the record's), else the database's own rating
 * (GHSA severity, Debian urgency, Ubuntu priority, …), else the most severe rating of the
 * `related` records the caller fetched (the record's upstream CVE and aliases), else `unknown`.
 * Never throws: records are hostile, and what cannot be read does not rate.
 */
export function rate(record: OsvRecord, affected?: OsvAffected, related: OsvRecord[] = []): Rating {
  const own = ownRating(record, affected)
  if (own && own.severity !== 'unknown') return own
  return relatedRating(related) ?? own ?? { severity: 'unknown', source: 'none' }
}
