/**
 * Platforms as BuildKit reads `--platform` and fills its automatic build args: containerd's
 * platforms.Parse and Normalize (`linux/arm64/v8` is linux/arm64, `linux/arm` is linux/arm/v7),
 * and the runner's own platform as the build platform.
 */
import { formatPlatform, normalizePlatform, parsePlatform, type Platform } from '../../oci'

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris'])
const KNOWN_ARCH = new Set([
  '386',
  'amd64',
  'arm',
  'arm64',
  'ppc64le',
  'ppc64',
  'riscv64',
  's390x',
  'mips64le',
  'loong64'
])

/** Parses os/arch[/variant] (or a lone os or arch, as containerd does) and normalises it. */
export function parseBuildPlatform(text: string, host: Platform): Platform {
  const lone = text.trim().toLowerCase()
  if (!lone.includes('/')) {
    const alias = parsePlatform(`linux/${lone}`)
    if (KNOWN_ARCH.has(alias.architecture)) return alias
    if (KNOWN_OS.has(lone)) return normalizePlatform({ ...host, os: lone })
  }
  return parsePlatform(text)
}

/** The platform BuildKit runs on here: the runner's (BUILDPLATFORM). */
export function runnerPlatform(): Platform {
  const arch: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64'
  }
  // Docker on macOS and Windows runners builds Linux images in a Linux VM of the same CPU.
  return normalizePlatform({ os: 'linux', architecture: arch[process.arch] ?? process.arch })
}

/** The automatic args BuildKit sets for every build (dockerfile2llb/platform.go defaultArgs). */
export function platformArgs(target: Platform, build: Platform): [string, string][] {
  return [
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? '']
  ]
}

export { formatPlatform }
export type { Platform }
