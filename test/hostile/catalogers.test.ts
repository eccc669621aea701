import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import {
  aliasedJar,
  apkDatabase,
  bdbSharedOverflow,
  composerInstalled,
  dotnetDeps,
  dpkgStatus,
  elfFullOfZlibHeaders,
  elfWithReadOnlySegment,
  fatJar,
  quadraticRpmHeader
} from '../support/hostile-inputs'
import { audit, buildGoBinary, CPU, fatMachO } from '../support/binaries'
import { writeLayout } from '../support/oci-layout'
import { bdbFrom, ndbFrom, rpmHeader, rpmSqlite } from '../support/rpmdb'
import { CLI, recordRun } from '../support/hostile/run'
import type { FileSpec } from '../unit/sbom/images'

/**
 * Hostile inputs for each cataloger budget, run through the bundled CLI under
 * /usr/bin/time with a time limit: exit code, the budget's warning, the SBOM's
 * packages and a peak RSS under 512 MiB. `npm run test:hostile`.
 */

const LIMIT_SECONDS = 120
const MAX_RSS_KIB = 512 * 1024

interface Run {
  exitCode: number
  stderr: string
  seconds: number
  peakKiB: number
  purls: string[]
  written: string[]
}

function runSbom(files: Record<string, FileSpec>): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-hostile-'))
  return writeLayout(join(dir, 'layout'), [{ files }]).then(
    source =>
      new Promise<Run>(done => {
        mkdirSync(join(dir, 'out'))
        const output = join(dir, 'out', 'sbom.json')
        const started = performance.now()
        execFile(
          '/usr/bin/time',
          [
            '-v',
            'timeout',
            String(LIMIT_SECONDS),
            process.execPath,
            CLI,
            'sbom',
            source,
            '--output',
            output
          ],
          { maxBuffer: 64 << 20 },
          (error, _stdout, stderr) => {
            const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
            let purls: string[] = []
            try {
              purls = (
                JSON.parse(readFileSync(output, 'utf8')) as {
                  components: { purl?: string; type: string }[]
                }
              ).components
                .filter(c => c.type !== 'operating-system')
                .map(c => c.purl ?? '')
            } catch {
              // No SBOM: the assertions on purls say so.
            }
            const run: Run = {
              exitCode: error ? ((error as { code?: number }).code ?? -1) : 0,
              stderr,
              seconds: (performance.now() - started) / 1000,
              peakKiB: Number(peak?.[1] ?? Infinity),
              purls,
              written: [...readdirSync(dir), ...readdirSync(join(dir, 'out'))].sort()
            }
            rmSync(dir, { recursive: true, force: true })
            recordRun(
              (expect.getState().currentTestName ?? '').replace(
                /^hostile cataloger inputs through dist\/cli /,
                ''
              ),
              {
                exitCode: run.exitCode,
                // timeout(1) exits 124 when it stops the CLI.
                timedOut: run.exitCode === 124,
                wallSeconds: run.seconds,
                peakRssMiB: run.peakKiB / 1024
              }
            )
            process.stdout.write(
              `hostile: ${expect.getState().currentTestName}: ${run.seconds.toFixed(1)} s, peak RSS ${(run.peakKiB / 1024).toFixed(0)} MiB\n`
            )
            done(run)
          }
        )
      })
  )
}

function expectBounded(run: Run, warning?: RegExp): void {
  expect(run.exitCode).toBe(0)
  if (warning) expect(run.stderr).toMatch(warning)
  else expect(run.stderr).not.toMatch(/warning/)
  expect(run.peakKiB).toBeLessThan(MAX_RSS_KIB)
  // Nothing but the layout and the --output directory.
  expect(run.written).toEqual(['layout', 'out', 'sbom.json'])
}

const rhel = { 'etc/os-release': 'ID="rhel"\nVERSION_ID="9.4"\n' }
const good = {
  'app/node_modules/ms/package.json': JSON.stringify({ name: 'ms', version: '2.1.3' })
}

describe('hostile cataloger inputs through dist/cli', () => {
  test('jar: a war naming one nested jar 199,999 times (the central directory budget is 200,000)', async () => {
    const run = await runSbom({ ...good, 'app/shop.war': aliasedJar(199_998) })
    expectBounded(run, /shop\.war: 199998 entries share another entry's data: read once/)
    expect(run.purls.sort()).toEqual(['pkg:maven/org.acme/inner@1.0', 'pkg:npm/ms@2.1.3'])
  })

  test('BerkeleyDB: 20,000 values pointing at one 8 MiB overflow chain', async () => {
    const run = await runSbom({
      ...rhel,
      ...good,
      'var/lib/rpm/Packages': bdbSharedOverflow(20_000, 2_048)
    })
    expectBounded(run)
    expect(run.seconds).toBeLessThan(30)
    expect(run.purls).toEqual(['pkg:npm/ms@2.1.3'])
  })

  test('rpm header: 50,000 entries × 50,000 strings of one tag (in an NDB database)', async () => {
    const ndb = ndbFrom([quadraticRpmHeader(50_000, 50_000)])
    const run = await runSbom({ ...rhel, ...good, 'usr/lib/sysimage/rpm/Packages.db': ndb })
    expectBounded(run)
    expect(run.seconds).toBeLessThan(30)
    expect(run.purls).toEqual(['pkg:npm/ms@2.1.3'])
  })

  test('rpm: a 38 MB rpmdb.sqlite of 3,000 packages, and the same headers in NDB and BerkeleyDB', async () => {
    const headers = Array.from({ length: 3_000 }, (_, i) => rpmHeader(`pkg-${i}`, `1.${i}`, 600))
    const expected = [
      ...headers.map((_, i) => `pkg:rpm/rhel/pkg-${i}@1.${i}-1.el9?arch=x86_64&distro=rhel-9.4`),
      'pkg:npm/ms@2.1.3'
    ].sort()
    const databases: Record<string, Buffer>[] = [
      { 'var/lib/rpm/rpmdb.sqlite': rpmSqlite(3_000, 600) },
      { 'usr/lib/sysimage/rpm/Packages.db': ndbFrom(headers) },
      { 'var/lib/rpm/Packages': bdbFrom(headers) }
    ]
    for (const db of databases) {
      const run = await runSbom({ ...rhel, ...good, ...db })
      expectBounded(run)
      expect(run.purls.sort()).toEqual(expected)
      // The SBOM's memory budget: the database is read from a temporary file a row or a page at a time.
      expect(run.peakKiB).toBeLessThan(100 * 1024)
    }
  })

  // The SBOM's memory budget: each database is parsed a line or an entry at a time as it streams.
  test.each([
    [
      'dpkg: a 26 MB status database of 2,000 packages with long descriptions',
      {
        'etc/os-release': 'ID=debian\nVERSION_ID="12"\n',
        'var/lib/dpkg/status': dpkgStatus(2_000, 300)
      },
      'pkg:deb/debian/pkg-1999@1.1999-1?arch=amd64&distro=debian-12'
    ],
    [
      'Composer: a 26 MB installed.json of 2,000 packages',
      { 'app/vendor/composer/installed.json': composerInstalled(2_000, 13_000) },
      'pkg:composer/vendor1999/pkg1999@1.1999.0'
    ],
    [
      '.NET: a 26 MB deps.json of 2,000 libraries',
      { 'app/App.deps.json': dotnetDeps(2_000, 13_000) },
      'pkg:nuget/Vendor1999.Package1999@1.1999.0'
    ]
  ])('%s', async (_name, files, last) => {
    const run = await runSbom({ ...good, ...files })
    expectBounded(run)
    expect(run.purls).toHaveLength(2_001)
    expect(run.purls).toContain(last)
    expect(run.peakKiB).toBeLessThan(100 * 1024)
  })

  test('apk: an installed database of 1,000,000 packages', async () => {
    const run = await runSbom({ ...good, 'lib/apk/db/installed': apkDatabase(1_000_000) })
    expectBounded(
      run,
      /apk: \/lib\/apk\/db\/installed: more than 50000 packages: the rest are skipped \(budget\)/
    )
    expect(run.purls).toHaveLength(50_001)
    expect(run.purls).toContain('pkg:npm/ms@2.1.3')
  })

  test('Rust: a 16 MiB ELF executable full of zlib headers', async () => {
    const run = await runSbom({
      ...good,
      'usr/bin/zlibby': { data: elfFullOfZlibHeaders(16 << 20), mode: 0o755 }
    })
    expectBounded(
      run,
      /\/usr\/bin\/zlibby: more than 65536 zlib headers in read-only segments \(budget\)/
    )
    expect(run.seconds).toBeLessThan(30)
    expect(run.purls).toEqual(['pkg:npm/ms@2.1.3'])
  })

  test('Rust: an executable with 96 MiB of read-only data and its cargo-auditable section last', async () => {
    // A block without zlib headers, repeated: it compresses fast and leaves one place to check.
    const block = randomBytes(4096).map(byte => (byte === 0x78 ? 0x77 : byte))
    const segment = Buffer.alloc(96 << 20, block)
    const data = deflateSync(Buffer.from(JSON.stringify(audit)), { level: 7 })
    const section = segment.length - 4096
    data.copy(segment, section)
    const run = await runSbom({
      ...good,
      'usr/bin/big': {
        data: elfWithReadOnlySegment(segment, section, data.length),
        mode: 0o755
      }
    })
    expectBounded(run)
    expect(run.purls.sort()).toEqual([
      'pkg:cargo/cc@1.0.90',
      'pkg:cargo/hello@0.1.0',
      'pkg:cargo/serde@1.0.197',
      'pkg:cargo/serde_derive@1.0.197',
      'pkg:npm/ms@2.1.3'
    ])
    // The SBOM's memory budget: the segments stream by, they are not kept.
    expect(run.peakKiB).toBeLessThan(100 * 1024)
  })

  test('Java: a 96 MiB fat jar with a nested jar after its classes', async () => {
    const run = await runSbom({ ...good, 'app/app.jar': fatJar(96 << 20) })
    expectBounded(run)
    expect(run.purls.sort()).toEqual([
      'pkg:maven/org.acme/app@2.0',
      'pkg:maven/org.acme/leaf@1.0',
      'pkg:npm/ms@2.1.3'
    ])
    // The SBOM's memory budget: the archive is read from a temporary file, not held.
    expect(run.peakKiB).toBeLessThan(100 * 1024)
  })

  test('npm: a lone UTF-16 surrogate in one package.json name', async () => {
    const run = await runSbom({
      ...good,
      'app/node_modules/bad/package.json': '{"name":"bad\\ud800","version":"1.0.0"}',
      'app/vendor/composer/installed.json': JSON.stringify({
        packages: [{ name: 'psr/log', version: '3.0.0' }]
      })
    })
    expect(run.exitCode).toBe(0)
    expect(run.purls.sort()).toEqual([
      'pkg:composer/psr/log@3.0.0',
      'pkg:npm/bad%EF%BF%BD@1.0.0',
      'pkg:npm/ms@2.1.3'
    ])
  })

  test('Go: a universal (fat) Mach-O is read slice by slice; a header pointing past the file is a warning', async () => {
    const fat = fatMachO([
      { cpu: CPU.x86_64, binary: buildGoBinary({ goos: 'darwin', goarch: 'amd64' }).binary },
      {
        cpu: CPU.arm64,
        binary: buildGoBinary({ goos: 'darwin', goarch: 'arm64', version: '2.0.0' }).binary
      }
    ])
    const lying = Buffer.from(fat)
    lying.writeUInt32BE(0xffff_0000, 8 + 8)
    const run = await runSbom({
      ...good,
      'usr/local/bin/app': { data: fat, mode: 0o755 },
      'usr/local/bin/lying': { data: lying, mode: 0o755 }
    })
    expectBounded(
      run,
      /go-binary: skipped \/usr\/local\/bin\/lying: universal Mach-O slice 1 \(offset 4294901760, \d+ bytes\) is not within the \d+-byte file/
    )
    expect(run.purls.filter(p => p.startsWith('pkg:golang/example.com/'))).toEqual([
      'pkg:golang/example.com/app@1.4.0',
      'pkg:golang/example.com/app@2.0.0',
      'pkg:golang/example.com/lib@v1.2.3'
    ])
  })

  test('a name that is only whitespace skips that one package, in each cataloger', async () => {
    const run = await runSbom({
      ...good,
      'app/node_modules/blank/package.json': '{"name":" \\t ","version":"1.0.0"}',
      'app/vendor/composer/installed.json': JSON.stringify({
        packages: [
          { name: 'psr/log', version: '3.0.0' },
          { name: '\u00a0', version: '1.0.0' }
        ]
      }),
      'app/app.deps.json': JSON.stringify({
        targets: {
          '.NETCoreApp,Version=v8.0': {
            'Serilog/3.1.1': { dependencies: { '\n': '1.0.0' } },
            '\n/1.0.0': {}
          }
        },
        libraries: {
          'Serilog/3.1.1': { type: 'package' },
          '\n/1.0.0': { type: 'package' }
        }
      })
    })
    expectBounded(run, /skipped package/)
    expect(run.purls.sort()).toEqual([
      'pkg:composer/psr/log@3.0.0',
      'pkg:npm/ms@2.1.3',
      'pkg:nuget/Serilog@3.1.1'
    ])
    for (const [cataloger, file, name] of [
      ['npm', 'app/node_modules/blank/package.json', '" \\t "'],
      ['php-composer', 'app/vendor/composer/installed.json', '"\u00a0"'],
      ['dotnet-deps', 'app/app.deps.json', '"\\n"']
    ])
      expect(run.stderr).toContain(
        `${cataloger}: /${file}: skipped package ${name} "1.0.0": its name is empty or only whitespace`
      )
    expect(run.stderr).not.toMatch(/failed:/)
  })
})
