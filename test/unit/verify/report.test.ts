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
})
