import { checkCases, checkInvalid, checkOrder } from './tables'

/** Known orders of the language schemes: Maven, Go, RubyGems, NuGet, Packagist. */
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

  // Maven's own order is not transitive across these mixes, and each pair is compared as
  // ComparableVersion compares it (a list item sorts below a number and above a qualifier).
  test('mixes where the order is not transitive compare pair by pair as Maven does', () =>
    checkCases('maven', [
      ['0', '<', '0-1'],
      ['0-1', '<', '0.alpha-SNAPSHOT'],
      ['0.alpha-SNAPSHOT', '<', '0'],
      ['10', '<', '10-sp'],
      ['10-sp', '<', '10-final-SNAPSHOT'],
      ['10-final-SNAPSHOT', '<', '10']
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
