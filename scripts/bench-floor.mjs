// The decompression floor of bench:sbom, run as its own process like the tools it is compared
// with: gunzips every layer blob with one stream per core and discards the output. With
// --digests it also computes the two SHA-256 digests a tool that checks what it reads needs
// per layer (the blob's, and the uncompressed tar's for the config's diff_ids).
//   node scripts/bench-floor.mjs [--digests] <layout directory | http://host/v2/repository> <digest>...
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { get } from 'node:http'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

const args = process.argv.slice(2)
const digests = args[0] === '--digests'
const [source = '', ...queue] = digests ? args.slice(1) : args
/**
 * Pieces of 1 MiB: the fastest of 16 KiB (zlib's default, 1.5× the wall time), 128 KiB and
 * 1 MiB, since each piece costs a hand-off between the main thread and zlib's thread.
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

/** Passes the bytes on, hashing them. */
function hashing() {
  const hash = createHash('sha256')
  return new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    },
    flush(done) {
      hash.digest()
      done()
    }
  })
}

async function worker() {
  for (let digest = queue.shift(); digest; digest = queue.shift()) {
    const tar = createHash('sha256')
    const stages = [
      await open(digest),
      ...(digests ? [hashing()] : []),
      createGunzip({ chunkSize: CHUNK }),
      new Writable({
        write: (chunk, _encoding, done) => {
          if (digests) tar.update(chunk)
          done()
        }
      })
    ]
    await pipeline(stages)
  }
}

await Promise.all(Array.from({ length: availableParallelism() }, worker))
