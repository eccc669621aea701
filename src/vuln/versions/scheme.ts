import { compareApk } from './apk'
import { compareDpkg } from './dpkg'
import { compareMaven } from './maven'
import { compareNuGet } from './nuget'
import { comparePackagist } from './packagist'
import { comparePep440 } from './pep440'
import { compareRpm } from './rpm'
import { compareRubyGems } from './rubygems'
import { compareGo, compareSemver } from './semver'

export type VersionScheme =
  'dpkg' | 'rpm' | 'apk' | 'semver' | 'pep440' | 'maven' | 'go' | 'rubygems' | 'nuget' | 'packagist'

const COMPARATORS: Record<VersionScheme, (a: string, b: string) => number> = {
  dpkg: compareDpkg,
  rpm: compareRpm,
  apk: compareApk,
  semver: compareSemver,
  pep440: comparePep440,
  maven: compareMaven,
  go: compareGo,
  rubygems: compareRubyGems,
  nuget: compareNuGet,
  packagist: comparePackagist
}

/**
 * Orders two versions by the scheme's own rules: <0, 0 or >0. Throws InvalidVersionError for a
 * version the scheme cannot read.
 */
export function compareVersions(scheme: VersionScheme, a: string, b: string): number {
  const d = Math.sign(COMPARATORS[scheme](a, b))
  return d === 0 ? 0 : d // never -0
}

/** OSV ecosystems by name before the first `:` (the release: `Debian:12`, `Alpine:v3.19`). */
const ECOSYSTEMS: Record<string, VersionScheme> = {
  Debian: 'dpkg',
  Ubuntu: 'dpkg',
  Alpine: 'apk',
  Wolfi: 'apk',
  Chainguard: 'apk',
  'Red Hat': 'rpm',
  'Rocky Linux': 'rpm',
  AlmaLinux: 'rpm',
  openSUSE: 'rpm',
  SUSE: 'rpm',
  Mageia: 'rpm',
  npm: 'semver',
  'crates.io': 'semver',
  PyPI: 'pep440',
  Maven: 'maven',
  Go: 'go',
  RubyGems: 'rubygems',
  NuGet: 'nuget',
  Packagist: 'packagist'
}

/** The version scheme of an OSV ecosystem, release suffix and all; undefined when not covered. */
export function schemeForEcosystem(osvEcosystem: string): VersionScheme | undefined {
  const name = osvEcosystem.split(':')[0]!.trim()
  return Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined
}

const PURL_TYPES: Record<string, VersionScheme> = {
  deb: 'dpkg',
  rpm: 'rpm',
  apk: 'apk',
  npm: 'semver',
  cargo: 'semver',
  pypi: 'pep440',
  maven: 'maven',
  golang: 'go',
  gem: 'rubygems',
  nuget: 'nuget',
  composer: 'packagist'
}

/** The version scheme of a purl type (`deb`, `npm`, …; case-insensitive as purl types are). */
export function schemeForPurlType(type: string): VersionScheme | undefined {
  const name = type.toLowerCase()
  return Object.hasOwn(PURL_TYPES, name) ? PURL_TYPES[name] : undefined
}
