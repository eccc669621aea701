import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline, type Readable } from 'node:stream'
import { ActionError } from '../errors'
import { DigestVerifier, isDigest, sha256Digest, verifyDigest } from './digest'
import { FILE_READ_SIZE } from './decompress'
import { loadTarget, type ContentSource } from './image'
import { MAX_MANIFEST_BYTES, tooLarge } from './limits'
import { MediaType } from './media-types'
import { TarIndex } from './tar'
import type { Descriptor, ImageIndex, Target } from './types'

/** Read access to the files of an image on disk: a directory or a tar archive. */
export interface FileTree {
  /** For messages: the directory or archive path. */
  readonly location: string
  has(path: string): Promise<boolean>
  /** The whole file; refused, unread, when larger than `maxBytes`. */
  read(path: string, maxBytes: number): Promise<Buffer>
  stream(path: string): Promise<Readable>
}

export function directoryTree(root: string): FileTree {
  return {
    location: root,
    has: path =>
      stat(join(root, path)).then(
        s => s.isFile(),
        () => false
      ),
    read: async (path, maxBytes) => {
      const { size } = await stat(join(root, path))
      if (size > maxBytes) throw tooLarge('SOURCE_INVALID', join(root, path), maxBytes, size)
      return readFile(join(root, path))
    },
    stream: async path => createReadStream(join(root, path), { highWaterMark: FILE_READ_SIZE })
  }
}

export async function archiveTree(path: string): Promise<FileTree> {
  const tar = await TarIndex.open(path)
  return {
    location: path,
    has: async name => tar.has(name),
    read: (name, maxBytes) => {
      const size = tar.size(name) ?? 0
      if (size > maxBytes) throw tooLarge('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size)
      return tar.read(name)
    },
    stream: async name => tar.stream(name)
  }
}

const REF_NAME = 'org.opencontainers.image.ref.name'
const CONTAINERD_NAME = 'io.containerd.image.name'

function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':')
  return `blobs/${algorithm}/${hex}`
}

/** Blobs of an OCI image layout, digest-verified as they are read. */
function layoutContent(tree: FileTree): ContentSource {
  const missing = (digest: string) =>
    new ActionError('SOURCE_INVALID', `${tree.location} lacks blob ${digest}`, {
      hint: 'The layout is incomplete; write it again (skopeo copy, umoci, docker buildx --output type=oci)'
    })
  const bytes = async (descriptor: Descriptor, maxBytes: number) => {
    if (!isDigest(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
      throw missing(descriptor.digest)
    const data = await tree.read(blobPath(descriptor.digest), maxBytes)
    verifyDigest(data, descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`)
    return data
  }
  return {
    manifest: descriptor => bytes(descriptor, MAX_MANIFEST_BYTES),
    blobBytes: bytes,
    blob: async descriptor => {
      if (!isDigest(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
        throw missing(descriptor.digest)
      const verifier = new DigestVerifier(
        descriptor.digest,
        `blob ${descriptor.digest} in ${tree.location}`,
        descriptor.size
      )
      return pipeline(await tree.stream(blobPath(descriptor.digest)), verifier, () => {})
    }
  }
}

function tagOf(descriptor: Descriptor): string | undefined {
  return descriptor.annotations?.[REF_NAME]
}

/**
 * Opens an OCI image layout (a directory or an archive of one). `selector` is a tag
 * (the `org.opencontainers.image.ref.name` annotation) or a digest; without one the
 * layout's only image, or its index.json as a multi-platform index.
 */
export async function openLayout(tree: FileTree, kind: string, selector?: string): Promise<Target> {
  if (!(await tree.has('index.json')))
    throw new ActionError(
      'SOURCE_INVALID',
      `${tree.location} is not an OCI image layout (no index.json)`,
      {
        hint: `${kind}: expects a directory or archive written by skopeo, umoci or buildx (oci-layout + index.json + blobs/)`
      }
    )
  const indexBytes = await tree.read('index.json', MAX_MANIFEST_BYTES)
  let index: ImageIndex
  try {
    index = JSON.parse(indexBytes.toString('utf8')) as ImageIndex
  } catch {
    throw new ActionError('SOURCE_INVALID', `${tree.location}/index.json is not JSON`)
  }
  const entries = index.manifests ?? []
  const content = layoutContent(tree)
  const nameOf = (descriptor: Descriptor) =>
    descriptor.annotations?.[CONTAINERD_NAME] ?? `${kind}:${tree.location}`
  const open = async (descriptor: Descriptor) => {
    const bytes = await content.manifest(descriptor)
    return loadTarget(
      content,
      nameOf(descriptor),
      descriptor.digest,
      bytes,
      `${tree.location}@${descriptor.digest}`,
      descriptor.mediaType
    )
  }
  if (selector && isDigest(selector)) {
    const listed = entries.find(d => d.digest === selector)
    return open(listed ?? { mediaType: MediaType.OCI_MANIFEST, digest: selector, size: 0 })
  }
  if (selector) {
    const tagged = entries.filter(d => tagOf(d) === selector)
    if (tagged.length === 0) {
      const tags = entries.map(tagOf).filter(Boolean)
      throw new ActionError('IMAGE_NOT_FOUND', `image ${selector} not found in ${tree.location}`, {
        hint: tags.length
          ? `Tags in the layout: ${tags.join(', ')}`
          : 'The layout has no tagged images'
      })
    }
    if (tagged.length === 1) return open(tagged[0] as Descriptor)
    return layoutIndex(content, tree, kind, { ...index, manifests: tagged })
  }
  if (entries.length === 0)
    throw new ActionError('SOURCE_INVALID', `${tree.location} holds no images`)
  if (entries.length === 1) return open(entries[0] as Descriptor)
  const tags = [...new Set(entries.map(tagOf).filter(Boolean))]
  if (tags.length > 1 || entries.some(d => !d.platform))
    throw new ActionError(
      'INPUT_INVALID',
      `${tree.location} holds ${entries.length} images; choose one`,
      {
        hint: `Use ${kind}:${tree.location}:TAG or @DIGEST${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`
      }
    )
  return layoutIndex(content, tree, kind, index)
}

/** index.json (or its entries for one tag) as a multi-platform index. */
function layoutIndex(
  content: ContentSource,
  tree: FileTree,
  kind: string,
  index: ImageIndex
): Promise<Target> {
  const bytes = Buffer.from(JSON.stringify({ ...index, mediaType: MediaType.OCI_INDEX }))
  return loadTarget(
    content,
    `${kind}:${tree.location}`,
    sha256Digest(bytes),
    bytes,
    `${tree.location}/index.json`,
    MediaType.OCI_INDEX
  )
}
