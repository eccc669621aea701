import {
  compareVersions,
  InvalidVersionError,
  type VersionScheme
} from '../../../../src/vuln/versions'

/**
 * Known orders, each taken from the test suite or the documentation of the project whose rules
 * the scheme follows (noted per table), written here as facts in our own form.
 */
type Case = [string, '<' | '=' | '>', string]

const SIGN = { '<': -1, '=': 0, '>': 1 } as const

function checkCases(scheme: VersionScheme, cases: Case[]): void {
  const wrong = cases.filter(([a, op, b]) => {
    return compareVersions(scheme, a, b) !== SIGN[op] || compareVersions(scheme, b, a) !== -SIGN[op]
  })
  expect(wrong).toEqual([])
}

/** Each version below every later one (`=` groups: equal versions in one string, `a = b`). */
function checkOrder(scheme: VersionScheme, ordered: string[]): void {
  const cases: Case[] = []
  const groups = ordered.map(g => g.split(' = '))
  groups.forEach((group, i) => {
    for (const a of group) {
      for (const b of group) cases.push([a, '=', b])
      for (const later of groups.slice(i + 1)) for (const b of later) cases.push([a, '<', b])
    }
  })
  checkCases(scheme, cases)
}

function checkInvalid(scheme: VersionScheme, versions: string[]): void {
  const accepted = versions.filter(v => {
    try {
      compareVersions(scheme, v, v)
      return true
    } catch (error) {
      if (error instanceof InvalidVersionError) return false
      throw error
    }
  })
  expect(accepted).toEqual([])
}

describe('rpm', () => {
  // rpm's tests/rpmvercmp.at (rpmvercmp), caret cases from rpm 4.15's additions to it.
  test('rpmvercmp', () =>
    checkCases('rpm', [
      ['1.0', '=', '1.0'],
      ['1.0', '<', '2.0'],
      ['2.0', '<', '2.0.1'],
      ['2.0.1a', '>', '2.0.1'],
      ['5.5p1', '<', '5.5p2'],
      ['5.5p1', '<', '5.5p10'],
      ['10xyz', '<', '10.1xyz'],
      ['xyz10', '<', 'xyz10.1'],
      ['xyz.4', '<', '8'],
      ['xyz.4', '<', '2'],
      ['5.5p2', '<', '5.6p1'],
      ['5.6p1', '<', '6.5p1'],
      ['6.0.rc1', '>', '6.0'],
      ['10b2', '>', '10a1'],
      ['1.0a', '<', '1.0aa'],
      ['10.0001', '=', '10.1'],
      ['10.0001', '<', '10.0039'],
      ['4.999.9', '<', '5.0'],
      ['20101121', '<', '20101122'],
      ['2_0', '=', '2.0'],
      ['a+', '=', 'a_'],
      ['+a', '=', '_a'],
      ['_+', '=', '+_'],
      ['+', '=', '_'],
      ['1.0~rc1', '<', '1.0'],
      ['1.0~rc1', '<', '1.0~rc2'],
      ['1.0~rc1~git123', '<', '1.0~rc1'],
      ['1.0^', '>', '1.0'],
      ['1.0^git1', '>', '1.0'],
      ['1.0^git1', '<', '1.0^git2'],
      ['1.0^git1', '<', '1.01'],
      ['1.0^20160101', '<', '1.0.1'],
      ['1.0^20160102', '>', '1.0^20160101^git1'],
      ['1.0~rc1^git1', '>', '1.0~rc1'],
      ['1.0^git1~pre', '<', '1.0^git1']
    ]))

  // Epoch and release as rpm's labelCompare orders [epoch:]version[-release].
  test('epoch, version, release', () =>
    checkCases('rpm', [
      ['1:1.0-1', '>', '2.0-1'],
      ['0:1.0-1', '=', '1.0-1'],
      ['1.0-1.el8', '<', '1.0-2.el8'],
      ['1.0-10.el9', '>', '1.0-9.el9_2'],
      ['2.4.57-5.el9', '<', '2.4.57-5.el9_1.1'],
      ['1.0', '<', '1.0-1']
    ]))
})

describe('apk', () => {
  // apk-tools' test/unit/version.data (valid versions only; apk-tools compares invalid ones as
  // text, we refuse them).
  test('apk-tools version order', () =>
    checkCases('apk', [
      ['2.34', '>', '0.1.0_alpha'],
      ['0.1.0_alpha', '=', '0.1.0_alpha'],
      ['0.1.0_alpha2', '>', '0.1.0_alpha'],
      ['0.1.0_alpha', '<', '2.2.39-r1'],
      ['1.0.4-r3', '<', '1.0.4-r4'],
      ['1.1', '>', '1.1_alpha1'],
      ['1.2.1', '>', '1.2'],
      ['0.7-r1', '<', '1.0.0'],
      ['0.8_beta1', '<', '0.8_beta2'],
      ['2.3.0b-r1', '<', '2.3.0b-r2'],
      ['3.10.18-r1', '>', '2.3.0b-r1'],
      ['0.12.3', '>', '0.12'],
      ['0.12', '<', '0.13_beta1'],
      ['3.1_p16', '<', '3.1_p17'],
      ['1.06-r6', '<', '006'],
      ['006', '>', '1.0.0'],
      ['1.2.2-r1', '>', '1.2.2'],
      ['2.01.01_alpha10', '>', '0.94'],
      ['1.00_beta2', '>', '0.9.2'],
      ['1.02', '<', '1.03-r1'],
      ['1.02.07', '<', '1.02.10-r1'],
      ['20040401', '>', '2.0.0_rc3-r1'],
      ['021109-r3', '<', '20060512'],
      ['3.9_pre20060124', '>', '0.01'],
      ['0.10.0', '<', '0.10.1_rc1'],
      ['2.10.1', '>', '02.08.01b'],
      ['2.02.06', '<', '2.02.10'],
      ['1.6d', '>', '1.2.07.8'],
      ['1.2.07.8', '<', '1.2.12.04'],
      ['1.07.5', '>', '1.07'],
      ['0.20070118', '<', '0.20070207_rc1'],
      ['013', '<', '014-r1'],
      ['2.5.1-r8', '<', '2.5.1a-r1'],
      ['0.9.8c-r1', '<', '0.9.8d'],
      ['6b-r7', '>', '1.12-r7'],
      ['0.10.0-r1', '>', '0.10.0'],
      ['1.0~1234', '<', '1.0~2345'],
      ['1.0~1234-r1', '<', '1.0~2345-r0'],
      ['1.0~1234-r1', '>', '1.0~1234-r0']
    ]))

  // Suffix order from apk-tools' version.c: pre-releases, the bare version, post-releases.
  test('suffixes', () =>
    checkOrder('apk', [
      '1.0_alpha',
      '1.0_alpha1',
      '1.0_beta',
      '1.0_pre1',
      '1.0_rc1',
      '1.0',
      '1.0-r1',
      '1.0_cvs',
      '1.0_svn',
      '1.0_git20240101',
      '1.0_hg',
      '1.0_p1',
      '1.0a',
      '1.0.1'
    ]))

  // The same file's list of versions apk-tools refuses.
  test('invalid', () =>
    checkInvalid('apk', [
      '0.1bc',
      '0.1a1',
      '0.1a.1',
      '0.1_pre2~',
      '0.1_pre2~1234xbcd',
      '0.1_pre2~1234abcd_pre1',
      '0.1_foobar',
      '0.1-pre1.1',
      '0.1-r',
      '0.1-r2_pre1',
      '0.1-r2-r3',
      '0.1-r2.1',
      '.1',
      'a',
      '_pre1',
      '-r1',
      '0.1_',
      '0.1__alpha',
      '0.1_1_alpha'
    ]))
})

describe('maven', () => {
  // Maven 3.9.9's ComparableVersionTest: VERSIONS_QUALIFIER and VERSIONS_NUMBER ascend.
  test('qualifiers in order', () =>
    checkOrder('maven', [
      '1-alpha2snapshot',
      '1-alpha2',
      '1-alpha-123',
      '1-beta-2',
      '1-beta123',
      '1-m2',
      '1-m11',
      '1-rc',
      '1-cr2',
      '1-rc123',
      '1-SNAPSHOT',
      '1',
      '1-sp',
      '1-sp2',
      '1-sp123',
      '1-abc',
      '1-def',
      '1-pom-1',
      '1-1-snapshot',
      '1-1',
      '1-2',
      '1-123'
    ]))

  test('numbers in order', () =>
    checkOrder('maven', [
      '2.0',
      '2.0.a = 2.0.0.a',
      '2-1',
      '2.0.2',
      '2.0.123',
      '2.1.0',
      '2.1-a',
      '2.1b',
      '2.1-c',
      '2.1-1',
      '2.1.0.1',
      '2.2',
      '2.123',
      '11.a2',
      '11.a11',
      '11.b2',
      '11.b11',
      '11.m2',
      '11.m11',
      '11',
      '11.a',
      '11b',
      '11c',
      '11m'
    ]))

  // ComparableVersionTest (3.9.9): testVersionsEqual, testVersionComparing, MNG-5568, MNG-6964.
  test('equal and ordered pairs', () =>
    checkCases('maven', [
      ['1', '=', '1.0'],
      ['1', '=', '1.0.0'],
      ['1', '=', '1-0'],
      ['1', '=', '1.0-0'],
      ['1a', '=', '1-a'],
      ['1a', '=', '1.0.0-a'],
      ['1.0a', '=', '1-a'],
      ['1.0.0x', '=', '1-x'],
      ['1x', '=', '1.0-x'],
      ['1release', '=', '1'],
      ['1RELeaSE', '=', '1'],
      ['1.0.0.alpha1', '<', '1.0.0-alpha2'],
      ['2-alpha', '=', '2.0.alpha'],
      ['2.0.alpha', '=', '2.0.0.alpha'],
      ['1ga', '=', '1'],
      ['1final', '=', '1'],
      ['1cr', '=', '1rc'],
      ['1a1', '=', '1-alpha-1'],
      ['1b2', '=', '1-beta-2'],
      ['1m3', '=', '1-milestone-3'],
      ['1X', '=', '1x'],
      ['1GA', '=', '1'],
      ['1FinaL', '=', '1'],
      ['1cR', '=', '1rC'],
      ['1m3', '=', '1MILESTONE3'],
      ['1-abcdefghijklmnopqrstuvwxyz', '=', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
      ['1.5', '<', '2'],
      ['1.0.1', '<', '1.1'],
      ['1.0-alpha-1', '<', '1.0'],
      ['1.0-alpha-1', '<', '1.0-beta-1'],
      ['1.0-beta-1', '<', '1.0-SNAPSHOT'],
      ['1.0-SNAPSHOT', '<', '1.0'],
      ['1.0-alpha-1-SNAPSHOT', '<', '1.0-alpha-1'],
      ['1.0', '<', '1.0-1'],
      ['1.0.0', '<', '1.0-1'],
      ['2.0-1', '<', '2.0.1'],
      ['2.0.1-klm', '<', '2.0.1-lmn'],
      ['2.0.1', '<', '2.0.1-xyz'],
      ['2.0.1-xyz', '<', '2.0.1-123'],
      ['6.1.0rc3', '<', '6.1.0'],
      ['6.1.0rc3', '<', '6.1H.5-beta'],
      ['6.1.0', '<', '6.1H.5-beta'],
      ['20190126.230843', '<', '1234567890.12345'],
      ['1234567890.12345', '<', '123456789012345.1H.5-beta'],
      ['123456789012345.1H.5-beta', '<', '12345678901234567890.1H.5-beta'],
      ['0000000000000000001', '=', '1'],
      ['0000000000000000000', '=', '0'],
      ['1-0.alpha', '<', '1'],
      ['1-0.beta', '<', '1'],
      ['1-0.alpha', '<', '1-0.beta'],
      ['1.0.RELEASE', '=', '1.0'],
      // Not transitive, as Maven 3.9.9 itself (checked against its ComparableVersion).
      ['1-0snapshot', '<', '1'],
      ['1', '<', '1.0b'],
      ['1-0snapshot', '>', '1.0b'],
      ['5.3.0.RELEASE', '<', '5.3.1.RELEASE'],
      ['2.12.7.1', '>', '2.12.7']
    ]))
})

describe('go', () => {
  // golang.org/x/mod/semver's tests: ascending, `=` where the canonical forms agree.
  test('x/mod/semver order', () =>
    checkOrder('go', [
      'v1.0.0-alpha',
      'v1.0.0-alpha.1',
      'v1.0.0-alpha.beta',
      'v1.0.0-beta',
      'v1.0.0-beta.2',
      'v1.0.0-beta.11',
      'v1.0.0-rc.1',
      'v1 = v1.0 = v1.0.0 = 1.0.0',
      'v1.2 = v1.2.0',
      'v1.2.3-456',
      'v1.2.3-456.789',
      'v1.2.3-456-789',
      'v1.2.3-456a',
      'v1.2.3-pre = v1.2.3-pre+meta',
      'v1.2.3-pre.1',
      'v1.2.3-zzz',
      'v1.2.3 = v1.2.3+meta = v1.2.3+meta-pre = v1.2.3+meta-pre.sha.256a'
    ]))

  test('x/mod/semver rejects', () =>
    checkInvalid('go', [
      'bad',
      'v1-alpha.beta.gamma',
      'v1-pre',
      'v1+meta',
      'v1.2-pre',
      'v1.2+meta',
      'v1.2.3.4',
      'v01.2.3',
      'vv1.2.3'
    ]))

  // Pseudo-versions (go.dev/ref/mod#pseudo-versions), +incompatible and toolchain names.
  test('pseudo-versions, +incompatible, toolchains', () =>
    checkCases('go', [
      ['v0.0.0-20191109021931-daa7c04131f5', '<', 'v0.0.0-20200101000000-abcdefabcdef'],
      ['v0.0.0-20191109021931-daa7c04131f5', '<', 'v0.1.0'],
      ['v1.2.4-0.20191109021931-daa7c04131f5', '>', 'v1.2.3'],
      ['v1.2.4-0.20191109021931-daa7c04131f5', '<', 'v1.2.4'],
      ['v1.2.4-pre.0.20191109021931-daa7c04131f5', '>', 'v1.2.4-pre'],
      ['v2.0.0+incompatible', '=', '2.0.0'],
      ['v2.0.1+incompatible', '>', 'v2.0.0+incompatible'],
      ['go1.21.3', '=', '1.21.3'],
      ['go1.21', '=', '1.21.0'],
      ['go1.21rc2', '=', '1.21.0-rc.2'],
      ['go1.21rc2', '<', 'go1.21.0'],
      ['go1.20.14', '<', 'go1.21rc1']
    ]))
})

describe('rubygems', () => {
  // RubyGems' test/rubygems/test_gem_version.rb (test_spaceship and friends).
  test('Gem::Version order', () =>
    checkCases('rubygems', [
      ['1.0', '=', '1.0.0'],
      ['1.0', '>', '1.0.a'],
      ['1.8.2', '>', '0.0.0'],
      ['1.8.2', '>', '1.8.2.a'],
      ['1.8.2.b', '>', '1.8.2.a'],
      ['1.8.2.a10', '>', '1.8.2.a9'],
      ['0', '=', '0.0.0'],
      ['0.beta.1', '=', '0.0.beta.1'],
      ['0.0.beta', '<', '0.0.beta.1'],
      ['0.0.beta', '<', '0.beta.1'],
      ['5.a', '<', '5.0.0.rc2'],
      ['5.x', '>', '5.0.0.rc2'],
      ['1.0.0-rc1', '<', '1.0.0'],
      ['1.0.0-rc1', '=', '1.0.0.pre.rc1'],
      ['1.9.3', '<', '1.10.0'],
      ['2.0.0.rc1', '<', '2.0.0.rc2']
    ]))

  test('Gem::Version rejects', () =>
    checkInvalid('rubygems', ['junk', '1.0\n2.0', '1..2', '1.2 3.4', '1.0-']))
})

describe('nuget', () => {
  // NuGet.Versioning's VersionComparer rules (docs.microsoft.com "Package versioning"), with
  // SemVer 2.0.0's own precedence example.
  test('NuGetVersion order', () =>
    checkOrder('nuget', [
      '1.0.0-alpha = 1.0.0-ALPHA',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1 = 1.0 = 1.0.0 = 1.0.0.0 = 1.0.0+build = 1.0.0.0+other',
      '1.0.0.1',
      '1.0.1-2',
      '1.0.1-10',
      '1.0.1-a',
      '1.0.1',
      '1.0.10'
    ]))

  test('NuGetVersion rejects', () =>
    checkInvalid('nuget', ['1.0.0.0.0', '1.0.0-', '1.0.0-a..b', 'a.b.c', '1.0.0-a_b']))
})

describe('packagist', () => {
  // PHP's ext/standard/tests/versioning/version_compare.phpt and composer/semver's
  // ComparatorTest, as osv.dev's packagist test cases gather them; Composer's normalisation
  // (1.0 = 1.0.0.0) where PHP alone would differ.
  test('version_compare order', () =>
    checkOrder('packagist', [
      '1.0-dev = v1.0-dev',
      '1.0a1 = 1.0-alpha1 = 1.0.0-a1',
      '1.0b1 = 1.0-beta1',
      '1.0RC1 = 1.0rc1 = 1.0.0-RC1',
      '1.0 = v1.0 = 1.0.0 = 1.0.0.0',
      '1.0pl1 = v1.0pl1 = 1.0-patch1 = 1.0.0-p1',
      '1.0.1',
      '1.1',
      '1.2-dev',
      '1.2',
      '1.25.0',
      '1.26.0',
      '2',
      '10'
    ]))

  test('branches and other forms have no order', () =>
    checkInvalid('packagist', ['dev-main', 'dev-foo', 'string', '4.3-2RC1', '1.0.0.0.0', '']))
})
