import { join } from 'node:path'
import type { GateSeverity, VulnerabilityConfig } from '../config'
import { writeFileAtomic, type OutputDir } from '../files'
import { log } from '../log'
import type { RetryBudget } from '../network/retry'
import type { Reference } from '../oci'
import type { Sbom } from '../sbom'
import { purl } from '../sbom/purl'
import { applyGate, loadVex, type GateResult, type VexDocument } from '../vuln/gate'
import { osvApi, osvDatabase, type VulnerabilitySource } from '../vuln/osv'
import { summaryMarkdown, toJson, toSarif, type IncompleteSbom } from '../vuln/report'
import { scanSbom } from '../vuln/scan'
import type { ScanResult, Severity } from '../vuln/types'

/** What one scanned SBOM is of, for the reports and for VEX statements about the image. */
export interface ScanSubject {
  /** Shown in reports: `registry/repo@sha256:…`, or the SBOM file's path. */
  artifact: string
  /** The manifest the SBOM describes, when it describes an image. */
  digest?: string
  platform?: string
  /** purls the image is known by (`pkg:oci/…`), for VEX products. */
  purls?: string[]
}

/** One SBOM's scan and what the gate made of it. */
export interface GatedScan {
  subject: ScanSubject
  failOn: GateSeverity | 'none'
  result: ScanResult
  gate: GateResult
  /** What the SBOM says cataloging left out (its incomplete mark); empty when it claims none. */
  leftOut: string[]
  /**
   * The gate fails on `leftOut`: a gate is set, the SBOM marks itself incomplete, and
   * `allow-incomplete-sbom` is off. What an SBOM left out was never scanned, so its findings
   * alone cannot pass the image.
   */
  incompleteFails: boolean
}

/** Scans SBOMs against one source, with one VEX document, for a whole run. */
export interface Scanner {
  readonly description: string
  scan(sbom: Sbom, subject: ScanSubject, failOn: GateSeverity | 'none'): Promise<GatedScan>
}

/** The severities the outputs count, in the order the summary shows them. */
export const COUNTED_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const

export const JSON_REPORT = 'vulnerabilities.json'
export const SARIF_REPORT = 'vulnerabilities.sarif'

/**
 * The source the config names (a local database, else the API or its mirror) and the VEX
 * document, read once: a bad path fails before any image is pulled or scanned.
 */
export async function openScanner(
  config: VulnerabilityConfig,
  budget: RetryBudget
): Promise<Scanner> {
  const source: VulnerabilitySource = config.database
    ? await osvDatabase(config.database)
    : osvApi({ url: config.osvURL, budget })
  const vex: VexDocument | undefined = config.vex ? await loadVex(config.vex) : undefined
  const warned = new Set<string>()
  return {
    description: source.description,
    async scan(sbom, subject, failOn) {
      const result = await scanSbom(sbom, source, {})
      const gate = applyGate(result.findings, {
        failOn,
        unknownAs: config.unknownAs,
        ignores: config.ignores,
        vex,
        subject: { digest: subject.digest, purls: subject.purls },
        now: new Date()
      })
      for (const lapsed of gate.lapsedIgnores) {
        if (warned.has(lapsed.text)) continue
        warned.add(lapsed.text)
        log.warning(
          `ignore-vulnerabilities: "${lapsed.text}" lapsed after ${lapsed.until}: ${lapsed.id} counts again. Fix it, or review the exception and give it a new date`
        )
      }
      const leftOut = sbom.summary.skipped ?? []
      const incompleteFails = failOn !== 'none' && leftOut.length > 0 && !config.allowIncomplete
      return { subject, failOn, result, gate, leftOut, incompleteFails }
    }
  }
}

/** What an incomplete SBOM says it left out, in brief: how many problems, and the first. */
export function leftOutSummary(leftOut: readonly string[]): string {
  return `${leftOut.length} problem(s); the first: ${leftOut[0]}`
}

/** A scan's SBOM as the reports show it when it marks itself incomplete. */
function incompleteSbom(scan: GatedScan): IncompleteSbom | undefined {
  return scan.leftOut.length > 0
    ? { leftOut: scan.leftOut, failsGate: scan.incompleteFails }
    : undefined
}

/** The hint for an SBOM the gate fails because it marks itself incomplete. */
const INCOMPLETE_HINT =
  'Mend what the SBOM says it left out (the log of the run that made it names each part), or set "allow-incomplete-sbom: true" (--allow-incomplete-sbom) to gate on what it lists'

/** Why the gate fails, across scans (the findings, one each, and SBOMs that left parts out), or undefined. */
export function gateFailure(scans: GatedScan[]): string | undefined {
  const failing = scans.flatMap(s => s.gate.failing.map(f => ({ scan: s, finding: f })))
  const incomplete = scans.filter(s => s.incompleteFails)
  if (failing.length === 0 && incomplete.length === 0) return undefined
  const where = (scan: GatedScan) => (scan.subject.platform ? ` on ${scan.subject.platform}` : '')
  const shown = failing.slice(0, 5).map(({ scan, finding }) => {
    return `${finding.id} (${finding.rating.severity}) in ${finding.package.name} ${finding.package.version}${where(scan)}`
  })
  const more = failing.length > shown.length ? `, and ${failing.length - shown.length} more` : ''
  const reasons = shown.length > 0 ? [`${shown.join('; ')}${more}`] : []
  for (const scan of incomplete)
    reasons.push(
      `the SBOM${where(scan)} marks itself incomplete (${leftOutSummary(scan.leftOut)}), so what it left out was not scanned. ${INCOMPLETE_HINT}`
    )
  const threshold = scans[0]?.failOn ?? 'none'
  return `vulnerability gate (fail on ${threshold} and above): ${reasons.join('; ')}`
}

/**
 * The JSON report (each scan's own report, with what it is of) and one SARIF log with a
 * run per scan, each with its own category so code scanning keeps them apart.
 */
export async function writeScanReports(
  dir: OutputDir,
  scans: GatedScan[],
  paths: { json?: string; sarif?: string } = {}
): Promise<{ json: string; sarif: string }> {
  const json = paths.json ?? join(dir.path, JSON_REPORT)
  const sarif = paths.sarif ?? join(dir.path, SARIF_REPORT)
  const jsonText = `${JSON.stringify(jsonReport(scans), null, 2)}\n`
  await writeFileAtomic(json, jsonText, paths.json ? '--json' : dir.origin)
  const sarifText = `${JSON.stringify(sarifLog(scans), null, 2)}\n`
  await writeFileAtomic(sarif, sarifText, paths.sarif ? '--sarif' : dir.origin)
  return { json, sarif }
}

export function jsonReport(scans: GatedScan[]): object {
  return {
    passed: scans.every(s => s.gate.failing.length === 0 && !s.incompleteFails),
    counts: countFindings(scans),
    scans: scans.map(s => {
      const incomplete = incompleteSbom(s)
      return {
        artifact: s.subject.artifact,
        ...(s.subject.platform ? { platform: s.subject.platform } : {}),
        ...(s.subject.digest ? { digest: s.subject.digest } : {}),
        failOn: s.failOn,
        ...(incomplete ? { incompleteSbom: incomplete } : {}),
        ...toJson(s.result, s.gate),
        // The scan's own verdict is on its findings; the gate also fails an incomplete SBOM.
        ...(s.incompleteFails ? { passed: false } : {})
      }
    })
  }
}

function sarifLog(scans: GatedScan[]): object {
  const logs = scans.map(s => toSarif(s.result, s.gate, { artifact: s.subject.artifact }))
  const runs = logs.flatMap((l, i) => {
    const scan = scans[i] as GatedScan
    const category = scan.subject.platform ?? 'sbom'
    return ((l as { runs?: Record<string, unknown>[] }).runs ?? []).map(run =>
      scans.length > 1 ? { ...run, automationDetails: { id: `sbom-sign/${category}/` } } : run
    )
  })
  return { ...(logs[0] as object), runs }
}

/**
 * Findings the gate counted (not set aside), by severity. One vulnerability in one package
 * counts once, however many platforms carry it.
 */
export function countFindings(
  scans: GatedScan[]
): Record<(typeof COUNTED_SEVERITIES)[number], number> {
  const counts = Object.fromEntries(COUNTED_SEVERITIES.map(s => [s, 0])) as Record<
    (typeof COUNTED_SEVERITIES)[number],
    number
  >
  const seen = new Set<string>()
  for (const scan of scans)
    for (const finding of scan.gate.findings) {
      if (finding.suppressed) continue
      const key = `${finding.id}\0${finding.package.name}\0${finding.package.version}`
      if (seen.has(key)) continue
      seen.add(key)
      const severity: Severity = finding.rating.severity
      if (severity in counts) counts[severity as keyof typeof counts]++
    }
  return counts
}

/** Step outputs: the report paths and the counts by severity. */
export function scanOutputs(
  paths: { json: string; sarif: string },
  scans: GatedScan[]
): Record<string, string> {
  const outputs: Record<string, string> = {
    'vulnerabilities-path': paths.json,
    'sarif-path': paths.sarif
  }
  for (const [severity, count] of Object.entries(countFindings(scans)))
    outputs[`vulnerabilities-${severity}`] = String(count)
  return outputs
}

/**
 * The job summary: the gate's setting, then each scan's own summary, headed by what was
 * scanned when there are several (the platforms of an index).
 */
export function scanSummary(
  scans: GatedScan[],
  settings: Pick<VulnerabilityConfig, 'failOn' | 'unknownAs'>
): string {
  const gate =
    settings.failOn === 'none'
      ? 'No gate is set (`fail-on-severity: none`): the findings are reported only.'
      : `Gate: \`fail-on-severity: ${settings.failOn}\`; a finding of unknown severity ranks as ${settings.unknownAs}.`
  return scans
    .map((scan, i) => {
      const what = `\`${scan.subject.artifact}\`${scan.subject.platform ? ` (${scan.subject.platform})` : ''}`
      const own = summaryMarkdown(scan.result, scan.gate, incompleteSbom(scan)).replace(
        /^### Vulnerabilities\n/,
        `### Vulnerabilities of ${what}\n${i === 0 ? `\n${gate}\n` : ''}`
      )
      return own
    })
    .join('\n')
}

/** The image as OpenVEX documents name products: `pkg:oci/NAME@DIGEST?repository_url=…`. */
export function ociPurl(ref: Reference, digest: string): string {
  const last = ref.repository.slice(ref.repository.lastIndexOf('/') + 1)
  return purl('oci', undefined, last, digest, { repository_url: ref.name })
}

/**
 * The purl of what the SBOM describes (CycloneDX `metadata.component`, SPDX's described
 * package), for VEX statements that name the image by purl.
 */
export function describedPurl(sbom: Sbom): string[] {
  const doc = sbom.document
  if (sbom.format === 'cyclonedx-json') {
    const purl = field(field(doc.metadata, 'component'), 'purl')
    return typeof purl === 'string' ? [purl] : []
  }
  const described = new Set(list(doc.documentDescribes))
  return list(doc.packages)
    .filter(
      p => described.has(field(p, 'SPDXID')) || field(p, 'primaryPackagePurpose') === 'CONTAINER'
    )
    .flatMap(p => list(field(p, 'externalRefs')))
    .filter(r => field(r, 'referenceType') === 'purl')
    .map(r => field(r, 'referenceLocator'))
    .filter((purl): purl is string => typeof purl === 'string')
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
