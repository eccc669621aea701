import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixtureSource } from '../../support/fixtures'
import { runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { readJson, sarifValidator, writeCycloneDx, type JsonReport } from './helpers'

const { osv } = stackInfo()
const RECORDS = join(process.cwd(), '__fixtures__', 'osv', 'records')
/**
 * debian-app's findings among the stand-in's records (see action.test.ts): glibc's and ncurses'
 * open Debian issues on their binaries (libc6, libc-bin; four ncurses ones), and Go stdlib's.
 */
const EXPECTED = [
  ...Array<string>(2).fill('DEBIAN-CVE-2010-4756'),
  ...Array<string>(4).fill('DEBIAN-CVE-2025-6141'),
  'GO-2023-1751',
  'GO-2023-1840',
  'GO-2023-1878'
]
const ids = (report: JsonReport) => report.scans.flatMap(s => s.findings.map(f => f.id)).sort()

describe('sbom-sign scan', () => {
  let sbomPath = ''

  test('an image source: its SBOM is generated, then scanned; the reports go to --output-dir', async () => {
    const out = mkdtempSync(join(tmpdir(), 'scan-image-'))
    const run = await runCli([
      'scan',
      await fixtureSource('debian-app'),
      '--osv-url',
      osv.url,
      '--output-dir',
      out
    ])
    expect(run.stderr).not.toMatch(/^error/m)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('### Vulnerabilities of')
    expect(run.stdout).toContain('No gate is set')
    const report = readJson<JsonReport>(join(out, 'vulnerabilities.json'))
    expect(ids(report)).toEqual(EXPECTED)
    expect(report.scans[0]?.digest).toMatch(/^sha256:/)
    expect(sarifValidator()(readJson(join(out, 'vulnerabilities.sarif')))).toEqual([])
    sbomPath = join(out, 'sbom.cdx.json')
    expect(existsSync(sbomPath)).toBe(true)
  })

  test('an SBOM file against the gate: exit 1, the failing findings on stderr', async () => {
    const out = mkdtempSync(join(tmpdir(), 'scan-sbom-'))
    const sarif = join(out, 'app.sarif')
    const run = await runCli([
      'scan',
      sbomPath,
      '--fail-on-severity',
      'high',
      '--osv-url',
      osv.url,
      '--output-dir',
      out,
      '--sarif',
      sarif
    ])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /^error: vulnerability gate \(fail on high and above\): GO-2023-1751/m
    )
    expect(run.stdout).toContain('Gate: `fail-on-severity: high`')
    expect(existsSync(sarif)).toBe(true)
    expect(existsSync(join(out, 'vulnerabilities.sarif'))).toBe(false)
    // The same SBOM offline, from the vendored records: the same findings.
    const offline = await runCli([
      'scan',
      `sbom:${sbomPath}`,
      '--offline',
      '--vulnerability-db',
      RECORDS,
      '--json',
      '-'
    ])
    expect(offline.exitCode).toBe(0)
    expect(ids(JSON.parse(offline.stdout) as JsonReport)).toEqual(EXPECTED)
    // An ignore with a live date sets one aside; the rest still fail.
    const ignored = await runCli([
      'scan',
      sbomPath,
      '--fail-on-severity',
      'high',
      '--osv-url',
      osv.url,
      '--ignore-vulnerabilities',
      'GO-2023-1751 until=2099-12-31',
      '--ignore-vulnerabilities',
      'CVE-2023-29403'
    ])
    expect(ignored.exitCode).toBe(1)
    expect(ignored.stderr).toMatch(/GO-2023-1878/)
    expect(ignored.stderr).not.toMatch(/GO-2023-1751|GO-2023-1840/)
  })

  /**
   * The stand-in's Debian records are osv.dev's DLA advisories for Debian 9 (stretch); the
   * fixture images are bookworm. A stretch SBOM (its purls as syft or this tool write them)
   * shows them matching binaries through their source package, and not matching a backported
   * fix, the same version in Debian 12, or debian-app's real packages of the same sources.
   */
  test('Debian records: by source package and release, never a backported fix or another release', async () => {
    const deb = (name: string, version: string, distro: string, source?: string) => ({
      type: 'library',
      name,
      version,
      purl: `pkg:deb/debian/${name}@${version}?arch=amd64&distro=${distro}${source ? `&upstream=${source}` : ''}`
    })
    const stretch = writeCycloneDx({
      components: [
        deb('libssl1.1', '1.1.0l-1~deb9u5', 'debian-9', 'openssl'),
        deb('libssl1.1', '1.1.0l-1~deb9u6', 'debian-9', 'openssl'),
        deb('dpkg', '1.18.25', 'debian-9'),
        deb('dpkg', '1.18.25', 'debian-12'),
        deb('tzdata', '2021a-0+deb9u3', 'debian-9')
      ]
    })
    const run = await runCli(['scan', stretch, '--osv-url', osv.url, '--json', '-'])
    expect(run.stderr).not.toMatch(/^error/m)
    const report = JSON.parse(run.stdout) as JsonReport
    const found = report.scans.flatMap(s =>
      s.findings.map(f => [f.id, f.package.name, f.package.version, f.severity])
    )
    expect(found.sort()).toEqual([
      ['DLA-3008-1', 'libssl1.1', '1.1.0l-1~deb9u5', 'unknown'],
      ['DLA-3022-1', 'dpkg', '1.18.25', 'unknown'],
      ['DLA-3051-1', 'tzdata', '2021a-0+deb9u3', 'unknown']
    ])

    // debian-app's own SBOM (bookworm): the open glibc and ncurses issues match their binaries
    // by source package; zlib's and openssl's records (fixed before bookworm's versions), the
    // bullseye DSA and the stretch DLAs (openssl, dpkg) match nothing, though all are installed.
    const sbom = readFileSync(sbomPath, 'utf8')
    for (const [binary, source] of [
      ['libssl3', 'openssl'],
      ['zlib1g', 'zlib'],
      ['libc6', 'glibc'],
      ['libtinfo6', 'ncurses']
    ])
      expect(sbom).toMatch(new RegExp(`pkg:deb/debian/${binary}@[^"]*upstream=${source}`))
    expect(sbom).toMatch(/pkg:deb\/debian\/dpkg@1\.21\./)
    const app = await runCli(['scan', sbomPath, '--osv-url', osv.url, '--json', '-'])
    const appReport = JSON.parse(app.stdout) as JsonReport
    expect(ids(appReport)).toEqual(EXPECTED)
    const debian = appReport.scans
      .flatMap(s => s.findings)
      .filter(f => f.package.purl.startsWith('pkg:deb/'))
      .map(f => [f.id, f.package.name, f.severity])
    expect(debian.sort()).toEqual([
      ['DEBIAN-CVE-2010-4756', 'libc-bin', 'low'],
      ['DEBIAN-CVE-2010-4756', 'libc6', 'low'],
      ['DEBIAN-CVE-2025-6141', 'libncursesw6', 'medium'],
      ['DEBIAN-CVE-2025-6141', 'libtinfo6', 'medium'],
      ['DEBIAN-CVE-2025-6141', 'ncurses-base', 'medium'],
      ['DEBIAN-CVE-2025-6141', 'ncurses-bin', 'medium']
    ])
  })

  /**
   * No real record the stand-in serves rates a package of the fixture images critical, so this
   * takes a bullseye SBOM: zlib before its DSA is affected by DEBIAN-CVE-2022-37434, whose
   * CVSS 3.1 vector scores 9.8; DSA-5218-1, which rates nothing itself, is rated by it. With
   * unknown findings ranked none, only computed ratings can fail the gate.
   */
  test('a real critical: bullseye zlib fails a critical gate by its CVSS 9.8 vector, its fix passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-critical-'))
    const bullseye = (version: string) =>
      writeCycloneDx(
        {
          components: [
            {
              type: 'library',
              name: 'zlib1g',
              version,
              purl: `pkg:deb/debian/zlib1g@${version}?arch=amd64&distro=debian-11&upstream=zlib`
            }
          ]
        },
        `zlib-${version.replace(/[^\w.-]/g, '_')}.cdx.json`
      )
    const gate = ['--fail-on-severity', 'critical', '--unknown-severity', 'none']
    const out = join(dir, 'report.json')
    const run = await runCli([
      'scan',
      bullseye('1:1.2.11.dfsg-2'),
      ...gate,
      '--osv-url',
      osv.url,
      '--json',
      out
    ])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /^error: vulnerability gate \(fail on critical and above\): DEBIAN-CVE-2022-37434 \(critical\)/m
    )
    const findings = readJson<JsonReport>(out).scans[0]?.findings
    expect(findings?.map(f => [f.id, f.severity, f.score, f.ratingSource, f.failing])).toEqual([
      ['DEBIAN-CVE-2022-37434', 'critical', 9.8, 'CVSS_V3', true],
      ['DSA-5218-1', 'critical', 9.8, 'CVSS_V3 (DEBIAN-CVE-2022-37434)', true]
    ])
    // The backported fix, 1:1.2.11.dfsg-2+deb11u2: nothing to fail on.
    const fixed = await runCli([
      'scan',
      bullseye('1:1.2.11.dfsg-2+deb11u2'),
      ...gate,
      '--osv-url',
      osv.url
    ])
    expect(fixed.stderr).not.toMatch(/^error/m)
    expect(fixed.exitCode).toBe(0)
  })

  test('an SPDX SBOM that marks itself incomplete fails a gate, passes with --allow-incomplete-sbom, and is reported without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-incomplete-'))
    const path = join(dir, 'app.spdx.json')
    writeFileSync(
      path,
      JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'app',
        documentNamespace: 'https://example.test/app',
        creationInfo: {
          created: '2026-01-01T00:00:00Z',
          creators: ['Tool: sbom-sign-action'],
          comment:
            'Incomplete: cataloging left out:\nlayer 2: /usr/lib/jvm/big.jar is larger than 256 MiB; not read'
        },
        packages: [
          {
            SPDXID: 'SPDXRef-ms',
            name: 'ms',
            versionInfo: '2.1.3',
            downloadLocation: 'NOASSERTION',
            externalRefs: [
              {
                referenceCategory: 'PACKAGE-MANAGER',
                referenceType: 'purl',
                referenceLocator: 'pkg:npm/ms@2.1.3'
              }
            ]
          }
        ]
      })
    )
    const scan = (...extra: string[]) =>
      runCli(['scan', path, '--osv-url', osv.url, '--output-dir', dir, ...extra])
    const gated = await scan('--fail-on-severity', 'high')
    expect(gated.exitCode).toBe(1)
    expect(gated.stderr).toContain(
      'error: vulnerability gate (fail on high and above): the SBOM marks itself incomplete (1 problem(s); the first: layer 2: /usr/lib/jvm/big.jar is larger than 256 MiB; not read), so what it left out was not scanned'
    )
    expect(gated.stderr).toContain('--allow-incomplete-sbom')
    expect(readJson<{ passed: boolean }>(join(dir, 'vulnerabilities.json')).passed).toBe(false)

    const allowed = await scan('--fail-on-severity', 'high', '--allow-incomplete-sbom')
    expect(allowed.exitCode).toBe(0)
    expect(allowed.stdout).toContain('⚠️ The SBOM marks itself incomplete')
    expect(readJson<{ passed: boolean }>(join(dir, 'vulnerabilities.json')).passed).toBe(true)

    const ungated = await scan()
    expect(ungated.exitCode).toBe(0)
    expect(ungated.stdout).toContain('⚠️ The SBOM marks itself incomplete')
  })

  test('usage: --help, and input errors exit 2 with a hint', async () => {
    const help = await runCli(['scan', '--help'])
    expect(help.exitCode).toBe(0)
    for (const option of [
      '--fail-on-severity',
      '--unknown-severity',
      '--ignore-vulnerabilities',
      '--vex',
      '--osv-url',
      '--vulnerability-db',
      '--sarif',
      '--json',
      '--output-dir'
    ])
      expect(help.stdout).toContain(option)
    expect(help.stdout).toContain('Examples:')
    const top = await runCli(['--help'])
    expect(top.stdout).toContain('scan SBOM|SOURCE')

    const offline = await runCli(['scan', sbomPath, '--offline'])
    expect(offline.exitCode).toBe(2)
    expect(offline.stderr).toContain('--vulnerability-db')
    const severity = await runCli(['scan', sbomPath, '--fail-on-severity', 'severe'])
    expect(severity.exitCode).toBe(2)
    expect(severity.stderr).toContain('--fail-on-severity: "severe" is not one of')
    const missing = await runCli(['scan', join(tmpdir(), 'no-such.cdx.json')])
    expect(missing.exitCode).toBe(2)
    expect(readFileSync(sbomPath, 'utf8')).toContain('CycloneDX')
  })
})
