// Scan: each SBOM against OSV, the gate, the reports; with vulnerability-attestation, the
// scan as an item to sign. Runs between the SBOMs and signing.
import type { OutputDir } from '../../files'
import { log } from '../../log'
import type { RetryBudget } from '../../network/retry'
import type { Reference } from '../../oci'
import { COSIGN_VULN_PREDICATE, imageStatement, vulnPredicate } from '../../sign'
import { toJson } from '../../vuln/report'
import type { RunResult } from '../result'
import {
  gateFailure,
  ociPurl,
  openScanner,
  scanOutputs,
  scanSummary,
  writeScanReports,
  type GatedScan
} from '../vulnerabilities'
import { onIndex, type Item, type SignRun, type Subject } from './items'

export interface SignScan {
  /** Set when the gate fails: the run ends here, before anything is signed or pushed. */
  failed?: RunResult
  outputs: Record<string, string>
  summary: string
  /** Vulnerability attestations to sign, before the signatures (as planItems orders items). */
  items: Item[]
}

/**
 * Each SBOM the run attaches (a platform's, or the given file about the top manifest) is
 * scanned and the reports are written; then the gate decides. This comes before the first
 * signature, so that a release the gate stops leaves nothing signed, logged or pushed. With
 * `vulnerability-attestation` each scan becomes cosign's vuln statement, attached like the
 * SBOM's: on the platform's manifest and, for an index, again on the index naming the platform.
 */
export async function scanBeforeSigning(
  config: SignRun,
  ref: Reference,
  top: Subject,
  items: Item[],
  files: { dir: OutputDir; sbomPath?: string },
  budget: RetryBudget
): Promise<SignScan | undefined> {
  const settings = config.vulnerabilities
  if (!settings.scan) return undefined
  const scanner = await openScanner(settings, budget)
  const scanned: { subject: Subject; scan: GatedScan }[] = []
  for (const item of items) {
    if (!item.sbom || item.describes) continue
    const { subject } = item
    const artifact = `${ref.name}@${subject.digest}`
    log.info(`scanning the SBOM of ${artifact}${subject.platform ? ` (${subject.platform})` : ''}`)
    const scan = await scanner.scan(
      item.sbom,
      {
        artifact,
        digest: subject.digest,
        platform: subject.platform,
        purls: [ociPurl(ref, subject.digest)]
      },
      settings.failOn
    )
    scanned.push({ subject, scan })
  }
  const scans = scanned.map(s => s.scan)
  const paths = await writeScanReports(files.dir, scans)
  const outputs = scanOutputs(paths, scans)
  const summary = scanSummary(scans, settings)
  const failure = gateFailure(scans)
  if (failure)
    return {
      failed: {
        ok: false,
        failure: `${failure}. Nothing was signed or pushed`,
        outputs: {
          digest: top.digest,
          ...(files.sbomPath ? { 'sbom-path': files.sbomPath } : {}),
          ...outputs
        },
        summary: `${summary}\n\n**Nothing was signed or pushed: the vulnerability gate failed.**\n`
      },
      outputs,
      summary,
      items: []
    }
  return {
    outputs,
    summary,
    items: settings.attestation
      ? scanned.flatMap(({ subject, scan }) => vulnItems(config, ref, top, subject, scan))
      : []
  }
}

function vulnItems(
  config: SignRun,
  ref: Reference,
  top: Subject,
  subject: Subject,
  scan: GatedScan
): Item[] {
  const v = config.vulnerabilities
  // A scan of an SBOM that left parts of the image out says so in what it attests.
  const report = {
    ...(scan.leftOut.length > 0 ? { incompleteSbom: { leftOut: scan.leftOut } } : {}),
    ...toJson(scan.result, scan.gate)
  }
  const predicate = vulnPredicate(scan.result, report, {
    'fail-on-severity': v.failOn,
    'unknown-severity': v.unknownAs,
    'allow-incomplete-sbom': v.allowIncomplete,
    'ignore-vulnerabilities': v.ignores.map(i => i.text),
    vex: v.vex !== undefined
  })
  const own: Item = {
    kind: 'vuln',
    subject,
    statement: imageStatement(ref.name, subject.digest, COSIGN_VULN_PREDICATE, predicate)
  }
  if (subject === top) return [own]
  return [own, onIndex('vuln', ref, top, subject, COSIGN_VULN_PREDICATE, predicate)]
}
