import { ActionError } from '../errors'
import type { Reference } from './reference'
import type { RegistryClient } from './registry'
import type { Descriptor, ImageIndex, ImageManifest } from './types'

/** BuildKit's index annotations on an attestation manifest (moby/buildkit util/attestation). */
export const BUILDX_REFERENCE_TYPE = 'vnd.docker.reference.type'
export const BUILDX_REFERENCE_DIGEST = 'vnd.docker.reference.digest'
const ATTESTATION_MANIFEST = 'attestation-manifest'
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

/** Whether an index entry is a BuildKit attestation manifest (not an image to check). */
export function isBuildxAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.[BUILDX_REFERENCE_TYPE] === ATTESTATION_MANIFEST
}

/**
 * The attestation manifests of an index for the platform manifests in `describes`: BuildKit
 * adds one per platform (platform unknown/unknown, the platform's digest in an annotation),
 * each holding one in-toto statement per layer. Reads each manifest by digest (verified).
 */
export async function buildxAttestations(
  client: RegistryClient,
  ref: Reference,
  index: ImageIndex
): Promise<BuildxAttestation[]> {
  const children = new Set(index.manifests.filter(d => !isBuildxAttestation(d)).map(d => d.digest))
  const found: BuildxAttestation[] = []
  for (const descriptor of index.manifests.filter(isBuildxAttestation)) {
    const describes = descriptor.annotations?.[BUILDX_REFERENCE_DIGEST] ?? ''
    // An attestation about something the index does not list binds nothing.
    if (!children.has(describes)) continue
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
