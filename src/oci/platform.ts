import { ActionError } from '../errors'
import type { Descriptor, Platform } from './types'

/**
 * Platforms compared the way containerd's `platforms` package compares them, since
 * containerd (under Docker and BuildKit) decides which child of an index is pulled:
 * names are normalised first (`aarch64` is `arm64`, `linux/arm64/v8` is `linux/arm64`,
 * `arm` alone is `arm/v7`, `amd64/v1` is `amd64`), and a wanted platform also accepts
 * the platforms its machines can run, best first (`amd64/v3` then `v2`, `amd64`, `386`;
 * `arm64` then `arm/v8` … `arm/v5`).
 */
export function normalizePlatform(platform: Platform): Platform {
  const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase()
  let architecture = platform.architecture.toLowerCase()
  let variant = (platform.variant ?? '').toLowerCase()
  switch (architecture) {
    case 'i386':
      architecture = '386'
      variant = ''
      break
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      architecture = 'amd64'
      if (variant === 'v1') variant = ''
      break
    case 'aarch64':
    case 'arm64':
      architecture = 'arm64'
      if (['8', 'v8', 'v8.0'].includes(variant)) variant = ''
      else if (['9', '9.0', 'v9.0'].includes(variant)) variant = 'v9'
      break
    case 'armhf':
      architecture = 'arm'
      variant = 'v7'
      break
    case 'armel':
      architecture = 'arm'
      variant = 'v6'
      break
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7'
      else if (['5', '6', '8'].includes(variant)) variant = `v${variant}`
      break
  }
  return { os, architecture, ...(variant ? { variant } : {}) }
}

/** Parses `os/arch[/variant]` into its normalised form. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/')
  const [os, architecture, variant] = parts
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    !os ||
    !architecture ||
    (parts.length === 3 && !variant)
  )
    throw new ActionError('INPUT_INVALID', `"${text}" is not a platform`, {
      hint: 'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm/v7'
    })
  return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) })
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

function same(a: Platform, b: Platform): boolean {
  return (
    a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? '')
  )
}

// arm64 variants and the older ones each runs, newest first (containerd's table).
const ARM64_VERSIONS: Record<string, [number, number][]> = {}
for (let minor = 0; minor <= 9; minor++)
  ARM64_VERSIONS[minor === 0 ? 'v8' : `v8.${minor}`] = [[8, minor]]
for (let minor = 0; minor <= 7; minor++)
  ARM64_VERSIONS[minor === 0 ? 'v9' : `v9.${minor}`] = [
    [9, minor],
    [8, Math.min(minor + 5, 9)]
  ]

/** The platforms a machine of `wanted` runs, best first (containerd's platformVector). */
function compatible(wanted: Platform): Platform[] {
  const { os, architecture, variant = '' } = wanted
  const at = (arch: string, v = ''): Platform =>
    normalizePlatform({ os, architecture: arch, ...(v ? { variant: v } : {}) })
  const version = Number(variant.replace(/^v/, ''))
  switch (architecture) {
    case 'amd64': {
      const lower: Platform[] = []
      if (Number.isInteger(version) && version > 1)
        for (let v = version - 1; v >= 1; v--) lower.push(at('amd64', `v${v}`))
      return [wanted, ...lower, at('386')]
    }
    case 'arm': {
      const lower: Platform[] = []
      if (Number.isInteger(version) && version > 5)
        for (let v = version - 1; v >= 5; v--) lower.push(at('arm', `v${v}`))
      return [wanted, ...lower]
    }
    case 'arm64': {
      const versions = ARM64_VERSIONS[variant || 'v8']
      if (!versions) return []
      const vector: Platform[] = []
      for (const [major, top] of versions)
        for (let minor = top; minor >= 0; minor--)
          vector.push(at('arm64', minor === 0 ? `v${major}` : `v${major}.${minor}`))
      return [...vector, ...compatible(at('arm', 'v8'))]
    }
    default:
      return [wanted]
  }
}

/**
 * How well `candidate` fits a machine of `wanted`: 0 for the same platform, higher for
 * older ones it still runs, undefined when it cannot run it.
 */
export function platformRank(candidate: Platform, wanted: Platform): number | undefined {
  const normal = normalizePlatform(candidate)
  const rank = compatible(normalizePlatform(wanted)).findIndex(p => same(p, normal))
  return rank < 0 ? undefined : rank
}

/**
 * Index entries that are not images to run: BuildKit's attestation manifests (marked by
 * annotation, with platform unknown/unknown).
 */
export function isAttestationManifest(descriptor: Descriptor): boolean {
  return (
    descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')
  )
}

/**
 * The child of an index that containerd pulls for `wanted` (images.LimitManifests with
 * platforms.Only, as BuildKit resolves a FROM): the best-ranked child whose descriptor
 * names a fitting platform, else the first child without a platform field, whose
 * config then decides (the caller checks that).
 */
export function childForPlatform(
  manifests: readonly Descriptor[],
  wanted: Platform
): Descriptor | undefined {
  let best: { descriptor: Descriptor; rank: number } | undefined
  for (const descriptor of manifests) {
    if (!descriptor.platform || isAttestationManifest(descriptor)) continue
    const rank = platformRank(descriptor.platform, wanted)
    if (rank !== undefined && (!best || rank < best.rank)) best = { descriptor, rank }
  }
  return best?.descriptor ?? manifests.find(d => !d.platform && !isAttestationManifest(d))
}
