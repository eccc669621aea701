import { pipeline, Readable, type Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { ActionError } from '../errors'
import { drainedOrClosed } from '../network/backpressure'
import { DigestVerifier, RunningDigest } from './digest'

/*
 * Layer blobs as tar streams: gzip and zstd told apart by their magic bytes, the tar checked
 * against its diff_id, bytes after the compressed data refused as containerd refuses them, and
 * chunk sizes and early freeing that keep a large layer's memory flat.
 */

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
 * The size blobs are streamed in from the network: the connection's small chunks are gathered
 * into blocks of this size. A few such pieces are in flight per layer streamed: larger ones
 * cost memory, smaller ones time (zlib's default of 16 KiB halves the speed, 64 KiB takes half
 * again as much CPU time). Pulling the 185 MiB `large` fixture from a registry, 128 KiB peaks
 * 3–5 MiB lower than 256 KiB for the same CPU time; 512 KiB was no faster from the registry
 * (`big`, `java-ruby`) and peaked 2–3 MiB higher.
 */
export const STREAM_CHUNK_SIZE = 128 * 1024

/**
 * The size blobs are read in from a file (an OCI layout, a docker archive). Each read is a
 * hand-off to libuv's thread and then to zlib's, often a context switch on two cores busy
 * decompressing: 128 KiB reads made three times the context switches of 512 KiB ones on the
 * `big` fixture, 0.2–0.5 s more CPU time, and 1.31–1.41× the bare gunzip floor's wall time
 * where 512 KiB took 1.23–1.30× (`big` and `java-ruby`, six or seven interleaved rounds each);
 * 1 MiB was within the spread of 512 KiB and peaked 5 MiB higher.
 */
export const FILE_READ_SIZE = 512 * 1024

/**
 * The size of a decompressor's output pieces. Each is a hand-off between zlib's thread and
 * the main thread, and a layer decompresses to several times its size: 256 KiB was 4–10 %
 * faster than 128 KiB on the `large` and `big` fixtures, with the peak within 3 MiB; 512 KiB
 * and 1 MiB were within the spread of 256 KiB, for 2–6 MiB more.
 */
export const DECOMPRESSED_CHUNK_SIZE = 256 * 1024

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
      ? zlib.createGunzip({ chunkSize: DECOMPRESSED_CHUNK_SIZE })
      : format === 'zstd'
        ? zlib.createZstdDecompress({ chunkSize: DECOMPRESSED_CHUNK_SIZE })
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
  const output = Readable.from(decodedTar(decoder, fed, format, check), { objectMode: false })
  freshChunks.add(output)
  return output
}

/**
 * A decoder's output, hashed for the diff_id as it is read, and at its end checked for
 * undecoded bytes and the digest. The decoder is read, not piped: piped, every stage
 * after it (the hash among them) runs inside zlib's completion callback, before that
 * callback hands zlib its next piece of work, so the decompressing thread would wait for
 * the hash of every piece.
 */
async function* decodedTar(
  decoder: zlib.Gunzip | zlib.ZstdDecompress,
  fed: Promise<number>,
  format: 'gzip' | 'zstd',
  check: DiffIdCheck | undefined
): AsyncGenerator<Buffer> {
  const digest = check ? new RunningDigest(check.diffId, check.what) : undefined
  for await (const chunk of decoder as AsyncIterable<Buffer>) {
    digest?.update(chunk)
    yield chunk
  }
  // bytesWritten counts the input the decoder consumed, not what it was given.
  const ignored = (await fed) - decoder.bytesWritten
  if (ignored > 0) throw new TrailingDataError(trailingProblem(format, ignored))
  const mismatch = digest?.mismatch()
  if (mismatch) throw mismatch
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

/**
 * Writes a blob into its decompressor, freeing each compressed chunk once it is consumed.
 * Resolves with the number of bytes written once the decoder has taken them all; rejects
 * with the blob's error (a digest mismatch).
 */
async function feed(source: Readable, decoder: Transform): Promise<number> {
  let total = 0
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (decoder.destroyed) return total
      total += chunk.length
      if (!decoder.write(chunk, error => error || releaseChunk(chunk)))
        await drainedOrClosed(decoder)
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
