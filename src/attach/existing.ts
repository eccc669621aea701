import type { SerializedBundle } from '@sigstore/bundle'
import type { Reference, RegistryClient } from '../oci'
import { BUNDLE_MEDIA_TYPE_PREFIX } from '../verify'
import { BUNDLE_PREDICATE_TYPE_ANNOTATION } from './referrer'

/** A Sigstore bundle found as an OCI referrer of an image. */
export interface FoundBundle {
  /** Digest of the referrer manifest. */
  manifestDigest: string
  predicateType?: string
  bundle: SerializedBundle
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
    const { bytes } = await client.getManifest(ref, descriptor.digest)
    const manifest = JSON.parse(bytes.toString()) as {
      layers?: { mediaType: string; digest: string }[]
      annotations?: Record<string, string>
    }
    const layer = manifest.layers?.length === 1 ? manifest.layers[0] : undefined
    if (!layer?.mediaType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) continue
    try {
      const bundle = JSON.parse(
        (await client.getBlob(ref, layer.digest)).toString()
      ) as SerializedBundle
      found.push({
        manifestDigest: descriptor.digest,
        predicateType: manifest.annotations?.[BUNDLE_PREDICATE_TYPE_ANNOTATION],
        bundle
      })
    } catch {
      continue
    }
  }
  return found
}
