import type { PackageURL } from 'packageurl-js'
import { normaliseName } from './source'

/**
 * purl → the OSV package a scanner looks up (https://ossf.github.io/osv-schema/#affectedpackage-field).
 * Language packages keep their registry's name, spelled as OSV spells it; distribution
 * packages are looked up by their **source** package in the distribution's release
 * (`Debian:12`, `Alpine:v3.19`), because that is how the distributions publish advisories.
 */
export interface OsvPackage {
  ecosystem: string
  name: string
  version: string
}

/** Why a purl cannot be looked up, worded for the report. */
export class NotScannable extends Error {}

/** Where a distribution package came from, when the SBOM says (purl `upstream`, or a property). */
export interface SourcePackage {
  name: string
  version?: string
}

const LANGUAGE: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  golang: 'Go',
  gem: 'RubyGems',
  cargo: 'crates.io',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
  hackage: 'Hackage',
  cran: 'CRAN'
}

/** Debian's release codenames, for `distro=debian-bookworm` and `distro=bookworm`. */
const DEBIAN_CODENAMES: Record<string, string> = {
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14'
}

/** RPM distributions whose advisories OSV carries, keyed by os-release ID, with their release form. */
const RPM_DISTROS: Record<string, (version: string) => string | undefined> = {
  rocky: v => release(v, /^\d+/, 'Rocky Linux:'),
  almalinux: v => release(v, /^\d+/, 'AlmaLinux:'),
  'opensuse-leap': v => release(v, /^\d+\.\d+$/, 'openSUSE:Leap '),
  mariner: v => release(v, /^\d+\.\d+/, 'Mariner:'),
  azurelinux: v => release(v, /^\d+\.\d+/, 'Azure Linux:')
}

/** `prefix` + the part of `version` that names the release, when it has one. */
function release(version: string, pattern: RegExp, prefix: string): string | undefined {
  const match = pattern.exec(version)?.[0]
  return match ? `${prefix}${match}` : undefined
}

function major(version: string): string | undefined {
  return /^(\d+)/.exec(version)?.[1]
}

/** `debian-12`, `debian-12.5`, `bookworm`, `ubuntu-22.04` → `{ id, version }`. */
export function parseDistro(
  qualifier: string | undefined
): { id: string; version: string } | undefined {
  if (!qualifier) return undefined
  const text = qualifier.toLowerCase()
  const dash = /^([a-z][a-z-]*?)-(\d[\w.]*|[a-z]+)$/.exec(text)
  if (dash) return { id: dash[1] as string, version: dash[2] as string }
  if (DEBIAN_CODENAMES[text]) return { id: 'debian', version: text }
  return undefined
}

/** The OSV package a purl is looked up as, or NotScannable with the reason. */
export function osvPackageOf(purl: PackageURL, source?: SourcePackage): OsvPackage {
  const version = purl.version
  if (!version) throw new NotScannable('the purl has no version')
  const type = purl.type.toLowerCase()
  const ecosystem = LANGUAGE[type]
  if (ecosystem)
    return { ecosystem, name: languageName(type, purl), version: languageVersion(type, version) }
  if (type === 'deb' || type === 'apk' || type === 'rpm')
    return distroPackage(type, purl, version, source)
  throw new NotScannable(`OSV has no ecosystem for purl type "${type}"`)
}

function languageName(type: string, purl: PackageURL): string {
  const ns = purl.namespace
  switch (type) {
    case 'pypi':
      return normaliseName(purl.name)
    case 'maven':
      if (!ns) throw new NotScannable('a Maven purl without a group')
      return `${ns}:${purl.name}`
    case 'golang':
      // Go's standard library is "stdlib" in OSV, whatever the SBOM's namespace.
      return purl.name === 'stdlib' && !ns ? 'stdlib' : ns ? `${ns}/${purl.name}` : purl.name
    case 'npm':
    case 'composer':
      return ns ? `${ns}/${purl.name}` : purl.name
    default:
      return ns ? `${ns}/${purl.name}` : purl.name
  }
}

/** OSV writes Go versions without the `v` (and the toolchain without `go`). */
function languageVersion(type: string, version: string): string {
  if (type === 'golang') return version.replace(/^go(?=\d)/, '').replace(/^v(?=\d)/, '')
  return version
}

function distroPackage(
  type: 'deb' | 'apk' | 'rpm',
  purl: PackageURL,
  binaryVersion: string,
  source: SourcePackage | undefined
): OsvPackage {
  const distro =
    parseDistro(purl.qualifiers?.distro) ??
    (purl.namespace && DEBIAN_CODENAMES[purl.namespace.toLowerCase()]
      ? { id: 'debian', version: purl.namespace.toLowerCase() }
      : undefined)
  if (!distro)
    throw new NotScannable(
      'the purl names no distribution release (distro qualifier), and advisories differ per release'
    )
  const name = type === 'rpm' ? purl.name : (source?.name ?? purl.name)
  const version =
    type === 'rpm' ? rpmVersion(purl, binaryVersion) : (source?.version ?? binaryVersion)
  const ecosystem = releaseEcosystem(type, distro.id, distro.version)
  return { ecosystem, name, version }
}

function releaseEcosystem(type: string, id: string, version: string): string {
  const unknown = () =>
    new NotScannable(`OSV has no advisories for ${id} ${version} (${type} packages)`)
  if (type === 'deb') {
    if (id === 'debian') {
      const release = DEBIAN_CODENAMES[version] ?? major(version)
      if (!release) throw unknown()
      return `Debian:${release}`
    }
    if (id === 'ubuntu') {
      const release = /^(\d{2})\.(\d{2})/.exec(version)
      if (!release) throw unknown()
      // Ubuntu's LTS releases are the even years' April ones.
      const lts = release[2] === '04' && Number(release[1]) % 2 === 0
      return `Ubuntu:${release[1]}.${release[2]}${lts ? ':LTS' : ''}`
    }
    throw unknown()
  }
  if (type === 'apk') {
    if (id === 'alpine') {
      const release = /^v?(\d+\.\d+)/.exec(version)
      if (!release) throw unknown()
      return `Alpine:v${release[1]}`
    }
    if (id === 'wolfi') return 'Wolfi'
    if (id === 'chainguard') return 'Chainguard'
    throw unknown()
  }
  if (id === 'rhel' || id === 'centos')
    throw new NotScannable(
      `OSV keys Red Hat advisories by product stream (e.g. enterprise_linux:9::appstream), which an installed ${id} package does not record`
    )
  const ecosystem = RPM_DISTROS[id]?.(version)
  if (!ecosystem) throw unknown()
  return ecosystem
}

/** RPM versions as OSV writes them: `epoch:version-release`, the epoch only when set. */
function rpmVersion(purl: PackageURL, version: string): string {
  const epoch = purl.qualifiers?.epoch
  return epoch && epoch !== '0' && !version.includes(':') ? `${epoch}:${version}` : version
}

/** `glibc` or `glibc@2.36-9` (purl `upstream`, this tool's `package:source` property). */
export function parseSource(text: string | undefined): SourcePackage | undefined {
  if (!text) return undefined
  const at = text.indexOf('@')
  if (at < 0) return { name: text }
  const name = text.slice(0, at)
  const version = text.slice(at + 1)
  return name ? { name, ...(version ? { version } : {}) } : undefined
}
