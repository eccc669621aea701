import { applyGate, parseIgnores } from '../../../../src/vuln/gate'
import { summaryMarkdown, toJson } from '../../../../src/vuln/report'
import { finding, scanResult } from '../findings'

const hostile = finding(
  'GHSA-evil-evil-evil',
  'pkg:npm/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E@1.0.0',
  { severity: 'medium', score: 5.3, source: 'CVSS_V3' },
  { aliases: ['CVE-2026-1|<b>bold</b>', `CVE-${'9'.repeat(5000)}`], fixedIn: ['1.0.1'] }
)
const critical = finding(
  'DEBIAN-CVE-2024-3094',
  'pkg:deb/debian/xz-utils@5.6.0-0.2',
  { severity: 'critical', score: 10, source: 'CVSS_V3' },
  { aliases: ['CVE-2024-3094'], fixedIn: ['5.6.1+really5.4.5-1'] }
)
const low = finding('DEBIAN-CVE-2023-0001', 'pkg:deb/debian/bash@5.2.15-2', {
  severity: 'low',
  source: 'Debian'
})

const gate = applyGate([low, hostile, critical], {
  failOn: 'medium',
  unknownAs: 'critical',
  ignores: parseIgnores('DEBIAN-CVE-2023-0001 until=2026-01-01\nCVE-2024-3094'),
  subject: {},
  now: new Date('2026-11-30T00:00:00Z')
})

describe('summaryMarkdown', () => {
  const markdown = summaryMarkdown(scanResult([low, hostile, critical]), gate)

  test('counts by severity, then one row per finding, most severe first', () => {
    expect(markdown).toContain('| Critical | High | Medium | Low | None | Unknown | Set aside |')
    expect(markdown).toContain('| 0 | 0 | 1 | 1 | 0 | 0 | 1 |')
    const rows = markdown.split('\n').filter(line => line.startsWith('| ') && /CVE|GHSA/.test(line))
    expect(rows).toHaveLength(3)
    expect(rows[0]).toBe(
      '| xz-utils | 5.6.0-0.2 | 5.6.1+really5.4.5-1 | DEBIAN-CVE-2024-3094 | CVE-2024-3094 | Critical (10.0) | ignored (CVE-2024-3094) |'
    )
    expect(rows[1]).toContain('| ❌ GHSA-evil-evil-evil |')
    expect(rows[2]).toContain('| DEBIAN-CVE-2023-0001 |')
    expect(markdown).toContain(
      'Ignores past their date no longer apply: `DEBIAN-CVE-2023-0001 until=2026-01-01`'
    )
    expect(markdown).toContain('❌ **1 of 3 finding(s) fail the gate.**')
  })

  test('record data cannot break the table or inject HTML, and long fields are cut', () => {
    expect(markdown).not.toMatch(/(?<!\\)</)
    const row = markdown.split('\n').find(line => line.includes('GHSA-evil-evil-evil'))!
    // Seven cells: every | in the data is escaped.
    expect(row.split(/(?<!\\)\|/).length).toBe(9)
    expect(row.length).toBeLessThan(1000)
  })
})

test('past 1,000 rows the summary points to the JSON report', () => {
  const many = Array.from({ length: 1005 }, (_, i) =>
    finding(`GHSA-many-${i}`, `pkg:npm/p${i}@1.0.0`, { severity: 'low', source: 'GHSA' })
  )
  const markdown = summaryMarkdown(
    scanResult(many),
    applyGate(many, {
      failOn: 'none',
      unknownAs: 'critical',
      ignores: [],
      subject: {},
      now: new Date()
    })
  )
  expect(markdown.split('\n').filter(line => line.includes('| GHSA-many-'))).toHaveLength(1000)
  expect(markdown).toContain('… and 5 more (see the JSON report).')
})

describe('toJson', () => {
  test('a stable shape: findings most severe first, with rating, fix, suppression and failing', () => {
    const json = toJson(scanResult([low, hostile, critical]), gate) as {
      findings: { id: string; severity: string; failing: boolean; suppressed?: { by: string } }[]
    }
    expect(json).toMatchObject({
      format: 'sbom-sign-action/vulnerabilities',
      version: 1,
      passed: false,
      counts: { critical: 0, medium: 1, low: 1 },
      totals: { packages: 3, unscanned: 1, findings: 3, suppressed: 1, failing: 1 },
      lapsedIgnores: [
        {
          id: 'DEBIAN-CVE-2023-0001',
          until: '2026-01-01',
          text: 'DEBIAN-CVE-2023-0001 until=2026-01-01'
        }
      ]
    })
    expect(json.findings.map(f => [f.id, f.severity, f.failing, f.suppressed?.by])).toEqual([
      ['DEBIAN-CVE-2024-3094', 'critical', false, 'ignore'],
      ['GHSA-evil-evil-evil', 'medium', true, undefined],
      ['DEBIAN-CVE-2023-0001', 'low', false, undefined]
    ])
    expect(json.findings[0]).toEqual({
      id: 'DEBIAN-CVE-2024-3094',
      aliases: ['CVE-2024-3094'],
      package: {
        name: 'xz-utils',
        version: '5.6.0-0.2',
        purl: 'pkg:deb/debian/xz-utils@5.6.0-0.2',
        ecosystem: 'Debian:12',
        osvName: 'xz-utils'
      },
      fixedIn: ['5.6.1+really5.4.5-1'],
      severity: 'critical',
      score: 10,
      ratingSource: 'CVSS_V3',
      failing: false,
      suppressed: { by: 'ignore', reason: 'CVE-2024-3094' }
    })
  })
})
