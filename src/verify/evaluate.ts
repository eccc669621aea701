import { createPublicKey, type KeyObject } from 'node:crypto'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { ActionError, describeError } from '../errors'
import { parseBundle } from './bundle'
import type { ImagePolicy } from './policy'
import { classify } from './classify'
import type { Statement } from './statement'
import { verifyBundle, type SignerPolicy, type VerifiedBundle } from './verify-bundle'

/** A signature or attestation found for an image digest, not yet trusted. */
export interface Candidate {
  /** Where it was found, e.g. "referrer sha256:…" or "sha256-….sig layer 0". */
  origin: string
  /** The Sigstore bundle (serialized JSON). */
  bundle: unknown
  /**
   * The digest it was found for, when not the digest being decided: an index's
   * signatures count for each of its platforms, bound to the index digest.
   */
  subjectDigest?: string
  /**
   * With subjectDigest: the platform being decided. An SBOM about the index that names
   * another platform (the index's copy of that platform's SBOM) does not count for this one.
   */
  platform?: string
  /**
   * For cosign's legacy .sig format: the simple-signing payload the bundle's
   * message signature covers; it names the image digest inside.
   */
  simpleSigningPayload?: Buffer
  /** For cosign's legacy .att format: the layer bytes its RFC 3161 timestamp covers. */
  timestampedData?: Buffer
  /** Why it cannot be a valid signature, found before verification (malformed content). */
  problem?: string
}

export type FindingKind = 'signature' | 'sbom' | 'provenance' | 'attestation'

/** What one candidate turned out to be, for the report. */
export interface Finding {
  origin: string
  kind?: FindingKind
  predicateType?: string
  /** True when it is valid, by a trusted signer, bound to this digest and young enough. */
  verified: boolean
  reason?: string
  signer?: string
  issuer?: string
  signedAt?: string
}

export interface RequirementResult {
  required: boolean
  satisfied: boolean
}

export interface DigestVerdict {
  digest: string
  findings: Finding[]
  signature: RequirementResult
  sbom: RequirementResult
  provenance: RequirementResult
  verified: boolean
  /** One line per unmet requirement. */
  failures: string[]
}

/** A verdict, and the statements of the SBOM attestations that verified (for a scan). */
export interface DigestEvaluation extends DigestVerdict {
  verifiedSboms: Statement[]
}

/**
 * Decides whether an image digest satisfies a policy given what discovery
 * found: every candidate is verified against every trusted signer; a candidate
 * counts only when it verifies and names exactly this digest.
 */
export function evaluateDigest(
  digest: string,
  candidates: Candidate[],
  policy: ImagePolicy,
  root: TrustedRoot,
  now: Date = new Date()
): DigestEvaluation {
  const checked = verifyCandidates(digest, candidates, policy, root, now)
  const findings = checked.map(c => c.finding)
  const verifiedSboms = checked
    .filter(c => c.finding.verified && c.finding.kind === 'sbom' && c.statement)
    .map(c => c.statement as Statement)
  const verified = findings.filter(f => f.verified)
  const signature = { required: true, satisfied: verified.length > 0 }
  const sbom = {
    required: policy.requirements.sbom,
    satisfied: verified.some(f => f.kind === 'sbom')
  }
  const provenance = {
    required: policy.requirements.provenance,
    satisfied: verified.some(f => f.kind === 'provenance')
  }
  const failures: string[] = []
  if (!signature.satisfied)
    failures.push(
      candidates.length === 0
        ? 'no signatures or attestations found'
        : `none of the ${candidates.length} signatures/attestations found is valid for the policy`
    )
  if (sbom.required && !sbom.satisfied)
    failures.push('no valid SBOM attestation (CycloneDX or SPDX)')
  if (provenance.required && !provenance.satisfied)
    failures.push('no valid SLSA provenance attestation')
  return {
    digest,
    findings,
    signature,
    sbom,
    provenance,
    verified: failures.length === 0,
    failures,
    verifiedSboms
  }
}

/** A candidate as verification left it: the statement is there only when the finding is verified. */
export interface VerifiedCandidate {
  finding: Finding
  statement?: Statement
}

/**
 * Verifies each candidate against the policy's signers, as evaluateDigest does, and keeps the
 * in-toto statement of those that verify (e.g. to read a verified SBOM's packages).
 */
export function verifyCandidates(
  digest: string,
  candidates: Candidate[],
  policy: ImagePolicy,
  root: TrustedRoot,
  now: Date = new Date()
): VerifiedCandidate[] {
  const signers = signerPolicies(policy)
  return candidates.map(c =>
    evaluateCandidate(c.subjectDigest ?? digest, c, signers, policy, root, now)
  )
}

function signerPolicies(policy: ImagePolicy): SignerPolicy[] {
  const signers: SignerPolicy[] = policy.identities.map(identity => ({ identity }))
  if (policy.keyPem) {
    let key: KeyObject
    try {
      key = createPublicKey(policy.keyPem)
    } catch (error) {
      throw new ActionError('INPUT_INVALID', `${policy.source}: the key is not a PEM public key`, {
        hint: describeError(error)
      })
    }
    signers.push({ key })
  }
  return signers
}

function evaluateCandidate(
  digest: string,
  candidate: Candidate,
  signers: SignerPolicy[],
  policy: ImagePolicy,
  root: TrustedRoot,
  now: Date
): VerifiedCandidate {
  const finding: Finding = { origin: candidate.origin, verified: false }
  if (candidate.problem) {
    finding.reason = candidate.problem
    return { finding }
  }
  let bundle
  try {
    bundle = parseBundle(candidate.bundle)
  } catch (error) {
    finding.reason = describeError(error)
    return { finding }
  }
  const keyBased = bundle.verificationMaterial.content.$case === 'publicKey'
  const applicable = signers.filter(s => 'key' in s === keyBased)
  if (applicable.length === 0) {
    finding.reason = keyBased
      ? 'signed with a key, but the policy trusts no key'
      : 'signed keyless, but the policy trusts only a key'
    return { finding }
  }
  const reasons: string[] = []
  let result: VerifiedBundle | undefined
  for (const signer of applicable) {
    try {
      result = verifyBundle(bundle, {
        root,
        signer,
        // Legacy payloads carry the digest inside; everything else binds it here.
        artifact: candidate.simpleSigningPayload
          ? { bytes: candidate.simpleSigningPayload }
          : { digest },
        timestampedData: candidate.timestampedData,
        now
      })
      break
    } catch (error) {
      const reason = describeError(error)
      if (!reasons.includes(reason)) reasons.push(reason)
    }
  }
  if (!result) {
    finding.reason = reasons.join('; ')
    return { finding }
  }
  if (result.signer !== 'key') {
    finding.signer = result.signer.identity
    finding.issuer = result.signer.issuer
  } else finding.signer = 'key'
  const signedAt = result.timestamps[0]
  if (signedAt) finding.signedAt = signedAt.toISOString()

  const classified = classify(digest, candidate, result)
  Object.assign(finding, { kind: classified.kind, predicateType: classified.predicateType })
  if (classified.problem) {
    finding.reason = classified.problem
    return { finding }
  }
  const maxAge = policy.requirements.maxAge
  if (maxAge !== undefined) {
    if (!signedAt) {
      finding.reason = 'max-age is set but the signature carries no verified timestamp'
      return { finding }
    }
    const ageSeconds = (now.getTime() - signedAt.getTime()) / 1000
    if (ageSeconds > maxAge) {
      finding.reason = `signed ${Math.floor(ageSeconds / 86400)} days ago (${signedAt.toISOString()}), older than max-age`
      return { finding }
    }
  }
  finding.verified = true
  return { finding, statement: result.statement }
}
