import { createHash, type KeyObject } from 'node:crypto'
import type { Bundle, MessageSignature } from '@sigstore/bundle'
import { RFC3161Timestamp } from '@sigstore/core'
import { HashAlgorithm, type TrustedRoot } from '@sigstore/protobuf-specs'
import {
  toSignedEntity,
  toTrustMaterial,
  Verifier,
  type SignedEntity,
  type VerifierOptions
} from '@sigstore/verify'
import { ActionError, describeError } from '../errors'
import { leafCertificate } from './bundle'
import {
  certificateIdentity,
  identityMismatch,
  type CertificateIdentity,
  type IdentityPolicy
} from './identity'
import { verifyPrehashed } from './prehash'
import {
  artifactDigests,
  parseStatement,
  subjectMatches,
  type Artifact,
  type Statement
} from './statement'

/** Who is trusted to have signed: a certificate identity (keyless) or a public key. */
export type SignerPolicy = { identity: IdentityPolicy } | { key: KeyObject }

export interface VerifiedBundle {
  /** The signer: the certificate's identity, or 'key' for key-based bundles. */
  signer: CertificateIdentity | 'key'
  /** Verified times (transparency log integration, RFC 3161), earliest first. */
  timestamps: Date[]
  /** For DSSE bundles: the payload, and the in-toto statement when it is one. */
  payloadType?: string
  payload?: Buffer
  statement?: Statement
}

export interface VerifyBundleOptions {
  root: TrustedRoot
  signer: SignerPolicy
  /**
   * What was signed. For a message signature: the artifact or its digest. For a
   * DSSE bundle holding an in-toto statement: a subject of the statement.
   * Omitted only by callers that bind the payload themselves (legacy
   * simple-signing payloads carry the image digest inside).
   */
  artifact?: Artifact
  /**
   * What the RFC 3161 timestamps cover when it is not the signature: the layer bytes of a
   * cosign legacy `.att` (cosign timestamps the whole DSSE envelope there).
   */
  timestampedData?: Buffer
  /** The time to check signing times against (default: now). */
  now?: Date
}

/**
 * How far a log's or timestamp authority's clock may run ahead of ours. A signing time
 * later than that is refused: it can only come from a faulty or dishonest service, and
 * it would make any signature look young enough for max-age.
 */
export const MAX_CLOCK_SKEW_SECONDS = 60

/**
 * Verifies one bundle: certificate chain to the trusted root at the signing
 * time, SCT, transparency log inclusion (or signed timestamp), the signature,
 * then what the library leaves to its caller: the signer identity compared
 * exactly (or by anchored regexp) and the signed content bound to the artifact.
 * Throws ActionError VERIFICATION_FAILED with the reason.
 */
export function verifyBundle(bundle: Bundle, options: VerifyBundleOptions): VerifiedBundle {
  const { root, signer, artifact } = options
  const material = bundle.verificationMaterial
  const keyBased = material.content.$case === 'publicKey'
  if ('key' in signer && !keyBased)
    fail('the bundle is signed with a certificate, not a key; verify it with an identity policy')
  if ('identity' in signer && keyBased)
    fail('the bundle is signed with a key; verify it with that public key')

  const entity = withTimestampedData(signedEntity(bundle, artifact), options.timestampedData)
  const hasTlog = material.tlogEntries.length > 0
  const verifierOptions: VerifierOptions = keyBased
    ? // With a key, trust rests on the key; logs and timestamps present are still checked.
      { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 0 }
    : // Keyless needs a trusted time inside the short-lived certificate's validity:
      // a log entry, or (GitHub's private instance, no log) an RFC 3161 timestamp. An SCT is
      // required wherever the root names a CT log; GitHub's root names none, and its Fulcio
      // issues certificates without SCTs (gh checks them the same way).
      {
        ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
        tlogThreshold: hasTlog ? 1 : 0,
        timestampThreshold: 1
      }
  const trust =
    'key' in signer
      ? toTrustMaterial(root, () => ({ publicKey: signer.key, validFor: () => true }))
      : toTrustMaterial(root)
  try {
    new Verifier(trust, verifierOptions).verify(entity)
  } catch (error) {
    fail(describeError(error))
  }

  let identity: CertificateIdentity | 'key' = 'key'
  if ('identity' in signer) {
    const leaf = leafCertificate(bundle)
    if (!leaf) fail('the bundle has no signing certificate')
    identity = certificateIdentity(leaf)
    const mismatch = identityMismatch(identity, signer.identity)
    if (mismatch) fail(mismatch)
  }

  const result: VerifiedBundle = { signer: identity, timestamps: verifiedTimestamps(bundle) }
  const now = options.now ?? new Date()
  const future = result.timestamps.find(
    time => time.getTime() > now.getTime() + MAX_CLOCK_SKEW_SECONDS * 1000
  )
  if (future)
    fail(
      `the signing time ${future.toISOString()} lies in the future (now ${now.toISOString()}, ` +
        `allowed clock skew ${MAX_CLOCK_SKEW_SECONDS} s)`
    )
  if (bundle.content.$case === 'dsseEnvelope') {
    const envelope = bundle.content.dsseEnvelope
    result.payloadType = envelope.payloadType
    result.payload = envelope.payload
    result.statement = parseStatement(envelope.payloadType, envelope.payload)
    if (artifact) {
      if (!result.statement)
        fail(`the DSSE payload (${envelope.payloadType}) is not an in-toto statement`)
      const digests = artifactDigests(artifact)
      if (!result.statement.subject.some(subject => subjectMatches(subject, digests)))
        fail(
          `no subject of the signed statement has the artifact's digest (${describeDigests(digests)})`
        )
    }
  }
  return result
}

/**
 * The entity with its RFC 3161 timestamps checked over `data` instead of the signature bytes
 * (@sigstore/verify hashes `signature.signature` for them and for nothing else); every other
 * check still sees the real signature.
 */
export function withTimestampedData(entity: SignedEntity, data: Buffer | undefined): SignedEntity {
  if (!data) return entity
  const real = entity.signature
  const signature: SignedEntity['signature'] = {
    signature: data,
    compareSignature: s => real.compareSignature(s),
    compareDigest: d => real.compareDigest(d),
    compareSignedDigest: d => real.compareSignedDigest(d),
    verifySignature: key => real.verifySignature(key)
  }
  return { ...entity, signature }
}

function signedEntity(bundle: Bundle, artifact: Artifact | undefined): SignedEntity {
  if (bundle.content.$case === 'dsseEnvelope') return toSignedEntity(bundle)
  const message = bundle.content.messageSignature
  if (!artifact) fail('a message signature can only be verified against an artifact')
  const algorithm = hashName(message.messageDigest?.algorithm)
  if ('bytes' in artifact) {
    const actual = createHash(algorithm).update(artifact.bytes).digest()
    if (!message.messageDigest || !actual.equals(message.messageDigest.digest))
      fail("the bundle's message digest is not the artifact's digest")
    return toSignedEntity(bundle, artifact.bytes)
  }
  const [digestAlgorithm, hex] = artifact.digest.split(':')
  if (digestAlgorithm !== algorithm || !hex)
    fail(`the bundle signs a ${algorithm} digest, but ${artifact.digest} was given`)
  const digest = Buffer.from(hex, 'hex')
  if (!message.messageDigest || !digest.equals(message.messageDigest.digest))
    fail("the bundle's message digest is not the artifact's digest")
  return { ...toSignedEntity(bundle), signature: prehashedContent(message, digest) }
}

/** Signature content for a message signature known only by the artifact's digest. */
function prehashedContent(message: MessageSignature, digest: Buffer) {
  return {
    signature: message.signature,
    compareSignature: (signature: Buffer) => signature.equals(message.signature),
    compareDigest: (other: Buffer) => other.equals(digest),
    compareSignedDigest: (other: Buffer) => other.equals(digest),
    verifySignature: (key: KeyObject) => verifyPrehashed(key, digest, message.signature)
  }
}

function hashName(algorithm: HashAlgorithm | undefined): string {
  switch (algorithm) {
    case HashAlgorithm.SHA2_384:
      return 'sha384'
    case HashAlgorithm.SHA2_512:
      return 'sha512'
    default:
      return 'sha256'
  }
}

/** The times the verifier has just checked: SET-backed log integration and RFC 3161 tokens. */
function verifiedTimestamps(bundle: Bundle): Date[] {
  const times: Date[] = []
  for (const entry of bundle.verificationMaterial.tlogEntries)
    if (entry.inclusionPromise && entry.integratedTime !== '0')
      times.push(new Date(Number(entry.integratedTime) * 1000))
  for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [])
    times.push(RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime)
  return times.sort((a, b) => a.getTime() - b.getTime())
}

function describeDigests(digests: Record<string, string>): string {
  const sha256 = digests.sha256
  if (sha256) return `sha256:${sha256}`
  return Object.entries(digests)
    .map(([a, h]) => `${a}:${h}`)
    .join(', ')
}

function fail(message: string): never {
  throw new ActionError('VERIFICATION_FAILED', message)
}
