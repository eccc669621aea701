import { gzipSync } from 'node:zlib'
import { MediaType, RegistryClient, parseReference, sha256Digest } from '../../src/oci'
import { dpkgStatus, OS_RELEASE, type DebPackage } from './debian'
import { tarArchive } from './hostile/tar'

/**
 * Small Debian 12 images pushed straight to a registry through its API: one gzip layer with
 * os-release and a dpkg database, enough for sign mode to generate an SBOM. For images of real
 * root filesystems see ./fixtures.ts.
 */

/** What pushTestImage installs unless told: a minimal Debian's three packages. */
const BASE_PACKAGES: DebPackage[] = ['base-files', 'libc6', 'zlib1g'].map((name, i) => ({
  name,
  version: `1.${i}.0-1`
}))

export interface PushedImage {
  /** host/repo:tag */
  ref: string
  /** host/repo */
  name: string
  digest: string
  /** Length of the manifest, for descriptors that point at it. */
  size: number
}

/** Pushes a linux image (amd64 unless told) to host/repo:tag (latest unless told). */
export async function pushTestImage(
  host: string,
  repo: string,
  options: {
    tag?: string
    packages?: DebPackage[]
    credentials?: { username?: string; password?: string }
  } = {}
): Promise<PushedImage> {
  const client = new RegistryClient(options.credentials ?? {})
  const name = `${host}/${repo}`
  const tag = options.tag ?? 'latest'
  const packages = options.packages ?? BASE_PACKAGES
  const image = await pushDebianImage(client, name, 'amd64', packages, tag)
  return { ref: `${name}:${tag}`, name, ...image }
}

/**
 * Pushes an index of one image per architecture (amd64 and arm64 unless told) to
 * host/repo:tag, each listing `packages[architecture]` (the base packages where not given).
 */
export async function pushTestIndex(
  host: string,
  repo: string,
  options: {
    tag?: string
    architectures?: string[]
    packages?: Record<string, DebPackage[]>
  } = {}
) {
  const client = new RegistryClient()
  const name = `${host}/${repo}`
  const tag = options.tag ?? 'latest'
  const images: PlatformManifest[] = []
  for (const architecture of options.architectures ?? ['amd64', 'arm64']) {
    const packages = options.packages?.[architecture] ?? BASE_PACKAGES
    images.push({ architecture, ...(await pushDebianImage(client, name, architecture, packages)) })
  }
  const digest = await pushPlatformIndex(client, name, tag, images)
  return {
    ref: `${name}:${tag}`,
    name,
    digest,
    // By platform; the default two are always there.
    children: Object.fromEntries(images.map(i => [`linux/${i.architecture}`, i.digest])) as Record<
      string,
      string
    > &
      Record<'linux/amd64' | 'linux/arm64', string>
  }
}

/** An image manifest already in the repository, for the index that lists it. */
export interface PlatformManifest {
  architecture: string
  digest: string
  size: number
}

/** Pushes an OCI index of linux images (one per architecture) to name:tag; its digest. */
export async function pushPlatformIndex(
  client: RegistryClient,
  name: string,
  tag: string,
  manifests: PlatformManifest[]
): Promise<string> {
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_INDEX,
      manifests: manifests.map(({ architecture, digest, size }) => ({
        mediaType: MediaType.OCI_MANIFEST,
        digest,
        size,
        platform: { os: 'linux', architecture }
      }))
    })
  )
  return client.putManifest(parseReference(name), tag, index, MediaType.OCI_INDEX)
}

/** Pushes one image whose dpkg database lists `packages`, by digest unless a tag is given. */
async function pushDebianImage(
  client: RegistryClient,
  name: string,
  architecture: string,
  packages: DebPackage[],
  tag?: string
): Promise<{ digest: string; size: number }> {
  const tar = tarArchive([
    { name: 'etc/os-release', data: OS_RELEASE },
    { name: 'var/lib/dpkg/status', data: dpkgStatus(packages, architecture) },
    // Every push a new image: tests sign and attach to their own digests.
    { name: 'etc/unique', data: `${process.pid}-${Math.random()}` }
  ])
  const layer = gzipSync(tar)
  const ref = parseReference(name)
  const layerDigest = await client.putBlob(ref, layer)
  const config = Buffer.from(
    JSON.stringify({
      architecture,
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
      config: {}
    })
  )
  const configDigest = await client.putBlob(ref, config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_MANIFEST,
      config: { mediaType: MediaType.OCI_CONFIG, digest: configDigest, size: config.length },
      layers: [{ mediaType: MediaType.OCI_LAYER_GZIP, digest: layerDigest, size: layer.length }]
    })
  )
  const reference = tag ?? sha256Digest(manifest)
  const digest = await client.putManifest(ref, reference, manifest, MediaType.OCI_MANIFEST)
  return { digest, size: manifest.length }
}
