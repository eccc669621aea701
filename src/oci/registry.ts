import { pipeline, Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { ActionError } from '../errors'
import { log } from '../log'
import { CredentialStore } from './credentials'
import {
  assertDigest,
  digestOf,
  DigestVerifier,
  isDigest,
  mismatch,
  sha256Digest,
  verifyDigest
} from './digest'
import { type HttpResponse } from './http'
import { loadTarget, parseManifest, STREAM_CHUNK_SIZE, type ContentSource } from './image'
import { INDEX_TYPES, MANIFEST_ACCEPT, MediaType } from './media-types'
import { withVersion, type Reference } from './reference'
import { backoffMs, describeUrl, errorDetail, Transport, type RetryOptions } from './transport'
import type { Descriptor, ImageIndex, ImageManifest, Target } from './types'

export interface RegistryOptions {
  username?: string
  password?: string
  /** When set, username/password go only to this registry (e.g. 'ghcr.io'). */
  credentialsRegistry?: string
  /** Hosts (host or host:port) reached over plain HTTP; loopback always is. */
  insecureRegistries?: string[]
  /** Used for ghcr.io when nothing else gives credentials. */
  githubToken?: string
  /** Default $DOCKER_CONFIG or ~/.docker. */
  dockerConfigDir?: string
  retry?: Partial<RetryOptions>
  /** Requests in flight at once. */
  maxConcurrency?: number
}

export interface PutBlobOptions {
  /** Another repository on the same registry that may hold the blob: mount instead of upload. */
  mountFrom?: string
  /** Upload in PATCH chunks of this many bytes instead of one PUT. */
  chunkSize?: number
}

const UPLOAD_RESTARTS = 3
/** Manifests and indexes larger than this are refused (containerd uses the same bound). */
const MAX_MANIFEST_BYTES = 4 << 20
const TAG = /^[\w][\w.-]{0,127}$/
/** Rounds of read-merge-write-read-back on the fallback index before giving up. */
const REFERRERS_TAG_UPDATES = 10

function pull(ref: Reference): string[] {
  return [`repository:${ref.repository}:pull`]
}

function push(ref: Reference): string[] {
  return [`repository:${ref.repository}:pull,push`]
}

/** `sha256:abc…` → the referrers tag schema's `sha256-abc…`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

/** A client for the OCI distribution API of any number of registries. */
export class RegistryClient {
  private readonly transport: Transport
  /** registry → whether it serves GET /v2/<name>/referrers/<digest>. */
  private readonly referrersApi = new Map<string, boolean>()

  constructor(options: RegistryOptions = {}) {
    this.transport = new Transport(new CredentialStore(options), {
      insecureRegistries: options.insecureRegistries,
      retry: options.retry,
      maxConcurrency: options.maxConcurrency
    })
  }

  private async fail(response: HttpResponse, ref: Reference, what: string): Promise<never> {
    const detail = await errorDetail(response)
    const url = describeUrl(response.url)
    if (response.status === 404)
      throw new ActionError(
        'IMAGE_NOT_FOUND',
        `${what} not found in ${ref.registry}/${ref.repository}${detail.text ? ` (${detail.text})` : ''}`,
        { hint: 'Check the repository name, tag and digest, and that the image was pushed' }
      )
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.registry} answered ${response.status} for ${what} (${url})${detail.text ? `: ${detail.text}` : ''}`
    )
  }

  /** GET manifest by tag or digest; verifies the digest when fetching by digest. */
  async getManifest(
    ref: Reference,
    tagOrDigest = ref.digest ?? ref.tag ?? 'latest'
  ): Promise<{ digest: string; mediaType: string; bytes: Buffer }> {
    const result = await this.fetchManifest(ref, tagOrDigest)
    if (!result) throw imageNotFound(ref, tagOrDigest)
    return result
  }

  private async fetchManifest(
    ref: Reference,
    tagOrDigest: string,
    accept = MANIFEST_ACCEPT
  ): Promise<{ digest: string; mediaType: string; bytes: Buffer; etag?: string } | null> {
    assertVersion(tagOrDigest)
    const response = await this.transport.send({
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
    if (!response.ok) await this.fail(response, target, `image ${target}`)
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

  /** HEAD; null when absent (404), throws on other errors. */
  async headManifest(
    ref: Reference,
    tagOrDigest: string
  ): Promise<{ digest: string; mediaType: string; size: number } | null> {
    assertVersion(tagOrDigest)
    const response = await this.transport.send({
      method: 'HEAD',
      registry: ref.registry,
      path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
      scopes: pull(ref),
      headers: { accept: MANIFEST_ACCEPT }
    })
    if (response.status === 404) return null
    if (!response.ok)
      await this.fail(
        response,
        withVersion(ref, tagOrDigest),
        `image ${withVersion(ref, tagOrDigest)}`
      )
    const digest = response.headers.get('docker-content-digest')
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim()
    const size = Number(response.headers.get('content-length') ?? NaN)
    if (!digest || !mediaType || !Number.isFinite(size)) {
      // Some registries leave digest headers off HEAD answers; GET tells the truth.
      const got = await this.fetchManifest(ref, tagOrDigest)
      if (!got) return null
      return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length }
    }
    if (isDigest(tagOrDigest) && digest !== tagOrDigest)
      throw mismatch(`manifest ${withVersion(ref, tagOrDigest)}`, tagOrDigest, digest)
    return { digest, mediaType, size }
  }

  async putManifest(
    ref: Reference,
    tagOrDigest: string,
    bytes: Buffer,
    mediaType: string
  ): Promise<string> {
    return (await this.putManifestWithHeaders(ref, tagOrDigest, bytes, mediaType)).digest
  }

  private async putManifestWithHeaders(
    ref: Reference,
    tagOrDigest: string,
    bytes: Buffer,
    mediaType: string,
    headers: Record<string, string> = {}
  ): Promise<{ digest: string; status: number; subject: boolean }> {
    assertVersion(tagOrDigest)
    const digest = sha256Digest(bytes)
    if (isDigest(tagOrDigest)) verifyDigest(bytes, tagOrDigest, `manifest for ${ref.name}`)
    const response = await this.transport.send({
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

  private async openBlob(ref: Reference, digest: string, range?: number): Promise<HttpResponse> {
    const response = await this.transport.send({
      method: 'GET',
      registry: ref.registry,
      path: `/v2/${ref.repository}/blobs/${digest}`,
      scopes: pull(ref),
      headers: range ? { range: `bytes=${range}-` } : {}
    })
    if (!response.ok) await this.fail(response, ref, `blob ${digest}`)
    // No blob is served as a web page; a proxy or portal answered instead of the registry.
    if (response.headers.get('content-type')?.startsWith('text/html')) {
      response.discard()
      throw new ActionError(
        'REGISTRY_ERROR',
        `${describeUrl(response.url)} answered an HTML page instead of blob ${digest}`,
        { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' }
      )
    }
    return response
  }

  /**
   * The blob as a stream whose digest is verified as it passes; a mismatch errors the
   * stream at its end. A connection cut mid-body resumes with a Range request (or
   * restarts, skipping what was already passed on) up to the retry limit.
   */
  async blobStream(ref: Reference, digest: string, size?: number): Promise<Readable> {
    if (!isDigest(digest)) throw new ActionError('INPUT_INVALID', `"${digest}" is not a digest`)
    const first = await this.openBlob(ref, digest)
    const retry = this.transport.retry
    const open = (offset: number) => this.openBlob(ref, digest, offset)
    async function* body(): AsyncGenerator<Buffer> {
      let response = first
      let received = 0
      let skip = 0
      // The connection's small chunks are gathered into blocks of our own, which the
      // decompressor can free as soon as it has taken them (see releaseChunk).
      let block = Buffer.allocUnsafeSlow(STREAM_CHUNK_SIZE)
      let filled = 0
      for (let failures = 0; ;) {
        const current = response
        const reader = current.body[Symbol.asyncIterator]() as AsyncIterator<Buffer>
        let finished = false
        try {
          for (;;) {
            const { done, value } = await readWithin(reader, current, retry.timeoutMs)
            if (done) {
              finished = true
              break
            }
            const chunk = skip >= value.length ? undefined : value.subarray(skip)
            skip = Math.max(0, skip - value.length)
            if (!chunk) continue
            received += chunk.length
            for (let offset = 0; offset < chunk.length;) {
              const copied = chunk.copy(block, filled, offset)
              filled += copied
              offset += copied
              if (filled === block.length) {
                yield block
                block = Buffer.allocUnsafeSlow(STREAM_CHUNK_SIZE)
                filled = 0
              }
            }
          }
        } catch (error) {
          if (++failures >= retry.attempts) throw error
          log.debug(
            `blob ${digest} interrupted after ${received} bytes (${String(error)}); resuming`
          )
          await sleep(backoffMs(failures, retry))
          response = await open(received)
          skip = response.status === 206 ? 0 : received
        } finally {
          // Stopped early (consumer gone, or an error): close the connection.
          if (!finished) current.discard()
        }
        if (finished) {
          if (filled > 0) yield block.subarray(0, filled)
          return
        }
      }
    }
    const verifier = new DigestVerifier(digest, `blob ${digest} of ${ref.name}`, size)
    return pipeline(
      Readable.from(body(), { objectMode: false, highWaterMark: STREAM_CHUNK_SIZE }),
      verifier,
      () => {}
    )
  }

  /** The whole blob in memory (configs, signatures), digest-verified. */
  async getBlob(ref: Reference, digest: string): Promise<Buffer> {
    const chunks: Buffer[] = []
    for await (const chunk of await this.blobStream(ref, digest)) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  async hasBlob(ref: Reference, digest: string): Promise<boolean> {
    const response = await this.transport.send({
      method: 'HEAD',
      registry: ref.registry,
      path: `/v2/${ref.repository}/blobs/${digest}`,
      scopes: pull(ref)
    })
    if (response.status === 404) return false
    if (response.ok) return true
    return this.fail(response, ref, `blob ${digest}`)
  }

  /**
   * Uploads a blob unless the repository already has it; mounts it from `mountFrom`
   * when given. Restarts the upload session when one fails midway.
   */
  async putBlob(
    ref: Reference,
    data: Buffer,
    digest?: string,
    options: PutBlobOptions = {}
  ): Promise<string> {
    const actual = digest ? digestOf(data, digest) : sha256Digest(data)
    if (digest && actual !== digest) throw mismatch(`blob for ${ref.name}`, digest, actual)
    for (let attempt = 0; ; attempt++) {
      if (await this.hasBlob(ref, actual)) return actual
      try {
        await this.upload(ref, data, actual, options)
        return actual
      } catch (error) {
        const transient =
          error instanceof ActionError &&
          (error.code === 'NETWORK_ERROR' || error.code === 'REGISTRY_ERROR')
        if (!transient || attempt + 1 >= UPLOAD_RESTARTS) throw error
        log.debug(`upload of ${actual} to ${ref.name} failed (${error.message}); starting again`)
      }
    }
  }

  private async upload(ref: Reference, data: Buffer, digest: string, options: PutBlobOptions) {
    const scopes = options.mountFrom
      ? [...push(ref), `repository:${options.mountFrom}:pull`]
      : push(ref)
    const query = options.mountFrom
      ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
      : ''
    const started = await this.transport.send({
      method: 'POST',
      registry: ref.registry,
      path: `/v2/${ref.repository}/blobs/uploads/${query}`,
      scopes
    })
    if (started.status === 201) {
      started.discard()
      return
    }
    if (started.status !== 202) await this.uploadFailed(started, ref, digest)
    started.discard()
    let location = this.location(ref, started)
    const chunkSize = options.chunkSize
    if (chunkSize && data.length > chunkSize) {
      for (let offset = 0; offset < data.length; offset += chunkSize) {
        const chunk = data.subarray(offset, Math.min(offset + chunkSize, data.length))
        const patched = await this.transport.send({
          method: 'PATCH',
          registry: ref.registry,
          path: location,
          scopes,
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `${offset}-${offset + chunk.length - 1}`
          },
          body: chunk
        })
        if (patched.status !== 202) await this.uploadFailed(patched, ref, digest)
        patched.discard()
        location = this.location(ref, patched)
      }
      return this.finishUpload(ref, location, digest, scopes, Buffer.alloc(0))
    }
    return this.finishUpload(ref, location, digest, scopes, data)
  }

  private async finishUpload(
    ref: Reference,
    location: string,
    digest: string,
    scopes: string[],
    body: Buffer
  ) {
    const url = new URL(location)
    url.searchParams.set('digest', digest)
    const response = await this.transport.send({
      method: 'PUT',
      registry: ref.registry,
      path: url.toString(),
      scopes,
      headers: { 'content-type': 'application/octet-stream' },
      body
    })
    if (response.status !== 201) await this.uploadFailed(response, ref, digest)
    response.discard()
  }

  private location(ref: Reference, response: HttpResponse): string {
    const location = response.headers.get('location')
    if (!location)
      throw new ActionError(
        'REGISTRY_ERROR',
        `${ref.registry} started an upload without a Location header`
      )
    return new URL(location, this.transport.baseUrl(ref.registry)).toString()
  }

  private async uploadFailed(
    response: HttpResponse,
    ref: Reference,
    digest: string
  ): Promise<never> {
    const detail = await errorDetail(response)
    throw new ActionError(
      'REGISTRY_ERROR',
      `upload of blob ${digest} to ${ref.name} failed: ${response.status}${detail.text ? ` (${detail.text})` : ''}`
    )
  }

  /**
   * OCI 1.1 referrers of subjectDigest: the referrers API, else the `sha256-<hex>`
   * fallback index. A failing registry is an error, never an empty answer.
   */
  async referrers(
    ref: Reference,
    subjectDigest: string,
    artifactType?: string
  ): Promise<Descriptor[]> {
    const fromApi =
      this.referrersApi.get(ref.registry) === false
        ? null
        : await this.referrersFromApi(ref, subjectDigest, artifactType)
    const all = fromApi ?? (await this.referrersFromTag(ref, subjectDigest)).manifests
    return artifactType ? all.filter(d => d.artifactType === artifactType) : all
  }

  /** Descriptors from the referrers API, following Link pagination; null when the API is absent. */
  private async referrersFromApi(
    ref: Reference,
    subjectDigest: string,
    artifactType?: string
  ): Promise<Descriptor[] | null> {
    assertDigest(subjectDigest, 'referrers subject')
    const found: Descriptor[] = []
    const filter = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
    let path: string | undefined = `/v2/${ref.repository}/referrers/${subjectDigest}${filter}`
    for (let page = 1; path; page++) {
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
        if (!aboutSubject) this.referrersApi.set(ref.registry, false)
        return null
      }
      if (!response.ok) await this.fail(response, ref, `referrers of ${subjectDigest}`)
      this.referrersApi.set(ref.registry, true)
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
      const link = response.headers.get('link')
      const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined
      // RFC 5988: a relative target resolves against the URL that answered, not the host root.
      path = next ? new URL(next, response.url).toString() : undefined
    }
    return found
  }

  private async referrersFromTag(
    ref: Reference,
    subjectDigest: string
  ): Promise<{ manifests: Descriptor[]; index?: ImageIndex; etag?: string; exists: boolean }> {
    const tag = referrersTag(subjectDigest)
    const got = await this.fetchManifest(ref, tag, INDEX_TYPES.join(', '))
    if (!got) return { manifests: [], exists: false }
    const document = parseManifest(got.bytes, `${ref.name}:${tag}`)
    if (document.kind !== 'index')
      throw new ActionError(
        'REGISTRY_ERROR',
        `${ref.name}:${tag} should be a referrers index but is an image manifest`,
        { hint: 'Something else uses the referrers fallback tag; remove or rename it' }
      )
    return {
      manifests: document.index.manifests ?? [],
      index: document.index,
      etag: got.etag,
      exists: true
    }
  }

  /**
   * Pushes a manifest with a `subject` by digest; when the registry does not index
   * referrers itself, adds it to the subject's `sha256-<hex>` fallback index.
   */
  async pushReferrer(ref: Reference, manifest: ImageManifest): Promise<string> {
    if (!manifest.subject)
      throw new ActionError('INPUT_INVALID', 'a referrer manifest needs a subject descriptor')
    const mediaType = manifest.mediaType ?? MediaType.OCI_MANIFEST
    const bytes = Buffer.from(JSON.stringify(manifest))
    const digest = sha256Digest(bytes)
    const pushed = await this.putManifestWithHeaders(ref, digest, bytes, mediaType)
    if (pushed.subject) {
      this.referrersApi.set(ref.registry, true)
      return digest
    }
    if (this.referrersApi.get(ref.registry) !== false) {
      const fromApi = await this.referrersFromApi(ref, manifest.subject.digest)
      if (fromApi !== null) return digest
    }
    const descriptor: Descriptor = {
      mediaType,
      digest,
      size: bytes.length,
      artifactType: manifest.artifactType ?? manifest.config.mediaType,
      ...(manifest.annotations ? { annotations: manifest.annotations } : {})
    }
    await this.addToReferrersTag(ref, manifest.subject.digest, descriptor)
    return digest
  }

  /**
   * Read-merge-write of the `sha256-<hex>` fallback index, then a read-back until our entry is
   * listed. `If-Match` alone is not enough: Distribution 2.8 ignores it, so two writers that
   * read the same index both get 201 and the later PUT drops the other's entry. The read-back
   * waits about one read-write cycle (with jitter) so a concurrent writer that read before our
   * PUT has landed its own; a missing entry is merged in again.
   */
  private async addToReferrersTag(ref: Reference, subjectDigest: string, descriptor: Descriptor) {
    const tag = referrersTag(subjectDigest)
    let current = await this.referrersFromTag(ref, subjectDigest)
    for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
      const started = Date.now()
      if (!current.manifests.some(d => d.digest === descriptor.digest)) {
        const put = await this.putReferrersIndex(ref, tag, current, descriptor)
        if (put.status === 412) {
          log.debug(`${ref.name}:${tag} changed while it was updated; reading it again`)
          await sleep(Math.random() * 50 * (attempt + 1))
          current = await this.referrersFromTag(ref, subjectDigest)
          continue
        }
      }
      const cycle = Math.max(20, Date.now() - started)
      await sleep(cycle + Math.random() * cycle)
      current = await this.referrersFromTag(ref, subjectDigest)
      if (current.manifests.some(d => d.digest === descriptor.digest)) return
      log.debug(
        `${ref.name}:${tag} lost ${descriptor.digest} to a concurrent writer (the registry ignores If-Match); adding it again`
      )
    }
    throw new ActionError(
      'REGISTRY_ERROR',
      `could not list ${descriptor.digest} in ${ref.name}:${tag}: concurrent writers kept replacing it`,
      { hint: 'Re-run the job: the pushed referrer is reused and listed again' }
    )
  }

  /** PUTs `current` plus `descriptor` (deduplicated by digest), conditional on what was read. */
  private async putReferrersIndex(
    ref: Reference,
    tag: string,
    current: Awaited<ReturnType<RegistryClient['referrersFromTag']>>,
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
    return this.putManifestWithHeaders(
      ref,
      tag,
      Buffer.from(JSON.stringify(index)),
      MediaType.OCI_INDEX,
      headers
    )
  }

  /** Resolves a reference to an image or index, following a tag to its digest. */
  async resolve(ref: Reference): Promise<Target> {
    const version = ref.digest ?? ref.tag ?? 'latest'
    const got = await this.getManifest(ref, version)
    const source: ContentSource = {
      manifest: async descriptor => (await this.getManifest(ref, descriptor.digest)).bytes,
      blob: descriptor => this.blobStream(ref, descriptor.digest, descriptor.size),
      blobBytes: descriptor => this.getBlob(ref, descriptor.digest)
    }
    return loadTarget(
      source,
      ref.name,
      got.digest,
      got.bytes,
      `${withVersion(ref, version)}`,
      got.mediaType
    )
  }
}

/** The next chunk, or an error when none arrives within `ms` (the connection is then closed). */
function readWithin(
  reader: AsyncIterator<Buffer>,
  response: HttpResponse,
  ms: number
): Promise<IteratorResult<Buffer>> {
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no data for ${ms} ms`))
      response.discard()
    }, ms)
  })
  return Promise.race([reader.next(), stalled]).finally(() => clearTimeout(timer))
}

function assertVersion(tagOrDigest: string): void {
  if (!isDigest(tagOrDigest) && !TAG.test(tagOrDigest))
    throw new ActionError('INPUT_INVALID', `"${tagOrDigest}" is neither a tag nor a digest`, {
      hint: 'Tags are up to 128 letters, digits, "_", "." and "-"; digests are sha256:<hex>'
    })
}

/** The body, refusing more than `limit` bytes (a manifest is never that large). */
async function readLimited(response: HttpResponse, limit: number, what: string): Promise<Buffer> {
  const tooLarge = () =>
    new ActionError(
      'REGISTRY_ERROR',
      `${what} from ${describeUrl(response.url)} is larger than ${limit} bytes`
    )
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    response.discard()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function imageNotFound(ref: Reference, tagOrDigest: string): ActionError {
  return new ActionError('IMAGE_NOT_FOUND', `image ${tagOrDigest} not found in ${ref.name}`, {
    hint: 'Check the repository name, tag or digest, and that the image was pushed there'
  })
}
