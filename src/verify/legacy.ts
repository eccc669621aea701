import { createHash, X509Certificate as NodeX509 } from 'node:crypto'
import { referrersTag } from '../oci'

/** Layer media types of cosign's legacy .sig and .att manifests. */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json'

/** The layer annotations cosign v2 writes next to each signature or attestation. */
export const COSIGN_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
  predicateType: 'predicateType'
} as const

/** `sha256-<hex>.sig` / `.att`: where cosign v2 keeps signatures and attestations. */
export function legacyTag(digest: string, suffix: 'sig' | 'att'): string {
  return `${referrersTag(digest)}.${suffix}`
}

/**
 * Rebuilds a Sigstore bundle (v0.1 shape) from one layer of a cosign legacy
 * .sig or .att manifest, so that both formats go through the same verifier:
 * the layer annotations carry the signature, the leaf certificate, the Rekor
 * entry with its signed entry timestamp, and an optional RFC 3161 token. The
 * chain annotation is left out on purpose: intermediates and roots come from
 * the trusted root, never from the registry. `keyHint` names the key of a
 * key-signed layer (one without a certificate).
 */
export function bundleFromLegacyLayer(
  mediaType: string,
  annotations: Record<string, string>,
  blob: Buffer,
  keyHint = ''
): Record<string, unknown> {
  const verificationMaterial: Record<string, unknown> = {
    tlogEntries: tlogEntries(annotations[COSIGN_ANNOTATIONS.bundle])
  }
  const certificate = annotations[COSIGN_ANNOTATIONS.certificate]
  if (certificate) {
    let der: Buffer
    try {
      der = new NodeX509(certificate).raw
    } catch {
      throw new Error('the certificate annotation is not a PEM certificate')
    }
    verificationMaterial.x509CertificateChain = {
      certificates: [{ rawBytes: der.toString('base64') }]
    }
  } else {
    verificationMaterial.publicKey = { hint: keyHint }
  }
  const timestamp = annotations[COSIGN_ANNOTATIONS.timestamp]
  if (timestamp) {
    const parsed = JSON.parse(timestamp) as { SignedRFC3161Timestamp?: string }
    if (!parsed.SignedRFC3161Timestamp) throw new Error('the timestamp annotation has no token')
    verificationMaterial.timestampVerificationData = {
      rfc3161Timestamps: [{ signedTimestamp: parsed.SignedRFC3161Timestamp }]
    }
  }
  const bundle: Record<string, unknown> = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial
  }
  if (mediaType === SIMPLE_SIGNING_MEDIA_TYPE) {
    const signature = annotations[COSIGN_ANNOTATIONS.signature]
    if (!signature) throw new Error('the layer has no signature annotation')
    bundle.messageSignature = {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(blob).digest('base64')
      },
      signature
    }
  } else if (mediaType === DSSE_ENVELOPE_MEDIA_TYPE) {
    const envelope = JSON.parse(blob.toString('utf8')) as {
      payloadType?: string
      payload?: string
      signatures?: { keyid?: string; sig?: string }[]
    }
    bundle.dsseEnvelope = {
      payloadType: envelope.payloadType,
      payload: envelope.payload,
      signatures: (envelope.signatures ?? []).map(s => ({ sig: s.sig, keyid: s.keyid ?? '' }))
    }
  } else {
    throw new Error(`unexpected layer media type ${mediaType}`)
  }
  return bundle
}

function tlogEntries(annotation: string | undefined): unknown[] {
  if (!annotation) return []
  const rekor = JSON.parse(annotation) as {
    SignedEntryTimestamp?: string
    Payload?: { body?: string; integratedTime?: number; logIndex?: number; logID?: string }
  }
  const payload = rekor.Payload
  if (!payload?.body || !payload.logID || !rekor.SignedEntryTimestamp)
    throw new Error('the Rekor bundle annotation is incomplete')
  const body = JSON.parse(Buffer.from(payload.body, 'base64').toString('utf8')) as {
    kind?: string
    apiVersion?: string
  }
  return [
    {
      logIndex: String(payload.logIndex),
      logId: { keyId: Buffer.from(payload.logID, 'hex').toString('base64') },
      kindVersion: { kind: body.kind, version: body.apiVersion },
      integratedTime: String(payload.integratedTime),
      inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
      canonicalizedBody: payload.body
    }
  ]
}
