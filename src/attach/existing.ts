import type { SerializedBundle } from '@sigstore/bundle'
import {
  isDigest,
  pendingTag,
  referrerDescriptor,
  type Descriptor,
  type ImageManifest,
  type PendingRecord,
  type Reference,
  type RegistryClient
} from '../oci'
import { describeError } from '../errors'
import { log } from '../log'
import { BUNDLE_MEDIA_TYPE_PREFIX } from '../verify'
import { BUNDLE_PREDICATE_TYPE_ANNOTATION } from './referrer'

/** A Sigstore bundle found as an OCI referrer of an image. */
export interface FoundBundle {
  /** Digest of the referrer manifest. */
  manifestDigest: string
  predicateType?: string
  bundle: SerializedBundle
  /**
   * For a referrer an earlier run pushed but could not list (from the pending record): the
   * fallback-index entry that lists it, built from the manifest itself.
   */
  unlisted?: Descriptor
}

/**
 * The bundle referrers of `subjectDigest` (referrers API or fallback tag): manifests with one
 * layer whose media type is a Sigstore bundle, as cosign and gh read them. Unreadable ones
 * are skipped; registry errors propagate (never read as "none").
 */
export async function findBundleReferrers(
  client: RegistryClient,
  ref: Reference,
  subjectDigest: string
): Promise<FoundBundle[]> {
  const descriptors = await client.referrers(ref, subjectDigest)
  const found: FoundBundle[] = []
  for (const descriptor of descriptors) {
    if (!descriptor.artifactType?.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) continue
    const read = await readBundleReferrer(client, ref, descriptor.digest)
    if (read) found.push(read.found)
  }
  return found
}

/** Bundle referrers in the pending record that nothing lists, and the record itself. */
export interface UnlistedBundles {
  found: FoundBundle[]
  /** Entries that are not bundle referrers of the subject (missing, unreadable, another subject). */
  unusable: string[]
  record: PendingRecord
  /** Where the record is, for messages. */
  where: string
}

/**
 * The bundle referrers of `subjectDigest` that an earlier run pushed but could not list, from
 * the pending record, minus those `listed` already. Each is read by digest (so its content is
 * what the digest says) and must name `subjectDigest` as its subject; its bundle still has to
 * be verified before it counts for anything.
 */
export async function findUnlistedBundles(
  client: RegistryClient,
  ref: Reference,
  subjectDigest: string,
  listed: ReadonlySet<string>
): Promise<UnlistedBundles> {
  const record = await client.pendingReferrers(ref, subjectDigest)
  const found: FoundBundle[] = []
  const unusable: string[] = []
  for (const entry of record.manifests) {
    if (typeof entry.digest !== 'string' || !isDigest(entry.digest)) {
      unusable.push('an entry without a valid digest')
      continue
    }
    if (listed.has(entry.digest) || found.some(f => f.manifestDigest === entry.digest)) continue
    // A lead, not a referrer: whatever cannot be read as one (gone, malformed, another
    // subject's, not discoverable as a bundle) is set aside, and the run signs anew.
    try {
      const read = await readBundleReferrer(client, ref, entry.digest)
      const descriptor = read && referrerDescriptor(read.manifest, read.bytes)
      if (
        read?.manifest.subject?.digest === subjectDigest &&
        descriptor?.artifactType?.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)
      ) {
        found.push({ ...read.found, unlisted: descriptor })
        continue
      }
    } catch (error) {
      log.debug(`pending referrer ${entry.digest}: ${describeError(error)}`)
    }
    unusable.push(entry.digest)
  }
  return { found, unusable, record, where: `${ref.name}:${pendingTag(subjectDigest)}` }
}

/** A referrer manifest by digest and the bundle in its one bundle layer; undefined when it is not one. */
async function readBundleReferrer(
  client: RegistryClient,
  ref: Reference,
  digest: string
): Promise<{ found: FoundBundle; manifest: ImageManifest; bytes: Buffer } | undefined> {
  const { bytes } = await client.getManifest(ref, digest)
  const manifest = JSON.parse(bytes.toString()) as ImageManifest
  const layer = manifest.layers?.length === 1 ? manifest.layers[0] : undefined
  if (!layer?.mediaType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) return undefined
  try {
    const bundle = JSON.parse(
      (await client.getBlob(ref, layer.digest)).toString()
    ) as SerializedBundle
    return {
      found: {
        manifestDigest: digest,
        predicateType: manifest.annotations?.[BUNDLE_PREDICATE_TYPE_ANNOTATION],
        bundle
      },
      manifest,
      bytes
    }
  } catch {
    return undefined
  }
}
