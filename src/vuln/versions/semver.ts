import { SemVer } from 'semver'
import { checkLength, InvalidVersionError } from './error'

/**
 * SemVer 2.0.0 precedence through npm's own `semver` package, strict (not loose): what npm and
 * Cargo accept. Build metadata does not count.
 */
function parse(scheme: string, version: string): SemVer {
  checkLength(scheme, version)
  try {
    return new SemVer(version, { loose: false })
  } catch {
    throw new InvalidVersionError(
      scheme,
      version,
      'expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]'
    )
  }
}

export function compareSemver(a: string, b: string): number {
  return parse('semver', a).compare(parse('semver', b))
}

/**
 * Go module versions: semantic versions with a `v` (OSV writes them without), shorthands `v1`
 * and `v1.2` as golang.org/x/mod/semver reads them, pseudo-versions (prereleases, so they
 * already sort by base version, then time), and `+incompatible` (build metadata: ignored).
 * Toolchain versions as `go version` prints them (`go1.21.3`, `go1.21rc2`) are read as the Go
 * vulnerability database writes the standard library (`1.21.3`, `1.21.0-rc.2`).
 */
function parseGo(version: string): SemVer {
  checkLength('go', version)
  const toolchain = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/.exec(version)
  let text: string
  if (toolchain) {
    const [, major, minor = '0', patch = '0', pre, n] = toolchain
    text = `${major}.${minor}.${patch}${pre ? `-${pre}.${n}` : ''}`
  } else {
    // Shorthands take neither a prerelease nor build metadata (x/mod/semver).
    const short = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/.exec(version)
    if (short) text = `${short[1]}.${short[2] ?? '0'}.0`
    else text = version.replace(/^v/, '')
  }
  if (text.startsWith('v')) {
    throw new InvalidVersionError('go', version, 'expected vMAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]')
  }
  try {
    return new SemVer(text, { loose: false })
  } catch {
    throw new InvalidVersionError('go', version, 'expected vMAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]')
  }
}

export function compareGo(a: string, b: string): number {
  return parseGo(a).compare(parseGo(b))
}
