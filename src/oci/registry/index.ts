import type { Readable } from 'node:stream'
import type { RetryBudget } from '../../network/retry'
import { CredentialStore } from '../credentials'
import { loadTarget, type ContentSource } from '../image'
import { MAX_BUNDLE_BYTES } from '../limits'
import { withVersion, type Reference } from '../reference'
import { Transport, type RetryOptions } from '../transport'
import type { Descriptor, ImageManifest, Target } from '../types'
import { blobStream, getBlob, hasBlob } from './blob-read'
import { putBlob, type PutBlobOptions, type StreamedBlob } from './blob-upload'
import { imageNotFound } from './common'
import { fetchManifest, headManifest, putManifest } from './manifests'
import { clearPending, readPending, type PendingRecord } from './pending'
import { Referrers } from './referrers'

export { referrerDescriptor } from './referrers'
export { REFERRERS_TAG_SETTLE_MS } from './referrers-tag-update'
export { RELIST_HINT, pendingTag, type PendingRecord } from './pending'
export { referrersTag } from './common'
export type { PutBlobOptions, StreamedBlob } from './blob-upload'

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
  /** The run's budget for riding out failures, shared with its other services. */
  retryBudget?: RetryBudget
  /** Requests in flight at once. */
  maxConcurrency?: number
}

/**
 * A client for the OCI distribution API of any number of registries. Each step lives in
 * its own module: manifests, blob reads, blob uploads, referrers (the API, the fallback tag
 * and its update, the pending record); the transport does HTTP, authentication and retries.
 */
export class RegistryClient {
  private readonly transport: Transport
  private readonly referrersOf: Referrers

  constructor(options: RegistryOptions = {}) {
    this.transport = new Transport(new CredentialStore(options), {
      insecureRegistries: options.insecureRegistries,
      retry: options.retry,
      retryBudget: options.retryBudget,
      maxConcurrency: options.maxConcurrency
    })
    this.referrersOf = new Referrers(this.transport)
  }

  /** GET manifest by tag or digest; verifies the digest when fetching by digest. */
  async getManifest(
    ref: Reference,
    tagOrDigest = ref.digest ?? ref.tag ?? 'latest'
  ): Promise<{ digest: string; mediaType: string; bytes: Buffer }> {
    const result = await fetchManifest(this.transport, ref, tagOrDigest)
    if (!result) throw imageNotFound(ref, tagOrDigest)
    return result
  }

  /** HEAD; null when absent (404), throws on other errors. */
  headManifest(
    ref: Reference,
    tagOrDigest: string
  ): Promise<{ digest: string; mediaType: string; size: number } | null> {
    return headManifest(this.transport, ref, tagOrDigest)
  }

  async putManifest(
    ref: Reference,
    tagOrDigest: string,
    bytes: Buffer,
    mediaType: string
  ): Promise<string> {
    return (await putManifest(this.transport, ref, tagOrDigest, bytes, mediaType)).digest
  }

  /** The blob as a stream, digest-verified as it passes; resumes broken connections. */
  blobStream(ref: Reference, digest: string, size?: number): Promise<Readable> {
    return blobStream(this.transport, ref, digest, size)
  }

  /**
   * The whole blob in memory, digest-verified; refused past `maxBytes` (by default the
   * cap for signatures and bundles).
   */
  getBlob(ref: Reference, digest: string, maxBytes = MAX_BUNDLE_BYTES): Promise<Buffer> {
    return getBlob(this.transport, ref, digest, maxBytes)
  }

  hasBlob(ref: Reference, digest: string): Promise<boolean> {
    return hasBlob(this.transport, ref, digest)
  }

  /** Uploads a blob unless the repository has it (or mounts it from another repository). */
  putBlob(
    ref: Reference,
    data: Buffer | StreamedBlob,
    digest?: string,
    options: PutBlobOptions = {}
  ): Promise<string> {
    return putBlob(this.transport, ref, data, digest, options)
  }

  /** OCI 1.1 referrers of subjectDigest (API or fallback tag), within page and entry caps. */
  referrers(ref: Reference, subjectDigest: string, artifactType?: string): Promise<Descriptor[]> {
    return this.referrersOf.list(ref, subjectDigest, artifactType)
  }

  /** Whether the registry of `ref` serves the referrers API, as far as this client has seen. */
  hasReferrersApi(ref: Reference): boolean {
    return this.referrersOf.hasApi(ref)
  }

  /**
   * Pushes a referrer manifest, listing it in the fallback index where the registry needs that;
   * with `settle`, only once it stayed listed past any concurrent writer's update.
   */
  pushReferrer(ref: Reference, manifest: ImageManifest, settle = false): Promise<string> {
    return this.referrersOf.push(ref, manifest, settle)
  }

  /**
   * Lists a referrer manifest already in the registry where cosign and gh look (see
   * pushReferrer); used for a referrer a concurrent writer dropped, or one an earlier run
   * pushed but could not list.
   */
  listReferrer(
    ref: Reference,
    subjectDigest: string,
    descriptor: Descriptor,
    settle = false
  ): Promise<void> {
    return this.referrersOf.listPushed(ref, subjectDigest, descriptor, settle)
  }

  /**
   * Referrers of subjectDigest an earlier run pushed but could not list (pending.ts): leads
   * to check, never referrers. Empty where the registry serves the referrers API (call
   * `referrers` first: it finds out).
   */
  async pendingReferrers(ref: Reference, subjectDigest: string): Promise<PendingRecord> {
    if (this.referrersOf.hasApi(ref)) return { manifests: [] }
    return readPending(this.transport, ref, subjectDigest)
  }

  /** Removes the pending record read as `record`; says whether it was deleted or emptied. */
  clearPendingReferrers(ref: Reference, subjectDigest: string, record: PendingRecord) {
    return clearPending(this.transport, ref, subjectDigest, record)
  }

  /** Resolves a reference to an image or index, following a tag to its digest. */
  async resolve(ref: Reference): Promise<Target> {
    const version = ref.digest ?? ref.tag ?? 'latest'
    const got = await this.getManifest(ref, version)
    const source: ContentSource = {
      manifest: async descriptor => (await this.getManifest(ref, descriptor.digest)).bytes,
      blob: descriptor => this.blobStream(ref, descriptor.digest, descriptor.size),
      blobBytes: (descriptor, maxBytes) =>
        getBlob(this.transport, ref, descriptor.digest, maxBytes, descriptor.size)
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
