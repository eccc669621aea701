import { setLogger, stderrLogger, type Logger, type SourceLocation } from '../../../src/log'
import { annotate, imageFailures, summaryMarkdown, type VerifyReport } from '../../../src/verify'

const unsigned = {
  digest: `sha256:${'a'.repeat(64)}`,
  findings: [{ origin: 'referrer sha256:1', verified: false, reason: 'bad | pipe' }],
  signature: { required: true, satisfied: false },
  sbom: { required: false, satisfied: false },
  provenance: { required: false, satisfied: false },
  verified: false,
  failures: ['none of the 1 signatures/attestations found is valid for the policy']
}

const report: VerifyReport = {
  verified: false,
  trustRoot: 'root.json',
  checkedAt: '2026-01-01T00:00:00Z',
  images: [
    {
      image: 'ghcr.io/acme/base:1',
      source: { file: 'Dockerfile', line: 3 },
      platforms: [{ ...unsigned, platform: 'linux/arm64' }],
      errors: [],
      verified: false
    },
    { image: 'ghcr.io/acme/gone:1', platforms: [], errors: ['not | found'], verified: false }
  ],
  problems: [{ file: 'Dockerfile', line: 1, message: 'ARG BASE has no default value' }]
}

function capture(): { calls: [string, string, SourceLocation | undefined][]; restore(): void } {
  const calls: [string, string, SourceLocation | undefined][] = []
  const logger: Logger = {
    ...stderrLogger,
    error: (m, at) => void calls.push(['error', m, at]),
    warning: (m, at) => void calls.push(['warning', m, at])
  }
  setLogger(logger)
  return { calls, restore: () => setLogger(stderrLogger) }
}

describe('the verification report', () => {
  test('failures name the platform and each finding that failed', () => {
    expect(imageFailures(report.images[0]!)).toEqual([
      'none of the 1 signatures/attestations found is valid for the policy (linux/arm64) — referrer sha256:1: bad | pipe'
    ])
  })

  test('annotations sit on the FROM line; errors when failing, warnings when reporting only', () => {
    for (const asErrors of [true, false]) {
      const { calls, restore } = capture()
      try {
        annotate(report, asErrors)
      } finally {
        restore()
      }
      const level = asErrors ? 'error' : 'warning'
      expect(calls.map(([l, , at]) => [l, at])).toEqual([
        [level, { file: 'Dockerfile', startLine: 1 }],
        [level, { file: 'Dockerfile', startLine: 3 }],
        [level, undefined]
      ])
    }
  })

  test('the summary has a row per platform and escapes table cells', () => {
    const summary = summaryMarkdown(report)
    expect(summary).toContain('2 of 2 image(s) failed verification.')
    expect(summary).toContain('| ghcr.io/acme/base:1 (Dockerfile:3) | linux/arm64 |')
    expect(summary).toContain('| ghcr.io/acme/gone:1 | |  | | | | ❌ not \\| found |')
    expect(summary).toContain('- Dockerfile:1: ARG BASE has no default value')
  })

  test('a Vulnerabilities column only when a maxSeverity rule applied, with counts and verdict', () => {
    expect(summaryMarkdown(report)).not.toContain('Vulnerabilities')
    const signed = {
      ...unsigned,
      signature: { required: true, satisfied: true },
      sbom: { required: true, satisfied: true }
    }
    const scanned: VerifyReport = {
      ...report,
      images: [
        {
          image: 'ghcr.io/acme/app:1',
          platforms: [
            {
              ...signed,
              platform: 'linux/amd64',
              verified: true,
              failures: [],
              vulnerabilities: {
                maxSeverity: 'high',
                sboms: 1,
                counts: { critical: 0, high: 1, medium: 2, low: 0, unknown: 0 },
                above: [],
                incomplete: 0,
                satisfied: true
              }
            },
            {
              ...signed,
              platform: 'linux/arm64',
              failures: [
                'vulnerabilities above maxSeverity high: CVE-2024-1 (critical) in zlib1g 1:1.2.13'
              ],
              vulnerabilities: {
                maxSeverity: 'high',
                sboms: 1,
                counts: { critical: 1, high: 0, medium: 0, low: 0, unknown: 0 },
                above: [
                  { id: 'CVE-2024-1', package: 'zlib1g', version: '1:1.2.13', severity: 'critical' }
                ],
                incomplete: 0,
                satisfied: false
              }
            },
            {
              ...signed,
              sbom: { required: false, satisfied: false },
              platform: 'linux/s390x',
              failures: ['maxSeverity high: no verified SBOM attestation to scan'],
              vulnerabilities: {
                maxSeverity: 'high',
                sboms: 0,
                counts: {},
                above: [],
                incomplete: 0,
                satisfied: false
              }
            },
            {
              ...signed,
              platform: 'linux/ppc64le',
              failures: [
                'maxSeverity high: the SBOM of verified attestation 1 marks itself incomplete'
              ],
              vulnerabilities: {
                maxSeverity: 'high',
                sboms: 1,
                counts: { low: 1 },
                above: [],
                incomplete: 1,
                satisfied: false
              }
            }
          ],
          errors: [],
          verified: false
        }
      ],
      problems: []
    }
    const summary = summaryMarkdown(scanned)
    expect(summary).toContain('| Provenance | Vulnerabilities | Result |')
    expect(summary).toContain('| — | ✅ ≤ high (1 high, 2 medium) | ✅ verified |')
    expect(summary).toContain(
      '| — | ❌ 1 above high (1 critical) | ❌ vulnerabilities above maxSeverity high: CVE-2024-1 (critical) in zlib1g 1:1.2.13 |'
    )
    expect(summary).toContain(
      '| — | ❌ no verified SBOM to scan | ❌ maxSeverity high: no verified SBOM attestation to scan |'
    )
    expect(summary).toContain(
      '| — | ❌ incomplete SBOM (1 low) | ❌ maxSeverity high: the SBOM of verified attestation 1 marks itself incomplete |'
    )
    expect(imageFailures(scanned.images[0]!)).toContain(
      'maxSeverity high: no verified SBOM attestation to scan (linux/s390x)'
    )
  })
})
