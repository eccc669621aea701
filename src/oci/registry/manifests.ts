import { ActionError } from '../../errors'
import { isDigest, mismatch, sha256Digest, verifyDigest } from '../digest'
import { parseManifest } from '../image'
import { MAX_MANIFEST_BYTES } from '../limits'
import { INDEX_TYPES, MANIFEST_ACCEPT } from '../media-types'
import { withVersion, type Reference } from '../reference'
import { errorDetail, type Transport } from '../transport'
import type { ImageIndex } from '../types'
import { describeUrl } from '../url'
import { assertVersion, failure, pull, push, readLimited } from './common'

export interface FetchedManifest {
  digest: string
  mediaType: string
  bytes: Buffer
  etag?: string
}

/** GET a manifest by tag or digest, within the size cap; null when absent (404). */
export async function fetchManifest(
  transport: Transport,
  ref: Reference,
  tagOrDigest: string,
  accept = MANIFEST_ACCEPT
): Promise<FetchedManifest | null> {
  assertVersion(tagOrDigest)
  const response = await transport.send({
    method: 'GET',
    registry: ref.registry,
    path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
    scopes: pull(ref),
    headers: { accept }
  })
  const target = withVersion(ref, tagOrDigest)
  if (response.status === 404) {
    response.discard()
    return null
  }
  if (!response.ok) await failure(response, target, `image ${target}`)
  const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${target}`)
  const contentType = response.headers.get('content-type') ?? undefined
  const document = parseManifest(bytes, `${target} (${describeUrl(response.url)})`, contentType)
  let digest: string
  if (isDigest(tagOrDigest)) {
    verifyDigest(bytes, tagOrDigest, `manifest ${target}`)
    digest = tagOrDigest
  } else {
    digest = sha256Digest(bytes)
    const claimed = response.headers.get('docker-content-digest')
    if (claimed?.startsWith('sha256:') && claimed !== digest)
      throw mismatch(`manifest ${target}`, claimed, digest)
  }
  const etag = response.headers.get('etag') ?? undefined
  return { digest, mediaType: document.mediaType, bytes, ...(etag ? { etag } : {}) }
}

/**
 * GET the index at `tag` (the fallback index, the pending record); null when the tag is
 * absent, `index` undefined when it holds an image manifest instead.
 */
export async function fetchIndex(
  transport: Transport,
  ref: Reference,
  tag: string
): Promise<(FetchedManifest & { index?: ImageIndex }) | null> {
  const got = await fetchManifest(transport, ref, tag, INDEX_TYPES.join(', '))
  if (!got) return null
  const document = parseManifest(got.bytes, `${ref.name}:${tag}`)
  return { ...got, index: document.kind === 'index' ? document.index : undefined }
}

/** HEAD; null when absent (404), throws on other errors. */
export async function headManifest(
  transport: Transport,
  ref: Reference,
  tagOrDigest: string
): Promise<{ digest: string; mediaType: string; size: number } | null> {
  assertVersion(tagOrDigest)
  const target = withVersion(ref, tagOrDigest)
  const response = await transport.send({
    method: 'HEAD',
    registry: ref.registry,
    path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
    scopes: pull(ref),
    headers: { accept: MANIFEST_ACCEPT }
  })
  if (response.status === 404) return null
  if (!response.ok) await failure(response, target, `image ${target}`)
  const digest = response.headers.get('docker-content-digest')
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim()
  const size = Number(response.headers.get('content-length') ?? NaN)
  if (!digest || !mediaType || !Number.isFinite(size)) {
    // Some registries leave digest headers off HEAD answers; GET tells the truth.
    const got = await fetchManifest(transport, ref, tagOrDigest)
    if (!got) return null
    return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length }
  }
  if (isDigest(tagOrDigest) && digest !== tagOrDigest)
    throw mismatch(`manifest ${target}`, tagOrDigest, digest)
  return { digest, mediaType, size }
}

/** PUT a manifest; a 412 (a failed If-Match / If-None-Match) is returned, not thrown. */
export async function putManifest(
  transport: Transport,
  ref: Reference,
  tagOrDigest: string,
  bytes: Buffer,
  mediaType: string,
  headers: Record<string, string> = {}
): Promise<{ digest: string; status: number; subject: boolean }> {
  assertVersion(tagOrDigest)
  const digest = sha256Digest(bytes)
  if (isDigest(tagOrDigest)) verifyDigest(bytes, tagOrDigest, `manifest for ${ref.name}`)
  const response = await transport.send({
    method: 'PUT',
    registry: ref.registry,
    path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
    scopes: push(ref),
    headers: { 'content-type': mediaType, ...headers },
    body: bytes
  })
  if (response.status === 412) {
    response.discard()
    return { digest, status: 412, subject: false }
  }
  if (!response.ok) {
    const detail = await errorDetail(response)
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.registry} rejected manifest ${withVersion(ref, tagOrDigest)} (${response.status}${detail.text ? `: ${detail.text}` : ''})`,
      {
        hint:
          response.status === 400 || response.status === 415
            ? `The registry may not accept the media type ${mediaType} or a referenced blob is missing`
            : undefined
      }
    )
  }
  response.discard()
  const claimed = response.headers.get('docker-content-digest')
  if (claimed && claimed.startsWith('sha256:') && claimed !== digest)
    throw mismatch(`manifest pushed to ${ref.name}`, digest, claimed)
  return { digest, status: response.status, subject: response.headers.has('oci-subject') }
}
