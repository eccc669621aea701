import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MediaType, openTarget, selectPlatform } from '../../../src/oci'
import { actionErrorOf } from '../../support/action-error'
import { tarArchive } from '../../support/hostile/tar'
import { stackInfo } from '../../support/stack'
import { buildLayout, layerTarDigests, skopeoCopy, uniqueRepo } from './images'

describe('image sources other than registries', () => {
  const work = mkdtempSync(join(tmpdir(), 'sbom-sign-sources-'))
  const image = buildLayout({ 'etc/os-release': 'ID=test\n', 'bin/app': 'binary' }, { tag: 'v1' })
  buildLayout(
    { 'etc/os-release': 'ID=arm\n' },
    { tag: 'arm', architecture: 'arm64', layout: image.layout }
  )

  it('opens an umoci layout by tag and by digest, and refuses to guess between images', async () => {
    const byTag = await openTarget(`oci-dir:${image.layout}:v1`)
    expect(byTag.kind).toBe('image')
    const picked = await selectPlatform(byTag)
    expect(await layerTarDigests(picked)).toEqual(picked.config.rootfs.diff_ids)
    const byDigest = await openTarget(`oci-dir:${image.layout}@${byTag.digest}`)
    expect(byDigest.digest).toBe(byTag.digest)
    const arm = await selectPlatform(await openTarget(`oci-dir:${image.layout}:arm`))
    expect(arm.platform.architecture).toBe('arm64')
    const ambiguous = await actionErrorOf(openTarget(`oci-dir:${image.layout}`))
    expect(ambiguous.message).toMatch(/holds 2 images/)
    expect(ambiguous.hint).toMatch(/tags: v1, arm/)
    const missing = await actionErrorOf(openTarget(`oci-dir:${image.layout}:nope`))
    expect(missing.code).toBe('IMAGE_NOT_FOUND')
    expect(missing.message).toBe(`image nope not found in ${image.layout}`)
  })

  it('reads uncompressed layers of a layout written by skopeo', async () => {
    const plain = join(work, 'plain')
    // skopeo decompresses only into dir:, and keeps that when told to accept it into oci:.
    await skopeoCopy(image, `dir:${plain}-dir`, { compression: 'none' })
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--dest-oci-accept-uncompressed-layers',
      `dir:${plain}-dir`,
      `oci:${plain}:v1`
    ])
    const picked = await selectPlatform(await openTarget(`oci-dir:${plain}:v1`))
    expect(picked.layers[0]!.descriptor.mediaType).toBe(MediaType.OCI_LAYER)
    expect(await layerTarDigests(picked)).toEqual(picked.config.rootfs.diff_ids)
    expect(picked.layers[0]!.descriptor.digest).toBe(picked.layers[0]!.diffId)
  })

  it('opens an oci-archive written by skopeo', async () => {
    const archive = join(work, 'image.oci.tar')
    await skopeoCopy(image, `oci-archive:${archive}:v1`, { compression: 'zstd' })
    const target = await openTarget(`oci-archive:${archive}`)
    const picked = await selectPlatform(target)
    expect(picked.layers[0]!.descriptor.mediaType).toBe(MediaType.OCI_LAYER_ZSTD)
    expect(await layerTarDigests(picked)).toEqual(picked.config.rootfs.diff_ids)
    expect((await openTarget(`oci-archive:${archive}:v1`)).digest).toBe(target.digest)
  })

  it('opens a docker-archive written by skopeo (plain layers behind symlinks) and chooses by tag', async () => {
    const archive = join(work, 'image.docker.tar')
    await skopeoCopy(image, `docker-archive:${archive}:acme/app:1.0`)
    const target = await openTarget(`docker-archive:${archive}`)
    expect(target.kind).toBe('image')
    const picked = await selectPlatform(target, 'linux/amd64')
    expect(picked.name).toBe('docker.io/acme/app:1.0')
    expect(picked.manifest.mediaType).toBe(MediaType.DOCKER_MANIFEST)
    expect(picked.layers[0]!.descriptor.mediaType).toBe(MediaType.DOCKER_LAYER)
    expect(await layerTarDigests(picked)).toEqual(picked.config.rootfs.diff_ids)
    expect((await openTarget(`docker-archive:${archive}:acme/app:1.0`)).digest).toBe(target.digest)
    const other = await actionErrorOf(openTarget(`docker-archive:${archive}:acme/app:2.0`))
    expect(other.code).toBe('IMAGE_NOT_FOUND')
    expect(other.hint).toMatch(/acme\/app:1\.0/)
    const wrong = await actionErrorOf(selectPlatform(target, 'linux/arm64'))
    expect(wrong.message).toMatch(/is a linux\/amd64 image, not linux\/arm64/)
  })

  it('fails a layer whose bytes do not match its digest, naming both digests', async () => {
    const corrupt = join(work, 'corrupt')
    await skopeoCopy(image, `oci:${corrupt}:v1`)
    const picked = await selectPlatform(await openTarget(`oci-dir:${corrupt}:v1`))
    const layer = picked.layers[0]!
    const path = join(corrupt, 'blobs', 'sha256', layer.descriptor.digest.slice(7))
    const bytes = readFileSync(path)
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff
    writeFileSync(path, bytes)
    const error = await actionErrorOf(
      (async () => {
        for await (const chunk of await layer.blob()) void chunk
      })()
    )
    expect(error.code).toBe('DIGEST_MISMATCH')
    expect(error.message).toContain(`expected ${layer.descriptor.digest}, got sha256:`)
  })

  it('explains sources that are not images', async () => {
    const empty = mkdtempSync(join(work, 'empty-'))
    expect((await actionErrorOf(openTarget(`oci-dir:${empty}`))).message).toMatch(
      /not an OCI image layout/
    )
    const notTar = join(work, 'not.tar')
    writeFileSync(notTar, 'hello, this is not a tar archive'.repeat(40))
    expect((await actionErrorOf(openTarget(`docker-archive:${notTar}`))).message).toMatch(
      /not a tar archive/
    )
    expect(
      (await actionErrorOf(openTarget(`oci-archive:${join(work, 'absent.tar')}`))).message
    ).toMatch(/does not exist/)
    // Headers are decoded as strictly as in a layer: a PAX record whose length lies is an
    // error naming the archive, not an entry under a guessed name.
    const badPax = join(work, 'bad-pax.tar')
    writeFileSync(
      badPax,
      tarArchive([
        { name: 'PaxHeader', type: 'x', data: '99 path=manifest.json\n' },
        { name: 'other.json', data: '[]' }
      ])
    )
    const paxError = await actionErrorOf(openTarget(`docker-archive:${badPax}`))
    expect(paxError.code).toBe('SOURCE_INVALID')
    expect(paxError.message).toBe(`${badPax}: malformed PAX record`)
    expect(paxError.hint).toMatch(/write it again/)
    expect((await actionErrorOf(openTarget('Registry.example/App:1'))).message).toMatch(
      /must be lowercase/
    )
  })

  it('pulls the same image from a registry as from the layout skopeo pushed it from', async () => {
    const repo = `${stackInfo().registry.host}/${uniqueRepo('same')}`
    await skopeoCopy(image, `docker://${repo}:v1`)
    const fromRegistry = await selectPlatform(await openTarget(`registry:${repo}:v1`))
    const fromLayout = await selectPlatform(await openTarget(`oci-dir:${image.layout}:v1`))
    expect(fromRegistry.config.rootfs.diff_ids).toEqual(fromLayout.config.rootfs.diff_ids)
    expect(await layerTarDigests(fromRegistry)).toEqual(await layerTarDigests(fromLayout))
    expect(readdirSync(work).length).toBeGreaterThan(0)
  })
})
