import { setTimeout as sleep } from 'node:timers/promises'
import { ActionError } from '../../errors'
import { log } from '../../log'
import { assertDigest, sha256Digest } from '../digest'
import { parseManifest } from '../image'
import { MAX_MANIFEST_BYTES, MAX_REFERRER_PAGES, MAX_REFERRERS } from '../limits'
import { INDEX_TYPES, MediaType } from '../media-types'
import type { Reference } from '../reference'
import { describeUrl, type Transport } from '../transport'
import type { Descriptor, ImageIndex, ImageManifest } from '../types'
import { failure, pull, readLimited, referrersTag } from './common'
import { fetchManifest, putManifest } from './manifests'
import { recordIfInterrupted, recordUnlisted } from './pending'

/** Rounds of read-merge-write-read-back on the fallback index before giving up. */
const REFERRERS_TAG_UPDATES = 10
/**
 * How long our entry must stay listed before the update counts as done: longer than another
 * writer's read-to-write span, retries of a 5xx included, so a writer that read the index
 * before our PUT has landed its PUT by the final read-back.
 */
export const REFERRERS_TAG_SETTLE_MS = 1500

/** The fallback-index entry for a referrer manifest: its artifact type and annotations. */
export function referrerDescriptor(manifest: ImageManifest, bytes: Buffer): Descriptor {
  return {
    mediaType: manifest.mediaType ?? MediaType.OCI_MANIFEST,
    digest: sha256Digest(bytes),
    size: bytes.length,
    artifactType: manifest.artifactType ?? manifest.config.mediaType,
    ...(manifest.annotations ? { annotations: manifest.annotations } : {})
  }
}

/**
 * OCI 1.1 referrers through the registry's API or, where it has none, the fallback tag.
 * Remembers per registry whether the API is there.
 */
export class Referrers {
  /** registry → whether it serves GET /v2/<name>/referrers/<digest>. */
  private readonly api = new Map<string, boolean>()

  constructor(private readonly transport: Transport) {}

  /**
   * Referrers of subjectDigest: the referrers API, else the `sha256-<hex>` fallback
   * index. A failing registry is an error, never an empty answer.
   */
  async list(ref: Reference, subjectDigest: string, artifactType?: string): Promise<Descriptor[]> {
    const fromApi =
      this.api.get(ref.registry) === false
        ? null
        : await this.fromApi(ref, subjectDigest, artifactType)
    const all = fromApi ?? (await this.fromTag(ref, subjectDigest)).manifests
    return artifactType ? all.filter(d => d.artifactType === artifactType) : all
  }

  /**
   * Descriptors from the referrers API, following Link pagination within page and entry
   * caps; null when the API is absent.
   */
  private async fromApi(
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
      const response = await this.transport.send({
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
        if (!aboutSubject) this.api.set(ref.registry, false)
        return null
      }
      if (!response.ok) await failure(response, ref, `referrers of ${subjectDigest}`)
      this.api.set(ref.registry, true)
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

  async fromTag(
    ref: Reference,
    subjectDigest: string
  ): Promise<{ manifests: Descriptor[]; index?: ImageIndex; etag?: string; exists: boolean }> {
    const tag = referrersTag(subjectDigest)
    const got = await fetchManifest(this.transport, ref, tag, INDEX_TYPES.join(', '))
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

  /** Whether the registry of `ref` was seen to serve the referrers API (no fallback tag). */
  hasApi(ref: Reference): boolean {
    return this.api.get(ref.registry) === true
  }

  /**
   * Pushes a manifest with a `subject` by digest; when the registry does not index
   * referrers itself, adds it to the subject's `sha256-<hex>` fallback index.
   */
  async push(ref: Reference, manifest: ImageManifest, settle = false): Promise<string> {
    const subject = manifest.subject
    if (!subject)
      throw new ActionError('INPUT_INVALID', 'a referrer manifest needs a subject descriptor')
    const bytes = Buffer.from(JSON.stringify(manifest))
    const descriptor = referrerDescriptor(manifest, bytes)
    // From the PUT on, a cancelled job records the referrer (were it pushed) before it stops.
    await recordIfInterrupted(this.transport, ref, subject.digest, descriptor, async () => {
      const pushed = await putManifest(
        this.transport,
        ref,
        descriptor.digest,
        bytes,
        descriptor.mediaType
      )
      if (pushed.subject) this.api.set(ref.registry, true)
      else await this.listOrRecord(ref, subject.digest, descriptor, settle)
    })
    return descriptor.digest
  }

  /**
   * Makes a referrer manifest already in the registry discoverable: nothing to do where the
   * registry serves the referrers API, else its entry in the fallback index. When that
   * update fails for good, or the job is cancelled meanwhile, the referrer is recorded in the
   * pending record (pending.ts) for a re-run, and the error says whether that worked.
   */
  listPushed(
    ref: Reference,
    subjectDigest: string,
    descriptor: Descriptor,
    settle = false
  ): Promise<void> {
    return recordIfInterrupted(this.transport, ref, subjectDigest, descriptor, () =>
      this.listOrRecord(ref, subjectDigest, descriptor, settle)
    )
  }

  private async listOrRecord(
    ref: Reference,
    subjectDigest: string,
    descriptor: Descriptor,
    settle: boolean
  ): Promise<void> {
    try {
      if (this.api.get(ref.registry) !== false) {
        const fromApi = await this.fromApi(ref, subjectDigest)
        if (fromApi !== null) return
      }
      await this.addToTag(ref, subjectDigest, descriptor, settle)
    } catch (error) {
      throw await recordUnlisted(this.transport, ref, subjectDigest, descriptor, error)
    }
  }

  /**
   * Read-merge-write of the `sha256-<hex>` fallback index, then a read-back until our entry is
   * listed. `If-Match` alone is not enough: Distribution 2.8 ignores it, so two writers that
   * read the same index both get 201 and the later PUT drops the other's entry. The read-back
   * waits about one read-write cycle (with jitter) so a concurrent writer that read before our
   * PUT has landed its own; a missing entry is merged in again. A listed entry must still be
   * listed after a settle delay longer than any writer's read-to-write span before it counts
   * (with `settle`; a run does that once, for all it pushed, in ensureReferrersListed).
   */
  private async addToTag(
    ref: Reference,
    subjectDigest: string,
    descriptor: Descriptor,
    settle: boolean
  ) {
    const tag = referrersTag(subjectDigest)
    let current = await this.fromTag(ref, subjectDigest)
    const listed = () => current.manifests.some(d => d.digest === descriptor.digest)
    for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
      const started = Date.now()
      if (!listed()) {
        const put = await this.putIndex(ref, tag, current, descriptor)
        if (put.status === 412) {
          log.debug(`${ref.name}:${tag} changed while it was updated; reading it again`)
          await sleep(Math.random() * 50 * (attempt + 1))
          current = await this.fromTag(ref, subjectDigest)
          continue
        }
      }
      const cycle = Math.max(20, Date.now() - started)
      await sleep(cycle + Math.random() * cycle)
      current = await this.fromTag(ref, subjectDigest)
      if (listed() && !settle) return
      if (listed()) {
        // Listed now; a writer that read before our PUT may still replace the index. Wait
        // out its read-to-write span (with jitter, so writers do not settle in step) and
        // look once more: only an entry that survives that is done.
        const settle = Math.max(REFERRERS_TAG_SETTLE_MS, 4 * cycle)
        await sleep(settle + Math.random() * settle)
        current = await this.fromTag(ref, subjectDigest)
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
  private async putIndex(
    ref: Reference,
    tag: string,
    current: Awaited<ReturnType<Referrers['fromTag']>>,
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
      this.transport,
      ref,
      tag,
      Buffer.from(JSON.stringify(index)),
      MediaType.OCI_INDEX,
      headers
    )
  }
}
