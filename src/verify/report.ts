import { writeFileAtomic } from '../files'
import { log } from '../log'
import type { UnsignedAttestations } from './buildx'
import { isSbomPredicate } from './classify'
import type { DigestVerdict } from './evaluate'
import type { MaxSeverity } from './policy'

/** The `maxSeverity` requirement: what the scan of the verified SBOM found above it. */
export interface VulnerabilityCheck {
  maxSeverity: MaxSeverity
  /** How many verified SBOM attestations were scanned (each must pass). */
  sboms: number
  /** Findings counted (not set aside), by severity, over those SBOMs. */
  counts: Record<string, number>
  /** The findings above maxSeverity. */
  above: { id: string; package: string; version: string; severity: string }[]
  /** Of the SBOMs scanned, those that mark themselves incomplete (skipped.ts). */
  incomplete: number
  satisfied: boolean
}

/** One platform of an image (or the image itself when it is not an index). */
export interface PlatformReport extends DigestVerdict {
  /** os/arch[/variant]; absent for a single-platform image. */
  platform?: string
  /** BuildKit's attestation manifest for this platform in the index (unsigned). */
  buildx?: UnsignedAttestations
  /** Set when the policy has a maxSeverity. */
  vulnerabilities?: VulnerabilityCheck
}

export interface ImageReport {
  /** The reference as given (after Dockerfile ARG substitution). */
  image: string
  /** The Dockerfile line that pulls it, and the instruction (FROM, COPY --from, …). */
  source?: { file: string; line: number; instruction?: string }
  /** The policy applied: "inputs" or "<file>: <rule>". */
  policy?: string
  /** The digest the reference resolved to (the index digest for multi-platform images). */
  digest?: string
  /** True when the reference had no digest and a tag was resolved. */
  resolvedFromTag?: boolean
  platforms: PlatformReport[]
  /** Why the image could not be checked at all (resolution, discovery, policy). */
  errors: string[]
  verified: boolean
}

export interface VerifyReport {
  verified: boolean
  /** The trust root used. */
  trustRoot: string
  checkedAt: string
  images: ImageReport[]
  /** Dockerfile lines that could not be turned into an image reference. */
  problems: { file: string; line: number; message: string }[]
}

/** Every reason an image fails, each on its own line. */
export function imageFailures(image: ImageReport): string[] {
  const lines = [...image.errors]
  for (const platform of image.platforms) {
    const where = platform.platform ? ` (${platform.platform})` : ''
    for (const failure of platform.failures) {
      const reasons = platform.signature.satisfied
        ? []
        : platform.findings.filter(f => f.reason).map(f => `${f.origin}: ${f.reason}`)
      lines.push(`${failure}${where}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''}`)
    }
  }
  return lines
}

export async function writeReport(
  path: string,
  report: VerifyReport,
  origin: string
): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`, origin)
}

/** Error annotations: on the FROM line for Dockerfile images, plain otherwise. */
export function annotate(report: VerifyReport, asErrors: boolean): void {
  const emit = asErrors ? log.error : log.warning
  for (const problem of report.problems)
    emit(problem.message, { file: problem.file, startLine: problem.line })
  for (const image of report.images) {
    if (image.verified) continue
    const message = `${image.image}: ${imageFailures(image).join('; ')}`
    emit(
      message,
      image.source ? { file: image.source.file, startLine: image.source.line } : undefined
    )
  }
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** `✅ ≤ high` or `❌ 2 above high`, then the counts: what the maxSeverity rule found. */
function vulnerabilityCell(check: VulnerabilityCheck | undefined): string {
  if (!check) return '—'
  const counts = Object.entries(check.counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ')
  const verdict = check.satisfied
    ? `✅ ≤ ${check.maxSeverity}`
    : check.sboms === 0
      ? '❌ no verified SBOM to scan'
      : check.above.length === 0
        ? `❌ incomplete SBOM`
        : `❌ ${check.above.length} above ${check.maxSeverity}`
  return `${verdict}${counts ? ` (${counts})` : ''}`
}

/** The job summary: one row per image and platform. */
export function summaryMarkdown(report: VerifyReport): string {
  // The column shows only when a maxSeverity rule applied somewhere.
  const scanned = report.images.some(i => i.platforms.some(p => p.vulnerabilities))
  const vulnHeader = scanned ? ' Vulnerabilities |' : ''
  const rows = [
    `| Image | Platform | Digest | Signature | SBOM | Provenance |${vulnHeader} Result |`,
    `| --- | --- | --- | --- | --- | --- |${scanned ? ' --- |' : ''} --- |`
  ]
  const mark = (r: { required: boolean; satisfied: boolean }) =>
    r.satisfied ? '✅' : r.required ? '❌' : '—'
  for (const image of report.images) {
    const name = image.source
      ? `${image.image} (${image.source.file}:${image.source.line})`
      : image.image
    if (image.platforms.length === 0)
      rows.push(
        `| ${escapeCell(name)} | | ${image.digest ?? ''} | | | |${scanned ? ' |' : ''} ❌ ${escapeCell(image.errors.join('; '))} |`
      )
    for (const p of image.platforms)
      rows.push(
        `| ${escapeCell(name)} | ${p.platform ?? ''} | \`${p.digest.slice(0, 19)}…\` | ${mark(p.signature)} | ${mark(p.sbom)}${p.buildx?.predicateTypes.some(isSbomPredicate) ? ' (unsigned BuildKit SBOM present)' : ''} | ${mark(p.provenance)} |${scanned ? ` ${vulnerabilityCell(p.vulnerabilities)} |` : ''} ${p.verified ? '✅ verified' : `❌ ${escapeCell(p.failures.join('; '))}`} |`
      )
  }
  const verdict = report.verified
    ? `All ${report.images.length} image(s) verified.`
    : `${report.images.filter(i => !i.verified).length} of ${report.images.length} image(s) failed verification.`
  const problems = report.problems.map(p => `- ${p.file}:${p.line}: ${p.message}`)
  return [
    '### Image verification',
    '',
    verdict,
    '',
    ...rows,
    ...(problems.length > 0 ? ['', '**Dockerfile problems**', '', ...problems] : []),
    '',
    `Trust root: ${report.trustRoot}`,
    ''
  ].join('\n')
}
