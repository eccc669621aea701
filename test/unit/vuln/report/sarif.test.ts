import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { applyGate, parseIgnores } from '../../../../src/vuln/gate'
import { toSarif } from '../../../../src/vuln/report'
import { REPO_ROOT } from '../../../support/paths'
import { finding, scanResult } from '../findings'

// The official schema, vendored (see __fixtures__/sarif/NOTICE).
const schema = JSON.parse(
  readFileSync(join(REPO_ROOT, '__fixtures__', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')
)
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(schema)

/** The parts of the SARIF log the tests read. */
interface Sarif {
  runs: {
    tool: {
      driver: {
        rules: { id: string; properties: Record<string, unknown>; help: { markdown: string } }[]
      }
    }
    results: {
      ruleId: string
      level: string
      message: { text: string }
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
      partialFingerprints: Record<string, string>
      suppressions?: unknown[]
    }[]
  }[]
}

const XZ = 'pkg:deb/debian/xz-utils@5.6.0-0.2?arch=amd64&distro=debian-12'
const LODASH = 'pkg:npm/lodash@4.17.20'

const findings = [
  finding(
    'DEBIAN-CVE-2024-3094',
    XZ,
    {
      severity: 'critical',
      score: 10,
      source: 'CVSS_V3',
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H'
    },
    {
      aliases: ['CVE-2024-3094'],
      fixedIn: ['5.6.1+really5.4.5-1'],
      record: {
        summary: 'xz-utils backdoor',
        details: 'Malicious code <script>alert(1)</script> in the upstream tarballs.'
      }
    }
  ),
  finding(
    'GHSA-35jh-r3h4-6jhm',
    LODASH,
    { severity: 'high', source: 'GHSA' },
    { aliases: ['CVE-2021-23337'], fixedIn: ['4.17.21'] }
  ),
  finding('DEBIAN-CVE-2026-0001', XZ, { severity: 'unknown', source: 'none' })
]

describe('toSarif', () => {
  const gate = applyGate(findings, {
    failOn: 'high',
    unknownAs: 'critical',
    ignores: parseIgnores('CVE-2021-23337 until=2099-01-01'),
    subject: {},
    now: new Date('2026-11-30T00:00:00Z')
  })

  test.each([
    'ghcr.io/example/app:1.0',
    'alpine:3.19',
    'sbom.cdx.json',
    `registry.example.com:5000/app@sha256:${'c'.repeat(64)}`
  ])('validates against the SARIF 2.1.0 schema (artifact %s)', artifact => {
    const sarif = toSarif(scanResult(findings), gate, { artifact })
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
  })

  test('the schema check is not vacuous', () => {
    const sarif = toSarif(scanResult(findings), gate, { artifact: 'alpine:3.19' }) as Sarif
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'alpine%3A3.19'
    )
    sarif.runs[0]!.results[0]!.level = 'fatal'
    sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b:\\c'
    expect(validate(sarif)).toBe(false)
    expect(validate.errors?.map(e => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/level',
        '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri'
      ])
    )
  })

  test('what GitHub code scanning reads: rules with security-severity, levels, locations, fingerprints', () => {
    const sarif = toSarif(scanResult(findings), gate, { artifact: 'Dockerfile' }) as Sarif
    const run = sarif.runs[0]!
    expect(run.tool.driver).toMatchObject({
      name: 'sbom-sign-action',
      version: '0.1.0',
      informationUri: expect.stringMatching(/^https:/)
    })
    const rules = new Map(run.tool.driver.rules.map(r => [r.id, r]))
    const rule = (id: string) => rules.get(id)!
    expect(rule('DEBIAN-CVE-2024-3094').properties['security-severity']).toBe('10.0')
    expect(rule('GHSA-35jh-r3h4-6jhm').properties['security-severity']).toBe('8.0')
    expect(rule('DEBIAN-CVE-2026-0001').properties['security-severity']).toBeUndefined()
    expect(rule('DEBIAN-CVE-2024-3094').help.markdown).not.toContain('<script>')
    expect(run.results.map(r => [r.ruleId, r.level])).toEqual([
      ['DEBIAN-CVE-2024-3094', 'error'],
      ['GHSA-35jh-r3h4-6jhm', 'error'],
      ['DEBIAN-CVE-2026-0001', 'warning']
    ])
    const xz = run.results[0]!
    const lodash = run.results[1]!
    expect(xz.message.text).toBe(
      'xz-utils 5.6.0-0.2 is affected by DEBIAN-CVE-2024-3094 (CVE-2024-3094); fixed in: 5.6.1+really5.4.5-1'
    )
    expect(xz.locations[0]!.physicalLocation.artifactLocation.uri).toBe('Dockerfile')
    expect(xz.partialFingerprints['vulnerabilityPackage/v1']).toMatch(/^[a-f0-9]{64}$/)
    expect(lodash.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'ignored (CVE-2021-23337 until=2099-01-01)'
      }
    ])
    expect(xz.suppressions).toBeUndefined()
  })

  test('at most 25,000 results, the most severe kept, and the rest counted', () => {
    const many = Array.from({ length: 25_002 }, (_, i) =>
      finding(
        'GHSA-many',
        `pkg:npm/p${i}@1.0.0`,
        i === 25_001
          ? { severity: 'critical', score: 9.8, source: 'CVSS_V3' }
          : { severity: 'low', source: 'GHSA' }
      )
    )
    const manyGate = applyGate(many, {
      failOn: 'none',
      unknownAs: 'critical',
      ignores: [],
      subject: {},
      now: new Date()
    })
    const sarif = toSarif(scanResult(many), manyGate, { artifact: 'sbom.json' }) as Sarif & {
      runs: { properties: Record<string, unknown> }[]
    }
    const run = sarif.runs[0]!
    expect(run.results).toHaveLength(25_000)
    expect(run.results[0]?.level).toBe('error')
    expect(run.properties.resultsOmitted).toBe(2)
    expect(run.tool.driver.rules).toHaveLength(1)
    expect(run.tool.driver.rules[0]?.properties['security-severity']).toBe('9.8')
  })
})
