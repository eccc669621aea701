import { ActionError } from '../../errors'
import { parseManifest } from '../image'
import { MAX_REFERRERS } from '../limits'
import { INDEX_TYPES } from '../media-types'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import type { Descriptor, ImageIndex } from '../types'
import { referrersTag } from './common'
import { fetchManifest } from './manifests'

/** The `sha256-<hex>` fallback index as read, with what a conditional update needs. */
export interface FallbackIndex {
  manifests: Descriptor[]
  index?: ImageIndex
  etag?: string
  exists: boolean
}

/** The subject's fallback index (empty when the tag is absent), within the referrer cap. */
export async function readReferrersTag(
  transport: Transport,
  ref: Reference,
  subjectDigest: string
): Promise<FallbackIndex> {
  const tag = referrersTag(subjectDigest)
  const got = await fetchManifest(transport, ref, tag, INDEX_TYPES.join(', '))
  if (!got) return { manifests: [], exists: false }
  const document = parseManifest(got.bytes, `${ref.name}:${tag}`)
  if (document.kind !== 'index')
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.name}:${tag} should be a referrers index but is an image manifest`,
      { hint: 'Something else uses the referrers fallback tag; remove or rename it' }
    )
  const manifests = document.index.manifests ?? []
  if (manifests.length > MAX_REFERRERS)
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.name}:${tag} lists ${manifests.length} referrers, more than ${MAX_REFERRERS}`,
      {
        hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
      }
    )
  return { manifests, index: document.index, etag: got.etag, exists: true }
}
