import {
  InvalidVersionError,
  parseVersionRange,
  rangeContains,
  type VersionScheme
} from '../../../../src/vuln/versions'

/** Which of `versions` the range text contains. */
function contained(scheme: VersionScheme, text: string, versions: string[]): string[] {
  const range = parseVersionRange(scheme, text)
  return versions.filter(v => rangeContains(range, v))
}

describe('parseVersionRange and rangeContains', () => {
  const xz = ['5.4.6-0.2', '5.6.0-0.1', '5.6.1-1', '5.6.1+really5.4.5-1', '5.6.2-1', '1:5.6.0-1']

  test('comma: all must hold (the xz-utils backdoor releases)', () => {
    expect(contained('dpkg', '>=5.6.0,<5.6.2', xz)).toEqual([
      '5.6.0-0.1',
      '5.6.1-1',
      '5.6.1+really5.4.5-1'
    ])
  })

  test('bar: any alternative; a bare version is equality; != excludes', () => {
    expect(
      contained('semver', '1.2.3|>=2.0.0,<2.1.0', ['1.2.3', '1.2.4', '2.0.5', '2.1.0'])
    ).toEqual(['1.2.3', '2.0.5'])
    expect(contained('semver', '=1.2.3', ['1.2.3', '1.2.4'])).toEqual(['1.2.3'])
    expect(contained('semver', '>=1.0.0,!=1.2.3', ['0.9.0', '1.2.3', '1.2.4'])).toEqual(['1.2.4'])
    expect(contained('semver', '<=1.2.3', ['1.2.3', '1.2.4'])).toEqual(['1.2.3'])
    expect(contained('semver', '>1.2.3', ['1.2.3', '1.2.4'])).toEqual(['1.2.4'])
  })

  test('equality is by the scheme: PEP 440 spellings, Maven padding', () => {
    expect(contained('pep440', '=1.0', ['1.0.0', '1.0a1'])).toEqual(['1.0.0'])
    expect(contained('maven', '2.15.0', ['2.15', '2.15.0.0', '2.15.0-rc1'])).toEqual([
      '2.15',
      '2.15.0.0'
    ])
  })

  test('* is any version, even with a vers prefix', () => {
    expect(contained('apk', '*', ['1.0-r0', '9.9-r9'])).toEqual(['1.0-r0', '9.9-r9'])
    expect(contained('apk', 'vers:apk/*', ['1.0-r0'])).toEqual(['1.0-r0'])
  })

  test('vers:<type>/ reads as purl-spec vers: | joins the bounds of one interval', () => {
    expect(contained('dpkg', 'vers:deb/>=5.6.0|<5.6.2', xz)).toEqual([
      '5.6.0-0.1',
      '5.6.1-1',
      '5.6.1+really5.4.5-1'
    ])
    // Two intervals and a single version (vers' own example shape).
    const text = 'vers:npm/1.0.0|>=2.0.0|<2.1.0|>=3.0.0|<=3.0.5'
    expect(
      contained('semver', text, ['1.0.0', '1.5.0', '2.0.1', '2.1.0', '3.0.5', '3.0.6'])
    ).toEqual(['1.0.0', '2.0.1', '3.0.5'])
    expect(contained('semver', 'vers:npm/!=1.0.0', ['1.0.0', '1.0.1'])).toEqual(['1.0.1'])
    expect(contained('semver', 'vers:npm/<1.0.0|>2.0.0', ['0.5.0', '1.5.0', '2.5.0'])).toEqual([
      '0.5.0',
      '2.5.0'
    ])
  })

  test('what cannot be read is an InvalidVersionError that names the problem', () => {
    const bad: [VersionScheme, string, RegExp][] = [
      ['dpkg', '', /empty/],
      ['dpkg', '>=', /empty|constraint/],
      ['dpkg', '>=5.6.0,', /empty constraint|constraint/],
      ['semver', '>=1.2', /semver/],
      ['dpkg', '>= 1.0 2.0', /cannot read/],
      ['semver', 'vers:deb/>=1.0.0', /vers type deb uses dpkg/],
      ['semver', '>=1.0.0,'.repeat(100), /more than 64|longer/],
      ['semver', 'x'.repeat(5000), /longer than 4096/]
    ]
    for (const [scheme, text, message] of bad) {
      expect(() => parseVersionRange(scheme, text)).toThrow(InvalidVersionError)
      expect(() => parseVersionRange(scheme, text)).toThrow(message)
    }
    const range = parseVersionRange('semver', '>=1.0.0')
    expect(() => rangeContains(range, 'one')).toThrow(InvalidVersionError)
  })
})
