// The decompression floor of bench:sbom, run as its own process like the tools it is compared
// with: gunzips every layer blob with one stream per core and discards the output. With
// --digests it also computes the two SHA-256 digests a tool that checks what it reads needs
// per layer (the blob's, and the uncompressed tar's for the config's diff_ids).
//   node scripts/bench-floor.mjs [--digests] <layout directory | http://host/v2/repository> <digest>...
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import { get } from 'node:http'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { createGunzip } from 'node:zlib'

const args = process.argv.slice(2)
const digests = args[0] === '--digests'
const [source = '', ...queue] = digests ? args.slice(1) : args
/**
 * Pieces of 1 MiB, read and decompressed: the fastest of 256 KiB to 2 MiB (2 MiB was within
 * the spread, for 10 MiB more), since each piece costs a hand-off between the main thread
 * and zlib's thread.
 */
const CHUNK = 1024 * 1024

/** A layer blob from the layout on disk, or from the registry as a client pulling it gets it. */
function open(digest) {
  if (!source.startsWith('http://'))
    return Promise.resolve(
      createReadStream(join(source, 'blobs', ...digest.split(':')), { highWaterMark: CHUNK })
    )
  return new Promise((resolve, reject) => {
    get(`${source}/blobs/${digest}`, response => {
      if (response.statusCode === 200) resolve(response)
      else reject(new Error(`GET blob ${digest}: HTTP ${response.statusCode}`))
    }).on('error', reject)
  })
}

/**
 * Gives a consumed piece's memory back at once. Left to the garbage collector, every piece
 * is fresh memory the kernel must fault in: that took a third more wall time and half again
 * as much CPU time on the `big` fixture. Only a piece that ends its buffer is freed (zlib
 * hands out slices of one output buffer), and only one larger than Node's shared pool.
 */
function free(piece) {
  const buffer = piece.buffer
  if (buffer.byteLength > Buffer.poolSize && piece.byteOffset + piece.length === buffer.byteLength)
    buffer.transfer(0)
}

/**
 * One layer: the blob goes into the decompressor, each piece freed once zlib has taken it,
 * and the output is taken as zlib hands it over (in its callback, before it is given the
 * next piece of work: with nothing to do but hash, that is faster than reading it later).
 */
async function layer(digest) {
  const blob = digests ? createHash('sha256') : undefined
  const tar = digests ? createHash('sha256') : undefined
  const gunzip = createGunzip({ chunkSize: CHUNK })
  const done = once(gunzip, 'end')
  gunzip.on('data', piece => {
    tar?.update(piece)
    free(piece)
  })
  for await (const piece of await open(digest)) {
    blob?.update(piece)
    if (!gunzip.write(piece, () => free(piece))) await once(gunzip, 'drain')
  }
  gunzip.end()
  await done
  // The blob's digest is compared, which also shows that every byte was read.
  if (blob && `sha256:${blob.digest('hex')}` !== digest)
    throw new Error(`${digest}: digest mismatch`)
  tar?.digest()
}

async function worker() {
  for (let digest = queue.shift(); digest; digest = queue.shift()) await layer(digest)
}

await Promise.all(Array.from({ length: availableParallelism() }, worker))
