import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixtureSource } from '../../support/fixtures'
import { runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { readJson, sarifValidator, type JsonReport } from './helpers'

const { osv } = stackInfo()
const RECORDS = join(process.cwd(), '__fixtures__', 'osv', 'records')
/** debian-app's findings among the stand-in's records (see action.test.ts). */
const EXPECTED = ['GO-2023-1751', 'GO-2023-1840', 'GO-2023-1878']
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
