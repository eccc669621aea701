import { Readable, type Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { ActionError } from '../errors'
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

const GZIP = [0x1f, 0x8b]
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd]

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => head[i] === byte)
}

/**
 * Reads at least the first `length` bytes, or all there are, and hands back a stream
 * that still starts with them.
 */
function peek(stream: Readable, length: number): Promise<{ head: Buffer; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const seen: Buffer[] = []
    let size = 0
    const finish = (ended: boolean) => {
      cleanup()
      const head = seen.length === 1 ? (seen[0] as Buffer) : Buffer.concat(seen)
      // A stream that has ended cannot take bytes back; a short one is replayed instead.
      if (ended) return resolve({ head, stream: Readable.from(head.length ? [head] : []) })
      stream.unshift(head)
      resolve({ head, stream })
    }
    const onEnd = () => finish(true)
    const onReadable = () => {
      // No further than needed: what is left stays in the stream as the chunks it came in.
      for (let chunk; size < length && (chunk = stream.read() as Buffer | null) !== null;) {
        seen.push(chunk)
        size += chunk.length
      }
      if (size >= length) finish(false)
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const cleanup = () => {
      stream.off('readable', onReadable)
      stream.off('end', onEnd)
      stream.off('error', onError)
    }
    stream.on('readable', onReadable)
    stream.once('end', onEnd)
    stream.once('error', onError)
  })
}

/**
 * The size blobs are read and decompressed in. A few such pieces are in flight per
 * layer streamed: larger ones cost memory, smaller ones time (zlib's default of
 * 16 KiB halves the speed); on a 185 MiB image 256 KiB was the best of both.
 */
export const STREAM_CHUNK_SIZE = 256 * 1024

/** The uncompressed tar of a layer blob: gzip and zstd are recognised by their magic bytes. */
export async function uncompressed(blob: Readable): Promise<Readable> {
  const { head, stream } = await peek(blob, ZSTD.length)
  // Without a decompressor the layer's files are unknown: an error, never an empty SBOM.
  if (startsWith(head, ZSTD) && typeof zlib.createZstdDecompress !== 'function')
    throw new ActionError(
      'UNSUPPORTED_MEDIA_TYPE',
      `a zstd-compressed layer cannot be read: Node ${process.versions.node} has no zstd in node:zlib`,
      { hint: 'Run on Node 24.15.0 or newer' }
    )
  const decoder = startsWith(head, GZIP)
    ? zlib.createGunzip({ chunkSize: STREAM_CHUNK_SIZE })
    : startsWith(head, ZSTD)
      ? zlib.createZstdDecompress({ chunkSize: STREAM_CHUNK_SIZE })
      : undefined
  if (!decoder) return stream
  // The consumer reads the decoder itself (and may free its output buffers once read).
  void feed(stream, decoder)
  return decoder
}

/** Writes a blob into its decompressor, freeing each compressed chunk once it is consumed. */
async function feed(source: Readable, decoder: Transform): Promise<void> {
  const drained = () =>
    new Promise<void>(resolve => {
      const done = () => {
        decoder.off('drain', done)
        decoder.off('close', done)
        resolve()
      }
      decoder.on('drain', done)
      decoder.on('close', done)
    })
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (decoder.destroyed) return
      if (!decoder.write(chunk, error => error || releaseChunk(chunk))) await drained()
    }
    decoder.end()
  } catch (error) {
    decoder.destroy(error as Error)
  }
}

/**
 * Frees a chunk's memory now instead of at a later garbage collection: a layer streams
 * hundreds of MiB through short-lived buffers, and V8 lets up to 64 MiB of them pile
 * up before collecting. Call it only once nothing reads the chunk any more. Only a
 * chunk reaching the end of its own buffer is freed: any earlier parts of that buffer
 * were read before it. Buffers up to the pool size may be shared with other data and
 * are left alone.
 */
export function releaseChunk(chunk: Buffer): void {
  const buffer = chunk.buffer as ArrayBuffer & { transfer?(length: number): ArrayBuffer }
  if (
    buffer.byteLength > Buffer.poolSize &&
    chunk.byteOffset + chunk.length === buffer.byteLength &&
    typeof buffer.transfer === 'function'
  )
    buffer.transfer(0)
}

function makeLayer(source: ContentSource, descriptor: Descriptor, diffId: string): Layer {
  return {
    descriptor,
    diffId,
    blob: () => source.blob(descriptor),
    tar: async () => uncompressed(await source.blob(descriptor))
  }
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
  const config = parseConfig(await source.blobBytes(manifest.config, MAX_CONFIG_BYTES), name)
  const diffIds = config.rootfs.diff_ids ?? []
  const layers = manifest.layers.map((layer, i) =>
    makeLayer(source, layer, diffIds[i] ?? layer.digest)
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
