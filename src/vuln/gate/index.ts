import { severityRank } from '../severity'
import { SEVERITIES, type Finding, type Severity, type Suppression } from '../types'
import { lapsed, type IgnoreRule } from './ignores'
import {
  purlKey,
  purlMatches,
  type PurlKey,
  type VexDocument,
  type VexProduct,
  type VexStatement
} from './vex'

export { parseIgnores, type IgnoreRule } from './ignores'
export {
  loadVex,
  type VexDocument,
  type VexStatement,
  type VexProduct,
  type VexStatus
} from './vex'

export interface GateOptions {
  /** The least severe level that fails the gate; `none` never fails (and `unknown`, below every level, fails on any finding). */
  failOn: Severity | 'none'
  /** How a finding rated `unknown` ranks; the documented default is `critical` (fail closed). */
  unknownAs: Severity
  ignores: IgnoreRule[]
  vex?: VexDocument
  /** What was scanned: the image digest and/or purls VEX products may name it by. */
  subject: { digest?: string; purls?: string[] }
  now: Date
}

export interface GateResult {
  /** Every finding, with `suppressed` set on those a VEX statement or an ignore set aside. */
  findings: Finding[]
  /** The findings that fail the gate: not suppressed, and ranked at or above `failOn`. */
  failing: Finding[]
  /** Ignores whose date has passed and that would otherwise have set a finding aside: warn about them. */
  lapsedIgnores: IgnoreRule[]
  /** Findings not set aside, by severity (`unknown` counted as such, whatever it ranks as). */
  counts: Record<Severity, number>
}

/**
 * Decides which findings fail: VEX `not_affected`/`fixed` statements and live ignores set
 * findings aside; an ignore past its date no longer does (the finding counts, and the ignore is
 * listed to warn about); the rest fail when ranked at or above `failOn`, an `unknown` finding
 * ranking as `unknownAs`.
 */
export function applyGate(findings: Finding[], options: GateOptions): GateResult {
  const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>
  const failing: Finding[] = []
  const lapsedIgnores = new Set<IgnoreRule>()
  const threshold = options.failOn === 'none' ? Infinity : severityRank(options.failOn)
  const unknownRank =
    options.unknownAs === 'unknown' ? severityRank('critical') : severityRank(options.unknownAs)
  const subject = {
    digest: options.subject.digest,
    purls: (options.subject.purls ?? []).flatMap(p => purlKey(p) ?? [])
  }
  const vex = indexByVulnerability(options.vex)
  const gated = findings.map(finding => {
    const ids = [finding.id, ...finding.aliases].map(id => id.toLowerCase())
    const suppressed =
      finding.suppressed ??
      vexSuppression(ids, finding.package.purl, vex, subject) ??
      ignoreSuppression(ids, options, lapsedIgnores)
    const result: Finding = suppressed ? { ...finding, suppressed } : finding
    if (suppressed) return result
    counts[finding.rating.severity]++
    const rank =
      finding.rating.severity === 'unknown' ? unknownRank : severityRank(finding.rating.severity)
    if (rank >= threshold) failing.push(result)
    return result
  })
  return { findings: gated, failing, lapsedIgnores: [...lapsedIgnores], counts }
}

function ignoreSuppression(
  ids: string[],
  options: GateOptions,
  lapsedIgnores: Set<IgnoreRule>
): Suppression | undefined {
  const rules = options.ignores.filter(rule => ids.includes(rule.id.toLowerCase()))
  const live = rules.find(rule => !lapsed(rule, options.now))
  if (live) return { by: 'ignore', reason: live.text, ...(live.until ? { until: live.until } : {}) }
  for (const rule of rules) lapsedIgnores.add(rule)
  return undefined
}

/** What the gate matches VEX products against: the scanned image's digest and purls. */
interface Subject {
  digest: string | undefined
  purls: PurlKey[]
}

/** VEX statements by each (lower-cased) vulnerability ID and alias they name. */
function indexByVulnerability(vex: VexDocument | undefined): Map<string, VexStatement[]> {
  const index = new Map<string, VexStatement[]>()
  for (const statement of vex?.statements ?? [])
    for (const id of new Set(statement.vulnerabilities)) {
      const list = index.get(id)
      if (list) list.push(statement)
      else index.set(id, [statement])
    }
  return index
}

/**
 * The latest VEX statement about this vulnerability in this package decides (among statements
 * of one time, the later in the document); only `not_affected` and `fixed` suppress.
 */
function vexSuppression(
  ids: string[],
  purl: string,
  vex: Map<string, VexStatement[]>,
  subject: Subject
): Suppression | undefined {
  if (vex.size === 0) return undefined
  const pkg = purlKey(purl)
  let latest: VexStatement | undefined
  for (const statement of ids.flatMap(id => vex.get(id) ?? [])) {
    if (!statement.products.some(product => productCovers(product, pkg, subject))) continue
    if (
      !latest ||
      statement.timestamp > latest.timestamp ||
      (statement.timestamp === latest.timestamp && statement.index > latest.index)
    )
      latest = statement
  }
  if (!latest || (latest.status !== 'not_affected' && latest.status !== 'fixed')) return undefined
  const why = [latest.justification, latest.impactStatement].filter(Boolean).join(': ')
  return { by: 'vex', reason: why ? `${latest.status}: ${why}` : latest.status }
}

/**
 * Whether a VEX product speaks of this package: the product is the package itself, or the
 * product is the scanned subject (its image digest or purl) and either names no subcomponents
 * (the statement covers all of it) or names this package among them.
 */
function productCovers(product: VexProduct, pkg: PurlKey | undefined, subject: Subject): boolean {
  if (pkg && product.purl && purlMatches(product.purl, pkg)) return true
  const productPurl = product.purl
  const isSubject =
    (product.digest !== undefined && product.digest === subject.digest) ||
    (productPurl !== undefined && subject.purls.some(s => purlMatches(productPurl, s)))
  if (!isSubject) return false
  if (product.subcomponents.length === 0) return true
  return (
    pkg !== undefined &&
    product.subcomponents.some(s => s.purl !== undefined && purlMatches(s.purl, pkg))
  )
}
