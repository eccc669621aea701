import { createHash } from 'node:crypto'
import type { GateSeverity } from '../config'
import { describeError } from '../errors'
import type { Reference } from '../oci'
import { sbomFromPredicate } from '../sbom'
import type { MaxSeverity, PlatformReport, Statement, VulnerabilityCheck } from '../verify'
import {
  countFindings,
  leftOutSummary,
  ociPurl,
  type GatedScan,
  type Scanner
} from './vulnerabilities'

/** `maxSeverity: X` allows X and fails what is above it: the gate's threshold is the next one up. */
const FAIL_ABOVE: Record<MaxSeverity, GateSeverity | 'none'> = {
  critical: 'none',
  high: 'critical',
  medium: 'high',
  low: 'medium',
  none: 'low'
}

/** `fail-on-severity: X` as a maxSeverity: the severity right below X. */
export const MAX_BELOW: Record<GateSeverity, MaxSeverity> = {
  critical: 'high',
  high: 'medium',
  medium: 'low',
  low: 'none'
}

/**
 * The maxSeverity rule for one platform. Only the SBOMs of SBOM attestations that verified
 * for this digest are scanned: with none, the rule fails on this line (an SBOM nobody
 * signed says nothing about the image). Each verified SBOM must pass. `rule` names the rule
 * as the user wrote it: `maxSeverity high`, or `fail-on-severity critical` for the inputs.
 */
export async function checkVulnerabilities(
  platform: PlatformReport,
  verifiedSboms: Statement[],
  ref: Reference,
  {
    maxSeverity,
    rule,
    completeSbom,
    acceptIncomplete
  }: {
    maxSeverity: MaxSeverity
    rule: string
    completeSbom: boolean
    /** How the user accepts incomplete SBOMs for this image, for the failure's hint. */
    acceptIncomplete: string
  },
  scanner: () => Promise<Scanner>
): Promise<void> {
  const check: VulnerabilityCheck = {
    maxSeverity,
    sboms: 0,
    counts: {},
    above: [],
    incomplete: 0,
    satisfied: false
  }
  platform.vulnerabilities = check
  const fail = (line: string) => {
    platform.failures.push(line)
    platform.verified = false
  }
  if (verifiedSboms.length === 0) {
    fail(
      `${rule}: no verified SBOM attestation to scan (only the SBOM of a verified attestation counts)`
    )
    return
  }
  const scans: GatedScan[] = []
  const incomplete: string[] = []
  try {
    const open = await scanner()
    for (const [i, statement] of unique(verifiedSboms).entries()) {
      const sbom = sbomFromPredicate(
        statement.predicate,
        `of the verified attestation ${i + 1} of ${ref.name}@${platform.digest}`
      )
      const scan = await open.scan(
        sbom,
        {
          artifact: `${ref.name}@${platform.digest}`,
          digest: platform.digest,
          platform: platform.platform,
          purls: [ociPurl(ref, platform.digest)]
        },
        FAIL_ABOVE[maxSeverity]
      )
      scans.push(scan)
      if (scan.leftOut.length > 0)
        incomplete.push(`attestation ${i + 1} (${leftOutSummary(scan.leftOut)})`)
    }
  } catch (error) {
    fail(`${rule}: the scan failed: ${describeError(error)}`)
    return
  }
  check.sboms = scans.length
  check.counts = countFindings(scans)
  const seen = new Set<string>()
  for (const finding of scans.flatMap(s => s.gate.failing)) {
    const key = `${finding.id}\0${finding.package.name}\0${finding.package.version}`
    if (seen.has(key)) continue
    seen.add(key)
    check.above.push({
      id: finding.id,
      package: finding.package.name,
      version: finding.package.version,
      severity: finding.rating.severity
    })
  }
  check.incomplete = incomplete.length
  // What an incomplete SBOM left out was never scanned: no finding there is no answer.
  if (incomplete.length > 0 && completeSbom)
    fail(
      `${rule}: the SBOM of verified ${incomplete.join(', ')} marks itself incomplete, so what it left out was not scanned. Attest an SBOM of the whole image, or accept incomplete SBOMs for this image: ${acceptIncomplete}`
    )
  check.satisfied = check.above.length === 0 && (incomplete.length === 0 || !completeSbom)
  if (check.above.length > 0) {
    const shown = check.above
      .slice(0, 5)
      .map(f => `${f.id} (${f.severity}) in ${f.package} ${f.version}`)
    const more =
      check.above.length > shown.length ? `, and ${check.above.length - shown.length} more` : ''
    fail(`${rule}: ${shown.join('; ')}${more}`)
  }
}

/** The same SBOM attested twice (a re-run, another format's copy) is scanned once. */
function unique(statements: Statement[]): Statement[] {
  const seen = new Set<string>()
  return statements.filter(s => {
    const key = createHash('sha256').update(JSON.stringify(s.predicate)).digest('hex')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
