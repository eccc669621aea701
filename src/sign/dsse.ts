// DSSE's pre-authentication encoding (PAE), signed and checked in parts: sigstore-js joins the
// header and the payload into one buffer, a copy of the whole statement (an SBOM's size).
import { createHash, createVerify, timingSafeEqual, type KeyObject } from 'node:crypto'
import { DSSEBundleBuilder, type Artifact, type Signature, type Witness } from '@sigstore/sign'
import type { SignedEntity } from '@sigstore/verify'

/** `DSSEv1 <len(type)> <type> <len(payload)> `: the PAE up to its payload. */
export function preAuthHeader(payloadType: string, payloadLength: number): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payloadLength} `, 'ascii')
  ])
}

/** Signs bytes given in parts, exactly as if they were joined. */
export interface PartsSigner {
  signParts(parts: Buffer[]): Promise<Signature>
}

/**
 * sigstore-js's DSSE bundles (the same envelope, witnesses and bundle), except that the
 * signer is handed the payload and signs the PAE as its header and the payload in turn.
 */
export class PartsDSSEBundleBuilder extends DSSEBundleBuilder {
  constructor(
    signer: PartsSigner,
    witnesses: Witness[],
    private readonly payloadType: string
  ) {
    super({
      signer: {
        sign: payload => signer.signParts([preAuthHeader(payloadType, payload.length), payload])
      },
      witnesses
    })
  }

  protected override prepare(artifact: Artifact): Promise<Buffer> {
    // The header the signer puts in front names this builder's type: it must be the artifact's.
    if (artifact.type !== this.payloadType)
      return Promise.reject(new Error(`payload type ${artifact.type}, not ${this.payloadType}`))
    return Promise.resolve(artifact.data)
  }
}

/** The DSSE envelope fields the PAE is made of. */
interface Envelope {
  payloadType: string
  payload: Buffer
}

/**
 * `entity` (a DSSE bundle's, from @sigstore/verify's toSignedEntity) with its signature
 * checked over the PAE in parts, and the PAE's digest (what a Rekor v2 entry records) hashed
 * in parts. The other comparisons are the library's own. Only ECDSA keys are checked in
 * parts, with SHA-256, the digest the library's one-shot check uses for them (OpenSSL's
 * default for EC keys); any other key goes to the library as it is.
 */
export function withPreAuthInParts(entity: SignedEntity, envelope: Envelope): SignedEntity {
  const content = entity.signature
  const header = preAuthHeader(envelope.payloadType, envelope.payload.length)
  return {
    ...entity,
    signature: {
      get signature() {
        return content.signature
      },
      compareSignature: signature => content.compareSignature(signature),
      compareDigest: digest => content.compareDigest(digest),
      compareSignedDigest: digest => {
        const pae = createHash('sha256').update(header).update(envelope.payload).digest()
        return pae.length === digest.length && timingSafeEqual(pae, digest)
      },
      verifySignature: (key: KeyObject) =>
        key.asymmetricKeyType === 'ec'
          ? verifyParts(key, content.signature, [header, envelope.payload])
          : content.verifySignature(key)
    }
  }
}

function verifyParts(key: KeyObject, signature: Buffer, parts: Buffer[]): boolean {
  const verifier = createVerify('sha256')
  for (const part of parts) verifier.update(part)
  try {
    return verifier.verify(key, signature)
  } catch {
    // As the library: a signature that cannot be read does not verify.
    return false
  }
}
