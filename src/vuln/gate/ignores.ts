import { ActionError } from '../../errors'

/** One entry of `ignore-vulnerabilities`: an ID or alias, and the last day it holds. */
export interface IgnoreRule {
  /** The ID or alias as written (matched case-insensitively). */
  id: string
  /** The last day (UTC, YYYY-MM-DD) the ignore holds; from the next day on it lapses. */
  until?: string
  /** The entry as written, for reports. */
  text: string
}

/** An ignore list longer than this is a mistake, not a policy. */
const MAX_RULES = 10_000
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

/**
 * Ignore entries, separated by newlines or commas: `ID` or `ID until=YYYY-MM-DD`, where ID is
 * a record ID or any of its aliases (`GHSA-…`, `CVE-…`, `DSA-…`). `#` starts a comment.
 */
export function parseIgnores(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = []
  for (const line of text.split(/\r?\n/)) {
    for (const raw of line.replace(/#.*/, '').split(',')) {
      const entry = raw.trim()
      if (entry === '') continue
      if (rules.length >= MAX_RULES)
        throw new ActionError(
          'INPUT_INVALID',
          `ignore-vulnerabilities has more than ${MAX_RULES} entries`
        )
      rules.push(parseEntry(entry))
    }
  }
  return rules
}

function parseEntry(entry: string): IgnoreRule {
  const [id = '', ...options] = entry.split(/\s+/)
  const invalid = (what: string) =>
    new ActionError(
      'INPUT_INVALID',
      `ignore-vulnerabilities entry "${entry.slice(0, 200)}": ${what}`,
      {
        hint: 'Write one ID or alias per entry, optionally followed by until=YYYY-MM-DD, e.g. "CVE-2024-3094 until=2026-12-31"'
      }
    )
  if (!ID.test(id)) throw invalid(`"${id.slice(0, 130)}" is not a vulnerability ID`)
  if (options.length === 0) return { id, text: entry }
  const until =
    options.length === 1 ? /^until=(\d{4}-\d{2}-\d{2})$/.exec(options[0] ?? '')?.[1] : undefined
  if (!until) throw invalid('the only option is until=YYYY-MM-DD')
  if (!isCalendarDate(until)) throw invalid(`${until} is not a date`)
  return { id, until, text: entry }
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** True once the rule's last day (UTC) is over. */
export function lapsed(rule: IgnoreRule, now: Date): boolean {
  return rule.until !== undefined && now.toISOString().slice(0, 10) > rule.until
}
