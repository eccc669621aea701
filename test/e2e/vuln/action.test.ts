import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { MediaType, RegistryClient, parseReference } from '../../../src/oci'
import { createScenario, scenarioRequests, type Scenario } from '../../stack/sigstore'
import { pushFixture } from '../../support/fixtures'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyKeyless } from '../sign/verify-helpers'
import {
  attachedTo,
  bundleFiles,
  pushArgvApp,
  readJson,
  sarifValidator,
  vexDocument,
  writeCycloneDx,
  type JsonReport
} from './helpers'

const stack = stackInfo()
const host = stack.registry.host
const osv = { 'osv-url': stack.osv.url }
const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1'
const client = new RegistryClient()

/**
 * What the OSV stand-in's real records say about debian-app (docs/fixtures.md): its Go binary
 * was built with bookworm's Go 1.19.8, which GO-2023-1751, -1840 and -1878 affect (fixed in
 * 1.19.9 and later) and GO-2023-1702 does not (fixed in 1.19.8); its npm semver 7.6.3 is past
 * GHSA-c2qf-rxjj-qqgw's fix. The Go records carry no severity: unknown, ranked critical, so they
 * fail a critical gate. Debian's records match bookworm's binaries by source package: the open
 * DEBIAN-CVE-2025-6141 (rated medium by its CVSS v4 vector) the four ncurses binaries, the open
 * DEBIAN-CVE-2010-4756 (Debian's urgency "unimportant": low) libc6 and libc-bin; zlib's and
 * openssl's records were fixed before bookworm's versions.
 */
const UNKNOWN = ['GO-2023-1751', 'GO-2023-1840', 'GO-2023-1878']
const NCURSES = Array<string>(4).fill('DEBIAN-CVE-2025-6141')
const GLIBC = Array<string>(2).fill('DEBIAN-CVE-2010-4756')
const EXPECTED = [...GLIBC, ...NCURSES, ...UNKNOWN]

const ids = (report: JsonReport) => report.scans.flatMap(s => s.findings.map(f => f.id)).sort()

async function pushApp(repo: string) {
  const pushed = await pushFixture('debian-app', host, repo)
  return { ...pushed, name: `${host}/${repo}`, image: `${host}/${repo}@${pushed.digest}` }
}

describe('the vulnerability gate in sign mode', () => {
  /**
   * A critical from a real record and the scanner's own CVSS computation: the npm application's
   * minimist 1.2.5 is affected by GHSA-xvch-5gv4-984h, whose CVSS 3.1 vector
   * (AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H) scores 9.8. Unknown findings rank none here, so
   * only the computed rating can fail the gate. A counting Sigstore scenario shows that no
   * certificate was asked for; the fixed minimist, 1.2.6, passes and is signed.
   */
  test('a finding ranked critical fails the run before anything is signed or pushed', async () => {
    const gate = { 'fail-on-severity': 'critical', 'unknown-severity': 'none', ...osv }
    const affected = await pushArgvApp(host, 'vuln/critical', '1.2.5')
    const scenario = await createScenario(stack.sigstore)
    const run = await runAction(
      { image: affected.image, ...gate, ...scenarioInputs(scenario) },
      { ACTIONS_ID_TOKEN_REQUEST_URL: scenario.oidcURL }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^vulnerability gate \(fail on critical and above\): GHSA-xvch-5gv4-984h \(critical\) in minimist 1\.2\.5/
    )
    expect(run.errors[0]).toMatch(/Nothing was signed or pushed/)
    // No certificate, log entry or timestamp was asked for (the OIDC token is read up front,
    // where a missing id-token permission fails before any work).
    expect(await scenarioRequests(stack.sigstore, scenario.id)).toMatchObject({
      fulcio: 0,
      rekor: 0,
      rekor2: 0,
      tsa: 0
    })
    expect(await attachedTo(affected.name, affected.digest)).toEqual({ referrers: [], tags: [] })
    expect(bundleFiles(run.runnerTemp)).toEqual([])

    const report = readJson<JsonReport>(run.outputs['vulnerabilities-path'] ?? '')
    expect(report.passed).toBe(false)
    expect(report.scans[0]?.findings).toEqual([
      expect.objectContaining({
        id: 'GHSA-xvch-5gv4-984h',
        aliases: ['CVE-2021-44906'],
        package: expect.objectContaining({
          name: 'minimist',
          version: '1.2.5',
          purl: 'pkg:npm/minimist@1.2.5'
        }),
        fixedIn: ['1.2.6'],
        severity: 'critical',
        score: 9.8,
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
        ratingSource: 'CVSS_V3',
        failing: true
      })
    ])
    expect(run.outputs).toMatchObject({
      digest: affected.digest,
      'vulnerabilities-critical': '1',
      'vulnerabilities-unknown': '0'
    })
    expect(run.summary).toContain('❌ GHSA-xvch-5gv4-984h')
    expect(run.summary).toContain('Nothing was signed or pushed')
    expect(sarifValidator()(readJson(run.outputs['sarif-path'] ?? ''))).toEqual([])

    // The upgrade: minimist 1.2.6 is past the fix, nothing to fail on; signed and attached.
    const fixed = await pushArgvApp(host, 'vuln/critical-fixed', '1.2.6')
    const upgraded = await createScenario(stack.sigstore)
    const passed = await runAction(
      { image: fixed.image, ...gate, ...scenarioInputs(upgraded) },
      { ACTIONS_ID_TOKEN_REQUEST_URL: upgraded.oidcURL }
    )
    expect(passed.errors).toEqual([])
    expect(passed.exitCode).toBe(0)
    const clean = readJson<JsonReport>(passed.outputs['vulnerabilities-path'] ?? '')
    expect(clean.passed).toBe(true)
    expect(clean.scans[0]?.findings).toEqual([])
    expect(passed.outputs['vulnerabilities-critical']).toBe('0')
    expect((await scenarioRequests(stack.sigstore, upgraded.id)).fulcio).toBeGreaterThan(0)
    expect((await attachedTo(fixed.name, fixed.digest)).referrers.length).toBeGreaterThan(0)
  })

  // The stand-in's Go records rate nothing: unknown, which ranks critical by default.
  test('an unknown severity ranks critical by default: unrated findings fail a critical gate', async () => {
    const app = await pushApp('vuln/gate')
    const run = await runAction({ image: app.image, 'fail-on-severity': 'critical', ...osv })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/^vulnerability gate \(fail on critical and above\): GO-2023-/)
    expect(run.errors[0]).toMatch(/Nothing was signed or pushed/)
    // Nothing in the registry: no referrer, no fallback index, no cosign tags.
    expect(await attachedTo(app.name, app.digest)).toEqual({ referrers: [], tags: [] })
    // Nothing signed: no bundle written.
    expect(bundleFiles(run.runnerTemp)).toEqual([])

    const report = readJson<JsonReport>(run.outputs['vulnerabilities-path'] ?? '')
    expect(ids(report)).toEqual(EXPECTED)
    expect(report.passed).toBe(false)
    expect(report.scans[0]).toMatchObject({ artifact: app.image, digest: app.digest })
    const failing = report.scans[0]?.findings.filter(f => f.failing) ?? []
    expect(failing.map(f => f.id)).toEqual(UNKNOWN)
    expect(failing.every(f => f.severity === 'unknown')).toBe(true)
    expect(run.outputs).toMatchObject({
      digest: app.digest,
      'vulnerabilities-critical': '0',
      'vulnerabilities-medium': String(NCURSES.length),
      'vulnerabilities-low': String(GLIBC.length),
      'vulnerabilities-unknown': String(UNKNOWN.length)
    })
    expect(existsSync(run.outputs['sbom-path'] ?? '')).toBe(true)
    expect(run.summary).toContain(`### Vulnerabilities of \`${app.image}\``)
    expect(run.summary).toContain('Nothing was signed or pushed')
    for (const id of UNKNOWN) expect(run.summary).toContain(`❌ ${id}`)
    expect(run.summary).not.toContain('❌ DEBIAN-')

    const errors = sarifValidator()(readJson(run.outputs['sarif-path'] ?? ''))
    expect(errors).toEqual([])
  })

  test('VEX not_affected lets it pass, with the justification shown; the scan is attested', async () => {
    const app = await pushApp('vuln/vex')
    const product = `pkg:oci/vex@${app.digest}?repository_url=${app.name}`
    const vex = vexDocument(product, UNKNOWN)
    const run = await runAction({
      image: app.image,
      'fail-on-severity': 'critical',
      vex,
      'vulnerability-attestation': 'true',
      ...osv
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    // Markdown-escaped in the summary table: renders as "VEX not_affected: vulnerable_code_…".
    expect(run.summary).toContain(
      'VEX not\\_affected: vulnerable\\_code\\_not\\_in\\_execute\\_path'
    )
    const report = readJson<JsonReport>(run.outputs['vulnerabilities-path'] ?? '')
    expect(report.passed).toBe(true)
    const suppressed = report.scans[0]?.findings.filter(f => f.suppressed?.by === 'vex')
    expect(suppressed?.map(f => f.id)).toEqual(UNKNOWN)
    expect(run.outputs['vulnerabilities-unknown']).toBe('0')
    expect(sarifValidator()(readJson(run.outputs['sarif-path'] ?? ''))).toEqual([])

    // The attestation: cosign's vuln predicate about the digest, verified with two verifiers.
    const statement = await verifyKeyless(
      readBundle(run.outputs['vulnerability-attestation-bundle-path'] ?? ''),
      app.digest,
      VULN_PREDICATE
    )
    expect(statement.subject[0]?.name).toBe(app.name)
    const predicate = statement.predicate as {
      invocation: Record<string, unknown>
      scanner: {
        uri: string
        version: string
        db: { uri: string; version: string }
        result: JsonReport['scans'][number]
      }
      metadata: { scanStartedOn: string; scanFinishedOn: string }
    }
    expect(Object.keys(predicate).sort()).toEqual(['invocation', 'metadata', 'scanner'])
    expect(Object.keys(predicate.invocation).sort()).toEqual([
      'builder.id',
      'event_id',
      'parameters',
      'uri'
    ])
    expect(predicate.invocation.uri).toBe('https://github.com/acme/app/actions/runs/42/attempts/1')
    expect(predicate.scanner.db.uri).toBe(stack.osv.url)
    expect(predicate.scanner.db.version).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(predicate.scanner.result.findings.map(f => f.id).sort()).toEqual(EXPECTED)
    expect(Date.parse(predicate.metadata.scanFinishedOn)).toBeGreaterThanOrEqual(
      Date.parse(predicate.metadata.scanStartedOn)
    )

    // Attached as cosign v3 reads it: a referrer whose predicateType annotation says vuln.
    const manifest = JSON.parse(
      (
        await client.getManifest(
          parseReference(app.name),
          run.outputs['vulnerability-attestation-ref'] ?? ''
        )
      ).bytes.toString()
    )
    expect(manifest).toMatchObject({
      mediaType: MediaType.OCI_MANIFEST,
      subject: { digest: app.digest },
      annotations: { 'dev.sigstore.bundle.predicateType': VULN_PREDICATE }
    })
    const layer = await client.getBlob(parseReference(app.name), manifest.layers[0].digest)
    await verifyKeyless(
      JSON.parse(layer.toString()) as SerializedBundle,
      app.digest,
      VULN_PREDICATE
    )

    // Verify mode: maxSeverity scans the verified SBOM; with the same VEX it passes.
    const policy = policyFile('high')
    const verified = await runAction({
      mode: 'verify',
      images: app.image,
      policy,
      vex,
      'trusted-root': stack.sigstore.trustedRootPath,
      ...osv
    })
    expect(verified.errors).toEqual([])
    expect(verified.outputs.verified).toBe('true')
    expect(verified.summary).toContain('| Vulnerabilities |')
    expect(verified.summary).toContain('✅ ≤ high')
    // Without the VEX the same image fails the rule, naming the findings.
    const unexcused = await runAction({
      mode: 'verify',
      images: app.image,
      policy,
      'trusted-root': stack.sigstore.trustedRootPath,
      ...osv
    })
    expect(unexcused.exitCode).toBe(1)
    expect(unexcused.outputs.verified).toBe('false')
    expect(unexcused.errors.join('\n')).toMatch(
      /maxSeverity high: GO-2023-1751 \(unknown\) in stdlib/
    )
    const verifyReport = readJson<{
      images: { platforms: { vulnerabilities?: { sboms: number; above: { id: string }[] } }[] }[]
    }>(unexcused.outputs['report-path'] ?? '')
    const check = verifyReport.images[0]?.platforms[0]?.vulnerabilities
    expect(check?.sboms).toBe(1)
    expect(check?.above.map(f => f.id).sort()).toEqual(UNKNOWN)
  })

  test('an expired ignore fails again, with a warning; a live one sets the finding aside', async () => {
    const app = await pushApp('vuln/ignore')
    const [first, ...rest] = UNKNOWN
    const ignores = (until: string) => [`${first} until=${until}`, ...rest].join('\n')
    const expired = await runAction({
      image: app.image,
      'fail-on-severity': 'high',
      'ignore-vulnerabilities': ignores('2024-01-31'),
      sbom: 'generate',
      ...osv
    })
    expect(expired.exitCode).toBe(1)
    expect(expired.warnings.join('\n')).toContain(
      `ignore-vulnerabilities: "${first} until=2024-01-31" lapsed after 2024-01-31`
    )
    expect(expired.errors[0]).toMatch(new RegExp(`${first} \\(unknown\\)`))
    expect(expired.errors[0]).not.toMatch(new RegExp(rest.join('|')))
    expect(await attachedTo(app.name, app.digest)).toEqual({ referrers: [], tags: [] })
    expect(expired.summary).toContain('Ignores past their date no longer apply')

    const live = await runAction({
      image: app.image,
      'fail-on-severity': 'high',
      'ignore-vulnerabilities': ignores('2099-12-31'),
      ...osv
    })
    expect(live.errors).toEqual([])
    expect(live.warnings.join('\n')).not.toContain('lapsed')
    expect((await attachedTo(app.name, app.digest)).referrers.length).toBeGreaterThan(0)
  })

  test('maxSeverity fails an image that has no verified SBOM attestation, on its line', async () => {
    const image = await pushTestImage(host, 'vuln/nosbom')
    // Signed, but without an SBOM: a signature is not an SBOM.
    const signed = await runAction({ image: `${host}/vuln/nosbom@${image.digest}`, sbom: 'none' })
    expect(signed.errors).toEqual([])
    const run = await runAction(
      verifyInputs(stack.sigstore, `${host}/vuln/nosbom@${image.digest}`, {
        'fail-on-severity': 'critical',
        ...osv
      })
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      'fail-on-severity critical: no verified SBOM attestation to scan (only the SBOM of a verified attestation counts)'
    )
    expect(run.summary).toContain('❌ no verified SBOM to scan')
  })

  test('maxSeverity does not take an SBOM that marks itself incomplete, unless the rule says completeSbom: false', async () => {
    const image = await pushTestImage(host, 'vuln/incomplete')
    const ref = `${host}/vuln/incomplete@${image.digest}`
    const sbomPath = incompleteCycloneDx()
    const signed = await runAction({ image: ref, sbom: sbomPath })
    expect(signed.errors).toEqual([])
    expect(signed.summary).toContain('**Incomplete:**')

    const strict = await runAction({
      mode: 'verify',
      images: ref,
      policy: policyFile('high'),
      'trusted-root': stack.sigstore.trustedRootPath,
      ...osv
    })
    expect(strict.exitCode).toBe(1)
    expect(strict.outputs.verified).toBe('false')
    expect(strict.errors.join('\n')).toContain(
      'maxSeverity high: the SBOM of verified attestation 1 (1 problem(s); the first: the document marks its list of components incomplete) marks itself incomplete, so what it left out was not scanned'
    )
    expect(strict.summary).toContain('❌ incomplete SBOM')

    const lenient = await runAction({
      mode: 'verify',
      images: ref,
      policy: policyFile('high', { completeSbom: false }),
      'trusted-root': stack.sigstore.trustedRootPath,
      ...osv
    })
    expect(lenient.errors).toEqual([])
    expect(lenient.outputs.verified).toBe('true')
    const report = readJson<{
      images: { platforms: { vulnerabilities?: { sboms: number; incomplete: number } }[] }[]
    }>(lenient.outputs['report-path'] ?? '')
    expect(report.images[0]?.platforms[0]?.vulnerabilities).toMatchObject({
      sboms: 1,
      incomplete: 1
    })
  })

  test('fail-on-severity fails an SBOM that marks itself incomplete in sign and verify mode, unless allow-incomplete-sbom is set', async () => {
    const image = await pushTestImage(host, 'vuln/partial')
    const ref = `${host}/vuln/partial@${image.digest}`
    const sbom = incompleteCycloneDx()
    const gate = { 'fail-on-severity': 'high', ...osv }
    const leftOut = '1 problem(s); the first: the document marks its list of components incomplete'

    const scenario = await createScenario(stack.sigstore)
    const stopped = await runAction(
      { image: ref, sbom, ...gate, ...scenarioInputs(scenario) },
      { ACTIONS_ID_TOKEN_REQUEST_URL: scenario.oidcURL }
    )
    expect(stopped.exitCode).toBe(1)
    expect(stopped.errors).toEqual([
      expect.stringContaining(
        `vulnerability gate (fail on high and above): the SBOM marks itself incomplete (${leftOut}), so what it left out was not scanned. Mend what the SBOM says it left out`
      )
    ])
    expect(stopped.errors[0]).toContain('"allow-incomplete-sbom: true"')
    expect(stopped.errors[0]).toContain('Nothing was signed or pushed')
    expect(stopped.summary).toContain(
      '❌ **The SBOM marks itself incomplete, so the gate fails:** what it left out was not scanned'
    )
    expect(stopped.summary).not.toContain('✅ No finding fails the gate')
    expect(await scenarioRequests(stack.sigstore, scenario.id)).toMatchObject({
      fulcio: 0,
      rekor: 0
    })
    expect(await attachedTo(`${host}/vuln/partial`, image.digest)).toEqual({
      referrers: [],
      tags: []
    })
    const stoppedReport = readJson<JsonReport & { scans: { incompleteSbom?: unknown }[] }>(
      stopped.outputs['vulnerabilities-path'] ?? ''
    )
    expect(stoppedReport.passed).toBe(false)
    expect(stoppedReport.scans[0]).toMatchObject({ passed: false })
    expect(stoppedReport.scans[0]?.incompleteSbom).toEqual({
      leftOut: ['the document marks its list of components incomplete'],
      failsGate: true
    })

    const allowed = await runAction({
      image: ref,
      sbom,
      ...gate,
      'allow-incomplete-sbom': 'true',
      'vulnerability-attestation': 'true'
    })
    expect(allowed.errors).toEqual([])
    expect(allowed.summary).toContain(
      '⚠️ The SBOM marks itself incomplete: what it left out was not scanned'
    )
    const allowedReport = readJson<JsonReport & { passed: boolean }>(
      allowed.outputs['vulnerabilities-path'] ?? ''
    )
    expect(allowedReport.passed).toBe(true)
    // The signed scan says what it did not cover, and under which setting.
    const vuln = readBundle(allowed.outputs['vulnerability-attestation-bundle-path'] ?? '')
    const statement = JSON.parse(
      Buffer.from(vuln.dsseEnvelope?.payload ?? '', 'base64').toString()
    ) as {
      predicate: {
        invocation: { parameters: Record<string, unknown> }
        scanner: { result: { incompleteSbom?: unknown } }
      }
    }
    expect(statement.predicate.invocation.parameters['allow-incomplete-sbom']).toBe(true)
    expect(statement.predicate.scanner.result.incompleteSbom).toEqual({
      leftOut: ['the document marks its list of components incomplete']
    })

    // Verify mode's fail-on-severity (no policy rule) takes the same input.
    const strict = await runAction(verifyInputs(stack.sigstore, ref, gate))
    expect(strict.exitCode).toBe(1)
    expect(strict.errors.join('\n')).toContain(
      `fail-on-severity high: the SBOM of verified attestation 1 (${leftOut}) marks itself incomplete, so what it left out was not scanned. Attest an SBOM of the whole image, or accept incomplete SBOMs for this image: set "allow-incomplete-sbom: true"`
    )
    const lenient = await runAction(
      verifyInputs(stack.sigstore, ref, { ...gate, 'allow-incomplete-sbom': 'true' })
    )
    expect(lenient.errors).toEqual([])
    expect(lenient.outputs.verified).toBe('true')
  })

  test('offline with vulnerability-db: same findings as the API; offline without it is an input error', async () => {
    const app = await pushApp('vuln/offline')
    const online = await runAction({ image: app.image, 'vulnerability-scan': 'true', ...osv })
    const offline = await runAction({
      image: app.image,
      'vulnerability-scan': 'true',
      offline: 'true',
      'vulnerability-db': join(process.cwd(), '__fixtures__', 'osv', 'records')
    })
    expect(online.errors).toEqual([])
    expect(offline.errors).toEqual([])
    const a = readJson<JsonReport>(online.outputs['vulnerabilities-path'] ?? '')
    const b = readJson<JsonReport>(offline.outputs['vulnerabilities-path'] ?? '')
    expect(ids(a)).toEqual(EXPECTED)
    expect(ids(b)).toEqual(ids(a))
    const missing = await runAction({
      image: app.image,
      offline: 'true',
      'fail-on-severity': 'high'
    })
    expect(missing.exitCode).toBe(1)
    expect(missing.errors).toEqual([
      expect.stringContaining(
        'a vulnerability scan is asked for offline, without a vulnerability database'
      )
    ])
  })
})

/** The Sigstore inputs that point a run at a counting scenario of the stack. */
/**
 * Another tool's CycloneDX document that marks the image's components incomplete. Nothing it
 * lists has a finding: only what it says it left out could.
 */
function incompleteCycloneDx(): string {
  return writeCycloneDx({
    metadata: { component: { type: 'container', name: 'app', 'bom-ref': 'image' } },
    components: [
      { type: 'library', name: 'ms', version: '2.1.3', purl: 'pkg:npm/ms@2.1.3', 'bom-ref': 'ms' }
    ],
    compositions: [{ aggregate: 'incomplete', assemblies: ['image'] }]
  })
}

function scenarioInputs(scenario: Scenario) {
  return {
    'fulcio-url': scenario.fulcioURL,
    'rekor-url': scenario.rekorURL,
    'tsa-url': scenario.tsaURL,
    'trusted-root': stack.sigstore.trustedRootPath
  }
}

function policyFile(maxSeverity: string, extra: Record<string, boolean> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vuln-policy-'))
  const path = join(dir, 'policy.yaml')
  writeFileSync(
    path,
    [
      'version: 1',
      'policies:',
      '  - name: our images',
      `    images: ["${host}/vuln/**"]`,
      '    identities:',
      `      - issuer: ${stack.sigstore.issuer}`,
      `        subject: ${stack.sigstore.identity}`,
      `    require: { sbom: true, maxSeverity: ${maxSeverity}${Object.entries(extra)
        .map(([key, value]) => `, ${key}: ${value}`)
        .join('')} }`,
      ''
    ].join('\n')
  )
  return path
}
