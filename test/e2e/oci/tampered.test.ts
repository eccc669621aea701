import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { MediaType, RegistryClient, parseReference, sha256Digest } from '../../../src/oci'
import { startRegistry, type RegistryServer } from '../../stack/registry'
import { mintToken } from '../../stack/sigstore'
import { dpkgStatus, OS_RELEASE } from '../../support/debian'
import { tarArchive } from '../../support/hostile/tar'
import { runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'

type BlobKind = 'compressed layer' | 'uncompressed layer' | 'config' | 'manifest' | 'index'

interface Pushed {
  repo: string
  digests: Record<BlobKind, string>
}

/** An index of one image: a gzip layer (dpkg), an uncompressed layer (npm), its config. */
async function pushImage(repo: string, marker: string): Promise<Pushed> {
  const client = new RegistryClient()
  const ref = parseReference(repo)
  const tar1 = tarArchive([
    { name: 'etc/os-release', data: OS_RELEASE },
    { name: 'var/lib/dpkg/status', data: dpkgStatus([{ name: 'libc6', version: '2.36-9' }]) },
    { name: 'etc/marker', data: marker }
  ])
  const gz = gzipSync(tar1)
  const tar2 = tarArchive([
    {
      name: 'app/node_modules/left-pad/package.json',
      data: '{"name":"left-pad","version":"1.3.0"}'
    },
    { name: 'app/marker', data: marker }
  ])
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha256Digest(tar1), sha256Digest(tar2)] },
      config: { Labels: { marker } }
    })
  )
  for (const blob of [gz, tar2, config]) await client.putBlob(ref, blob)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256Digest(gz),
          size: gz.length
        },
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: sha256Digest(tar2),
          size: tar2.length
        }
      ]
    })
  )
  const manifestDigest = await client.putManifest(
    ref,
    sha256Digest(manifest),
    manifest,
    MediaType.OCI_MANIFEST
  )
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_INDEX,
      manifests: [
        {
          mediaType: MediaType.OCI_MANIFEST,
          digest: manifestDigest,
          size: manifest.length,
          platform: { os: 'linux', architecture: 'amd64' }
        }
      ]
    })
  )
  const indexDigest = await client.putManifest(ref, 'latest', index, MediaType.OCI_INDEX)
  return {
    repo,
    digests: {
      'compressed layer': sha256Digest(gz),
      'uncompressed layer': sha256Digest(tar2),
      config: sha256Digest(config),
      manifest: manifestDigest,
      index: indexDigest
    }
  }
}

/** The stored bytes of a blob in the registry's filesystem storage. */
function storedBlob(digest: string): string {
  const hex = digest.slice('sha256:'.length)
  return join(registry.storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
}

/** Same length, other bytes: a size check alone cannot tell. */
function swapped(bytes: Buffer, kind: BlobKind): Buffer {
  if (kind === 'manifest')
    return Buffer.from(bytes.toString().replace('config.v1+json', 'config.v9+json'))
  if (kind === 'index' || kind === 'config')
    return Buffer.from(bytes.toString().replace('amd64', 'arm64'))
  const copy = Buffer.from(bytes)
  if (kind === 'uncompressed layer') copy.write('right-pad', copy.indexOf('left-pad'))
  else for (let i = 40; i < 60; i++) copy[i] = (copy[i] as number) ^ 0xff
  return copy
}

/** Everything the registry stores for a repository (tags, manifests, layer links). */
function repositoryFiles(repo: string): string[] {
  const path = join(
    registry.storageDir,
    'docker/registry/v2/repositories',
    repo.split('/').slice(1).join('/')
  )
  return existsSync(path) ? (readdirSync(path, { recursive: true }) as string[]).sort() : []
}

const KINDS: BlobKind[] = ['compressed layer', 'uncompressed layer', 'config', 'manifest', 'index']

// A registry of its own: its storage is tampered with.
let registry: RegistryServer
beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(() => registry.stop())

describe('a registry blob replaced on disk after the push', () => {
  test.each(KINDS)('%s: sbom and sign fail naming the blob; nothing is written', async kind => {
    const { sigstore } = stackInfo()
    const name = `tampered/${kind.replace(' ', '-')}`
    const pushed = await pushImage(`${registry.host}/${name}`, `${kind} ${Date.now()}`)
    const digest = pushed.digests[kind]
    const path = storedBlob(digest)
    const original = readFileSync(path)
    writeFileSync(path, swapped(original, kind))
    expect(readFileSync(path).length).toBe(original.length)

    const before = repositoryFiles(`${registry.host}/${name}`)
    const work = mkdtempSync(join(tmpdir(), 'tampered-'))
    const out = join(work, 'sbom.json')
    const sbom = await runCli(['sbom', `${registry.host}/${name}:latest`, '--output', out])
    expect(sbom.stderr).toMatch(
      new RegExp(`digest mismatch for (blob |manifest )?.*${digest.slice(7, 19)}`)
    )
    expect(sbom.stderr).not.toMatch(/\n\s+at /)
    expect(sbom.exitCode).toBe(1)
    expect(existsSync(out)).toBe(false)

    const sign = await runCli(
      [
        'sign',
        `${registry.host}/${name}:latest`,
        '--fulcio-url',
        sigstore.fulcioURL,
        '--rekor-url',
        sigstore.rekorURL,
        '--trusted-root',
        sigstore.trustedRootPath
      ],
      { SIGSTORE_ID_TOKEN: await mintToken(sigstore, {}), RUNNER_TEMP: work }
    )
    expect(sign.stderr).toMatch(
      new RegExp(`digest mismatch for (blob |manifest )?.*${digest.slice(7, 19)}`)
    )
    expect(sign.exitCode).toBe(1)
    expect(repositoryFiles(`${registry.host}/${name}`)).toEqual(before)
  })
})
