import type { Readable } from 'node:stream'
import { ActionError } from '../errors'
import { uncompressed, type DiffIdCheck } from './decompress'
import { MAX_CONFIG_BYTES } from './limits'
import { isIndexType, isManifestType, MediaType } from './media-types'
import type {
  Descriptor,
  Image,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  Layer,
  Platform,
  Target
} from './types'

// Layer streaming moved to ./decompress; src/sbom/walk still imports these three from here.
export { ownsChunks, releaseChunk, TrailingDataError } from './decompress'

/** Where manifests and blobs of one image come from: a registry repository, a layout, an archive. */
export interface ContentSource {
  /** Digest-verified manifest or index bytes, refused past MAX_MANIFEST_BYTES. */
  manifest(descriptor: Descriptor): Promise<Buffer>
  /** A stream of the blob that errors when its digest does not match. */
  blob(descriptor: Descriptor): Promise<Readable>
  /** A small blob (a config), digest-verified, refused past `maxBytes` before it is read. */
  blobBytes(descriptor: Descriptor, maxBytes: number): Promise<Buffer>
}

export type ManifestDocument =
  | { kind: 'image'; mediaType: string; manifest: ImageManifest }
  | { kind: 'index'; mediaType: string; index: ImageIndex }

const SCHEMA1_HINT =
  'Docker schema 1 manifests are deprecated and unsupported; push the image again with a current Docker, buildah or skopeo'

/** Parses manifest or index bytes, telling which by media type or shape; rejects schema 1. */
export function parseManifest(
  bytes: Buffer,
  where: string,
  contentType?: string
): ManifestDocument {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  } catch {
    const looksHtml = /^\s*</.test(bytes.subarray(0, 64).toString('utf8'))
    throw new ActionError(
      'REGISTRY_ERROR',
      `${where} answered ${looksHtml ? 'an HTML page' : 'content that is not JSON'} instead of a manifest${contentType ? ` (content type ${contentType})` : ''}`,
      { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' }
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ActionError('REGISTRY_ERROR', `${where} answered JSON that is not a manifest`)
  const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined
  const type = declared ?? contentType?.split(';')[0]?.trim()
  if (
    parsed.schemaVersion === 1 ||
    type === MediaType.DOCKER_SCHEMA1 ||
    type === MediaType.DOCKER_SCHEMA1_SIGNED
  )
    throw new ActionError('UNSUPPORTED_MEDIA_TYPE', `${where} is a Docker schema 1 manifest`, {
      hint: SCHEMA1_HINT
    })
  if (Array.isArray(parsed.manifests) && (!type || isIndexType(type) || !isManifestType(type)))
    return {
      kind: 'index',
      mediaType: isIndexType(type) ? (type as string) : MediaType.OCI_INDEX,
      index: parsed as unknown as ImageIndex
    }
  if (typeof parsed.config === 'object' && Array.isArray(parsed.layers))
    return {
      kind: 'image',
      mediaType: isManifestType(type) ? (type as string) : MediaType.OCI_MANIFEST,
      manifest: parsed as unknown as ImageManifest
    }
  throw new ActionError(
    'UNSUPPORTED_MEDIA_TYPE',
    `${where} is neither an image manifest nor an index (media type ${type ?? 'unknown'})`
  )
}

function parseConfig(bytes: Buffer, where: string): ImageConfig {
  try {
    const config = JSON.parse(bytes.toString('utf8')) as ImageConfig
    return { ...config, rootfs: config.rootfs ?? { type: 'layers', diff_ids: [] } }
  } catch {
    throw new ActionError('SOURCE_INVALID', `the image config of ${where} is not JSON`)
  }
}

function makeLayer(
  source: ContentSource,
  descriptor: Descriptor,
  diffId: string,
  where: string
): Layer {
  const check: DiffIdCheck = {
    diffId,
    blobDigest: descriptor.digest,
    what: `the uncompressed tar of layer ${descriptor.digest} of ${where} (its diff_id in the image config)`
  }
  return {
    descriptor,
    diffId,
    blob: () => source.blob(descriptor),
    tar: async () => uncompressed(await source.blob(descriptor), check)
  }
}

/** Bytes a descriptor pointed at must be as long as it says (the digest was checked already). */
function checkSize(bytes: Buffer, descriptor: Descriptor, what: string): void {
  if (bytes.length !== descriptor.size)
    throw new ActionError(
      'DIGEST_MISMATCH',
      `${what} is ${bytes.length} bytes, not the ${descriptor.size} its descriptor says`,
      { hint: 'The content changed or was corrupted in transit; do not trust it' }
    )
}

function platformOf(config: ImageConfig, descriptor?: Descriptor): Platform {
  const fromConfig: Platform = {
    os: config.os ?? descriptor?.platform?.os ?? 'unknown',
    architecture: config.architecture ?? descriptor?.platform?.architecture ?? 'unknown'
  }
  const variant = config.variant ?? descriptor?.platform?.variant
  if (variant) fromConfig.variant = variant
  return fromConfig
}

/** Builds an Image from a manifest: fetches the config, wires the layers to the source. */
export async function loadImage(
  source: ContentSource,
  name: string,
  digest: string,
  manifestBytes: Buffer,
  manifest: ImageManifest,
  descriptor?: Descriptor
): Promise<Image> {
  if (!manifest.config?.digest)
    throw new ActionError('SOURCE_INVALID', `the manifest of ${name} has no config descriptor`)
  const configBytes = await source.blobBytes(manifest.config, MAX_CONFIG_BYTES)
  checkSize(configBytes, manifest.config, `the config ${manifest.config.digest} of ${name}`)
  const config = parseConfig(configBytes, name)
  const diffIds = config.rootfs.diff_ids ?? []
  // containerd refuses to unpack an image whose config does not list one diff_id per layer.
  if (diffIds.length !== manifest.layers.length)
    throw new ActionError(
      'LAYER_INVALID',
      `the config of ${name} lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`,
      { hint: 'The image is malformed: rebuild it, or push it again with a current tool' }
    )
  const layers = manifest.layers.map((layer, i) =>
    makeLayer(source, layer, diffIds[i] as string, name)
  )
  return {
    name,
    digest,
    manifestBytes,
    manifest,
    config,
    platform: platformOf(config, descriptor),
    layers
  }
}

/** Turns manifest bytes into a Target; index children are loaded on demand. */
export async function loadTarget(
  source: ContentSource,
  repositoryName: string,
  digest: string,
  bytes: Buffer,
  where: string,
  contentType?: string
): Promise<Target> {
  const document = parseManifest(bytes, where, contentType)
  if (document.kind === 'image') {
    const image = await loadImage(
      source,
      `${repositoryName}@${digest}`,
      digest,
      bytes,
      document.manifest
    )
    return { kind: 'image', digest, image }
  }
  return {
    kind: 'index',
    digest,
    manifestBytes: bytes,
    index: document.index,
    image: async descriptor => {
      const childBytes = await source.manifest(descriptor)
      const childName = `${repositoryName}@${descriptor.digest}`
      checkSize(childBytes, descriptor, `the manifest ${childName}`)
      const child = parseManifest(childBytes, childName, descriptor.mediaType)
      if (child.kind !== 'image')
        throw new ActionError(
          'UNSUPPORTED_MEDIA_TYPE',
          `${childName} is a nested index; select one of its images by digest`
        )
      return loadImage(source, childName, descriptor.digest, childBytes, child.manifest, descriptor)
    }
  }
}
