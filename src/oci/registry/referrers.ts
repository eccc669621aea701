import { ActionError } from '../../errors'
import { sha256Digest } from '../digest'
import { MediaType } from '../media-types'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import type { Descriptor, ImageManifest } from '../types'
import { putManifest } from './manifests'
import { recordIfInterrupted, recordUnlisted } from './pending'
import { listFromApi, type ReferrersApiSupport } from './referrers-api'
import { readReferrersTag } from './referrers-tag'
import { addToReferrersTag } from './referrers-tag-update'

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
  private readonly api: ReferrersApiSupport = new Map()

  constructor(private readonly transport: Transport) {}

  /**
   * Referrers of subjectDigest: the referrers API, else the `sha256-<hex>` fallback
   * index. A failing registry is an error, never an empty answer.
   */
  async list(ref: Reference, subjectDigest: string, artifactType?: string): Promise<Descriptor[]> {
    const fromApi =
      this.api.get(ref.registry) === false
        ? null
        : await listFromApi(this.transport, this.api, ref, subjectDigest, artifactType)
    const all = fromApi ?? (await readReferrersTag(this.transport, ref, subjectDigest)).manifests
    return artifactType ? all.filter(d => d.artifactType === artifactType) : all
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
        const fromApi = await listFromApi(this.transport, this.api, ref, subjectDigest)
        if (fromApi !== null) return
      }
      await addToReferrersTag(this.transport, ref, subjectDigest, descriptor, settle)
    } catch (error) {
      throw await recordUnlisted(this.transport, ref, subjectDigest, descriptor, error)
    }
  }
}
