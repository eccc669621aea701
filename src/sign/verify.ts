import { X509Certificate } from 'node:crypto'
import { bundleFromJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle'
import { PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { ActionError } from '../errors'
import type { SignerIdentity } from './identity'
import type { SigstoreServices } from './instance'
import type { SigningKey } from './keys'
import { base64Slices, derivedPayload } from './bundle-json'
import { withPreAuthInParts } from './dsse'
import type { SignedBundle } from './signer'
import { STATEMENT_V1, withTimestampedData, type Statement } from '../verify'
import { digestMap, isStatementPayload, type SimpleSigning } from './statements'

/** What a freshly signed bundle must prove. */
export interface Expectation {
  /** The image digest the statement (or message) must be about. */
  digest: string
  predicateType?: string
  /** Keyless: the identity the certificate must name, exactly. */
  identity?: SignerIdentity
  /**
   * A bundle this run signed: the statement it was asked to sign. Its payload must be that
   * statement's bytes exactly (compared in place, not parsed again).
   */
  statement?: Statement
}

/**
 * Checks bundles this run produced before anything is attached: the signature, the
 * certificate chain to the trusted root, SCT, log inclusion and timestamps (@sigstore/verify),
 * then what the library does not check: the statement's subject digest and predicate type,
 * and the exact signer identity.
 */
export class LocalVerifier {
  private readonly trust?: TrustMaterial
  private readonly verifier?: Verifier

  constructor(
    private readonly services: SigstoreServices,
    private readonly key?: SigningKey
  ) {
    const root =
      services.trustedRoot ??
      (key
        ? TrustedRoot.fromJSON({
            mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'
          })
        : undefined)
    if (!root) return
    const keys = key
      ? {
          [key.hint]: {
            rawBytes: key.publicKey.export({ format: 'der', type: 'spki' }),
            keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
            validFor: { start: new Date(0), end: undefined }
          }
        }
      : undefined
    this.trust = toTrustMaterial(root, keys)
    const logged = services.tlogs.length > 0
    this.verifier = new Verifier(this.trust, {
      tlogThreshold: logged ? 1 : 0,
      ctlogThreshold: key ? 0 : 1,
      timestampThreshold: key && !logged && services.tsaURLs.length === 0 ? 0 : 1
    })
  }

  /** Whether the check covers the trust chain (false: GitHub's instance without trusted-root). */
  get complete(): boolean {
    return this.verifier !== undefined
  }

  /** Throws SIGNING_FAILED naming `what` when the bundle does not hold up. */
  check(signed: SignedBundle, expected: Expectation, what: string): SignerIdentity | undefined {
    const fail = (reason: string) =>
      new ActionError('SIGNING_FAILED', `the new ${what} bundle does not verify: ${reason}`, {
        hint:
          'Nothing was attached. Check that "trusted-root" belongs to the Fulcio/Rekor/TSA ' +
          'instance that signed'
      })
    let identity: SignerIdentity | undefined
    try {
      const bundle = toBundle(signed)
      const content = bundle.content
      const entity = withTimestampedData(
        content.$case === 'dsseEnvelope'
          ? withPreAuthInParts(toSignedEntity(bundle), content.dsseEnvelope)
          : toSignedEntity(bundle, signed.payload),
        signed.timestampedData
      )
      if (this.verifier) {
        const signer = this.verifier.verify(entity)
        if (signer.identity?.subjectAlternativeName)
          identity = {
            subjectAlternativeName: signer.identity.subjectAlternativeName,
            issuer: signer.identity.extensions?.issuer ?? ''
          }
      } else {
        identity = this.checkSignatureOnly(signed.bundle, entity)
      }
    } catch (error) {
      if (error instanceof ActionError) throw error
      throw fail((error as Error).message)
    }
    if (expected.identity && !this.key) {
      // Without a trust root the issuer extension is not read; the SAN still must match.
      const issuerChecked = this.verifier !== undefined
      if (
        identity?.subjectAlternativeName !== expected.identity.subjectAlternativeName ||
        (issuerChecked && identity.issuer !== expected.identity.issuer)
      )
        throw fail(
          `the certificate names ${identity?.subjectAlternativeName} (${identity?.issuer}), ` +
            `expected ${expected.identity.subjectAlternativeName} (${expected.identity.issuer})`
        )
    }
    if (!signed.bundle.dsseEnvelope) checkSimpleSigning(signed.payload, expected, fail)
    else if (!expected.statement) checkStatement(parsePayload(signed.payload, fail), expected, fail)
    else if (isStatementPayload(signed.payload, expected.statement))
      checkStatement(expected.statement, expected, fail)
    else throw fail('its payload is not the statement that was signed')
    return identity
  }

  /** Without a trust root: the signature against the certificate's own key. */
  private checkSignatureOnly(
    bundle: SerializedBundle,
    entity: ReturnType<typeof toSignedEntity>
  ): SignerIdentity | undefined {
    const raw = bundle.verificationMaterial.certificate?.rawBytes
    if (!raw) throw new Error('no certificate in the bundle')
    const certificate = new X509Certificate(Buffer.from(raw, 'base64'))
    if (!entity.signature.verifySignature(certificate.publicKey))
      throw new Error('signature does not match the certificate')
    const san = certificate.subjectAltName?.replace(/^URI:/, '')
    return san ? { subjectAlternativeName: san, issuer: '' } : undefined
  }
}

/**
 * The bundle as @sigstore/verify takes it. A DSSE payload is not decoded from the JSON's
 * base64 a second time: the bytes in hand are used, once shown to be what the JSON carries
 * (and so what gets attached).
 */
function toBundle(signed: SignedBundle): Bundle {
  const envelope = signed.bundle.dsseEnvelope
  if (!envelope) return bundleFromJSON(signed.bundle)
  // Encoded from these very bytes whenever read (bundleJSON), or compared with them.
  const same =
    derivedPayload(envelope) === signed.payload || carriesBytes(envelope.payload, signed.payload)
  if (!same) throw new Error('the envelope payload is not the signed statement')
  // A one-byte stand-in passes the library's shape check; the real payload goes in after.
  // (Fields named one by one: a spread would read, and so encode, the payload.)
  const bundle = bundleFromJSON({
    ...signed.bundle,
    dsseEnvelope: {
      payload: 'AA==',
      payloadType: envelope.payloadType,
      signatures: envelope.signatures
    }
  })
  if (bundle.content.$case === 'dsseEnvelope') bundle.content.dsseEnvelope.payload = signed.payload
  return bundle
}

/** Whether `base64` encodes `bytes`, compared slice by slice without decoding the whole. */
export function carriesBytes(base64: string, bytes: Buffer): boolean {
  if (base64.length === Math.ceil(bytes.length / 3) * 4) {
    let from = 0
    let same = true
    for (const slice of base64Slices(bytes)) {
      same = base64.slice(from, from + slice.length) === slice
      if (!same) break
      from += slice.length
    }
    if (same) return true
  }
  // Other spellings (no padding, line breaks, URL alphabet) decode as the library decodes them.
  return Buffer.from(base64, 'base64').equals(bytes)
}

function parsePayload(payload: Buffer, fail: (r: string) => Error): Statement {
  try {
    return JSON.parse(payload.toString()) as Statement
  } catch {
    throw fail('the payload is not JSON')
  }
}

function checkStatement(statement: Statement, expected: Expectation, fail: (r: string) => Error) {
  if (statement._type !== STATEMENT_V1) throw fail(`unexpected statement type ${statement._type}`)
  const want = digestMap(expected.digest).sha256
  if (!statement.subject?.some(s => s.digest?.sha256 === want))
    throw fail(`its subject is not ${expected.digest}`)
  if (expected.predicateType && statement.predicateType !== expected.predicateType)
    throw fail(`its predicate type is ${statement.predicateType}, not ${expected.predicateType}`)
}

function checkSimpleSigning(payload: Buffer, expected: Expectation, fail: (r: string) => Error) {
  let signed: SimpleSigning
  try {
    signed = JSON.parse(payload.toString()) as SimpleSigning
  } catch {
    throw fail('the payload is not JSON')
  }
  const digest = signed.critical?.image?.['docker-manifest-digest']
  if (digest !== expected.digest) throw fail(`it signs ${digest}, not ${expected.digest}`)
}
