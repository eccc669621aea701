import { existsSync } from 'node:fs'
import { ActionError } from '../errors'
import { isDigest } from './digest'
import { openDockerArchive } from './docker-archive'
import { archiveTree, directoryTree, openLayout } from './layout'
import { parseReference } from './reference'
import { RegistryClient, type RegistryOptions } from './registry'
import { formatPlatform, isAttestationManifest, normalizePlatform, parsePlatform } from './platform'
import type { Descriptor, Image, Platform, Target } from './types'

const DEFAULT_PLATFORM = 'linux/amd64'

/** `PATH[:selector]` or `PATH@digest`: the longest-existing-prefix rule lets paths contain ':'. */
function splitPath(kind: string, rest: string): { path: string; selector?: string } {
  const at = rest.indexOf('@')
  if (at > 0 && existsSync(rest.slice(0, at)) && !existsSync(rest)) {
    // `@sha256:…` selects by digest; docker-archive's `@N` selects by position.
    const after = rest.slice(at + 1)
    return { path: rest.slice(0, at), selector: isDigest(after) ? after : `@${after}` }
  }
  if (existsSync(rest)) return { path: rest }
  for (let colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1))
    if (existsSync(rest.slice(0, colon)))
      return { path: rest.slice(0, colon), selector: rest.slice(colon + 1) }
  throw new ActionError('SOURCE_INVALID', `${kind}:${rest}: ${rest} does not exist`, {
    hint: `Give the path of the ${kind === 'oci-dir' ? 'OCI layout directory' : 'archive'}`
  })
}

/**
 * Opens any image source: `registry:REF` or a bare reference, `oci-dir:PATH[:tag|@digest]`,
 * `oci-archive:PATH[:tag|@digest]`, `docker-archive:PATH[:REPO:TAG|@N]`.
 */
export async function openTarget(source: string, options: RegistryOptions = {}): Promise<Target> {
  const match = /^(registry|docker|oci-dir|oci|oci-archive|docker-archive):(.*)$/s.exec(source)
  const kind = match?.[1]
  const rest = match?.[2] ?? source
  switch (kind) {
    case 'oci-dir':
    case 'oci': {
      const { path, selector } = splitPath('oci-dir', rest)
      return openLayout(directoryTree(path), 'oci-dir', selector)
    }
    case 'oci-archive': {
      const { path, selector } = splitPath(kind, rest)
      return openLayout(await archiveTree(path), kind, selector)
    }
    case 'docker-archive': {
      const { path, selector } = splitPath(kind, rest)
      return openDockerArchive(path, selector)
    }
    default: {
      const reference = parseReference(kind ? rest.replace(/^\/\//, '') : rest)
      return new RegistryClient(options).resolve(reference)
    }
  }
}

/** The same platform once both are normalised; a missing variant fits any variant wanted. */
function matches(candidate: Platform, wanted: Platform): boolean {
  const normal = normalizePlatform(candidate)
  return (
    normal.os === wanted.os &&
    normal.architecture === wanted.architecture &&
    (!wanted.variant || normal.variant === wanted.variant)
  )
}

/**
 * Picks one image from a target: the requested platform, else linux/amd64 or the
 * only platform there is. Attestation manifests never count.
 */
export async function selectPlatform(target: Target, platform?: string): Promise<Image> {
  const wanted = platform ? parsePlatform(platform) : undefined
  if (target.kind === 'image') {
    const actual = target.image.platform
    const known = actual.os !== 'unknown' && actual.architecture !== 'unknown'
    if (wanted && known && !matches(actual, wanted))
      throw new ActionError(
        'IMAGE_NOT_FOUND',
        `${target.image.name} is a ${formatPlatform(actual)} image, not ${formatPlatform(wanted)}`,
        { hint: `Leave out the platform or use ${formatPlatform(actual)}` }
      )
    return target.image
  }
  const candidates = target.index.manifests.filter(
    (d): d is Descriptor & { platform: Platform } =>
      d.platform !== undefined && !isAttestationManifest(d)
  )
  const available = candidates.map(d => formatPlatform(d.platform)).join(', ') || 'none'
  let chosen: Descriptor | undefined
  if (wanted) chosen = candidates.find(d => matches(d.platform, wanted))
  else if (candidates.length === 1) chosen = candidates[0]
  else chosen = candidates.find(d => matches(d.platform, parsePlatform(DEFAULT_PLATFORM)))
  if (!chosen && !wanted && candidates.length === 0 && target.index.manifests.length === 1)
    chosen = target.index.manifests[0]
  if (!chosen)
    throw new ActionError(
      'IMAGE_NOT_FOUND',
      `no ${wanted ? formatPlatform(wanted) : DEFAULT_PLATFORM} image in index ${target.digest} (platforms: ${available})`,
      { hint: `Choose one of the available platforms with --platform / platforms` }
    )
  return target.image(chosen)
}
