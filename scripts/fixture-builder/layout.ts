import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './run'

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
/** Tag of every fixture's image (or index) in its OCI layout. */
export const FIXTURE_TAG = 'latest'
const REF_NAME = 'org.opencontainers.image.ref.name'

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: { architecture: string; os: string; variant?: string }
  annotations?: Record<string, string>
}

interface LayoutIndex {
  schemaVersion: 2
  mediaType?: string
  manifests: Descriptor[]
}

/**
 * One image being built in an OCI layout with umoci: an unpacked bundle whose
 * rootfs is changed step by step, each step repacked as a layer with the
 * history entry a Dockerfile instruction would leave.
 */
export class ImageBuild {
  readonly rootfs: string

  private constructor(
    private readonly layout: string,
    private readonly tag: string,
    private readonly bundle: string
  ) {
    this.rootfs = join(bundle, 'rootfs')
  }

  /** A new empty image `layout:tag` for linux/<architecture>, unpacked into `bundle`. */
  static async start(
    layout: string,
    tag: string,
    architecture: string,
    bundle: string
  ): Promise<ImageBuild> {
    // A layout holding several images (one per platform) is initialised once.
    if (!existsSync(join(layout, 'oci-layout'))) await run('umoci', ['init', '--layout', layout])
    const image = `${layout}:${tag}`
    await run('umoci', ['new', '--image', image])
    await run('umoci', [
      'config',
      '--image',
      image,
      '--no-history',
      '--os',
      'linux',
      '--architecture',
      architecture
    ])
    await run('umoci', ['unpack', '--image', image, bundle])
    return new ImageBuild(layout, tag, bundle)
  }

  /** Adds what changed in rootfs since the last layer as a new layer (deletions as whiteouts). */
  async commitLayer(createdBy: string, comment?: string): Promise<void> {
    await run('umoci', [
      'repack',
      '--refresh-bundle',
      '--image',
      `${this.layout}:${this.tag}`,
      '--history.created_by',
      createdBy,
      ...(comment ? ['--history.comment', comment] : []),
      this.bundle
    ])
  }

  /** Changes the config, with an empty-layer history entry like ENV/WORKDIR/ENTRYPOINT leave. */
  async configure(options: string[], createdBy: string): Promise<void> {
    const before = taggedDescriptor(this.layout, this.tag)
    await run('umoci', [
      'config',
      '--image',
      `${this.layout}:${this.tag}`,
      '--history.created_by',
      createdBy,
      ...options
    ])
    this.followTag(before)
  }

  /**
   * umoci repack builds on the manifest the bundle was unpacked from (recorded
   * in umoci.json, with the mtree named after it), so after a config change the
   * bundle is pointed at the new manifest; otherwise the next layer would drop
   * the change.
   */
  private followTag(before: Descriptor): void {
    const after = taggedDescriptor(this.layout, this.tag)
    const metaFile = join(this.bundle, 'umoci.json')
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
      umoci_version?: string
      from_descriptor_path?: { descriptor_walk?: Descriptor[] }
    }
    const walk = meta.from_descriptor_path?.descriptor_walk
    if (meta.umoci_version !== '2' || walk?.length !== 1 || walk[0]?.digest !== before.digest)
      throw new Error(`unexpected umoci bundle metadata in ${metaFile}`)
    walk[0] = after
    writeFileSync(metaFile, JSON.stringify(meta))
    const mtree = (digest: string) => join(this.bundle, `${digest.replace(':', '_')}.mtree`)
    renameSync(mtree(before.digest), mtree(after.digest))
  }
}

function readIndex(layout: string): LayoutIndex {
  return JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as LayoutIndex
}

function readBlob(layout: string, digest: string): Buffer {
  const [algorithm, hex] = digest.split(':')
  return readFileSync(join(layout, 'blobs', algorithm ?? 'sha256', hex ?? ''))
}

export function readJsonBlob<T>(layout: string, digest: string): T {
  return JSON.parse(readBlob(layout, digest).toString('utf8')) as T
}

/** The descriptor index.json tags `tag`. */
export function taggedDescriptor(layout: string, tag: string): Descriptor {
  const found = readIndex(layout).manifests.find(d => d.annotations?.[REF_NAME] === tag)
  if (!found) throw new Error(`${layout} has no image tagged ${tag}`)
  return found
}

/**
 * Writes an image index over the per-platform images tagged `platformTags`
 * (tag → os/arch) and tags it `tag`, as `docker buildx --platform a,b` pushes.
 */
export function writeIndex(layout: string, tag: string, platformTags: Record<string, string>) {
  const manifests = Object.entries(platformTags).map(([platformTag, platform]) => {
    const { mediaType, digest, size } = taggedDescriptor(layout, platformTag)
    const [os = 'linux', architecture = ''] = platform.split('/')
    return { mediaType, digest, size, platform: { architecture, os } }
  })
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }))
  const hex = createHash('sha256').update(bytes).digest('hex')
  writeFileSync(join(layout, 'blobs', 'sha256', hex), bytes)
  const index = readIndex(layout)
  index.manifests = index.manifests.filter(d => d.annotations?.[REF_NAME] !== tag)
  index.manifests.push({
    mediaType: OCI_INDEX,
    digest: `sha256:${hex}`,
    size: bytes.length,
    annotations: { [REF_NAME]: tag }
  })
  writeFileSync(join(layout, 'index.json'), JSON.stringify(index))
}
