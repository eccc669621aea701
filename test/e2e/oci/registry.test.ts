import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import {
  MediaType,
  openTarget,
  parseReference,
  RegistryClient,
  selectPlatform,
  sha256Digest,
  type ImageIndex,
  type ImageManifest
} from '../../../src/oci'
import { actionErrorOf } from '../../support/action-error'
import { stackInfo } from '../../support/stack'
import { buildLayout, run, skopeoCopy, pushImageConfig, uniqueRepo } from './images'

const FILES = {
  'etc/os-release': 'ID=test\nVERSION_ID=1\n',
  'usr/bin/tool': '#!/bin/sh\necho hi\n'
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

/** Names of the regular files in a tar stream (ustar headers, enough for these images). */
function tarNames(tar: Buffer): string[] {
  const names: string[] = []
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512)
    if (header.every(b => b === 0)) break
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(
      header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0',
      8
    )
    if (header[156] === 0x30) names.push(name.replace(/^\.?\//, ''))
    at += 512 + Math.ceil(size / 512) * 512
  }
  return names
}

async function expectActionError(promise: Promise<unknown>, code: string, pattern: RegExp) {
  const error = await actionErrorOf(promise)
  expect(error.code).toBe(code)
  expect(error.message).toMatch(pattern)
}

describe('registry client against Distribution', () => {
  const { registry } = stackInfo()
  const client = new RegistryClient()

  it.each(['gzip', 'zstd'] as const)(
    'pulls a %s image pushed by skopeo and reads its tar',
    async compression => {
      const repo = `${registry.host}/${uniqueRepo(`pull-${compression}`)}`
      await skopeoCopy(buildLayout(FILES), `docker://${repo}:1.0`, { compression })
      const target = await client.resolve(parseReference(`${repo}:1.0`))
      expect(target.kind).toBe('image')
      const image = await selectPlatform(target)
      expect(image.platform).toEqual({ os: 'linux', architecture: 'amd64' })
      expect(image.name).toBe(`${repo}@${target.digest}`)
      expect(sha256Digest(image.manifestBytes)).toBe(target.digest)
      expect(image.layers).toHaveLength(1)
      const layer = image.layers[0]!
      const tar = await readAll(await layer.tar())
      expect(`sha256:${createHash('sha256').update(tar).digest('hex')}`).toBe(layer.diffId)
      expect(tarNames(tar)).toEqual(expect.arrayContaining(['etc/os-release', 'usr/bin/tool']))
      expect(layer.descriptor.mediaType).toBe(
        compression === 'zstd' ? MediaType.OCI_LAYER_ZSTD : MediaType.OCI_LAYER_GZIP
      )
    }
  )

  it('pulls Docker schema 2 manifests and resolves tag and digest to the same image', async () => {
    const repo = `${registry.host}/${uniqueRepo('docker-v2')}`
    await skopeoCopy(buildLayout(FILES), `docker://${repo}:v2`, {
      extra: ['--format', 'v2s2']
    })
    const byTag = await client.getManifest(parseReference(`${repo}:v2`))
    expect(byTag.mediaType).toBe(MediaType.DOCKER_MANIFEST)
    const byDigest = await client.getManifest(parseReference(`${repo}@${byTag.digest}`))
    expect(byDigest.bytes.equals(byTag.bytes)).toBe(true)
    const head = await client.headManifest(parseReference(repo), 'v2')
    expect(head).toEqual({
      digest: byTag.digest,
      mediaType: MediaType.DOCKER_MANIFEST,
      size: byTag.bytes.length
    })
    const image = await selectPlatform(await openTarget(`registry:${repo}:v2`))
    const blob = await readAll(await image.layers[0]!.blob())
    expect(gunzipSync(blob).length).toBeGreaterThan(0)
    expect(sha256Digest(blob)).toBe(image.layers[0]!.descriptor.digest)
  })

  it('builds a multi-arch index and selects platforms from it', async () => {
    const name = uniqueRepo('multi')
    const repo = parseReference(`${registry.host}/${name}`)
    const amd = buildLayout({ 'arch.txt': 'amd64' }, { tag: 'amd64' })
    buildLayout(
      { 'arch.txt': 'arm64' },
      { tag: 'arm64', architecture: 'arm64', layout: amd.layout }
    )
    await skopeoCopy(amd, `docker://${repo.name}:amd64`)
    await skopeoCopy({ layout: amd.layout, tag: 'arm64' }, `docker://${repo.name}:arm64`)
    const children = await Promise.all(
      [
        ['amd64', 'amd64'],
        ['arm64', 'arm64']
      ].map(async ([tag, architecture]) => {
        const got = await client.getManifest(repo, tag)
        return {
          mediaType: got.mediaType,
          digest: got.digest,
          size: got.bytes.length,
          platform: { os: 'linux', architecture: architecture! }
        }
      })
    )
    const attestation = {
      ...children[0]!,
      platform: { os: 'unknown', architecture: 'unknown' }
    }
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.OCI_INDEX,
      manifests: [attestation, ...children]
    }
    const indexBytes = Buffer.from(JSON.stringify(index))
    const digest = await client.putManifest(repo, 'multi', indexBytes, MediaType.OCI_INDEX)
    expect(digest).toBe(sha256Digest(indexBytes))

    const target = await openTarget(`${repo.name}:multi`)
    expect(target.kind).toBe('index')
    expect(target.digest).toBe(digest)
    const amdImage = await selectPlatform(target)
    expect(amdImage.digest).toBe(children[0]!.digest)
    const armImage = await selectPlatform(target, 'linux/arm64')
    expect(armImage.digest).toBe(children[1]!.digest)
    expect(armImage.platform.architecture).toBe('arm64')
    expect(tarNames(await readAll(await armImage.layers[0]!.tar()))).toContain('arch.txt')
    await expectActionError(
      selectPlatform(target, 'linux/s390x'),
      // A platform the index lacks is the caller's to fix: an input error (CLI exit 2).
      'INPUT_INVALID',
      /linux\/amd64, linux\/arm64/
    )
    await expectActionError(selectPlatform(target, 'linux'), 'INPUT_INVALID', /not a platform/)

    // The same index copied into an OCI layout by skopeo opens the same way.
    const layout = join(mkdtempSync(join(tmpdir(), 'sbom-sign-multi-')), 'layout')
    await run('skopeo', [
      'copy',
      '--quiet',
      '--all',
      '--src-tls-verify=false',
      `docker://${repo.name}:multi`,
      `oci:${layout}:multi`
    ])
    const fromLayout = await openTarget(`oci-dir:${layout}`)
    expect(fromLayout.kind).toBe('index')
    expect(fromLayout.digest).toBe(digest)
    expect((await selectPlatform(fromLayout, 'linux/arm64')).digest).toBe(children[1]!.digest)
  })

  it('pushes blobs monolithically, in chunks and by cross-repo mount, skipping existing ones', async () => {
    const first = parseReference(`${registry.host}/${uniqueRepo('push-a')}`)
    const second = parseReference(`${registry.host}/${uniqueRepo('push-b')}`)
    const data = Buffer.from('x'.repeat(70_000) + Math.random())
    const digest = await client.putBlob(first, data, undefined, { chunkSize: 16_384 })
    expect(digest).toBe(sha256Digest(data))
    expect(await client.getBlob(first, digest)).toEqual(data)
    expect(await client.hasBlob(second, digest)).toBe(false)
    await client.putBlob(second, data, digest, { mountFrom: first.repository })
    expect(await client.hasBlob(second, digest)).toBe(true)
    // Present already: nothing to upload, same digest.
    expect(await client.putBlob(second, data)).toBe(digest)
    const small = Buffer.from(`{"small":${Math.random()}}`)
    expect(await client.putBlob(first, small)).toBe(sha256Digest(small))
    await expectActionError(
      client.putBlob(first, small, sha256Digest('other')),
      'DIGEST_MISMATCH',
      /expected sha256:[a-f0-9]{64}, got sha256:[a-f0-9]{64}/
    )
  })

  it('pushes a manifest by digest and by tag', async () => {
    const repo = parseReference(`${registry.host}/${uniqueRepo('manifests')}`)
    const config = await pushImageConfig(client, repo)
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.OCI_MANIFEST,
      config,
      layers: []
    }
    const bytes = Buffer.from(JSON.stringify(manifest))
    const digest = await client.putManifest(
      repo,
      sha256Digest(bytes),
      bytes,
      MediaType.OCI_MANIFEST
    )
    expect(await client.headManifest(repo, 'tagged')).toBeNull()
    await client.putManifest(repo, 'tagged', bytes, MediaType.OCI_MANIFEST)
    expect((await client.headManifest(repo, 'tagged'))?.digest).toBe(digest)
    const target = await client.resolve(parseReference(`${repo.name}:tagged`))
    expect(target.digest).toBe(digest)
  })

  it('keeps referrers in the sha256-<hex> fallback index with artifactType and annotations', async () => {
    const repo = parseReference(`${registry.host}/${uniqueRepo('referrers')}`)
    await skopeoCopy(buildLayout(FILES), `docker://${repo.name}:1`)
    const subject = await client.headManifest(repo, '1')
    expect(subject).not.toBeNull()
    expect(await client.referrers(repo, subject!.digest)).toEqual([])
    const empty = Buffer.from('{}')
    await client.putBlob(repo, empty)
    const push = async (artifactType: string, payload: string) => {
      const layer = Buffer.from(payload)
      const layerDigest = await client.putBlob(repo, layer)
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: MediaType.OCI_MANIFEST,
        artifactType,
        config: { mediaType: MediaType.OCI_EMPTY, digest: sha256Digest(empty), size: 2 },
        layers: [{ mediaType: artifactType, digest: layerDigest, size: layer.length }],
        subject: { mediaType: subject!.mediaType, digest: subject!.digest, size: subject!.size },
        annotations: { 'dev.sigstore.bundle.predicateType': `https://example.com/${payload}` }
      }
      return client.pushReferrer(repo, manifest)
    }
    const bundleType = 'application/vnd.dev.sigstore.bundle.v0.3+json'
    const first = await push(bundleType, 'one')
    const second = await push('application/spdx+json', 'two')
    // Pushing the same referrer again must not duplicate it.
    expect(await push(bundleType, 'one')).toBe(first)
    const all = await client.referrers(repo, subject!.digest)
    expect(all.map(d => d.digest).sort()).toEqual([first, second].sort())
    const bundles = await client.referrers(repo, subject!.digest, bundleType)
    expect(bundles).toHaveLength(1)
    expect(bundles[0]).toMatchObject({
      digest: first,
      mediaType: MediaType.OCI_MANIFEST,
      artifactType: bundleType,
      annotations: { 'dev.sigstore.bundle.predicateType': 'https://example.com/one' }
    })
    const tagIndex = await client.getManifest(repo, `sha256-${subject!.digest.slice(7)}`)
    expect(tagIndex.mediaType).toBe(MediaType.OCI_INDEX)
  })

  it('reports a missing image and a missing repository clearly', async () => {
    const repo = `${registry.host}/${uniqueRepo('missing')}`
    await expectActionError(
      openTarget(`${repo}:nope`),
      'IMAGE_NOT_FOUND',
      new RegExp(`image nope not found in ${repo.replace(/[.]/g, '\\.')}`)
    )
    await expectActionError(
      client.getManifest(parseReference(repo), '../other/manifests/1'),
      'INPUT_INVALID',
      /neither a tag nor a digest/
    )
    await expectActionError(
      client.getBlob(parseReference(repo), sha256Digest('absent')),
      'IMAGE_NOT_FOUND',
      /blob sha256:[a-f0-9]{64} not found/
    )
  })
})

describe('registry client against a registry with basic auth', () => {
  const { authRegistry } = stackInfo()
  const repo = `${authRegistry.host}/${uniqueRepo('auth')}`

  beforeAll(async () => {
    await skopeoCopy(buildLayout(FILES), `docker://${repo}:1`, {
      extra: ['--dest-creds', `${authRegistry.username}:${authRegistry.password}`]
    })
  })

  it('pulls with credentials from options', async () => {
    const client = new RegistryClient({
      username: authRegistry.username,
      password: authRegistry.password
    })
    const image = await selectPlatform(await client.resolve(parseReference(`${repo}:1`)))
    expect(image.layers).toHaveLength(1)
  })

  it('says where it looked when there are no credentials', async () => {
    const client = new RegistryClient({ dockerConfigDir: '/nonexistent-docker-config' })
    await expectActionError(
      client.resolve(parseReference(`${repo}:1`)),
      'REGISTRY_AUTH',
      new RegExp(
        `authentication failed for ${authRegistry.host}.*no credentials.*nonexistent-docker-config/config.json`
      )
    )
  })

  it('names the rejected credentials source', async () => {
    const client = new RegistryClient({ username: authRegistry.username, password: 'wrong' })
    await expectActionError(
      client.resolve(parseReference(`${repo}:1`)),
      'REGISTRY_AUTH',
      /authentication failed for .*registry-username input were rejected/
    )
  })
})
