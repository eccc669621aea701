import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

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
