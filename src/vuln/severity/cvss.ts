import { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } from 'ae-cvss-calculator'

/**
 * CVSS base scores from vector strings. The arithmetic (v4's macro-vector lookup included) is
 * ae-cvss-calculator's; this module decides which text is a vector at all. Records are hostile
 * input and the calculator is lenient (a repeated metric silently overrides, a missing one
 * leaves the score undefined), so a vector must carry every base metric of its version exactly
 * once, with a value the specification defines, before it is scored. Anything else is no score.
 */

/** Longer than any vector a specification allows, with every optional metric. */
const MAX_VECTOR_LENGTH = 512

/** Base metrics and their values (FIRST CVSS v2 guide §2.1, v3.1 specification §7.4, v4.0 specification §7). */
const V2_BASE = { AV: 'LAN', AC: 'HML', Au: 'MSN', C: 'NPC', I: 'NPC', A: 'NPC' }
const V3_BASE = { AV: 'NALP', AC: 'LH', PR: 'NLH', UI: 'NR', S: 'UC', C: 'HLN', I: 'HLN', A: 'HLN' }
const V4_BASE = {
  AV: 'NALP',
  AC: 'LH',
  AT: 'NP',
  PR: 'NLH',
  UI: 'NPA',
  VC: 'HLN',
  VI: 'HLN',
  VA: 'HLN',
  SC: 'HLN',
  SI: 'HLN',
  SA: 'HLN'
}

type BaseMetrics = Record<string, string>

/**
 * The base metrics of a vector in the specification's order, or undefined when the text is not
 * a well-formed vector of that version: a prefix, `metric:value` parts, no metric twice, and
 * every base metric with a defined value. Other metrics (temporal, threat, environmental,
 * supplemental) are checked by the calculator and then dropped: only the base score counts.
 */
function baseVector(text: string, prefix: string, base: BaseMetrics): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_VECTOR_LENGTH || !text.startsWith(prefix))
    return undefined
  const seen = new Map<string, string>()
  for (const part of text.slice(prefix.length).split('/')) {
    const match = /^([A-Za-z]{1,3}):([A-Za-z]{1,8})$/.exec(part)
    if (!match) return undefined
    const [, metric, value] = match as unknown as [string, string, string]
    if (seen.has(metric)) return undefined
    seen.set(metric, value)
  }
  const parts: string[] = []
  for (const [metric, values] of Object.entries(base)) {
    const value = seen.get(metric)
    if (value === undefined || value.length !== 1 || !values.includes(value)) return undefined
    parts.push(`${metric}:${value}`)
  }
  return `${prefix}${parts.join('/')}`
}

type Calculator = new (vector: string) => { calculateScores(): { base: number | undefined } }

/**
 * Scores already computed, by vector. The calculator takes milliseconds per v4 vector, and a
 * scan rates the same few hundred vectors over and over (one record, many packages).
 */
const scores = new Map<string, number | undefined>()
const MAX_CACHED_SCORES = 10_000

/**
 * The base score of a vector: the whole vector must parse (the calculator rejects metrics and
 * values its version does not define), and the base metrics alone are scored. The calculator's
 * failure is no score, never a throw.
 */
function score(Version: Calculator, vector: string, base: string): number | undefined {
  if (scores.has(vector)) return scores.get(vector)
  let result: number | undefined
  try {
    if (vector !== base) new Version(vector)
    const value = new Version(base).calculateScores().base
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10)
      result = Math.round(value * 10) / 10
  } catch {
    result = undefined
  }
  if (scores.size >= MAX_CACHED_SCORES) scores.clear()
  scores.set(vector, result)
  return result
}

/** CVSS v3.0 or v3.1 base score (`CVSS:3.1/AV:N/…`), or undefined for a malformed vector. */
export function cvss3BaseScore(vector: string): number | undefined {
  const v31 = baseVector(vector, 'CVSS:3.1/', V3_BASE)
  if (v31) return score(Cvss3P1, vector, v31)
  const v30 = baseVector(vector, 'CVSS:3.0/', V3_BASE)
  return v30 ? score(Cvss3P0, vector, v30) : undefined
}

/** CVSS v4.0 base score (CVSS-B: base metrics only), or undefined for a malformed vector. */
export function cvss4BaseScore(vector: string): number | undefined {
  const v4 = baseVector(vector, 'CVSS:4.0/', V4_BASE)
  return v4 ? score(Cvss4P0, vector, v4) : undefined
}

/** CVSS v2 base score (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses or after `CVSS:2.0/`). */
export function cvss2BaseScore(vector: string): number | undefined {
  if (typeof vector !== 'string') return undefined
  const bare = vector.replace(/^\((.*)\)$/, '$1').replace(/^CVSS:2\.0\//, '')
  const v2 = baseVector(`/${bare}`, '/', V2_BASE)
  return v2 ? score(Cvss2, bare, v2.slice(1)) : undefined
}
