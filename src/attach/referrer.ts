import type { SerializedBundle } from '@sigstore/bundle'
import {
  EMPTY_DIGEST,
  MediaType,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type Reference,
  type RegistryClient
} from '../oci'

/** The empty JSON config OCI artifacts use ("{}"). */
export const EMPTY_CONFIG: Descriptor = {
  mediaType: MediaType.OCI_EMPTY,
  digest: EMPTY_DIGEST,
  size: 2
}
const EMPTY_CONFIG_BYTES = Buffer.from('{}')

export const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content'
export const BUNDLE_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType'
export const CREATED_ANNOTATION = 'org.opencontainers.image.created'

/** A bundle ready to push as a referrer: its bytes and the manifest that carries it. */
export interface BundleReferrer {
  manifest: ImageManifest
  bundleBytes: Buffer
}

/**
 * The manifest cosign v3 and actions/attest push for a bundle: artifactType = bundle media
 * type, empty config, the bundle as the only layer, the image as subject.
 */
export function bundleReferrer(
  bundle: SerializedBundle,
  subject: Descriptor,
  predicateType: string,
  created: Date,
  annotations: Record<string, string> = {}
): BundleReferrer {
  const bundleBytes = Buffer.from(JSON.stringify(bundle))
  const mediaType = bundle.mediaType
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    artifactType: mediaType,
    config: EMPTY_CONFIG,
    layers: [{ mediaType, digest: sha256Digest(bundleBytes), size: bundleBytes.length }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: {
      [BUNDLE_CONTENT_ANNOTATION]: bundle.dsseEnvelope ? 'dsse-envelope' : 'message-signature',
      [BUNDLE_PREDICATE_TYPE_ANNOTATION]: predicateType,
      [CREATED_ANNOTATION]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...annotations
    }
  }
  return { manifest, bundleBytes }
}

/** Pushes the blobs, then the manifest (by digest; the fallback tag is the client's job). */
export async function pushBundleReferrer(
  client: RegistryClient,
  ref: Reference,
  referrer: BundleReferrer
): Promise<string> {
  await client.putBlob(ref, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.digest)
  await client.putBlob(ref, referrer.bundleBytes, referrer.manifest.layers[0]?.digest)
  return client.pushReferrer(ref, referrer.manifest)
}
