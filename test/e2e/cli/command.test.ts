import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixtureSource, pushFixture } from '../../support/fixtures'
import { REPO_ROOT } from '../../support/paths'
import { runCli, runProgram } from '../../support/run-action'
import { stackInfo } from '../../support/stack'

const emptyDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix))

describe('sbom-sign installed as a package', () => {
  // npm pack + npm install -g, as a user would; npm may fetch the declared dependencies.
  const prefix = emptyDir('sbom-sign-prefix-')
  const bin = join(prefix, 'bin', 'sbom-sign')

  beforeAll(async () => {
    const packed = await runProgram('npm', ['pack', '--pack-destination', prefix, '--silent'])
    expect(packed.exitCode).toBe(0)
    const tarball = join(prefix, packed.stdout.trim().split('\n').pop() ?? '')
    const installed = await runProgram('npm', [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      tarball
    ])
    if (installed.exitCode !== 0) throw new Error(`npm install failed: ${installed.stderr}`)
  }, 300_000)

  test('--version prints the package version', async () => {
    const run = await runProgram(bin, ['--version'], {}, prefix)
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'))
    expect(run.stdout.trim()).toBe(version)
    expect(run.exitCode).toBe(0)
  })

  test('sbom writes an SBOM from the installed command, and --help describes every option', async () => {
    const out = join(emptyDir('sbom-sign-installed-'), 'app.cdx.json')
    const source = await fixtureSource('debian-app', 'oci-archive')
    const run = await runProgram(bin, ['sbom', source, '--output', out], {}, prefix)
    expect(run.stderr).toMatch(/app\.cdx\.json: \d+ packages/)
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).bomFormat).toBe('CycloneDX')
    const help = await runProgram(bin, ['sign', '--help'], {}, prefix)
    const optionLines = help.stdout.split('\n').filter(l => /^ {2}--/.test(l))
    expect(optionLines.length).toBeGreaterThan(20)
    for (const line of optionLines) expect(line).toMatch(/^ {2}--\S+( \S+)? {2,}\S/)
    expect(help.stdout).toMatch(/Examples:\n {2}sbom-sign sign /)
  })
})

describe('sbom-sign writes only where it is asked to', () => {
  test('sbom --output - writes the SBOM to standard output and no file', async () => {
    const cwd = emptyDir('sbom-sign-cwd-')
    const source = await fixtureSource('debian-app', 'oci-archive')
    const run = await runCli(['sbom', source, '--output', '-'], {}, cwd)
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout).bomFormat).toBe('CycloneDX')
    expect(run.stderr).toMatch(/standard output: \d+ packages/)
    expect(readdirSync(cwd)).toEqual([])
  })

  test('verify puts its report in a new temporary directory, or in --output-dir', async () => {
    const { registry, sigstore } = stackInfo()
    const { ref } = await pushFixture('debian-app', registry.host, 'cli/unsigned')
    const cwd = emptyDir('sbom-sign-cwd-')
    const args = [
      'verify',
      ref,
      '--certificate-identity',
      sigstore.identity,
      '--certificate-oidc-issuer',
      sigstore.issuer,
      '--trusted-root',
      sigstore.trustedRootPath
    ]
    const run = await runCli(args, {}, cwd)
    expect(run.exitCode).toBe(1)
    const reportPath = JSON.parse(run.stdout)['report-path'] as string
    expect(reportPath.startsWith(join(tmpdir(), 'sbom-sign-verify-'))).toBe(true)
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).verified).toBe(false)
    expect(readdirSync(cwd)).toEqual([])

    const chosen = await runCli([...args, '--output-dir', 'reports'], {}, cwd)
    expect(chosen.exitCode).toBe(1)
    expect(JSON.parse(chosen.stdout)['report-path']).toBe(
      join(cwd, 'reports', 'sbom-sign-verify-report.json')
    )
    expect(readdirSync(cwd)).toEqual(['reports'])
  })
})

describe('sbom-sign exit codes and flags', () => {
  test('a platform the image does not have is an input error (exit 2)', async () => {
    const source = await fixtureSource('debian-app', 'oci-archive')
    const run = await runCli(['sbom', source, '--platform', 'linux/s390x', '--output', '-'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/is a linux\/amd64 image, not linux\/s390x/)
    expect(run.stdout).toBe('')
  })

  test('--insecure-registry HOST and --insecure-registries LIST both reach a plain-HTTP registry', async () => {
    const { registry } = stackInfo()
    await pushFixture('debian-app', registry.host, 'cli/insecure')
    // 2130706433 is 127.0.0.1 written as one number: the same registry, under a name that is
    // not recognised as loopback, so only the flag allows plain HTTP.
    const host = `2130706433:${registry.host.split(':')[1]}`
    const image = `${host}/cli/insecure:latest`
    const refused = await runCli(['sbom', image, '--output', '-'])
    expect(refused.exitCode).toBe(1)
    for (const flag of ['--insecure-registry', '--insecure-registries']) {
      const run = await runCli(['sbom', image, flag, host, '--output', '-'])
      expect(run.stderr).not.toMatch(/error/)
      expect(run.exitCode).toBe(0)
      expect(JSON.parse(run.stdout).bomFormat).toBe('CycloneDX')
    }
  })

  test('errors name CLI flags, not action inputs', async () => {
    const bad = await runCli(['sign', 'example.com/app:1', '--sbom-format', 'xml'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('--sbom-format: "xml" is not one of')
    expect(bad.stderr).not.toContain('input "sbom-format"')
  })
})
