import { ActionError } from '../../errors'
import { MAX_REFERRERS } from '../limits'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import type { Descriptor, ImageIndex } from '../types'
import { referrersTag } from './common'
import { fetchIndex } from './manifests'

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
  const got = await fetchIndex(transport, ref, tag)
  if (!got) return { manifests: [], exists: false }
  if (!got.index)
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.name}:${tag} should be a referrers index but is an image manifest`,
      { hint: 'Something else uses the referrers fallback tag; remove or rename it' }
    )
  const manifests = got.index.manifests ?? []
  if (manifests.length > MAX_REFERRERS)
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.name}:${tag} lists ${manifests.length} referrers, more than ${MAX_REFERRERS}`,
      {
        hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
      }
    )
  return { manifests, index: got.index, etag: got.etag, exists: true }
}
