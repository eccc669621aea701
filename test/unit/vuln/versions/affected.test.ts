import type { OsvAffected, OsvEvent } from '../../../../src/vuln/types'
import {
  InvalidVersionError,
  isAffected,
  type InvalidEvent,
  type VersionScheme
} from '../../../../src/vuln/versions'

/** One range of the given type and events. */
const ranged = (type: string, ...events: OsvEvent[]): OsvAffected => ({
  ranges: [{ type, events }]
})

/** Which of `versions` the entry affects. */
function affectedOf(affected: OsvAffected, scheme: VersionScheme, versions: string[]): string[] {
  return versions.filter(v => isAffected(affected, v, scheme))
}

describe('isAffected: the OSV schema examples (ossf.github.io/osv-schema/#examples)', () => {
  const versions = ['0.0.1', '1.0.0', '1.0.1', '1.0.2', '2.9.9', '3.0.0', '3.2.4', '3.2.5', '9.0.0']

  test('unfixed: every version', () => {
    expect(affectedOf(ranged('SEMVER', { introduced: '0' }), 'semver', versions)).toEqual(versions)
  })

  test('fixed: everything before 1.0.2', () => {
    const entry = ranged('SEMVER', { introduced: '0' }, { fixed: '1.0.2' })
    expect(affectedOf(entry, 'semver', versions)).toEqual(['0.0.1', '1.0.0', '1.0.1'])
  })

  test('multiple ranges in one: [1.0.0, 1.0.2) and [3.0.0, 3.2.5)', () => {
    const entry = ranged(
      'SEMVER',
      { introduced: '1.0.0' },
      { fixed: '1.0.2' },
      { introduced: '3.0.0' },
      { fixed: '3.2.5' }
    )
    expect(affectedOf(entry, 'semver', versions)).toEqual(['1.0.0', '1.0.1', '3.0.0', '3.2.4'])
  })

  test('last_affected is inclusive, fixed exclusive', () => {
    const last = ranged('ECOSYSTEM', { introduced: '0' }, { last_affected: '2.1.214' })
    const fixed = ranged('ECOSYSTEM', { introduced: '0' }, { fixed: '2.1.214' })
    const vs = ['2.1.213', '2.1.214', '2.1.215']
    expect(affectedOf(last, 'maven', vs)).toEqual(['2.1.213', '2.1.214'])
    expect(affectedOf(fixed, 'maven', vs)).toEqual(['2.1.213'])
  })
})

describe('isAffected: evaluation rules', () => {
  test('events in any order are sorted by version first', () => {
    const entry = ranged(
      'ECOSYSTEM',
      { fixed: '3.2.5' },
      { introduced: '3.0.0' },
      { fixed: '1.0.2' },
      { introduced: '1.0.0' }
    )
    expect(
      affectedOf(entry, 'pep440', ['0.9', '1.0', '1.0.1', '1.0.2', '2.0', '3.0', '3.2.5'])
    ).toEqual(['1.0', '1.0.1', '3.0'])
  })

  test('sorted by the scheme, not as text: dpkg epochs and tildes', () => {
    const entry = ranged('ECOSYSTEM', { fixed: '1:2.0-1' }, { introduced: '1:1.0~rc1-1' })
    expect(
      affectedOf(entry, 'dpkg', [
        '9.0-1',
        '1:1.0~beta-1',
        '1:1.0~rc1-1',
        '1:1.0-1',
        '1:2.0~rc1-1',
        '1:2.0-1'
      ])
    ).toEqual(['1:1.0~rc1-1', '1:1.0-1', '1:2.0~rc1-1'])
  })

  test('introduced and fixed at the same version: nothing affected', () => {
    const entry = ranged('SEMVER', { fixed: '1.0.0' }, { introduced: '1.0.0' })
    expect(affectedOf(entry, 'semver', ['0.9.0', '1.0.0', '1.1.0'])).toEqual([])
  })

  test('limit bounds a range from above; "*" is infinity; several limits: below any', () => {
    const limited = ranged('ECOSYSTEM', { introduced: '1.0.0' }, { limit: '2.0.0' })
    expect(affectedOf(limited, 'semver', ['0.9.0', '1.0.0', '1.9.9', '2.0.0', '3.0.0'])).toEqual([
      '1.0.0',
      '1.9.9'
    ])
    const star = ranged('ECOSYSTEM', { introduced: '1.0.0' }, { limit: '*' })
    expect(affectedOf(star, 'semver', ['0.9.0', '3.0.0'])).toEqual(['3.0.0'])
    const two = ranged('ECOSYSTEM', { introduced: '0' }, { limit: '1.0.0' }, { limit: '3.0.0' })
    expect(affectedOf(two, 'semver', ['0.9.0', '2.0.0', '3.0.0'])).toEqual(['0.9.0', '2.0.0'])
  })

  test('several ranges are OR-ed, and so is the versions list', () => {
    const entry: OsvAffected = {
      ranges: [
        { type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { fixed: '1.2' }] },
        { type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { last_affected: '2.1' }] }
      ],
      versions: ['0.5']
    }
    expect(affectedOf(entry, 'rubygems', ['0.5', '0.6', '1.1', '1.2', '2.1', '2.1.1'])).toEqual([
      '0.5',
      '1.1',
      '2.1'
    ])
  })

  test('a versions-only record matches listed versions exactly, equal by the scheme too', () => {
    const entry: OsvAffected = { versions: ['1.0.0', 'v2.3.4', '2.0'] }
    expect(affectedOf(entry, 'go', ['1.0.0', 'v1.0.0', '2.3.4', '1.0.1', 'v2.0.0'])).toEqual([
      '1.0.0',
      'v1.0.0',
      '2.3.4',
      'v2.0.0'
    ])
    // PEP 440 normalises spelling: 1.0a1 is 1.0.0-alpha1.
    expect(isAffected({ versions: ['1.0a1'] }, '1.0.0-alpha1', 'pep440')).toBe(true)
  })

  test('GIT ranges are not evaluated; only their versions list counts', () => {
    const entry: OsvAffected = {
      ranges: [
        { type: 'GIT', repo: 'https://example.invalid/x.git', events: [{ introduced: '0' }] }
      ],
      versions: ['1.2.3']
    }
    expect(affectedOf(entry, 'semver', ['1.2.3', '1.2.4'])).toEqual(['1.2.3'])
  })

  test('SEMVER ranges use SemVer, whatever the ecosystem; Go keeps its v', () => {
    // A Go record's SEMVER range against an installed v-version and a pseudo-version.
    const entry = ranged('SEMVER', { introduced: '0' }, { fixed: '0.17.0' })
    expect(
      affectedOf(entry, 'go', [
        'v0.16.0',
        'v0.0.0-20230101000000-abcdefabcdef',
        'v0.17.0',
        'v0.17.1'
      ])
    ).toEqual(['v0.16.0', 'v0.0.0-20230101000000-abcdefabcdef'])
    // A NuGet record with a SEMVER range: semantic versioning, not NuGet's case folding.
    const nuget = ranged('SEMVER', { introduced: '1.0.0-beta' }, { fixed: '1.0.0' })
    expect(affectedOf(nuget, 'nuget', ['1.0.0-alpha', '1.0.0-beta.2', '1.0.0'])).toEqual([
      '1.0.0-beta.2'
    ])
  })

  test('distro ranges in their own schemes: Alpine, Red Hat', () => {
    const apk = ranged('ECOSYSTEM', { introduced: '0' }, { fixed: '5.6.1-r2' })
    expect(affectedOf(apk, 'apk', ['5.6.1-r1', '5.6.1-r2', '5.6.1_p1-r0', '5.6.0'])).toEqual([
      '5.6.1-r1',
      '5.6.0'
    ])
    const rpm = ranged('ECOSYSTEM', { introduced: '0' }, { fixed: '0:2.4.57-5.el9_1' })
    expect(
      affectedOf(rpm, 'rpm', ['2.4.57-5.el9', '2.4.57-5.el9_1', '2.4.57-8.el9', '1:2.0-1.el9'])
    ).toEqual(['2.4.57-5.el9'])
  })
})

describe('isAffected: versions it cannot read', () => {
  test('an unreadable installed version throws InvalidVersionError for the caller to report', () => {
    const entry = ranged('ECOSYSTEM', { introduced: '0' }, { fixed: '1.0-1' })
    expect(() => isAffected(entry, 'not a version', 'dpkg')).toThrow(InvalidVersionError)
    // For a SEMVER range, the version must be SemVer.
    expect(() => isAffected(ranged('SEMVER', { introduced: '0' }), '1.0', 'pep440')).toThrow(
      InvalidVersionError
    )
  })

  test('an unreadable event widens its range, never narrows it, and is reported', () => {
    const heard: InvalidEvent[] = []
    const hear = (e: InvalidEvent) => heard.push(e)
    // An unreadable fixed: still affected above it.
    const badFixed = ranged('ECOSYSTEM', { introduced: '1.0.0' }, { fixed: 'n/a' })
    expect(isAffected(badFixed, '9.9.9', 'semver', hear)).toBe(true)
    expect(isAffected(badFixed, '0.9.0', 'semver', hear)).toBe(false)
    // An unreadable introduced: read as "0".
    const badIntroduced = ranged('ECOSYSTEM', { introduced: 'n/a' }, { fixed: '2.0.0' })
    expect(isAffected(badIntroduced, '0.1.0', 'semver', hear)).toBe(true)
    expect(isAffected(badIntroduced, '2.0.0', 'semver', hear)).toBe(false)
    // An unreadable limit: left out.
    const badLimit = ranged('ECOSYSTEM', { introduced: '0' }, { limit: 'n/a' })
    expect(isAffected(badLimit, '5.0.0', 'semver', hear)).toBe(true)
    expect(heard.map(h => h.readAs)).toEqual([
      'ignored',
      'ignored',
      'introduced 0',
      'introduced 0',
      'ignored'
    ])
    expect(heard[0]!.error).toBeInstanceOf(InvalidVersionError)
  })

  test('one bad range does not stop the others, nor the versions list', () => {
    const entry: OsvAffected = {
      ranges: [
        { type: 'ECOSYSTEM', events: [{ introduced: '%%' }, { fixed: '%%%' }] },
        { type: 'ECOSYSTEM', events: [{ introduced: '3.0.0' }, { fixed: '3.1.0' }] }
      ],
      versions: ['bogus', '5.0.0']
    }
    expect(affectedOf(entry, 'semver', ['3.0.5', '5.0.0'])).toEqual(['3.0.5', '5.0.0'])
  })

  test('events that are not one of the four kinds are ignored', () => {
    const odd = {
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { other: '1.0.0' }] }]
    }
    expect(isAffected(odd as unknown as OsvAffected, '2.0.0', 'semver')).toBe(true)
  })
})
