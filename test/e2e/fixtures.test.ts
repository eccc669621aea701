import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { recipeKey, withLock } from '../../scripts/fixture-builder/cache'
import { fixture, fixtureLayout, fixtureSource, pushFixture } from '../support/fixtures'
import { stackInfo } from '../support/stack'

interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: { os: string; architecture: string }
  annotations?: Record<string, string>
}
interface Manifest {
  mediaType?: string
  config: Descriptor
  layers: Descriptor[]
  manifests?: Descriptor[]
}
interface Config {
  os: string
  architecture: string
  config: { WorkingDir?: string; Entrypoint?: string[]; Env?: string[] }
  rootfs: { diff_ids: string[] }
  history: { created_by?: string; comment?: string; empty_layer?: boolean }[]
}

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const sha256 = (data: Buffer | string) =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

function blobPath(layout: string, digest: string): string {
  return join(layout, 'blobs', 'sha256', digest.replace('sha256:', ''))
}

/** Reads a blob and checks it is what its digest says. */
function blob(layout: string, digest: string): Buffer {
  const bytes = readFileSync(blobPath(layout, digest))
  expect(sha256(bytes)).toBe(digest)
  return bytes
}

function json<T>(layout: string, digest: string): T {
  return JSON.parse(blob(layout, digest).toString('utf8')) as T
}

function tagged(layout: string, tag = 'latest'): Descriptor {
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
    manifests: Descriptor[]
  }
  const found = index.manifests.find(
    d => d.annotations?.['org.opencontainers.image.ref.name'] === tag
  )
  if (!found) throw new Error(`no ${tag} in ${layout}`)
  return found
}

interface TarEntry {
  /** '0' file, '2' symlink, '5' directory, ... */
  type: string
  body: Buffer
}

const unpacked = new Map<string, { tar: Buffer; entries: Map<string, TarEntry> }>()
// Emptied at the end: Jest in ESM mode keeps each test file's modules alive in its worker
// (jestjs/jest#14605), and with this map some 200 MiB of layer tars through every later file.
afterAll(() => unpacked.clear())

/**
 * A layer's tar, gunzipped once per test file, with its entries by path. The
 * reader handles what umoci writes: ustar names with prefix, and PAX paths.
 */
function layerTar(layout: string, layer: Descriptor) {
  const cached = unpacked.get(layer.digest)
  if (cached) return cached
  const tar = gunzipSync(blob(layout, layer.digest))
  const entries = new Map<string, TarEntry>()
  let paxPath: string | undefined
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512)
    if (header[0] === 0) break
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1) || '0'
    const body = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
      continue
    }
    if (type === 'g') continue
    const prefix = field(345, 155)
    const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    paxPath = undefined
    entries.set(name, { type, body })
  }
  const result = { tar, entries }
  unpacked.set(layer.digest, result)
  return result
}

function listLayer(layout: string, layer: Descriptor): string[] {
  return [...layerTar(layout, layer).entries.keys()]
}

function readLayerFile(layout: string, layer: Descriptor, path: string): Buffer {
  const entry = layerTar(layout, layer).entries.get(path)
  if (entry?.type !== '0') throw new Error(`${path} is not a regular file in ${layer.digest}`)
  return entry.body
}

/** ELF e_machine: 0x3e x86-64, 0xb7 AArch64. */
function elfMachine(binary: Buffer): number {
  expect(binary.subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
  return binary.readUInt16LE(18)
}

describe('debian-app fixture', () => {
  let layout: string
  let manifest: Manifest
  let config: Config

  beforeAll(async () => {
    layout = await fixtureLayout('debian-app')
    const top = tagged(layout)
    expect(top.mediaType).toBe(OCI_MANIFEST)
    manifest = json<Manifest>(layout, top.digest)
    config = json<Config>(layout, manifest.config.digest)
  })

  test('is a linux/amd64 image of four gzip layers whose diff IDs match their content', () => {
    expect(`${config.os}/${config.architecture}`).toBe('linux/amd64')
    expect(manifest.layers).toHaveLength(4)
    expect(config.rootfs.diff_ids).toHaveLength(4)
    manifest.layers.forEach((layer, i) => {
      expect(layer.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip')
      expect(sha256(layerTar(layout, layer).tar)).toBe(config.rootfs.diff_ids[i])
    })
  })

  test('has Dockerfile-like history with empty-layer entries between the layers', () => {
    const history = config.history.map(h => [h.empty_layer === true, h.created_by ?? ''])
    expect(history).toEqual([
      [false, 'ADD rootfs.tar / # buildkit'],
      [true, 'WORKDIR /app'],
      [
        false,
        expect.stringMatching(/^RUN .*npm install .*debug@4\.3\.7 kleur@4\.1\.5 semver@7\.6\.3/)
      ],
      [false, 'COPY /out/greeter /usr/local/bin/greeter # buildkit'],
      [
        false,
        expect.stringMatching(/^RUN .*rm -rf \/app\/node_modules\/kleur .*dpkg --purge tzdata/)
      ],
      [true, 'ENTRYPOINT ["/usr/local/bin/greeter"]']
    ])
    expect(config.history[0]?.comment).toBe(
      'debootstrap --variant=minbase --include=python3-six,python3-packaging bookworm'
    )
    expect(config.config.WorkingDir).toBe('/app')
    expect(config.config.Entrypoint).toEqual(['/usr/local/bin/greeter'])
  })

  test('layer 1 is Debian minbase with a Python module dpkg owns', () => {
    const base = manifest.layers[0] as Descriptor
    const files = new Set(listLayer(layout, base))
    expect(files.has('usr/lib/python3/dist-packages/six.py')).toBe(true)
    expect(
      [...files].some(f => /^usr\/lib\/python3\/dist-packages\/six-[\d.]+\.egg-info\/?$/.test(f))
    ).toBe(true)
    expect(files.has('usr/share/doc/python3-six/copyright')).toBe(true)
    expect(
      [...files].some(f =>
        /^usr\/lib\/python3\/dist-packages\/packaging-[\d.]+\.dist-info\/METADATA$/.test(f)
      )
    ).toBe(true)
    expect([...files].filter(f => f.startsWith('dev/') && f !== 'dev/')).toEqual([])
    // Nothing of the build host: the runtime provides these.
    expect(files.has('etc/resolv.conf')).toBe(false)
    expect(files.has('etc/hostname')).toBe(false)
    const status = readLayerFile(layout, base, 'var/lib/dpkg/status').toString('utf8')
    const packages = [...status.matchAll(/^Package: (\S+)$/gm)].map(m => m[1])
    expect(packages).toEqual(
      expect.arrayContaining(['base-files', 'dpkg', 'python3-six', 'python3-packaging', 'tzdata'])
    )
    expect(packages.length).toBeGreaterThan(80)
    expect(readLayerFile(layout, base, 'usr/lib/os-release').toString()).toMatch(
      /VERSION_CODENAME=bookworm/
    )
  })

  test('layer 2 is an npm app with a transitive dependency', () => {
    const app = manifest.layers[1] as Descriptor
    const files = listLayer(layout, app)
    for (const name of ['debug', 'ms', 'kleur', 'semver'])
      expect(files).toContain(`app/node_modules/${name}/package.json`)
    expect(files.every(f => f.startsWith('app/') || f === '.')).toBe(true)
    const debug = JSON.parse(
      readLayerFile(layout, app, 'app/node_modules/debug/package.json').toString()
    )
    expect(debug).toMatchObject({ name: 'debug', version: '4.3.7' })
  })

  test('layer 3 is a Go binary whose build info names its module dependencies and version', () => {
    const layer = manifest.layers[2] as Descriptor
    expect(listLayer(layout, layer)).toContain('usr/local/bin/greeter')
    const binary = readLayerFile(layout, layer, 'usr/local/bin/greeter')
    expect(elfMachine(binary)).toBe(0x3e)
    // Build info as `go version -m` prints it, lines without its leading tab.
    const buildInfo = binary.toString('latin1')
    for (const line of [
      'dep\tgithub.com/google/uuid\tv1.3.0\th1:',
      'dep\tgithub.com/pkg/errors\tv0.9.1\th1:',
      'build\t-ldflags="-s -w -X main.version=1.4.2"'
    ])
      expect(buildInfo.includes(line) ? line : 'missing').toBe(line)
  })

  test('layer 4 deletes an npm package, a dpkg file and a purged package with whiteouts', () => {
    const layer = manifest.layers[3] as Descriptor
    const files = listLayer(layout, layer)
    expect(files).toEqual(
      expect.arrayContaining([
        'app/node_modules/.wh.kleur',
        'usr/bin/.wh.pydoc3.11',
        'usr/share/.wh.zoneinfo',
        'var/lib/dpkg/info/.wh.tzdata.list',
        'var/lib/dpkg/status'
      ])
    )
    const status = readLayerFile(layout, layer, 'var/lib/dpkg/status').toString('utf8')
    expect(status).not.toMatch(/^Package: tzdata$/m)
    expect(status).toMatch(/^Package: python3-six$/m)
  })

  test('is served from the cache on a second call', async () => {
    const first = await fixture('debian-app')
    const second = await fixture('debian-app')
    expect(second.builtAt).toBe(first.builtAt)
    expect(second.digest).toBe(tagged(layout).digest)
  })
})

describe('multiarch fixture', () => {
  let layout: string
  let index: Manifest

  beforeAll(async () => {
    layout = await fixtureLayout('multiarch')
    const top = tagged(layout)
    expect(top.mediaType).toBe(OCI_INDEX)
    index = json<Manifest>(layout, top.digest)
  })

  test('is an index of linux/amd64 and linux/arm64 images', () => {
    expect(index.manifests?.map(m => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64'
    ])
  })

  test.each([
    ['amd64', 0x3e, 'x86_64-linux-gnu', 'lib64/ld-linux-x86-64.so.2'],
    ['arm64', 0xb7, 'aarch64-linux-gnu', 'lib/ld-linux-aarch64.so.1']
  ])(
    'the %s image holds real packages and a binary of its architecture',
    (arch, machine, triplet, loader) => {
      const descriptor = index.manifests?.find(m => m.platform?.architecture === arch) as Descriptor
      const manifest = json<Manifest>(layout, descriptor.digest)
      const config = json<Config>(layout, manifest.config.digest)
      expect(config.architecture).toBe(arch)
      expect(manifest.layers).toHaveLength(2)
      const [base, app] = manifest.layers as [Descriptor, Descriptor]
      const files = listLayer(layout, base)
      expect(files).toEqual(expect.arrayContaining([loader, `lib/${triplet}/libc.so.6`]))
      const libc = readLayerFile(layout, base, 'var/lib/dpkg/status.d/libc6').toString('utf8')
      expect(libc).toMatch(/^Package: libc6$/m)
      expect(libc).toMatch(new RegExp(`^Architecture: ${arch}$`, 'm'))
      expect(readLayerFile(layout, base, 'var/lib/dpkg/status.d/tzdata').toString()).toMatch(
        /^Architecture: all$/m
      )
      // md5sums list exactly the files the package put into the layer.
      const sums = readLayerFile(layout, base, 'var/lib/dpkg/status.d/libc6.md5sums').toString()
      for (const line of sums.trim().split('\n')) expect(files).toContain(line.split(/\s+/)[1])
      expect(elfMachine(readLayerFile(layout, app, 'usr/local/bin/greeter'))).toBe(machine)
    }
  )
})

describe('pushing fixtures to the test registry', () => {
  async function manifestFromRegistry(repo: string, reference: string) {
    const { registry } = stackInfo()
    const response = await fetch(`${registry.url}/v2/${repo}/manifests/${reference}`, {
      headers: { accept: [OCI_MANIFEST, OCI_INDEX].join(', ') }
    })
    const body = Buffer.from(await response.arrayBuffer())
    return { status: response.status, digest: response.headers.get('docker-content-digest'), body }
  }

  test('debian-app keeps its digest and the registry serves it by digest and tag', async () => {
    const { registry } = stackInfo()
    const app = await fixture('debian-app')
    const pushed = await pushFixture('debian-app', registry.host, 'fixtures/debian-app', 'v1')
    expect(pushed).toEqual({ ref: `${registry.host}/fixtures/debian-app:v1`, digest: app.digest })
    const byDigest = await manifestFromRegistry('fixtures/debian-app', pushed.digest)
    expect(byDigest.status).toBe(200)
    expect(sha256(byDigest.body)).toBe(pushed.digest)
    expect((await manifestFromRegistry('fixtures/debian-app', 'v1')).digest).toBe(pushed.digest)
    const layer = (JSON.parse(byDigest.body.toString()) as Manifest).layers[3] as Descriptor
    const blob = await fetch(`${registry.url}/v2/fixtures/debian-app/blobs/${layer.digest}`)
    expect(sha256(Buffer.from(await blob.arrayBuffer()))).toBe(layer.digest)
  })

  test('multiarch is pushed as an index with both platform images', async () => {
    const { registry } = stackInfo()
    const multi = await fixture('multiarch')
    const pushed = await pushFixture('multiarch', registry.host, 'fixtures/multiarch')
    expect(pushed.digest).toBe(multi.digest)
    expect(pushed.ref).toBe(`${registry.host}/fixtures/multiarch:latest`)
    const index = await manifestFromRegistry('fixtures/multiarch', pushed.digest)
    expect(index.status).toBe(200)
    const children = (JSON.parse(index.body.toString()) as Manifest).manifests ?? []
    expect(children).toHaveLength(2)
    for (const child of children) {
      const image = await manifestFromRegistry('fixtures/multiarch', child.digest)
      expect(image.status).toBe(200)
      expect(image.digest).toBe(child.digest)
    }
  })
})

describe('archive conversions', () => {
  const list = (file: string) =>
    execFileSync('tar', ['-tf', file]).toString('utf8').split('\n').filter(Boolean)

  test('an OCI archive holds the same index', async () => {
    const source = await fixtureSource('multiarch', 'oci-archive')
    expect(source).toMatch(/^oci-archive:\/.*\.tar$/)
    const file = source.slice('oci-archive:'.length)
    const index = JSON.parse(
      execFileSync('tar', ['-xOf', file, 'index.json']).toString()
    ) as Manifest
    expect(index.manifests?.[0]?.digest).toBe((await fixture('multiarch')).digest)
    expect(list(file)).toContain(`blobs/sha256/${(await fixture('multiarch')).digest.slice(7)}`)
  })

  test('a docker archive holds the chosen platform of an index', async () => {
    const source = await fixtureSource('multiarch', 'docker-archive', 'linux/arm64')
    const file = source.slice('docker-archive:'.length)
    const [entry] = JSON.parse(execFileSync('tar', ['-xOf', file, 'manifest.json']).toString()) as {
      Config: string
      RepoTags: string[]
      Layers: string[]
    }[]
    expect(entry?.RepoTags).toEqual(['docker.io/fixtures/multiarch:latest'])
    expect(entry?.Layers).toHaveLength(2)
    const config = JSON.parse(
      execFileSync('tar', ['-xOf', file, entry?.Config ?? '']).toString()
    ) as Config
    expect(config.architecture).toBe('arm64')
  })
})

describe('fixture cache', () => {
  test('keys recipes by content, not key order', () => {
    expect(recipeKey({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      recipeKey({ b: [1, { d: 3, c: 2 }], a: 1 })
    )
    expect(recipeKey({ a: 1 })).not.toBe(recipeKey({ a: 2 }))
  })

  test('the lock serialises holders and takes over a lock whose process died', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixture-lock-'))
    const lock = join(dir, 'build.lock')
    try {
      const events: string[] = []
      const hold = (name: string) =>
        withLock(lock, async () => {
          events.push(`${name} in`)
          await new Promise(r => setTimeout(r, 100))
          events.push(`${name} out`)
        })
      await Promise.all([hold('a'), hold('b')])
      expect(events).toEqual(['a in', 'a out', 'b in', 'b out'])

      const dead = spawnSync('true').pid
      writeFileSync(lock, String(dead))
      await expect(withLock(lock, async () => readFileSync(lock, 'utf8'))).resolves.toBe(
        String(process.pid)
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
