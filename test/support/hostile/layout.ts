import { createHash } from 'node:crypto'
import { createWriteStream, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip, gzipSync, zstdCompressSync } from 'node:zlib'

export const sha256 = (data: Buffer | string): string =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

/** A layer blob as stored, with the digest of its uncompressed tar. */
export interface LayerBlob {
  mediaType: string
  digest: string
  size: number
  diffId: string
  /** The blob's bytes, or the file they are in (large layers). */
  bytes?: Buffer
  file?: string
}

const GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip'

export function gzipLayer(tar: Buffer): LayerBlob {
  const bytes = gzipSync(tar)
  return { mediaType: GZIP, digest: sha256(bytes), size: bytes.length, diffId: sha256(tar), bytes }
}

export function zstdLayer(tar: Buffer): LayerBlob {
  const bytes = zstdCompressSync(tar)
  return {
    mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd',
    digest: sha256(bytes),
    size: bytes.length,
    diffId: sha256(tar),
    bytes
  }
}

export function plainLayer(tar: Buffer): LayerBlob {
  const digest = sha256(tar)
  return {
    mediaType: 'application/vnd.oci.image.layer.v1.tar',
    digest,
    size: tar.length,
    diffId: digest,
    bytes: tar
  }
}

/**
 * A layer whose blob is `bytes` as given (e.g. a compressed stream with something after
 * it), declared as the compressed form of `tar`.
 */
export function layerOfBytes(format: 'gzip' | 'zstd', bytes: Buffer, tar: Buffer): LayerBlob {
  return {
    mediaType: `application/vnd.oci.image.layer.v1.tar+${format}`,
    digest: sha256(bytes),
    size: bytes.length,
    diffId: sha256(tar),
    bytes
  }
}

/** A gzip layer streamed from generated tar pieces into `file`, for layers too large to hold. */
export async function gzipLayerFile(pieces: Iterable<Buffer>, file: string): Promise<LayerBlob> {
  const tarHash = createHash('sha256')
  const blobHash = createHash('sha256')
  let size = 0
  const hashTar = new Transform({
    transform(chunk: Buffer, _e, done) {
      tarHash.update(chunk)
      done(null, chunk)
    }
  })
  const hashBlob = new Transform({
    transform(chunk: Buffer, _e, done) {
      blobHash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  await pipeline(
    Readable.from(pieces),
    hashTar,
    createGzip({ level: 1 }),
    hashBlob,
    createWriteStream(file)
  )
  return {
    mediaType: GZIP,
    digest: `sha256:${blobHash.digest('hex')}`,
    size,
    diffId: `sha256:${tarHash.digest('hex')}`,
    file
  }
}

export interface WrittenLayout {
  dir: string
  manifestDigest: string
  configDigest: string
  /** Path of a blob in the layout, for tests that tamper with it. */
  blobPath(digest: string): string
}

/**
 * Writes an OCI image layout of one linux/amd64 image with these layers. `config` and
 * `diffIds` override what the config says (to write configs that lie).
 */
export function writeLayout(
  dir: string,
  layers: LayerBlob[],
  options: { diffIds?: string[] } = {}
): WrittenLayout {
  const blobs = join(dir, 'blobs', 'sha256')
  mkdirSync(blobs, { recursive: true })
  const blobPath = (digest: string) => join(blobs, digest.slice('sha256:'.length))
  const put = (bytes: Buffer): string => {
    const digest = sha256(bytes)
    writeFileSync(blobPath(digest), bytes)
    return digest
  }
  for (const layer of layers) {
    if (layer.file) renameSync(layer.file, blobPath(layer.digest))
    else writeFileSync(blobPath(layer.digest), layer.bytes ?? Buffer.alloc(0))
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: options.diffIds ?? layers.map(l => l.diffId) },
      history: layers.map((_, i) => ({ created_by: `layer ${i + 1}` }))
    })
  )
  const configDigest = put(config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length
      },
      layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))
    })
  )
  const manifestDigest = put(manifest)
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: manifestDigest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' }
        }
      ]
    })
  )
  return { dir, manifestDigest, configDigest, blobPath }
}

/** Replaces a stored blob's bytes (keeping its name, i.e. its claimed digest). */
export function tamper(path: string, change: (bytes: Buffer) => Buffer): void {
  writeFileSync(path, change(readFileSync(path)))
}
