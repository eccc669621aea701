import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { tarArchive, tarEntry, END_OF_ARCHIVE } from '../support/hostile/tar'
import { dpkgStatus, OS_RELEASE } from '../support/debian'
import {
  gzipLayer,
  plainLayer,
  sha256,
  tamper,
  writeLayout,
  zstdLayer
} from '../support/hostile/layout'
import { componentNames, runSbomMeasured, type MeasuredRun } from '../support/hostile/run'

/** Every hostile run must finish in time and under this peak. */
const RSS_LIMIT_MIB = 512
const TIME_LIMIT_S = 120

const base = (packages: [string, string][]) =>
  tarArchive([
    { name: 'etc/os-release', data: OS_RELEASE },
    {
      name: 'var/lib/dpkg/status',
      data: dpkgStatus(packages.map(([name, version]) => ({ name, version })))
    }
  ])

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-integrity-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The layout's files and their sizes and times: a run must leave them as they were. */
function snapshot(root: string): string {
  return readdirSync(root, { recursive: true })
    .map(name => {
      const stat = statSync(join(root, String(name)))
      return `${String(name)} ${stat.size} ${stat.mtimeMs}`
    })
    .sort()
    .join('\n')
}

async function run(name: string): Promise<MeasuredRun> {
  const before = snapshot(dir)
  const result = await runSbomMeasured(name, `oci-dir:${dir}`, TIME_LIMIT_S)
  expect(result.timedOut).toBe(false)
  expect(result.peakRssMiB).toBeLessThan(RSS_LIMIT_MIB)
  expect(result.strayFiles).toEqual([])
  expect(snapshot(dir)).toBe(before)
  return result
}

/** A rejected run: exit 1, the message, no SBOM. */
async function expectRejected(name: string, message: RegExp): Promise<void> {
  const result = await run(name)
  expect(result.stderr).toMatch(message)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(result.exitCode).toBe(1)
  expect(result.sbom).toBeUndefined()
}

describe('integrity: every byte of every blob is verified before anything parsed from it counts', () => {
  test('trailing data inside the gzip stream of a tampered layer', async () => {
    const honest = gzipLayer(base([['libc6', '2.36-9']]))
    const layout = writeLayout(dir, [honest])
    const forged = Buffer.concat([
      base([
        ['libc6', '2.36-9'],
        ['backdoor', '6.6.6']
      ]),
      Buffer.alloc(4096, 0x41)
    ])
    tamper(layout.blobPath(honest.digest), () => gzipSync(forged))
    await expectRejected(
      'gzip layer with trailing data, tampered',
      new RegExp(`blob ${honest.digest}.*(digest mismatch|larger than its descriptor)`)
    )
  })

  test('a same-size uncompressed layer with other content', async () => {
    const honest = plainLayer(base([['libc6', '2.36-9']]))
    const layout = writeLayout(dir, [honest])
    // Same length, one package renamed: only the digest can tell.
    tamper(layout.blobPath(honest.digest), () => base([['libc7', '2.36-9']]))
    expect(statSync(layout.blobPath(honest.digest)).size).toBe(honest.size)
    await expectRejected(
      'uncompressed layer, same size, other content',
      new RegExp(`digest mismatch for blob ${honest.digest}`)
    )
  })

  test('a tampered zstd layer whose tar ends before the blob does', async () => {
    const honest = zstdLayer(base([['libc6', '2.36-9']]))
    const layout = writeLayout(dir, [honest])
    tamper(layout.blobPath(honest.digest), bytes => Buffer.concat([bytes, Buffer.from('appended')]))
    await expectRejected('zstd layer with bytes appended', new RegExp(`blob ${honest.digest}`))
  })

  test('a tampered config of the same size', async () => {
    const layout = writeLayout(dir, [gzipLayer(base([['libc6', '2.36-9']]))])
    tamper(layout.blobPath(layout.configDigest), bytes =>
      Buffer.from(bytes.toString().replace('"amd64"', '"arm64"'))
    )
    await expectRejected(
      'config tampered',
      new RegExp(`digest mismatch for blob ${layout.configDigest}`)
    )
  })

  test('a tampered manifest', async () => {
    const layout = writeLayout(dir, [gzipLayer(base([['libc6', '2.36-9']]))])
    tamper(layout.blobPath(layout.manifestDigest), bytes =>
      Buffer.from(bytes.toString().replace('{', '{ '))
    )
    await expectRejected(
      'manifest tampered',
      new RegExp(`digest mismatch for blob ${layout.manifestDigest}`)
    )
  })

  test('a layer whose uncompressed tar is not the diff_id of the config', async () => {
    const honest = gzipLayer(base([['libc6', '2.36-9']]))
    const wrong = sha256('another tar')
    writeLayout(dir, [honest], { diffIds: [wrong] })
    await expectRejected(
      'diff_id mismatch',
      new RegExp(
        `digest mismatch for the uncompressed tar of layer ${honest.digest}.*expected ${wrong}`
      )
    )
  })

  test('data after the end of the archive inside an honest blob is read, hashed and ignored (as containerd does)', async () => {
    const tar = Buffer.concat([base([['libc6', '2.36-9']]), Buffer.alloc(100_000, 0x42)])
    writeLayout(dir, [gzipLayer(tar)])
    const result = await run('trailing data after end-of-archive, honest')
    expect(result.exitCode).toBe(0)
    expect(componentNames(result)).toContain('libc6')
  })

  test('a complete gzip member followed by junk is rejected, as Go’s gzip reader rejects it', async () => {
    const bytes = Buffer.concat([
      gzipSync(base([['libc6', '2.36-9']])),
      Buffer.from('junk after the member')
    ])
    writeLayout(dir, [
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: sha256(bytes),
        size: bytes.length,
        diffId: sha256(base([['libc6', '2.36-9']])),
        bytes
      }
    ])
    await expectRejected(
      'gzip member followed by junk',
      /layer 1 \(sha256:[0-9a-f]{64}\) cannot be unpacked: corrupt compressed data/
    )
  })

  test('a PAX header claiming a 3 GiB file in a small layer', async () => {
    const tar = Buffer.concat([
      tarEntry({ name: 'etc/os-release', data: OS_RELEASE }, { size: String(3 * 1024 ** 3) }),
      END_OF_ARCHIVE
    ])
    writeLayout(dir, [gzipLayer(tar)])
    await expectRejected(
      'PAX size 3 GiB in a layer',
      /layer 1 .* cannot be unpacked: truncated tar/
    )
  })
})

test('an oci-archive whose own PAX header claims 3 GiB is a clear error, not a RangeError', async () => {
  const archive = join(dir, 'image.tar')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(
    archive,
    Buffer.concat([
      tarEntry({ name: 'index.json', data: '{}' }, { size: String(3 * 1024 ** 3) }),
      END_OF_ARCHIVE
    ])
  )
  const result = await runSbomMeasured(
    'oci-archive PAX size 3 GiB',
    `oci-archive:${archive}`,
    TIME_LIMIT_S
  )
  expect(result.stderr).toMatch(
    /image\.tar: the tar header at byte 1024 claims 3221225472 bytes, past the end of the archive/
  )
  expect(result.stderr).not.toMatch(/RangeError/)
  expect(result.exitCode).toBe(2)
  expect(readFileSync(archive).length).toBe(3072)
})
