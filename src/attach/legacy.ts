import { X509Certificate } from 'node:crypto'
import { envelopeFromJSON, envelopeToJSON, type SerializedBundle } from '@sigstore/bundle'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { ActionError, describeError } from '../errors'
import { log } from '../log'
import {
  MediaType,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type Reference,
  type RegistryClient
} from '../oci'
import {
  bundleFromLegacyLayer,
  COSIGN_ANNOTATIONS,
  DSSE_ENVELOPE_MEDIA_TYPE,
  legacyTag,
  SIMPLE_SIGNING_MEDIA_TYPE
} from '../verify'

export { legacyTag }

const CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json'

/** One cosign v2 layer: the blob and its descriptor with cosign's annotations. */
export interface LegacyLayer {
  bytes: Buffer
  descriptor: Descriptor
}

/**
 * The `.sig` layer for a message-signature bundle over the simple-signing payload: the
 * payload as blob, the signature, certificate, chain and Rekor bundle as annotations. The
 * bundle's RFC 3161 timestamp covers the raw signature, which is what cosign checks on `.sig`.
 */
export function signatureLayer(
  bundle: SerializedBundle,
  payload: Buffer,
  trustedRoot?: TrustedRoot
): LegacyLayer {
  const signature = bundle.messageSignature?.signature
  if (!signature) throw new Error('a .sig layer needs a message-signature bundle')
  const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps?.[0]
  return layer(payload, SIMPLE_SIGNING_MEDIA_TYPE, {
    [COSIGN_ANNOTATIONS.signature]: signature,
    ...verificationAnnotations(bundle, trustedRoot, timestamp?.signedTimestamp)
  })
}

/** The `.att` layer blob: the DSSE envelope JSON exactly as Rekor's envelope hash covers it. */
export function attestationLayerBytes(bundle: SerializedBundle): Buffer {
  if (!bundle.dsseEnvelope) throw new Error('a .att layer needs a DSSE bundle')
  return Buffer.from(JSON.stringify(envelopeToJSON(envelopeFromJSON(bundle.dsseEnvelope))))
}

/**
 * The `.att` layer for a DSSE bundle, with the predicate type. `timestamp` (base64 DER) must
 * cover the layer bytes (see timestampBytes): the bundle's own timestamp covers only the DSSE
 * signature, which cosign's `.att` check does not hash, so it is never copied here.
 */
export function attestationLayer(
  bundle: SerializedBundle,
  predicateType: string,
  trustedRoot?: TrustedRoot,
  timestamp?: string,
  annotations: Record<string, string> = {}
): LegacyLayer {
  return layer(attestationLayerBytes(bundle), DSSE_ENVELOPE_MEDIA_TYPE, {
    [COSIGN_ANNOTATIONS.signature]: '',
    [COSIGN_ANNOTATIONS.predicateType]: predicateType,
    ...annotations,
    ...verificationAnnotations(bundle, trustedRoot, timestamp)
  })
}

function layer(bytes: Buffer, mediaType: string, annotations: Record<string, string>): LegacyLayer {
  return {
    bytes,
    descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length, annotations }
  }
}

/** Certificate, chain, Rekor bundle (SET + entry) and RFC 3161 timestamp, as cosign v2 writes them. */
function verificationAnnotations(
  bundle: SerializedBundle,
  trustedRoot: TrustedRoot | undefined,
  timestamp: string | undefined
): Record<string, string> {
  const annotations: Record<string, string> = {}
  const material = bundle.verificationMaterial
  const leaf =
    material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes
  if (leaf) {
    annotations[COSIGN_ANNOTATIONS.certificate] = pem(leaf)
    const chain = issuerChain(leaf, trustedRoot)
    if (chain) annotations[COSIGN_ANNOTATIONS.chain] = chain
  }
  const entry = material.tlogEntries?.[0]
  if (entry?.inclusionPromise) {
    annotations[COSIGN_ANNOTATIONS.bundle] = JSON.stringify({
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
      Payload: {
        body: entry.canonicalizedBody,
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
      }
    })
  }
  if (timestamp)
    annotations[COSIGN_ANNOTATIONS.timestamp] = JSON.stringify({
      SignedRFC3161Timestamp: timestamp
    })
  return annotations
}

/** The PEM chain above the leaf, from the trusted root's CA that issued it. */
function issuerChain(leafBase64: string, trustedRoot?: TrustedRoot): string | undefined {
  const leaf = new X509Certificate(Buffer.from(leafBase64, 'base64'))
  for (const ca of trustedRoot?.certificateAuthorities ?? []) {
    const certificates = ca.certChain?.certificates ?? []
    const first = certificates[0]
    if (first && leaf.checkIssued(new X509Certificate(first.rawBytes)))
      return certificates.map(c => pem(Buffer.from(c.rawBytes).toString('base64'))).join('')
  }
  return undefined
}

function pem(base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

/**
 * Appends layers to the image's `.sig` or `.att` manifest (read-modify-write, as cosign v2
 * does), with a config whose rootfs lists the layers. Returns the new manifest digest.
 */
export async function appendLegacyLayers(
  client: RegistryClient,
  ref: Reference,
  subjectDigest: string,
  suffix: 'sig' | 'att',
  layers: LegacyLayer[]
): Promise<string> {
  const tag = legacyTag(subjectDigest, suffix)
  const existing = await client.headManifest(ref, tag)
  let previous: Descriptor[] = []
  if (existing) {
    const { bytes } = await client.getManifest(ref, tag)
    const manifest = JSON.parse(bytes.toString()) as ImageManifest
    if (
      manifest.mediaType &&
      manifest.mediaType !== MediaType.OCI_MANIFEST &&
      manifest.mediaType !== MediaType.DOCKER_MANIFEST
    )
      throw new ActionError('ATTACH_FAILED', `${ref.name}:${tag} is not an image manifest`, {
        hint: 'Remove the tag, or use "attach-format: bundle"'
      })
    previous = manifest.layers
  }
  // The simple-signing payload is the same for every signature of a digest: a layer is a
  // duplicate only with the same signature too.
  const signatureOf = (d: Descriptor) => d.annotations?.[COSIGN_ANNOTATIONS.signature]
  const added = layers.filter(
    l =>
      !previous.some(
        p => p.digest === l.descriptor.digest && signatureOf(p) === signatureOf(l.descriptor)
      )
  )
  for (const l of added) await client.putBlob(ref, l.bytes, l.descriptor.digest)
  const all = [...previous, ...added.map(l => l.descriptor)]
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: all.map(() => ({ created: '0001-01-01T00:00:00Z' })),
      os: '',
      rootfs: { type: 'layers', diff_ids: all.map(l => l.digest) },
      config: {}
    })
  )
  const configDigest = await client.putBlob(ref, config)
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    config: { mediaType: CONFIG_MEDIA_TYPE, digest: configDigest, size: config.length },
    layers: all
  }
  return client.putManifest(ref, tag, Buffer.from(JSON.stringify(manifest)), MediaType.OCI_MANIFEST)
}

/** A bundle rebuilt from one cosign v2 layer, and the manifest it sits in. */
export interface LegacyBundle {
  manifestDigest: string
  /** The layer it was rebuilt from. */
  layerDigest: string
  predicateType?: string
  bundle: SerializedBundle
  /** The layer blob: the simple-signing payload (.sig) or the DSSE envelope (.att). */
  payload: Buffer
}

/**
 * Reads the image's `.sig` or `.att` tag and rebuilds a Sigstore bundle (v0.1: certificate,
 * signature, Rekor entry with its SET, timestamp) from each layer, so that existing legacy
 * signatures can be verified like bundles. `keyHint` names the key of key-signed layers.
 */
export async function readLegacyBundles(
  client: RegistryClient,
  ref: Reference,
  subjectDigest: string,
  suffix: 'sig' | 'att',
  keyHint?: string
): Promise<LegacyBundle[]> {
  const tag = legacyTag(subjectDigest, suffix)
  if (!(await client.headManifest(ref, tag))) return []
  const { bytes, digest } = await client.getManifest(ref, tag)
  const manifest = JSON.parse(bytes.toString()) as ImageManifest
  const found: LegacyBundle[] = []
  for (const layer of manifest.layers ?? []) {
    const annotations = layer.annotations ?? {}
    try {
      const payload = await client.getBlob(ref, layer.digest)
      const mediaType = suffix === 'sig' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE
      const bundle = bundleFromLegacyLayer(
        mediaType,
        annotations,
        payload,
        keyHint
      ) as unknown as SerializedBundle
      found.push({
        manifestDigest: digest,
        layerDigest: layer.digest,
        predicateType: annotations[COSIGN_ANNOTATIONS.predicateType],
        bundle,
        payload
      })
    } catch (error) {
      log.debug(
        `existing bundle in ${ref.name}:${tag} layer ${layer.digest} is malformed (${describeError(error)}); not reused`
      )
    }
  }
  return found
}
