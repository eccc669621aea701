import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createZstdCompress, gzipSync, zstdCompressSync } from 'node:zlib'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  tarArchive,
  tarEntry,
  tarHeader,
  END_OF_ARCHIVE,
  type TarRecord
} from '../support/hostile/tar'
import { dpkgStatus, OS_RELEASE } from '../support/debian'
import {
  gzipLayer,
  gzipLayerFile,
  layerOfBytes,
  writeLayout,
  type LayerBlob
} from '../support/hostile/layout'
import { componentNames, runSbomMeasured, type MeasuredRun } from '../support/hostile/run'

const RSS_LIMIT_MIB = 512

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-layers-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const baseLayer = () =>
  gzipLayer(
    tarArchive([
      { name: 'etc/os-release', data: OS_RELEASE },
      { name: 'var/lib/dpkg/status', data: dpkgStatus([{ name: 'libc6', version: '2.36-9' }]) }
    ])
  )

const npmPackage = (name: string) => JSON.stringify({ name, version: '1.0.0' })
/** A layer holding one installed npm package, /srv/node_modules/NAME. */
const appLayer = (name: string) =>
  gzipLayer(tarArchive([{ name: `srv/node_modules/${name}/package.json`, data: npmPackage(name) }]))

async function run(
  name: string,
  layers: LayerBlob[],
  timeLimit = 120,
  env: Record<string, string> = {}
): Promise<MeasuredRun> {
  writeLayout(join(dir, 'image'), layers)
  const result = await runSbomMeasured(name, `oci-dir:${join(dir, 'image')}`, timeLimit, env)
  expect(result.timedOut).toBe(false)
  expect(result.peakRssMiB).toBeLessThan(RSS_LIMIT_MIB)
  expect(result.strayFiles).toEqual([])
  expect(result.stderr).not.toMatch(/\n\s+at |RangeError|Maximum call stack/)
  return result
}

describe('tar semantics as containerd applies layers', () => {
  test('a lone zero block followed by more entries is rejected (Go’s archive/tar: invalid header)', async () => {
    const tar = Buffer.concat([
      tarEntry({ name: 'etc/os-release', data: OS_RELEASE }),
      Buffer.alloc(512),
      tarEntry({
        name: 'var/lib/dpkg/status',
        data: dpkgStatus([{ name: 'hidden', version: '1' }])
      }),
      END_OF_ARCHIVE
    ])
    const result = await run('lone zero block then entries', [gzipLayer(tar)])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(
      /layer 1 \(sha256:[0-9a-f]{64}\) cannot be unpacked: invalid tar header: a single zero block/
    )
    expect(result.sbom).toBeUndefined()
  })

  test('a lone zero block at the very end is accepted', async () => {
    const tar = Buffer.concat([
      tarEntry({ name: 'etc/os-release', data: OS_RELEASE }),
      tarEntry({
        name: 'var/lib/dpkg/status',
        data: dpkgStatus([{ name: 'libc6', version: '2.36-9' }])
      }),
      Buffer.alloc(512)
    ])
    const result = await run('lone zero block at the end', [gzipLayer(tar)])
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).toContain('libc6')
  })

  test('a hard link whose first name no cataloger reads (a pnpm store file) is cataloged under its link', async () => {
    const store = 'root/.local/share/pnpm/store/v3/files/3f/9a1c-index'
    const tar = tarArchive([
      { name: store, data: npmPackage('lodash') },
      { name: 'app/node_modules/lodash/package.json', type: '1', linkName: store },
      {
        name: 'app/node_modules/chain/package.json',
        type: '1',
        linkName: 'app/node_modules/lodash/package.json'
      }
    ])
    const result = await run('hard link after an uncataloged first name', [
      baseLayer(),
      gzipLayer(tar)
    ])
    expect(result.exitCode).toBe(0)
    const npm = (result.sbom?.components ?? []).filter(c => c.purl?.startsWith('pkg:npm/'))
    expect(npm.map(c => c.purl).sort()).toEqual(['pkg:npm/lodash@1.0.0', 'pkg:npm/lodash@1.0.0'])
  })

  test('names that climb out of the root stay under it, and nothing is written anywhere', async () => {
    const tar = tarArchive([
      { name: '../../../../etc/os-release', data: OS_RELEASE },
      {
        name: '/var/lib/dpkg/../../../../var/lib/dpkg/status',
        data: dpkgStatus([{ name: 'climber', version: '1.0' }])
      },
      { name: 'usr/../../../tmp/escape', data: 'x' }
    ])
    const result = await run('path traversal names', [gzipLayer(tar)])
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).toContain('climber')
  })

  test('symlink loops end (and resolve nothing) without hanging', async () => {
    const loops: TarRecord[] = [
      { name: 'a', type: '2', linkName: 'b' },
      { name: 'b', type: '2', linkName: 'a/x' },
      { name: 'usr/lib/os-release', type: '2', linkName: '../../usr/lib/os-release' },
      { name: 'usr/lib/node_modules', type: '2', linkName: '/usr/lib/node_modules/x' }
    ]
    const result = await run('symlink loops', [baseLayer(), gzipLayer(tarArchive(loops))])
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).toContain('libc6')
  })
})

describe('compressed streams as containerd decompresses layers', () => {
  // containerd reads the decompressed stream to its end after the tar (core/diff/apply),
  // with Go's compress/gzip (multistream) or klauspost's zstd reader: whatever follows the
  // last member or frame must be another member or frame (zstd: or a skippable frame).
  const tar = () =>
    tarArchive([
      { name: 'etc/os-release', data: OS_RELEASE },
      { name: 'var/lib/dpkg/status', data: dpkgStatus([{ name: 'libc6', version: '2.36-9' }]) }
    ])
  const rejected = (result: MeasuredRun, reason: RegExp) => {
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(
      /layer 1 \(sha256:[0-9a-f]{64}\) cannot be unpacked: \d+ bytes after the last/
    )
    expect(result.stderr).toMatch(reason)
    expect(result.stderr).toMatch(/containerd would refuse this layer too/)
    expect(result.sbom).toBeUndefined()
  }

  test('a gzip member followed by zero bytes is rejected (Go: gzip: invalid header)', async () => {
    const bytes = Buffer.concat([gzipSync(tar()), Buffer.alloc(4096)])
    const result = await run('gzip member followed by zero bytes', [
      layerOfBytes('gzip', bytes, tar())
    ])
    rejected(result, /4096 bytes after the last gzip member .*"gzip: invalid header"/)
  })

  test('a gzip member followed by fewer zero bytes than a header is rejected (Go: unexpected EOF)', async () => {
    const bytes = Buffer.concat([gzipSync(tar()), Buffer.alloc(3)])
    const result = await run('gzip member followed by 3 zero bytes', [
      layerOfBytes('gzip', bytes, tar())
    ])
    rejected(result, /3 bytes after the last gzip member .*"unexpected EOF"/)
  })

  test('a zstd frame followed by junk is rejected (klauspost/zstd: magic number mismatch)', async () => {
    const bytes = Buffer.concat([zstdCompressSync(tar()), Buffer.from('junk after the frame')])
    const result = await run('zstd frame followed by junk', [layerOfBytes('zstd', bytes, tar())])
    rejected(result, /20 bytes after the last zstd frame .*"invalid input: magic number mismatch"/)
  })

  test('padding containerd accepts still passes: a tar padded to a 10 KiB record, several gzip members, a skippable zstd frame', async () => {
    // GNU tar's default blocking: zero blocks up to a 10,240-byte record, inside the stream.
    const record = (data: Buffer) =>
      Buffer.concat([data, Buffer.alloc((10_240 - (data.length % 10_240)) % 10_240)])
    const padded = record(tar())
    // pigz-style: the tar split over two members, then an empty member.
    const members = Buffer.concat([
      gzipSync(padded.subarray(0, 1000)),
      gzipSync(padded.subarray(1000)),
      gzipSync(Buffer.alloc(0))
    ])
    const npm = record(
      tarArchive([{ name: 'srv/node_modules/kept/package.json', data: npmPackage('kept') }])
    )
    // A skippable frame (magic 0x184D2A5?, length, payload), as zstd's seekable format appends.
    const skippable = Buffer.from([0x5e, 0x2a, 0x4d, 0x18, 4, 0, 0, 0, 1, 2, 3, 4])
    const zstd = Buffer.concat([zstdCompressSync(npm), skippable])
    const result = await run('legitimate padding and multiple members', [
      layerOfBytes('gzip', members, padded),
      layerOfBytes('zstd', zstd, npm)
    ])
    expect(result.stderr).not.toMatch(/cannot be unpacked/)
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).toEqual(['debian', 'kept', 'libc6'])
  })
})

describe('linear work', () => {
  test('a whiteout of a 200,000-level directory still applies', async () => {
    const deep = `deep/${Array.from({ length: 200_000 }, () => 'a').join('/')}`
    const lower = tarArchive([
      { name: `${deep}/file`, data: 'x' },
      { name: 'deep/node_modules/deleted/package.json', data: npmPackage('deleted') },
      { name: 'srv/node_modules/kept/package.json', data: npmPackage('kept') }
    ])
    const upper = tarArchive([{ name: '.wh.deep', data: '' }])
    const result = await run('whiteout of a 200,000-level directory', [
      baseLayer(),
      gzipLayer(lower),
      gzipLayer(upper)
    ])
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).toEqual(expect.arrayContaining(['kept']))
    expect(componentNames(result)).not.toContain('deleted')
  })

  test('50,000 opaque whiteouts of one directory over 50,000 entries', async () => {
    const entries: Buffer[] = []
    for (let i = 0; i < 50_000; i++) entries.push(tarHeader({ name: `t/d${i}/`, type: '5' }))
    for (let i = 0; i < 50_000; i++) entries.push(tarHeader({ name: 't/.wh..wh..opq' }))
    const lower = tarArchive([
      { name: 't/node_modules/hidden/package.json', data: npmPackage('hidden') }
    ])
    const upper = Buffer.concat([...entries, END_OF_ARCHIVE])
    const result = await run('50,000 opaque whiteouts', [
      baseLayer(),
      gzipLayer(lower),
      gzipLayer(upper)
    ])
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).not.toContain('hidden')
    expect(componentNames(result)).toContain('libc6')
  })

  test('a layer whose files take longer to parse than the per-layer time budget: named in a warning, the rest of the image counts', async () => {
    // 40,000 packages in one status file: longer to parse than a 0.1 s budget.
    const status = dpkgStatus([
      { name: 'libc6', version: '2.36-9' },
      ...Array.from({ length: 40_000 }, (_, i) => ({ name: `pkg${i}`, version: '1.0' }))
    ])
    const slow = gzipLayer(
      tarArchive([
        { name: 'var/lib/dpkg/status', data: status },
        { name: 'srv/node_modules/cut/package.json', data: npmPackage('cut') }
      ])
    )
    const top = appLayer('top')
    const result = await run('per-layer parse time budget', [baseLayer(), slow, top], 120, {
      SBOM_SIGN_LAYER_PARSE_SECONDS: '0.1'
    })
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toMatch(
      /layer 2 \(sha256:[0-9a-f]{64}\): its files took more than 0.1 s to parse \(the per-layer time budget\); \/srv\/node_modules\/cut\/package.json and the files after it in this layer were not cataloged/
    )
    expect(result.stderr).not.toMatch(/layer [13] \(sha256:[0-9a-f]{64}\): its files took/)
    const names = componentNames(result)
    // The file that ran over counts (its parse finished); the one after it does not.
    expect(names).toEqual(expect.arrayContaining(['libc6', 'pkg0', 'top']))
    expect(names).not.toContain('cut')
  })

  test('300,000 package.json files in one 6 MB layer: the view and per-image budgets bound memory and time', async () => {
    function* manifests(): Generator<Buffer> {
      for (let i = 0; i < 300_000; i++)
        yield tarEntry({ name: `app/node_modules/p${i}/package.json`, data: npmPackage(`p${i}`) })
      yield END_OF_ARCHIVE
    }
    const layer = await gzipLayerFile(manifests(), join(dir, 'manifests.tar.gz'))
    const result = await run('300,000 package.json files', [baseLayer(), layer], 300)
    expect(result.exitCode).toBe(0)
    const output = result.stdout + result.stderr
    // Each package takes two paths (its directory and its manifest): the view fills at 150,000.
    expect(output).toMatch(
      /layer 2 \(sha256:[0-9a-f]{64}\): the image reached 300000 directories, symlinks and cataloged files \(the squashed view's budget\); this layer's paths past it were left out/
    )
    // The base's one package keeps its share of the packages budget; the rest is this layer's.
    expect(output).toMatch(
      /layer 2 \(sha256:[0-9a-f]{64}\): \d+ packages, only 99999 kept \(its share of the budget per image, 100000 packages\)/
    )
    expect(componentNames(result)).toContain('libc6')
    expect(result.sbom?.components?.filter(c => c.purl)).toHaveLength(100_000)
    // The document says it is incomplete, and why.
    expect(result.sbom).toMatchObject({
      compositions: [
        { aggregate: 'incomplete', assemblies: [expect.stringMatching(/^pkg:oci\//)] }
      ],
      metadata: {
        properties: expect.arrayContaining([
          { name: 'sbom-sign-action:skipped', value: expect.stringMatching(/budget per image/) }
        ])
      }
    })
    // Well inside the hostile limit: the budgets were 750,000 paths and 200,000 packages,
    // and this image took the CLI to 759 MiB and 37 s.
    expect(result.peakRssMiB).toBeLessThan(450)
  })

  test('a lower layer that fills the view cannot starve the layers above it: they keep their share', async () => {
    // 400,000 directories in one small layer: more than the whole view's budget.
    function* directories(): Generator<Buffer> {
      for (let i = 0; i < 400_000; i++) yield tarHeader({ name: `junk/${i}/`, type: '5' })
      yield END_OF_ARCHIVE
    }
    const filler = await gzipLayerFile(directories(), join(dir, 'filler.tar.gz'))
    const app = appLayer('app-dep')
    const result = await run('view filled by a lower layer', [baseLayer(), filler, app], 300)
    expect(result.exitCode).toBe(0)
    const output = result.stdout + result.stderr
    // 3 layers: 50,000 paths kept for each layer above; the second may fill the view to 250,000.
    expect(output).toMatch(
      /layer 2 \(sha256:[0-9a-f]{64}\): the image reached 250000 directories, symlinks and cataloged files \(its share of the squashed view's budget of 300000, which keeps 50000 for each layer above it\); this layer's paths past it were left out/
    )
    expect(output).not.toMatch(/layer [13] \(sha256:[0-9a-f]{64}\): the image reached/)
    expect(componentNames(result)).toEqual(expect.arrayContaining(['libc6', 'app-dep']))
  })

  test('5,000 malformed manifests: the first 1,000 problems are logged, one line counts the rest', async () => {
    const broken = gzipLayer(
      tarArchive(
        Array.from({ length: 5_000 }, (_, i) => ({
          name: `app/node_modules/p${i}/package.json`,
          data: '{"name": broken'
        }))
      )
    )
    const result = await run('5,000 malformed manifests', [baseLayer(), broken])
    expect(result.exitCode).toBe(0)
    const problems = result.stderr.split('\n').filter(line => line.startsWith('warning: SBOM: '))
    expect(problems).toHaveLength(1_001)
    expect(problems.at(-1)).toBe(
      'warning: SBOM: and 4000 more problem(s), not logged one by one (the first 1000 are)'
    )
    // The document counts them all.
    expect(result.sbom).toMatchObject({
      metadata: {
        properties: expect.arrayContaining([
          {
            name: 'sbom-sign-action:skipped',
            value: 'and 4900 more problem(s): see the log of the run'
          }
        ])
      }
    })
    expect(componentNames(result)).toContain('libc6')
  })

  test('a million tar entries: the entries budget is named in a warning and the rest of the image counts', async () => {
    // Empty files no cataloger reads: they cost tar entries, not paths in the view (whose
    // own budget the 300,000 manifests above fill).
    function* million(): Generator<Buffer> {
      for (let i = 0; i < 1_000_000; i++) yield tarHeader({ name: `m/${i % 1000}/${i}` })
      yield tarEntry({ name: 'late/node_modules/late/package.json', data: npmPackage('late') })
      yield END_OF_ARCHIVE
    }
    const big = await gzipLayerFile(million(), join(dir, 'million.tar.gz'))
    const top = appLayer('top')
    const result = await run('a million tar entries', [baseLayer(), big, top], 600)
    expect(result.exitCode).toBe(0)
    expect(result.stdout + result.stderr).toMatch(
      /layer 2 \(sha256:[0-9a-f]{64}\): more than 500000 tar entries \(the entries budget\)/
    )
    expect(componentNames(result)).toEqual(expect.arrayContaining(['libc6', 'top']))
    expect(componentNames(result)).not.toContain('late')
  })
})

test('a zstd layer expanding 2 GiB of zeros streams in bounded memory', async () => {
  const size = 2 * 1024 ** 3
  const tarHash = createHash('sha256')
  const blobHash = createHash('sha256')
  let blobSize = 0
  function* pieces(): Generator<Buffer> {
    yield tarHeader({ name: 'zeros.bin', size })
    const chunk = Buffer.alloc(1024 * 1024)
    for (let sent = 0; sent < size; sent += chunk.length) yield chunk
    yield tarEntry({ name: 'srv/node_modules/after/package.json', data: npmPackage('after') })
    yield END_OF_ARCHIVE
  }
  const file = join(dir, 'bomb.tar.zst')
  await pipeline(
    Readable.from(pieces()),
    new Transform({ transform: (c: Buffer, _e, done) => (tarHash.update(c), done(null, c)) }),
    createZstdCompress(),
    new Transform({
      transform: (c: Buffer, _e, done) => (
        blobHash.update(c),
        (blobSize += c.length),
        done(null, c)
      )
    }),
    createWriteStream(file)
  )
  const bomb: LayerBlob = {
    mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd',
    digest: `sha256:${blobHash.digest('hex')}`,
    size: blobSize,
    diffId: `sha256:${tarHash.digest('hex')}`,
    file
  }
  const result = await run('zstd bomb, 2 GiB of zeros', [baseLayer(), bomb], 600)
  expect(result.exitCode).toBe(0)
  expect(componentNames(result)).toEqual(expect.arrayContaining(['libc6', 'after']))
})
