import { readConfig, readScanConfig } from '../../src/config'
import { actionErrorThrownBy } from '../support/action-error'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name]
const IMAGE = `ghcr.io/acme/app@sha256:${'a'.repeat(64)}`
const VERIFY = {
  mode: 'verify',
  images: 'ghcr.io/acme/app:1',
  'certificate-identity':
    'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
  'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
}

describe('vulnerability inputs', () => {
  test('sign mode: no scan, no gate unless asked; fail closed on unknown severity', () => {
    const config = readConfig(reader({ image: IMAGE }), {})
    expect(config.vulnerabilities).toMatchObject({
      scan: false,
      failOn: 'none',
      unknownAs: 'critical',
      allowIncomplete: false,
      ignores: [],
      osvURL: 'https://api.osv.dev',
      attestation: false,
      offline: false
    })
  })

  test.each([
    [{ 'fail-on-severity': 'HIGH' }, { scan: true, failOn: 'high', attestation: false }],
    [{ 'vulnerability-attestation': 'true' }, { scan: true, failOn: 'none', attestation: true }],
    [{ 'vulnerability-scan': 'true' }, { scan: true, failOn: 'none', attestation: false }]
  ])('%j implies a scan', (inputs, expected) => {
    const config = readConfig(reader({ image: IMAGE, ...inputs }), {})
    expect(config.vulnerabilities).toMatchObject(expected)
  })

  test('source and gate inputs are read as given', () => {
    const config = readConfig(
      reader({
        image: IMAGE,
        'fail-on-severity': 'medium',
        'unknown-severity': 'low',
        'allow-incomplete-sbom': 'true',
        'osv-url': 'http://127.0.0.1:8080/',
        'vulnerability-db': './osv',
        vex: './app.vex.json'
      }),
      {}
    )
    expect(config.vulnerabilities).toMatchObject({
      failOn: 'medium',
      unknownAs: 'low',
      allowIncomplete: true,
      osvURL: 'http://127.0.0.1:8080',
      database: './osv',
      vex: './app.vex.json'
    })
  })

  test.each([
    [{ 'fail-on-severity': 'severe' }, 'input "fail-on-severity"'],
    [{ 'unknown-severity': 'unknown' }, 'input "unknown-severity"'],
    [{ 'allow-incomplete-sbom': 'sometimes' }, 'input "allow-incomplete-sbom"'],
    [{ 'osv-url': 'ftp://mirror' }, 'input "osv-url"'],
    [
      { 'fail-on-severity': 'high', 'vulnerability-scan': 'false' },
      'input "vulnerability-scan": is false, but "fail-on-severity: high" needs a scan'
    ],
    [
      { 'vulnerability-attestation': 'true', 'vulnerability-scan': 'no' },
      'input "vulnerability-scan": is false, but "vulnerability-attestation: true" needs a scan'
    ],
    [
      { 'fail-on-severity': 'critical', sbom: 'none' },
      'input "sbom": "none" leaves nothing to scan'
    ]
  ])('rejects %j', (inputs, message) => {
    const error = actionErrorThrownBy(() => readConfig(reader({ image: IMAGE, ...inputs }), {}))
    expect(error.message).toContain(message)
    expect(error.exitCode).toBe(2)
  })

  test('offline with a scan needs a database; the hint says which input', () => {
    const error = actionErrorThrownBy(() =>
      readConfig(reader({ image: IMAGE, offline: 'true', 'fail-on-severity': 'high' }), {})
    )
    expect(error.code).toBe('INPUT_MISSING')
    expect(error.message).toMatch(/offline, without a vulnerability database/)
    expect(error.hint).toMatch(/"vulnerability-db"/)
    // With the database, or without a scan, offline is fine.
    expect(
      readConfig(
        reader({
          image: IMAGE,
          offline: 'true',
          'fail-on-severity': 'high',
          'vulnerability-db': 'db.zip'
        }),
        {}
      ).vulnerabilities.database
    ).toBe('db.zip')
    expect(readConfig(reader({ image: IMAGE, offline: 'true' }), {}).vulnerabilities.scan).toBe(
      false
    )
    expect(() =>
      readConfig(reader({ ...VERIFY, offline: 'true', 'fail-on-severity': 'low' }), {})
    ).toThrow(/without a vulnerability database/)
  })

  test('verify mode: fail-on-severity is a gate, vulnerability-attestation is sign-only', () => {
    const config = readConfig(
      reader({ ...VERIFY, 'fail-on-severity': 'critical', 'vulnerability-attestation': 'true' }),
      {}
    )
    expect(config.vulnerabilities).toMatchObject({ failOn: 'critical', attestation: false })
  })

  test('the scan command always scans', () => {
    const config = readScanConfig(reader({}))
    expect(config.vulnerabilities).toMatchObject({ scan: true, failOn: 'none' })
    expect(() => readScanConfig(reader({ offline: 'true' }))).toThrow(
      /without a vulnerability database/
    )
  })
})
