// Image source: the digest to sign and the manifests under it (the index and its platforms).
import type { SignConfig } from '../../config'
import { ActionError, inputError } from '../../errors'
import { log } from '../../log'
import {
  RegistryClient,
  parseReference,
  type Descriptor,
  type Reference,
  type Target
} from '../../oci'
import type { Subject } from './items'

export async function resolveTarget(client: RegistryClient, ref: Reference, sign: SignConfig) {
  if (sign.digest && ref.digest && sign.digest !== ref.digest)
    throw inputError(
      'digest',
      `${sign.digest} differs from the digest in "image" (${ref.digest})`,
      'Give the digest once, in either input'
    )
  const wanted = sign.digest ?? ref.digest
  if (!wanted)
    log.warning(
      `"${ref.toString()}" has no digest: signing what the tag points at now. Pass the digest ` +
        '(e.g. steps.build.outputs.digest) so that exactly the pushed image is signed'
    )
  const target = await client.resolve(wanted ? withDigest(ref, wanted) : ref)
  if (wanted && target.digest !== wanted)
    throw new ActionError(
      'DIGEST_MISMATCH',
      `${ref.name} resolved to ${target.digest}, not ${wanted}`
    )
  return target
}

export function withDigest(ref: Reference, digest: string): Reference {
  return parseReference(`${ref.name}@${digest}`)
}

function platformOf(descriptor: Descriptor): string | undefined {
  const p = descriptor.platform
  if (!p) return undefined
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

/** The top-level manifest first, then the index children to sign (all, or `platforms`). */
export async function listSubjects(
  client: RegistryClient,
  ref: Reference,
  target: Target,
  platforms: string[]
): Promise<Subject[]> {
  const head = await client.headManifest(ref, target.digest)
  if (!head) throw new ActionError('IMAGE_NOT_FOUND', `${ref.name}@${target.digest} is gone`)
  const topDescriptor = { mediaType: head.mediaType, digest: head.digest, size: head.size }
  if (target.kind === 'image') {
    if (platforms.length)
      log.warning(`"platforms" is ignored: ${ref.name}@${target.digest} is a single image`)
    return [{ digest: target.digest, descriptor: topDescriptor, image: target.image }]
  }
  // Skip buildx attestation manifests (platform unknown/unknown).
  const children = target.index.manifests.filter(d => d.platform && d.platform.os !== 'unknown')
  const available = children.map(platformOf)
  for (const wanted of platforms)
    if (!available.includes(wanted))
      throw inputError(
        'platforms',
        `${wanted} is not in ${ref.name}@${target.digest}`,
        `It has: ${available.join(', ')}`
      )
  const selected = platforms.length
    ? children.filter(d => platforms.includes(platformOf(d) ?? ''))
    : children
  const subjects: Subject[] = [{ digest: target.digest, descriptor: topDescriptor }]
  for (const descriptor of selected)
    subjects.push({
      digest: descriptor.digest,
      descriptor: {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size
      },
      platform: platformOf(descriptor),
      image: await target.image(descriptor)
    })
  return subjects
}
