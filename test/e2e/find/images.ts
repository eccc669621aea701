import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { MediaType, RegistryClient, parseReference, sha256Digest } from '../../../src/oci'

/** A dpkg status entry; `source` is the Source: field (`name` or `name (version)`). */
export interface DebPackage {
  name: string
  version: string
  source?: string
}

const client = new RegistryClient()

function dpkgStatus(packages: DebPackage[], arch: string): string {
  return packages
    .map(
      p =>
        `Package: ${p.name}\nStatus: install ok installed\nPriority: optional\nArchitecture: ${arch}\n` +
        `${p.source ? `Source: ${p.source}\n` : ''}Version: ${p.version}\nDescription: ${p.name}\n`
    )
    .join('\n')
}

/** Pushes (untagged) a real one-layer Debian 12 image whose dpkg database lists `packages`. */
async function pushImage(repo: string, packages: DebPackage[], arch: string) {
  const root = mkdtempSync(join(tmpdir(), 'find-image-'))
  try {
    mkdirSync(join(root, 'etc'), { recursive: true })
    mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true })
    writeFileSync(
      join(root, 'etc/os-release'),
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
    )
    writeFileSync(join(root, 'var/lib/dpkg/status'), dpkgStatus(packages, arch))
    const archive = join(root, 'layer.tar.gz')
    execFileSync('tar', ['-czf', archive, '-C', root, '--owner=0', '--group=0', 'etc', 'var'])
    const layer = readFileSync(archive)
    const ref = parseReference(repo)
    const layerDigest = await client.putBlob(ref, layer)
    const config = Buffer.from(
      JSON.stringify({
        architecture: arch,
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [sha256Digest(gunzipSync(layer))] },
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
    const digest = await client.putManifest(
      ref,
      sha256Digest(manifest),
      manifest,
      MediaType.OCI_MANIFEST
    )
    return { digest, size: manifest.length }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** A linux/amd64 image at host/repo:tag. */
export async function pushDebImage(host: string, repo: string, packages: DebPackage[]) {
  const name = `${host}/${repo}`
  const image = await pushImage(name, packages, 'amd64')
  const bytes = (await client.getManifest(parseReference(name), image.digest)).bytes
  await client.putManifest(parseReference(name), 'latest', bytes, MediaType.OCI_MANIFEST)
  return { ref: `${name}:latest`, name, digest: image.digest, size: image.size }
}

/** An index of linux/amd64 and linux/arm64 images, each with its own packages. */
export async function pushDebIndex(
  host: string,
  repo: string,
  packages: { amd64: DebPackage[]; arm64: DebPackage[] }
) {
  const name = `${host}/${repo}`
  const amd64 = await pushImage(name, packages.amd64, 'amd64')
  const arm64 = await pushImage(name, packages.arm64, 'arm64')
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_INDEX,
      manifests: [
        {
          mediaType: MediaType.OCI_MANIFEST,
          ...amd64,
          platform: { os: 'linux', architecture: 'amd64' }
        },
        {
          mediaType: MediaType.OCI_MANIFEST,
          ...arm64,
          platform: { os: 'linux', architecture: 'arm64' }
        }
      ]
    })
  )
  const digest = await client.putManifest(
    parseReference(name),
    'latest',
    index,
    MediaType.OCI_INDEX
  )
  return { ref: `${name}:latest`, name, digest, amd64: amd64.digest, arm64: arm64.digest }
}
