import { severityRank } from '../severity'
import type { Finding } from '../types'

/**
 * What every report shares: findings in one stable order, and record text cut to a length a
 * report can carry (records are hostile input: a `details` field can be megabytes).
 */

/** Most severe first (a computed score breaks ties), then by ID and package. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.rating.severity) - severityRank(a.rating.severity) ||
      (b.rating.score ?? -1) - (a.rating.score ?? -1) ||
      compare(a.id, b.id) ||
      compare(a.package.purl, b.package.purl)
  )
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Text cut to `max` characters (an ellipsis marks the cut), made well-formed. */
export function capped(text: string | undefined, max: number): string {
  const value = typeof text === 'string' ? text.toWellFormed() : ''
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

/** The versions that fix a finding, or what to say when none does. */
export function fixedText(finding: Finding): string {
  return finding.fixedIn.length > 0 ? finding.fixedIn.join(', ') : 'no fix known'
}

/** How a suppression reads in a report. */
export function suppressionText(finding: Finding): string | undefined {
  const s = finding.suppressed
  if (!s) return undefined
  return s.by === 'vex' ? `VEX ${s.reason}` : `ignored (${s.reason})`
}
