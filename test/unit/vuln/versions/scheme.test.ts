import {
  compareVersions,
  InvalidVersionError,
  schemeForEcosystem,
  schemeForPurlType
} from '../../../../src/vuln/versions'

describe('schemes by name', () => {
  test('OSV ecosystems, release suffixes and all', () => {
    const names: Record<string, string | undefined> = {
      'Debian:12': 'dpkg',
      'Ubuntu:22.04:LTS': 'dpkg',
      'Ubuntu:Pro:18.04:LTS': 'dpkg',
      'Alpine:v3.19': 'apk',
      'Red Hat': 'rpm',
      'Red Hat:enterprise_linux:9::appstream': 'rpm',
      'Rocky Linux': 'rpm',
      'AlmaLinux:9': 'rpm',
      openSUSE: 'rpm',
      'SUSE:Linux Enterprise Server 15 SP5': 'rpm',
      npm: 'semver',
      'crates.io': 'semver',
      PyPI: 'pep440',
      Maven: 'maven',
      Go: 'go',
      RubyGems: 'rubygems',
      NuGet: 'nuget',
      Packagist: 'packagist',
      Hackage: undefined,
      constructor: undefined,
      '': undefined
    }
    expect(Object.fromEntries(Object.keys(names).map(n => [n, schemeForEcosystem(n)]))).toEqual(
      names
    )
  })

  test('purl types, case-insensitive', () => {
    const types: Record<string, string | undefined> = {
      deb: 'dpkg',
      rpm: 'rpm',
      apk: 'apk',
      npm: 'semver',
      cargo: 'semver',
      pypi: 'pep440',
      PyPI: 'pep440',
      maven: 'maven',
      golang: 'go',
      gem: 'rubygems',
      nuget: 'nuget',
      composer: 'packagist',
      generic: undefined,
      toString: undefined
    }
    expect(Object.fromEntries(Object.keys(types).map(t => [t, schemeForPurlType(t)]))).toEqual(
      types
    )
  })

  test('every scheme refuses an empty or oversized version', () => {
    for (const scheme of [
      'dpkg',
      'rpm',
      'apk',
      'semver',
      'pep440',
      'maven',
      'go',
      'rubygems',
      'nuget',
      'packagist'
    ] as const) {
      expect(() => compareVersions(scheme, '', '1')).toThrow(InvalidVersionError)
      expect(() => compareVersions(scheme, `1.${'0.'.repeat(200)}1`, '1')).toThrow(
        /longer than 256/
      )
    }
  })
})
