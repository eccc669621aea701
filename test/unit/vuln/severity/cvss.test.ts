import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  cvss2BaseScore,
  cvss3BaseScore,
  cvss4BaseScore,
  severityOfScore
} from '../../../../src/vuln/severity'
import { REPO_ROOT } from '../../../support/paths'

/**
 * Examples from FIRST's "CVSS v3.1: Examples" document (https://www.first.org/cvss/v3.1/examples),
 * each with the base score the document gives.
 */
const V31_EXAMPLES: [string, string, number][] = [
  ['CVE-2013-1937 phpMyAdmin reflected XSS', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVE-2013-0375 MySQL stored SQL injection', 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
  ['CVE-2014-3566 SSLv3 POODLE', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
  [
    'CVE-2012-1516 VMware guest to host escape',
    'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H',
    9.9
  ],
  ['CVE-2009-0783 Apache Tomcat XML parser', 'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L', 4.2],
  [
    'CVE-2012-0384 Cisco IOS command execution',
    'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
    8.8
  ],
  [
    'CVE-2015-1098 Apple iWork denial of service',
    'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
    7.8
  ],
  ['CVE-2014-0160 OpenSSL Heartbleed', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
  ['CVE-2014-6271 GNU Bash Shellshock', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVE-2008-1447 DNS Kaminsky bug', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N', 6.8],
  ['CVE-2014-2005 Sophos login screen bypass', 'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 6.8],
  ['CVE-2010-0467 Joomla directory traversal', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N', 5.8],
  ['CVE-2012-1342 Cisco access-list bypass', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:L/A:N', 5.8],
  ['CVE-2014-9253 DokuWiki reflected XSS', 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4],
  [
    'CVE-2011-1265 Microsoft Windows Bluetooth RCE',
    'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    8.8
  ],
  [
    'CVE-2014-2019 Apple iOS security control bypass',
    'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N',
    4.6
  ],
  ['CVE-2015-0970 SearchBlox CSRF', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2014-0224 OpenSSL CCS injection', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N', 7.4],
  ['CVE-2016-1645 Google Chrome PDFium', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
  [
    'CVE-2016-0128 Windows SAM and LSAD downgrade (Badlock)',
    'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N',
    6.8
  ]
]

/** Test vectors of the Red Hat `cvss` library (see __fixtures__/cvss/NOTICE): `vector - (score, …)`. */
function vectors(name: string): [string, number][] {
  return readFileSync(join(REPO_ROOT, '__fixtures__', 'cvss', name), 'utf8')
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => {
      const [vector = '', scores = ''] = line.split(' - ')
      return [vector, Math.abs(Number.parseFloat(scores.replace('(', '')))]
    })
}

describe('CVSS v3.x base scores', () => {
  test.each(V31_EXAMPLES)('FIRST v3.1 example %s', (_name, vector, expected) => {
    expect(cvss3BaseScore(vector)).toBe(expected)
  })

  test('every v3.1 base metric combination scores as the reference vectors say', () => {
    const all = vectors('vectors_simple31')
    expect(all).toHaveLength(2592)
    const wrong = all.filter(([vector, score]) => cvss3BaseScore(vector) !== score)
    expect(wrong).toEqual([])
  })

  test('every v3.0 base metric combination scores as the reference vectors say', () => {
    const all = vectors('vectors_simple3')
    expect(all).toHaveLength(2592)
    expect(all.filter(([vector, score]) => cvss3BaseScore(vector) !== score)).toEqual([])
  })

  test('temporal and environmental metrics do not change the base score', () => {
    expect(
      cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U/CR:L/MAV:P')
    ).toBe(9.8)
    // Metric order is free in a vector string (v3.1 specification §6).
    expect(cvss3BaseScore('CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H')).toBe(9.8)
  })
})

describe('CVSS v4.0 base scores', () => {
  test('examples from the v4.0 specification and FIRST calculator', () => {
    // Every impact high on the vulnerable and subsequent systems, no barriers: the maximum.
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H')).toBe(
      10
    )
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(
      9.3
    )
    // No impact at all scores 0 whatever the exploitability (v4.0 specification §8.2).
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N')).toBe(
      0
    )
  })

  test('reference vectors (base metric combinations) score as the reference calculator says', () => {
    const all = vectors('vectors_simple4')
    expect(all.length).toBeGreaterThan(1000)
    expect(all.filter(([vector, score]) => cvss4BaseScore(vector) !== score)).toEqual([])
  })

  test('threat, environmental and supplemental metrics are left out of the base score (CVSS-B)', () => {
    const base = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'
    expect(cvss4BaseScore(`${base}/E:U/CR:L/MAV:P/S:N/AU:Y/U:Clear`)).toBe(9.3)
  })
})

describe('CVSS v2 base scores', () => {
  test('every v2 base metric combination scores as the reference vectors say', () => {
    const all = vectors('vectors_simple2')
    expect(all).toHaveLength(729)
    expect(all.filter(([vector, score]) => cvss2BaseScore(vector) !== score)).toEqual([])
  })

  test('NVD spellings: parentheses and a CVSS:2.0 prefix', () => {
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:C/I:C/A:C')).toBe(10)
    expect(cvss2BaseScore('(AV:N/AC:L/Au:N/C:P/I:P/A:P)')).toBe(7.5)
    expect(cvss2BaseScore('CVSS:2.0/AV:N/AC:M/Au:N/C:P/I:P/A:N')).toBe(5.8)
  })
})

describe('malformed vectors are not scores', () => {
  test.each([
    ['empty', ''],
    ['no prefix', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['an unknown version', 'CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['a missing base metric', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H'],
    ['a repeated metric', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:P'],
    ['an undefined value', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['an X for a base metric', 'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['a trailing slash', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/'],
    ['lower case', 'cvss:3.1/av:n/ac:l/pr:n/ui:n/s:u/c:h/i:h/a:h'],
    ['a huge vector', `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H${'/E:U'.repeat(1000)}`]
  ])('v3: %s', (_what, vector) => {
    expect(cvss3BaseScore(vector)).toBeUndefined()
  })

  test('v4 and v2', () => {
    expect(
      cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N')
    ).toBeUndefined()
    expect(cvss4BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined()
    expect(
      cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:Q')
    ).toBeUndefined()
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:P/I:P')).toBeUndefined()
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:Z')).toBeUndefined()
  })
})

test('FIRST qualitative bands', () => {
  expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(severityOfScore)).toEqual([
    'none',
    'low',
    'low',
    'medium',
    'medium',
    'high',
    'high',
    'critical',
    'critical'
  ])
})
