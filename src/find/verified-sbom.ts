import type { Finding, VerifiedCandidate } from '../verify'
import type { SbomOrigin } from './report'

/** Reasons shown for an image without a verified SBOM; the rest are counted. */
const MAX_REASONS = 3

/**
 * The SBOM to search among what verification left of an image's candidates: the newest
 * verified SBOM attestation (several are the same image's SBOM written at different times).
 * Without one, why not, in a line.
 */
export function chooseVerifiedSbom(
  verified: readonly VerifiedCandidate[]
): { document: unknown; origin: SbomOrigin } | { reason: string } {
  const sboms = verified.filter(v => v.finding.verified && v.finding.kind === 'sbom' && v.statement)
  const newest = sboms.sort((a, b) =>
    (b.finding.signedAt ?? '').localeCompare(a.finding.signedAt ?? '')
  )[0]
  if (newest?.statement) {
    const f = newest.finding
    return {
      document: newest.statement.predicate,
      origin: {
        kind: 'verified attestation',
        origin: f.origin,
        ...(f.predicateType ? { predicateType: f.predicateType } : {}),
        ...(f.signer ? { signer: f.signer } : {}),
        ...(f.issuer ? { issuer: f.issuer } : {}),
        ...(f.signedAt ? { signedAt: f.signedAt } : {})
      }
    }
  }
  return { reason: whyNone(verified.map(v => v.finding)) }
}

function whyNone(findings: Finding[]): string {
  if (findings.length === 0) return 'no signatures or attestations found'
  const sboms = findings.filter(f => f.kind === 'sbom')
  if (sboms.length > 0) return `its SBOM attestations do not verify: ${reasons(sboms)}`
  if (findings.some(f => f.verified))
    return 'signed by a trusted signer, but no SBOM attestation was found'
  return `none of the ${findings.length} signatures/attestations found verifies: ${reasons(findings)}`
}

function reasons(findings: Finding[]): string {
  const unique = [...new Set(findings.map(f => f.reason ?? 'not verified'))]
  const shown = unique.slice(0, MAX_REASONS).join('; ')
  return unique.length > MAX_REASONS ? `${shown}; and ${unique.length - MAX_REASONS} more` : shown
}
