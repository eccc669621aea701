import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  MediaType,
  type Descriptor,
  type Image,
  type Reference,
  type RegistryClient
} from '../../../src/oci'

export const run = promisify(execFile)

export interface LayoutImage {
  /** The OCI layout directory. */
  layout: string
  tag: string
}

/**
 * Writes a one-layer image into an OCI layout with umoci: `files` (path → content)
 * become the layer, and the config says `os/architecture`.
 */
export function buildLayout(
  files: Record<string, string>,
  options: { tag?: string; os?: string; architecture?: string; layout?: string } = {}
): LayoutImage {
  const work = mkdtempSync(join(tmpdir(), 'sbom-sign-image-'))
  const layout = options.layout ?? join(work, 'layout')
  const tag = options.tag ?? 'latest'
  const rootfs = join(work, 'rootfs')
  // A unique file keeps skopeo's blob cache from substituting a layer it pushed before.
  const unique = { 'etc/unique': `${process.pid}-${Math.random()}`, ...files }
  for (const [path, content] of Object.entries(unique)) {
    mkdirSync(dirname(join(rootfs, path)), { recursive: true })
    writeFileSync(join(rootfs, path), content)
  }
  if (!options.layout) execFileSync('umoci', ['init', '--layout', layout])
  execFileSync('umoci', ['new', '--image', `${layout}:${tag}`])
  execFileSync('umoci', ['insert', '--rootless', '--image', `${layout}:${tag}`, rootfs, '/'])
  execFileSync('umoci', [
    'config',
    '--image',
    `${layout}:${tag}`,
    '--os',
    options.os ?? 'linux',
    '--architecture',
    options.architecture ?? 'amd64'
  ])
  return { layout, tag }
}

/**
 * Copies a layout image with skopeo to `destination` (any skopeo transport). Runs
 * asynchronously: servers in this process (token service, fault proxy) must keep answering.
 */
export async function skopeoCopy(
  image: LayoutImage,
  destination: string,
  options: { compression?: 'gzip' | 'zstd' | 'none'; extra?: string[] } = {}
): Promise<void> {
  const args = ['copy', '--quiet', '--dest-tls-verify=false']
  if (options.compression === 'zstd') args.push('--dest-compress', '--dest-compress-format', 'zstd')
  // Only the dir and oci transports keep layers uncompressed; registries get gzip from skopeo.
  if (options.compression === 'none')
    args.push('--dest-decompress', '--dest-oci-accept-uncompressed-layers')
  args.push(...(options.extra ?? []), `oci:${image.layout}:${image.tag}`, destination)
  await run('skopeo', args)
}

/** A repository name no other test uses. */
export function uniqueRepo(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
}

/** The sha256 digests of an image's uncompressed layer tars, in order. */
export async function layerTarDigests(image: Image): Promise<string[]> {
  const digests: string[] = []
  for (const layer of image.layers) {
    const hash = createHash('sha256')
    for await (const chunk of await layer.tar()) hash.update(chunk as Buffer)
    digests.push(`sha256:${hash.digest('hex')}`)
  }
  return digests
}

/** Pushes a minimal linux/amd64 image config with no layers; returns its descriptor. */
export async function pushImageConfig(
  client: RegistryClient,
  repo: Reference
): Promise<Descriptor> {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })
  )
  const digest = await client.putBlob(repo, config)
  return { mediaType: MediaType.OCI_CONFIG, digest, size: config.length }
}
