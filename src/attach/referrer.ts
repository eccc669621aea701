import type { SerializedBundle } from '@sigstore/bundle'
import {
  EMPTY_DIGEST,
  MediaType,
  REFERRERS_TAG_SETTLE_MS,
  RELIST_HINT,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type Reference,
  type RegistryClient,
  type StreamedBlob
} from '../oci'
import { setTimeout as sleep } from 'node:timers/promises'
import { ActionError } from '../errors'
import { log } from '../log'

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
  bundleBytes: Buffer | StreamedBlob
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
  annotations: Record<string, string> = {},
  /** The bundle's JSON when it is serialised already (the bytes of its bundle file). */
  bundleBytes: Buffer | StreamedBlob = Buffer.from(JSON.stringify(bundle))
): BundleReferrer {
  const digest = Buffer.isBuffer(bundleBytes) ? sha256Digest(bundleBytes) : bundleBytes.digest
  const mediaType = bundle.mediaType
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    artifactType: mediaType,
    config: EMPTY_CONFIG,
    layers: [{ mediaType, digest, size: bundleBytes.length }],
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

/** A referrer this run listed: what it is, its subject and its fallback-index entry. */
export interface PushedReferrer {
  what: string
  subject: string
  descriptor: Descriptor
}

/**
 * Re-reads the referrers the way cosign and gh do (referrers API, else the fallback tag) after
 * every write of the run, and lists again any that a concurrent writer dropped, so no output
 * names a referrer nobody can find. One that still is not listed fails the run.
 */
export async function ensureReferrersListed(
  client: RegistryClient,
  ref: Reference,
  pushed: PushedReferrer[]
): Promise<void> {
  const listed = async (subject: string, digest: string) =>
    (await client.referrers(ref, subject)).some(d => d.digest === digest)
  // A concurrent run that read a fallback index before our last PUT may still replace it:
  // wait out its read-to-write span (with jitter) once, then read back what everyone sees.
  if (pushed.length && !client.hasReferrersApi(ref))
    await sleep(REFERRERS_TAG_SETTLE_MS * (1 + Math.random()))
  for (const { what, subject, descriptor } of pushed) {
    const digest = descriptor.digest
    if (await listed(subject, digest)) continue
    log.warning(`${what} ${digest} was dropped from the referrers of ${subject}; listing it again`)
    await client.listReferrer(ref, subject, descriptor, true)
    if (!(await listed(subject, digest)))
      throw new ActionError(
        'REGISTRY_ERROR',
        `${what} ${digest} is pushed but not listed among the referrers of ${subject}`,
        { hint: RELIST_HINT }
      )
  }
  if (pushed.length) log.info(`${pushed.length} referrer(s) listed where cosign and gh look`)
}
