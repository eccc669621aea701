import { setTimeout as sleep } from 'node:timers/promises'
import { ActionError } from '../../errors'
import { log } from '../../log'
import { MediaType } from '../media-types'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import type { Descriptor, ImageIndex } from '../types'
import { referrersTag } from './common'
import { putManifest } from './manifests'
import { readReferrersTag, type FallbackIndex } from './referrers-tag'

/** Rounds of read-merge-write-read-back on the fallback index before giving up. */
const REFERRERS_TAG_UPDATES = 10
/**
 * How long our entry must stay listed before the update counts as done: longer than another
 * writer's read-to-write span, retries of a 5xx included, so a writer that read the index
 * before our PUT has landed its PUT by the final read-back.
 */
export const REFERRERS_TAG_SETTLE_MS = 1500

/**
 * Read-merge-write of the `sha256-<hex>` fallback index, then a read-back until our entry is
 * listed. `If-Match` alone is not enough: Distribution 2.8 ignores it, so two writers that
 * read the same index both get 201 and the later PUT drops the other's entry. The read-back
 * waits about one read-write cycle (with jitter) so a concurrent writer that read before our
 * PUT has landed its own; a missing entry is merged in again. A listed entry must still be
 * listed after a settle delay longer than any writer's read-to-write span before it counts
 * (with `settle`; a run does that once, for all it pushed, in ensureReferrersListed).
 */
export async function addToReferrersTag(
  transport: Transport,
  ref: Reference,
  subjectDigest: string,
  descriptor: Descriptor,
  settle: boolean
) {
  const tag = referrersTag(subjectDigest)
  let current = await readReferrersTag(transport, ref, subjectDigest)
  const listed = () => current.manifests.some(d => d.digest === descriptor.digest)
  for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
    const started = Date.now()
    if (!listed()) {
      const put = await putIndex(transport, ref, tag, current, descriptor)
      if (put.status === 412) {
        log.debug(`${ref.name}:${tag} changed while it was updated; reading it again`)
        await sleep(Math.random() * 50 * (attempt + 1))
        current = await readReferrersTag(transport, ref, subjectDigest)
        continue
      }
    }
    const cycle = Math.max(20, Date.now() - started)
    await sleep(cycle + Math.random() * cycle)
    current = await readReferrersTag(transport, ref, subjectDigest)
    if (listed() && !settle) return
    if (listed()) {
      // Listed now; a writer that read before our PUT may still replace the index. Wait
      // out its read-to-write span (with jitter, so writers do not settle in step) and
      // look once more: only an entry that survives that is done.
      const settle = Math.max(REFERRERS_TAG_SETTLE_MS, 4 * cycle)
      await sleep(settle + Math.random() * settle)
      current = await readReferrersTag(transport, ref, subjectDigest)
      if (listed()) return
    }
    log.debug(
      `${ref.name}:${tag} lost ${descriptor.digest} to a concurrent writer (the registry ignores If-Match); adding it again`
    )
  }
  throw new ActionError(
    'REGISTRY_ERROR',
    `could not list ${descriptor.digest} in ${ref.name}:${tag}: concurrent writers kept replacing it`
  )
}

/** PUTs `current` plus `descriptor` (deduplicated by digest), conditional on what was read. */
async function putIndex(
  transport: Transport,
  ref: Reference,
  tag: string,
  current: FallbackIndex,
  descriptor: Descriptor
) {
  const seen = new Set<string>()
  const manifests = [...current.manifests, descriptor].filter(
    d => !seen.has(d.digest) && seen.add(d.digest)
  )
  const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OCI_INDEX, manifests }
  if (current.index?.annotations) index.annotations = current.index.annotations
  const headers: Record<string, string> = {}
  if (current.etag) headers['if-match'] = current.etag
  else if (!current.exists) headers['if-none-match'] = '*'
  return putManifest(
    transport,
    ref,
    tag,
    Buffer.from(JSON.stringify(index)),
    MediaType.OCI_INDEX,
    headers
  )
}
