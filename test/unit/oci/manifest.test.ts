import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync, zstdCompressSync } from 'node:zlib'
import { ActionError } from '../../../src/errors'
import {
  MediaType,
  parseManifest,
  parsePlatform,
  selectPlatform,
  type Image,
  type Target
} from '../../../src/oci'
import { uncompressed } from '../../../src/oci/decompress'
import { TarIndex } from '../../../src/oci/tar'

function thrown(fn: () => unknown): ActionError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
  throw new Error('expected an error')
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

describe('parseManifest', () => {
  const config = { mediaType: MediaType.OCI_CONFIG, digest: `sha256:${'1'.repeat(64)}`, size: 2 }

  it('tells images from indexes by media type or by shape', () => {
    const image = Buffer.from(JSON.stringify({ schemaVersion: 2, config, layers: [] }))
    expect(parseManifest(image, 'x')).toMatchObject({
      kind: 'image',
      mediaType: MediaType.OCI_MANIFEST
    })
    expect(parseManifest(image, 'x', MediaType.DOCKER_MANIFEST).mediaType).toBe(
      MediaType.DOCKER_MANIFEST
    )
    const list = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DOCKER_LIST, manifests: [] })
    )
    expect(parseManifest(list, 'x')).toMatchObject({
      kind: 'index',
      mediaType: MediaType.DOCKER_LIST
    })
  })

  it.each([
    [
      'by schemaVersion',
      { schemaVersion: 1, name: 'library/app', tag: '1', fsLayers: [] },
      undefined
    ],
    ['by content type', { name: 'library/app', fsLayers: [] }, MediaType.DOCKER_SCHEMA1_SIGNED]
  ])('rejects Docker schema 1 %s', (_how, body, contentType) => {
    const error = thrown(() =>
      parseManifest(Buffer.from(JSON.stringify(body)), 'reg/app:1', contentType)
    )
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(error.message).toBe('reg/app:1 is a Docker schema 1 manifest')
    expect(error.hint).toMatch(/push the image again/)
  })

  it('names the source of HTML and garbage', () => {
    expect(
      thrown(() =>
        parseManifest(Buffer.from('<html>login</html>'), 'http://r/v2/a/manifests/1', 'text/html')
      ).message
    ).toBe(
      'http://r/v2/a/manifests/1 answered an HTML page instead of a manifest (content type text/html)'
    )
    expect(
      thrown(() => parseManifest(Buffer.from('\x00\x01garbage'), 'http://r/x')).message
    ).toMatch(/^http:\/\/r\/x answered content that is not JSON/)
    expect(thrown(() => parseManifest(Buffer.from('{"hello":1}'), 'r/x')).code).toBe(
      'UNSUPPORTED_MEDIA_TYPE'
    )
  })
})

describe('uncompressed layer streams', () => {
  const tar = Buffer.alloc(2048, 7)
  it.each([
    ['gzip', gzipSync(tar)],
    ['zstd', zstdCompressSync(tar)],
    ['plain', tar],
    ['empty', Buffer.alloc(0)],
    ['tiny', Buffer.from('ab')]
  ])('%s', async (_kind, blob) => {
    const expected = blob.length > 2 ? tar : blob
    expect(
      await readAll(await uncompressed(Readable.from([blob.subarray(0, 3), blob.subarray(3)])))
    ).toEqual(expected)
  })

  it('frees each compressed chunk it owns once the decompressor has taken it', async () => {
    const random = randomBytes(400_000)
    const blob = gzipSync(random)
    // Chunks with buffers of their own, and one sharing its buffer with data after it.
    const owned = [0, 1, 2].map(i => {
      // Larger than Buffer.poolSize: buffers of that size or less may be shared.
      const chunk = Buffer.allocUnsafeSlow(100_000)
      blob.copy(chunk, 0, i * 100_000)
      return chunk
    })
    const shared = Buffer.concat([blob.subarray(300_000), Buffer.alloc(16)])
    const last = shared.subarray(0, blob.length - 300_000)
    expect(await readAll(await uncompressed(Readable.from([...owned, last])))).toEqual(random)
    expect(owned.map(c => c.buffer.byteLength)).toEqual([0, 0, 0])
    expect(shared.buffer.byteLength).toBeGreaterThan(0)
  })

  it('errors on a truncated gzip stream', async () => {
    const cut = gzipSync(tar).subarray(0, 20)
    await expect(readAll(await uncompressed(Readable.from([cut])))).rejects.toThrow()
  })
})

describe('TarIndex', () => {
  it('indexes GNU long names, pax paths and links written by GNU tar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-tar-'))
    const long = `${'deep/'.repeat(30)}file.txt`
    mkdirSync(join(dir, 'src', ...long.split('/').slice(0, -1)), { recursive: true })
    writeFileSync(join(dir, 'src', long), 'long name')
    writeFileSync(join(dir, 'src', 'a.txt'), 'A'.repeat(1000))
    writeFileSync(join(dir, 'src', 'empty'), '')
    symlinkSync('a.txt', join(dir, 'src', 'link'))
    for (const format of ['gnu', 'pax']) {
      const archive = join(dir, `${format}.tar`)
      execFileSync('tar', ['-C', join(dir, 'src'), `--format=${format}`, '-cf', archive, '.'])
      const index = await TarIndex.open(archive)
      expect((await index.read(long)).toString()).toBe('long name')
      expect((await index.read('./a.txt')).toString()).toBe('A'.repeat(1000))
      expect((await index.read('link')).toString()).toBe('A'.repeat(1000))
      expect(await index.read('empty')).toEqual(Buffer.alloc(0))
      expect((await index.head('a.txt', 4)).toString()).toBe('AAAA')
      expect(index.has('missing')).toBe(false)
    }
  })
})

describe('selectPlatform', () => {
  const image = (architecture: string, variant?: string) =>
    ({
      name: `img-${architecture}`,
      platform: { os: 'linux', architecture, ...(variant ? { variant } : {}) }
    }) as unknown as Image
  const index = (platforms: [string, string, string?][]): Target => ({
    kind: 'index',
    digest: `sha256:${'2'.repeat(64)}`,
    manifestBytes: Buffer.alloc(0),
    index: {
      schemaVersion: 2,
      manifests: platforms.map(([os, architecture, variant], i) => ({
        mediaType: MediaType.OCI_MANIFEST,
        digest: `sha256:${String(i).repeat(64)}`,
        size: 1,
        platform: { os, architecture, ...(variant ? { variant } : {}) }
      }))
    },
    image: async d => image(d.platform!.architecture, d.platform!.variant)
  })

  it.each([
    [
      [
        ['linux', 'arm64'],
        ['linux', 'amd64']
      ],
      undefined,
      'img-amd64'
    ],
    [[['linux', 'arm64']], undefined, 'img-arm64'],
    [
      [
        ['unknown', 'unknown'],
        ['linux', 'arm64']
      ],
      undefined,
      'img-arm64'
    ],
    [
      [
        ['linux', 'arm', 'v6'],
        ['linux', 'arm', 'v7']
      ],
      'linux/arm/v7',
      'img-arm'
    ],
    [[['linux', 'arm64']], 'linux/arm64/v8', 'img-arm64'],
    [[['linux', 'amd64']], 'linux/x86_64', 'img-amd64']
  ] as [[string, string, string?][], string | undefined, string][])(
    '%j with %s → %s',
    async (platforms, wanted, name) => {
      expect((await selectPlatform(index(platforms), wanted)).name).toBe(name)
    }
  )

  it('lists the platforms there are when none fits', async () => {
    await expect(
      selectPlatform(
        index([
          ['linux', 'arm64'],
          ['linux', 's390x']
        ])
      )
    ).rejects.toThrow('no linux/amd64 image in index')
    await expect(selectPlatform(index([['linux', 'arm', 'v6']]), 'linux/arm/v7')).rejects.toThrow(
      /platforms: linux\/arm\/v6/
    )
  })

  it('parses platforms', () => {
    expect(parsePlatform('linux/arm/v7')).toEqual({
      os: 'linux',
      architecture: 'arm',
      variant: 'v7'
    })
    expect(parsePlatform('Linux/AARCH64')).toEqual({ os: 'linux', architecture: 'arm64' })
    for (const bad of ['linux', 'linux/', '/amd64', 'a/b/c/d', 'linux/arm/'])
      expect(() => parsePlatform(bad)).toThrow(/is not a platform/)
  })
})
