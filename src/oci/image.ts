import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream'
import * as zlib from 'node:zlib'
import { ActionError } from '../errors'
import { DigestVerifier } from './digest'
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
 * 16 KiB halves the speed, 64 KiB takes half again as much CPU time). Pulling the 185 MiB
 * `large` fixture from a registry, 128 KiB peaks 5 MiB lower than 256 KiB for the
 * same CPU time.
 */
export const STREAM_CHUNK_SIZE = 128 * 1024

/** Streams whose chunks are fresh buffers nothing else refers to (see ownsChunks). */
const freshChunks = new WeakSet<Readable>()

/**
 * True when each chunk the stream yields is a buffer of its own (a decompressor's
 * output), which the consumer may free with releaseChunk once it has read it.
 */
export function ownsChunks(stream: Readable): boolean {
  return freshChunks.has(stream)
}

/** What the uncompressed tar must hash to, and how to name it in an error. */
export interface DiffIdCheck {
  diffId: string
  /** The blob's own (verified) digest: an uncompressed blob with this diff_id needs no second hash. */
  blobDigest: string
  what: string
}

/**
 * The uncompressed tar of a layer blob: gzip and zstd are recognised by their magic bytes.
 * With `check`, the tar's digest is compared with the config's diff_id at its end (as
 * containerd does when it applies a layer); a mismatch errors the stream.
 */
export async function uncompressed(blob: Readable, check?: DiffIdCheck): Promise<Readable> {
  const { head, stream } = await peek(blob, ZSTD.length)
  // Without a decompressor the layer's files are unknown: an error, never an empty SBOM.
  if (startsWith(head, ZSTD) && typeof zlib.createZstdDecompress !== 'function')
    throw new ActionError(
      'UNSUPPORTED_MEDIA_TYPE',
      `a zstd-compressed layer cannot be read: Node ${process.versions.node} has no zstd in node:zlib`,
      { hint: 'Run on Node 24.15.0 or newer' }
    )
  const format = startsWith(head, GZIP) ? 'gzip' : startsWith(head, ZSTD) ? 'zstd' : undefined
  const decoder =
    format === 'gzip'
      ? zlib.createGunzip({ chunkSize: STREAM_CHUNK_SIZE })
      : format === 'zstd'
        ? zlib.createZstdDecompress({ chunkSize: STREAM_CHUNK_SIZE })
        : undefined
  if (!format || !decoder) {
    // An uncompressed blob is its own tar: its digest, already verified, is the diff_id.
    if (!check || check.diffId === check.blobDigest) return stream
    return pipeline(stream, new DigestVerifier(check.diffId, check.what), () => {})
  }
  // The consumer reads the decoder's output (and may free its buffers once read), which
  // ends only once every byte of the blob went into the decoder and was decoded.
  const fed = feed(stream, decoder)
  fed.catch(() => {})
  const whole = pipeline(decoder, new WholeInput(decoder, fed, format), () => {})
  const output = check
    ? pipeline(whole, new DigestVerifier(check.diffId, check.what), () => {})
    : whole
  freshChunks.add(output)
  return output
}

/**
 * Raised when a decoder left bytes of the blob undecoded. Node's gunzip stops at a
 * zero byte after a member and its zstd decoder after the last frame, ignoring what
 * follows; Go's compress/gzip and klauspost's zstd reader, which containerd decompresses
 * layers with (and reads to the end after the tar), fail on those bytes.
 */
export class TrailingDataError extends Error {
  override name = 'TrailingDataError'
}

/** What containerd's decompressor reports for `count` bytes after the last gzip member or zstd frame. */
function trailingProblem(format: 'gzip' | 'zstd', count: number): string {
  // Go's gzip reader wants a 10-byte member header next, klauspost's zstd a 4-byte magic.
  const header = format === 'gzip' ? 10 : 4
  const go =
    count < header
      ? 'unexpected EOF'
      : format === 'gzip'
        ? 'gzip: invalid header'
        : 'invalid input: magic number mismatch'
  const what = format === 'gzip' ? 'gzip member' : 'zstd frame'
  return `${count} bytes after the last ${what} that are not another ${what} (containerd fails with "${go}")`
}

/** Passes a decoder's output through; at its end, fails unless the decoder took all of the blob. */
class WholeInput extends Transform {
  constructor(
    private readonly decoder: zlib.Gunzip | zlib.ZstdDecompress,
    private readonly fed: Promise<number>,
    private readonly format: 'gzip' | 'zstd'
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    done(null, chunk)
  }

  override _flush(done: TransformCallback): void {
    this.fed.then(total => {
      // bytesWritten counts the input the decoder consumed, not what it was given.
      const ignored = total - this.decoder.bytesWritten
      done(ignored > 0 ? new TrailingDataError(trailingProblem(this.format, ignored)) : null)
    }, done)
  }
}

/**
 * Writes a blob into its decompressor, freeing each compressed chunk once it is consumed.
 * Resolves with the number of bytes written once the decoder has taken them all; rejects
 * with the blob's error (a digest mismatch).
 */
async function feed(source: Readable, decoder: Transform): Promise<number> {
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
  let total = 0
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (decoder.destroyed) return total
      total += chunk.length
      if (!decoder.write(chunk, error => error || releaseChunk(chunk))) await drained()
    }
    await new Promise<void>(resolve => decoder.end(resolve))
    return total
  } catch (error) {
    decoder.destroy(error as Error)
    throw error
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
