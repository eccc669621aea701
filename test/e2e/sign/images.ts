import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { MediaType, RegistryClient, parseReference, sha256Digest } from '../../../src/oci'

const DPKG_STATUS = (arch: string) =>
  ['base-files', 'libc6', 'zlib1g']
    .map(
      (name, i) =>
        `Package: ${name}\nStatus: install ok installed\nPriority: required\nArchitecture: ${arch}\nVersion: 1.${i}.0-1\nDescription: ${name}\n`
    )
    .join('\n')

/** A small real image: one gzip layer with os-release and a dpkg database, for `arch`. */
async function pushImage(client: RegistryClient, repo: string, arch: string) {
  const root = mkdtempSync(join(tmpdir(), 'image-'))
  try {
    mkdirSync(join(root, 'etc'), { recursive: true })
    mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true })
    writeFileSync(
      join(root, 'etc/os-release'),
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
    )
    writeFileSync(join(root, 'var/lib/dpkg/status'), DPKG_STATUS(arch))
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
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: configDigest,
          size: config.length
        },
        layers: [
          {
            mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
            digest: layerDigest,
            size: layer.length
          }
        ]
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

/** Pushes a single-platform image to host/repo:tag; returns its digest. */
export async function pushTestImage(
  host: string,
  repo: string,
  tag = 'latest',
  credentials: { username?: string; password?: string } = {}
) {
  const client = new RegistryClient(credentials)
  const image = await pushImage(client, `${host}/${repo}`, 'amd64')
  const manifest = (await client.getManifest(parseReference(`${host}/${repo}`), image.digest)).bytes
  await client.putManifest(parseReference(`${host}/${repo}`), tag, manifest, MediaType.OCI_MANIFEST)
  return { ref: `${host}/${repo}:${tag}`, digest: image.digest }
}

/** Pushes an index of linux/amd64 and linux/arm64 images; returns the index and child digests. */
/** Pushes an index of one small image per architecture (amd64 and arm64 unless told). */
export async function pushTestIndex(
  host: string,
  repo: string,
  tag = 'latest',
  architectures = ['amd64', 'arm64']
) {
  const client = new RegistryClient()
  const name = `${host}/${repo}`
  const images: { architecture: string; digest: string; size: number }[] = []
  for (const architecture of architectures)
    images.push({ architecture, ...(await pushImage(client, name, architecture)) })
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_INDEX,
      manifests: images.map(({ architecture, digest, size }) => ({
        mediaType: MediaType.OCI_MANIFEST,
        digest,
        size,
        platform: { os: 'linux', architecture }
      }))
    })
  )
  const digest = await client.putManifest(parseReference(name), tag, index, MediaType.OCI_INDEX)
  return {
    ref: `${name}:${tag}`,
    digest,
    // By platform; the default two are always there.
    children: Object.fromEntries(images.map(i => [`linux/${i.architecture}`, i.digest])) as Record<
      string,
      string
    > &
      Record<'linux/amd64' | 'linux/arm64', string>
  }
}
