import { createHash } from 'node:crypto'
import { pipeline } from 'node:stream'
import { ActionError } from '../errors'
import { DigestVerifier, sha256Digest, verifyDigest } from './digest'
import { loadImage, type ContentSource } from './image'
import { MAX_CONFIG_BYTES, MAX_MANIFEST_BYTES, tooLarge } from './limits'
import { MediaType } from './media-types'
import { parseReference } from './reference'
import { TarIndex } from './tar'
import type { Descriptor, ImageManifest, Target } from './types'

/** One entry of a `docker save` archive's manifest.json. */
interface SavedImage {
  Config: string
  RepoTags?: string[] | null
  Layers: string[]
}

const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/

/** A member read whole, refused unread past `maxBytes`. */
function readCapped(tar: TarIndex, name: string, path: string, maxBytes: number): Promise<Buffer> {
  const size = tar.size(name) ?? 0
  if (size > maxBytes) throw tooLarge('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size)
  return tar.read(name)
}

async function layerDescriptor(
  tar: TarIndex,
  path: string,
  diffId: string | undefined
): Promise<Descriptor> {
  const size = tar.size(path) ?? 0
  const head = await tar.head(path, 4)
  const gzip = head[0] === 0x1f && head[1] === 0x8b
  const zstd = head.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))
  const mediaType = gzip
    ? MediaType.DOCKER_LAYER_GZIP
    : zstd
      ? MediaType.OCI_LAYER_ZSTD
      : MediaType.DOCKER_LAYER
  const named = BLOB_PATH.exec(path)?.[1]
  let digest: string
  if (named) digest = `sha256:${named}`
  // An uncompressed layer's digest is its diff ID; the stream verifies that claim.
  else if (!gzip && !zstd && diffId) digest = diffId
  else {
    const hash = createHash('sha256')
    for await (const chunk of tar.stream(path)) hash.update(chunk as Buffer)
    digest = `sha256:${hash.digest('hex')}`
  }
  return { mediaType, digest, size }
}

function choose(images: SavedImage[], path: string, selector?: string): SavedImage {
  if (selector?.startsWith('@')) {
    const image = images[Number(selector.slice(1))]
    if (!image || !/^@\d+$/.test(selector))
      throw new ActionError('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
        hint: `The archive holds ${images.length} image(s), @0 to @${images.length - 1}`
      })
    return image
  }
  if (selector) {
    const wanted = parseReference(selector).toString()
    const image = images.find(i =>
      (i.RepoTags ?? []).some(t => parseReference(t).toString() === wanted)
    )
    if (!image)
      throw new ActionError('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
        hint: `Tags in the archive: ${images.flatMap(i => i.RepoTags ?? []).join(', ') || 'none'}`
      })
    return image
  }
  if (images.length !== 1)
    throw new ActionError('INPUT_INVALID', `${path} holds ${images.length} images; choose one`, {
      hint: `Use docker-archive:${path}:REPO:TAG or docker-archive:${path}@N`
    })
  return images[0] as SavedImage
}

/** Opens a `docker save` archive (legacy layout or the OCI-based one of Docker 25+). */
export async function openDockerArchive(path: string, selector?: string): Promise<Target> {
  const tar = await TarIndex.open(path)
  if (!tar.has('manifest.json'))
    throw new ActionError(
      'SOURCE_INVALID',
      `${path} is not a docker save archive (no manifest.json)`,
      {
        hint: 'Write it with `docker save IMAGE -o FILE` or `skopeo copy … docker-archive:FILE`'
      }
    )
  const manifestJson = await readCapped(tar, 'manifest.json', path, MAX_MANIFEST_BYTES)
  let images: SavedImage[]
  try {
    images = JSON.parse(manifestJson.toString('utf8')) as SavedImage[]
  } catch {
    throw new ActionError('SOURCE_INVALID', `manifest.json in ${path} is not JSON`)
  }
  if (!Array.isArray(images) || images.length === 0)
    throw new ActionError('SOURCE_INVALID', `${path} holds no images`)
  const saved = choose(images, path, selector)
  const configBytes = await readCapped(tar, saved.Config, path, MAX_CONFIG_BYTES)
  const config = JSON.parse(configBytes.toString('utf8')) as { rootfs?: { diff_ids?: string[] } }
  const diffIds = config.rootfs?.diff_ids ?? []
  const layers = await Promise.all(
    saved.Layers.map((layer, i) => layerDescriptor(tar, layer, diffIds[i]))
  )
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.DOCKER_MANIFEST,
    config: {
      mediaType: MediaType.DOCKER_CONFIG,
      digest: sha256Digest(configBytes),
      size: configBytes.length
    },
    layers
  }
  const members = new Map<string, string>([[manifest.config.digest, saved.Config]])
  layers.forEach((layer, i) => members.set(layer.digest, saved.Layers[i] as string))
  const member = (descriptor: Descriptor) => {
    const found = members.get(descriptor.digest)
    if (!found) throw new ActionError('SOURCE_INVALID', `${path} has no blob ${descriptor.digest}`)
    return found
  }
  const content: ContentSource = {
    manifest: () => Promise.reject(new ActionError('SOURCE_INVALID', `${path} holds no manifests`)),
    blobBytes: async (descriptor, maxBytes) => {
      const data = await readCapped(tar, member(descriptor), path, maxBytes)
      verifyDigest(data, descriptor.digest, `${member(descriptor)} in ${path}`)
      return data
    },
    blob: async descriptor => {
      const name = member(descriptor)
      return pipeline(
        tar.stream(name),
        new DigestVerifier(descriptor.digest, `${name} in ${path}`, descriptor.size),
        () => {}
      )
    }
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest))
  const digest = sha256Digest(manifestBytes)
  const tag = saved.RepoTags?.[0]
  const name = tag ? parseReference(tag).toString() : `docker-archive:${path}`
  const image = await loadImage(content, name, digest, manifestBytes, manifest)
  return { kind: 'image', digest, image }
}
