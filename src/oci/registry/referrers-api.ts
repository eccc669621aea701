import { ActionError } from '../../errors'
import { assertDigest } from '../digest'
import { parseManifest } from '../image'
import { MAX_MANIFEST_BYTES, MAX_REFERRER_PAGES, MAX_REFERRERS } from '../limits'
import { MediaType } from '../media-types'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import { describeUrl } from '../url'
import type { Descriptor } from '../types'
import { failure, pull, readLimited } from './common'

/** registry → whether it serves GET /v2/<name>/referrers/<digest>, as learnt so far. */
export type ReferrersApiSupport = Map<string, boolean>

/**
 * Descriptors from the referrers API, following Link pagination within page and entry
 * caps; null when the API is absent. What the registry showed of the API goes to `served`.
 */
export async function listFromApi(
  transport: Transport,
  served: ReferrersApiSupport,
  ref: Reference,
  subjectDigest: string,
  artifactType?: string
): Promise<Descriptor[] | null> {
  assertDigest(subjectDigest, 'referrers subject')
  const found: Descriptor[] = []
  const filter = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
  let path: string | undefined = `/v2/${ref.repository}/referrers/${subjectDigest}${filter}`
  for (let page = 1; path; page++) {
    if (page > MAX_REFERRER_PAGES)
      throw new ActionError(
        'REGISTRY_ERROR',
        `${ref.registry} lists the referrers of ${subjectDigest} on more than ${MAX_REFERRER_PAGES} pages; stopped there`,
        {
          hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
        }
      )
    const response = await transport.send({
      method: 'GET',
      registry: ref.registry,
      path,
      scopes: pull(ref),
      headers: { accept: MediaType.OCI_INDEX }
    })
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim()
    if (
      [400, 404, 405, 406].includes(response.status) ||
      (response.ok && contentType !== MediaType.OCI_INDEX)
    ) {
      // A JSON 404 is about the subject (MANIFEST_UNKNOWN), not a missing route: the
      // tag fallback answers this call without ruling the API out for the next.
      const aboutSubject = response.status === 404 && (contentType ?? '').includes('json')
      response.discard()
      // A later page that fails would silently drop referrers (signatures among them).
      if (page > 1)
        throw new ActionError(
          'REGISTRY_ERROR',
          `${describeUrl(response.url)} answered ${response.status}${contentType ? ` (${contentType})` : ''} for page ${page} of the referrers of ${subjectDigest}, not an OCI index`,
          {
            hint: 'The registry broke off its referrers list midway; retry, or report it to its operator'
          }
        )
      if (!aboutSubject) served.set(ref.registry, false)
      return null
    }
    if (!response.ok) await failure(response, ref, `referrers of ${subjectDigest}`)
    served.set(ref.registry, true)
    const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `referrers of ${subjectDigest}`)
    const document = parseManifest(
      bytes,
      `referrers of ${subjectDigest} (${describeUrl(response.url)})`,
      contentType
    )
    if (document.kind !== 'index')
      throw new ActionError(
        'REGISTRY_ERROR',
        `${describeUrl(response.url)} answered a manifest, not a referrers index`
      )
    found.push(...(document.index.manifests ?? []))
    if (found.length > MAX_REFERRERS)
      throw new ActionError(
        'REGISTRY_ERROR',
        `${ref.registry} lists more than ${MAX_REFERRERS} referrers of ${subjectDigest}; stopped at page ${page}`,
        {
          hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
        }
      )
    const link = response.headers.get('link')
    const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined
    // RFC 5988: a relative target resolves against the URL that answered, not the host
    // root. One on another origin is followed without this registry's credentials.
    path = next ? new URL(next, response.url).toString() : undefined
  }
  return found
}
