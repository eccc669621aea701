import { rate, severityOfWord } from '../../../../src/vuln/severity'
import type { OsvAffected, OsvRecord } from '../../../../src/vuln/types'

const record = (id: string, extra: Partial<OsvRecord> = {}): OsvRecord => ({
  id,
  modified: '2026-01-01T00:00:00Z',
  ...extra
})

const V31_CRITICAL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
// 8.6 in the reference vectors (__fixtures__/cvss/vectors_simple4).
const V4_HIGH = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'

describe('rate', () => {
  test('a CVSS v4 vector wins over v3 and v2, and the band follows its score', () => {
    const rating = rate(
      record('GHSA-xxxx-yyyy-zzzz', {
        severity: [
          { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:C/I:C/A:C' },
          { type: 'CVSS_V3', score: V31_CRITICAL },
          { type: 'CVSS_V4', score: V4_HIGH }
        ],
        database_specific: { severity: 'CRITICAL' }
      })
    )
    expect(rating).toEqual({ severity: 'high', score: 8.6, vector: V4_HIGH, source: 'CVSS_V4' })
  })

  test("the matched affected entry's vector comes before the record's", () => {
    const affected: OsvAffected = {
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' }]
    }
    const rating = rate(
      record('PYSEC-1', { severity: [{ type: 'CVSS_V3', score: V31_CRITICAL }] }),
      affected
    )
    // Impact 6.42 × 0.22 + exploitability 8.22 × 0.55 × 0.44 × 0.27 × 0.62, rounded up (v3.1 §7.1).
    expect(rating.score).toBe(1.8)
    expect(rating.severity).toBe('low')
  })

  test('a malformed vector falls through to the next source, never throws', () => {
    const rating = rate(
      record('GHSA-aaaa-bbbb-cccc', {
        severity: [
          { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/garbage' },
          { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L' }
        ],
        database_specific: { severity: 'MODERATE' }
      })
    )
    expect(rating).toEqual({ severity: 'medium', source: 'GHSA' })
    const hostile = {
      id: 'X-1',
      modified: '',
      severity: 'oops',
      affected: 7
    } as unknown as OsvRecord
    expect(rate(hostile, { severity: { type: 1 } } as unknown as OsvAffected)).toEqual({
      severity: 'unknown',
      source: 'none'
    })
  })

  test('a score of 0.0 rates none', () => {
    expect(
      rate(
        record('X-0', {
          severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N' }]
        })
      ).severity
    ).toBe('none')
  })

  test('GHSA database severities', () => {
    const ghsa = (severity: string) =>
      rate(record('GHSA-1111-2222-3333', { database_specific: { severity } })).severity
    expect(['LOW', 'MODERATE', 'HIGH', 'CRITICAL'].map(ghsa)).toEqual([
      'low',
      'medium',
      'high',
      'critical'
    ])
  })

  test('Debian urgencies, from the affected entry or the record', () => {
    const debian = (urgency: string) =>
      rate(record('DEBIAN-CVE-2024-0001'), { ecosystem_specific: { urgency } }).severity
    expect(['unimportant', 'low', 'low*', 'medium**', 'high', 'low (ssh)'].map(debian)).toEqual([
      'low',
      'low',
      'low',
      'medium',
      'high',
      'low'
    ])
    expect(debian('not yet assigned')).toBe('unknown')
    expect(debian('end-of-life')).toBe('unknown')
    expect(rate(record('DSA-5000-1', { database_specific: { urgency: 'high' } }))).toEqual({
      severity: 'high',
      source: 'Debian'
    })
  })

  test('Ubuntu priorities', () => {
    const ubuntu = (score: string) =>
      rate(record('UBUNTU-CVE-2024-0002', { severity: [{ type: 'Ubuntu', score }] }))
    expect(ubuntu('medium')).toEqual({ severity: 'medium', source: 'Ubuntu' })
    expect(ubuntu('negligible').severity).toBe('low')
    expect(ubuntu('untriaged').severity).toBe('unknown')
  })

  test('related records decide when the record itself has nothing, the most severe winning', () => {
    const alpine = record('ALPINE-CVE-2024-3094')
    const related = [
      record('CVE-2024-3094', {
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H' }]
      }),
      record('GHSA-rxwq-x6h5-x525', { database_specific: { severity: 'HIGH' } })
    ]
    expect(rate(alpine, undefined, related)).toEqual({
      severity: 'critical',
      score: 9,
      vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H',
      source: 'CVSS_V3 (CVE-2024-3094)'
    })
    // The record's own rating wins over any related one.
    const own = record('GHSA-own', { database_specific: { severity: 'LOW' } })
    expect(rate(own, undefined, related)).toEqual({ severity: 'low', source: 'GHSA' })
  })

  test("a database's 'not yet assigned' lets related records decide, and stays unknown without them", () => {
    const debian = record('DEBIAN-CVE-2026-1', {
      database_specific: { urgency: 'not yet assigned' }
    })
    expect(rate(debian)).toEqual({ severity: 'unknown', source: 'Debian' })
    const cve = record('CVE-2026-1', {
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' }]
    })
    expect(rate(debian, undefined, [cve])).toMatchObject({
      severity: 'high',
      score: 7.8,
      source: 'CVSS_V3 (CVE-2026-1)'
    })
  })

  test('nothing known is unknown', () => {
    expect(rate(record('ALPINE-CVE-2026-2'))).toEqual({ severity: 'unknown', source: 'none' })
  })
})

test('rating words', () => {
  expect(severityOfWord('Important')).toBe('high')
  expect(severityOfWord('x'.repeat(1000))).toBeUndefined()
  expect(severityOfWord(42)).toBeUndefined()
  expect(severityOfWord('toString')).toBeUndefined()
})
