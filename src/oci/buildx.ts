import { ActionError } from '../errors'
import type { Reference } from './reference'
import type { RegistryClient } from './registry'
import { isAttestationManifest } from './platform'
import type { Descriptor, ImageIndex, ImageManifest } from './types'

/** BuildKit's index annotations on an attestation manifest (moby/buildkit util/attestation). */
const BUILDX_REFERENCE_DIGEST = 'vnd.docker.reference.digest'
/** Layer annotation naming the in-toto predicate type of the statement in the layer. */
export const BUILDX_PREDICATE_TYPE = 'in-toto.io/predicate-type'
export const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json'
/** More statements than BuildKit ever writes per platform (SBOMs, provenance, a few extra). */
const MAX_LAYERS = 64

/** One platform's attestation manifest in an index, as `docker buildx build --sbom --provenance` writes it. */
export interface BuildxAttestation {
  /** The attestation manifest. */
  manifestDigest: string
  /** The platform manifest it is about. */
  describes: string
  /** Its in-toto statement layers, each with its predicate type. */
  statements: { predicateType: string; layer: Descriptor }[]
}

/**
 * The attestation manifests of an index about the platform manifests in `describing`: BuildKit
 * adds one per platform (platform unknown/unknown, the platform's digest in an annotation),
 * each holding one in-toto statement per layer. Reads each manifest by digest (verified).
 */
export async function buildxAttestations(
  client: RegistryClient,
  ref: Reference,
  index: ImageIndex,
  describing: string[]
): Promise<BuildxAttestation[]> {
  // Only what the index lists and the caller asked about: an attestation about anything else binds nothing.
  const listed = new Set(index.manifests.filter(d => !isAttestationManifest(d)).map(d => d.digest))
  const wanted = new Set(describing.filter(d => listed.has(d)))
  const found: BuildxAttestation[] = []
  for (const descriptor of index.manifests.filter(isAttestationManifest)) {
    const describes = descriptor.annotations?.[BUILDX_REFERENCE_DIGEST] ?? ''
    if (!wanted.has(describes)) continue
    const { bytes } = await client.getManifest(ref, descriptor.digest)
    const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest
    const layers = Array.isArray(manifest.layers) ? manifest.layers : []
    if (layers.length > MAX_LAYERS)
      throw new ActionError(
        'UNSUPPORTED_MEDIA_TYPE',
        `attestation manifest ${descriptor.digest} of ${ref.name} has ${layers.length} layers (at most ${MAX_LAYERS} are read)`
      )
    found.push({
      manifestDigest: descriptor.digest,
      describes,
      statements: layers
        .filter(l => l.mediaType === IN_TOTO_LAYER_MEDIA_TYPE)
        .map(layer => ({ predicateType: layer.annotations?.[BUILDX_PREDICATE_TYPE] ?? '', layer }))
    })
  }
  return found
}
