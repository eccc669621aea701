// The pending record: referrers a run pushed but could not list, for a re-run to find.
import { outsideDeadlines, timeLeft, withDeadline } from '../../network/deadline'
import { ActionError, describeError } from '../../errors'
import { log } from '../../log'
import { MediaType } from '../media-types'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import type { Descriptor, ImageIndex } from '../types'
import { referrersTag } from './common'
import { fetchIndex, headManifest, putManifest } from './manifests'

/**
 * A referrer manifest is pushed before the `sha256-<hex>` fallback index names it (a registry
 * refuses an index whose children it lacks). When the index update then fails for good,
 * nothing lists the manifest, and no registry API finds an untagged manifest without its
 * digest. So the failing run writes this record: an OCI index at `sha256-<hex>.pending`,
 * beside the fallback tag, listing those referrers as the fallback index would. A re-run
 * reads it, checks each entry like any referrer it finds, and lists the valid ones instead
 * of signing again. No other tool reads it, and verify mode does not either: an entry here
 * is never "attached".
 */
export const PENDING_ANNOTATION = 'dev.sbom-sign.pending-referrers-of'
/** Entries a record keeps (the newest) and a reader looks at: room for many failed runs. */
export const MAX_PENDING = 64
/** Writing the record is best-effort after a failure: it gets this long, retries included. */
const RECORD_MS = 15_000
/**
 * What it gets when the run's own deadline has passed or the job is being cancelled: less
 * than the run's wind-up time, and than the runner's 7.5 s between SIGINT and SIGTERM.
 */
const LATE_RECORD_MS = 4000

/**
 * What to do when a pushed referrer could not be listed nor recorded. A re-run cannot find
 * such a referrer (nothing lists it, and its digest is not predictable), so it signs again.
 */
export const RELIST_HINT =
  'Re-run the job: it signs again and lists the new referrer; the unlisted one is referenced by nothing and goes at the next registry garbage collection'

export function pendingTag(subjectDigest: string): string {
  return `${referrersTag(subjectDigest)}.pending`
}

/** The record as read: its entries and, when the tag exists, the digest it points to. */
export interface PendingRecord {
  manifests: Descriptor[]
  digest?: string
}

/**
 * The record for subjectDigest, empty when there is none. One that is not an index is
 * ignored with a warning: the record only ever saves work, so it never blocks a run.
 */
export async function readPending(
  transport: Transport,
  ref: Reference,
  subjectDigest: string
): Promise<PendingRecord> {
  const tag = pendingTag(subjectDigest)
  const got = await fetchIndex(transport, ref, tag)
  if (!got) return { manifests: [] }
  if (!got.index) {
    log.warning(`${ref.name}:${tag} is not an index of pending referrers; ignored`)
    return { manifests: [] }
  }
  const manifests = got.index.manifests ?? []
  if (manifests.length > MAX_PENDING)
    log.warning(
      `${ref.name}:${tag} lists ${manifests.length} pending referrers; only the first ${MAX_PENDING} are looked at`
    )
  return { manifests: manifests.slice(0, MAX_PENDING), digest: got.digest }
}

/**
 * Adds `descriptor` to the record (read-merge-write, newest kept), within RECORD_MS; after the
 * run's deadline passed, within LATE_RECORD_MS of its own.
 */
export async function recordPending(
  transport: Transport,
  ref: Reference,
  subjectDigest: string,
  descriptor: Descriptor,
  late = timeLeft() === 0
): Promise<void> {
  const tag = pendingTag(subjectDigest)
  const record = () =>
    withDeadline(
      late ? LATE_RECORD_MS : RECORD_MS,
      { what: `recording ${descriptor.digest} in ${ref.name}:${tag}`, input: 'timeout' },
      async () => {
        const current = await readPending(transport, ref, subjectDigest)
        const others = current.manifests.filter(d => d.digest !== descriptor.digest)
        const manifests = [...others, descriptor].slice(-MAX_PENDING)
        await writeRecord(transport, ref, subjectDigest, manifests)
      }
    )
  await (late ? outsideDeadlines(record) : record())
}

/**
 * What a cancelled job gets: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills
 * the process tree 2.5 s after that; some runners have sent SIGHUP instead.
 */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Runs `fn`, the pushing and listing of a referrer. A stop signal meanwhile first records the
 * referrer, within LATE_RECORD_MS, then ends the process as the signal would have.
 */
export async function recordIfInterrupted<T>(
  transport: Transport,
  ref: Reference,
  subjectDigest: string,
  descriptor: Descriptor,
  fn: () => Promise<T>
): Promise<T> {
  let recording = false
  const release = () => STOP_SIGNALS.forEach(signal => process.off(signal, interrupted))
  function interrupted(signal: NodeJS.Signals) {
    if (recording) return
    recording = true
    log.warning(
      `${signal}: recording ${descriptor.digest}, pushed but not listed yet, in ${ref.name}:${pendingTag(subjectDigest)} before stopping`
    )
    void recordPending(transport, ref, subjectDigest, descriptor, true)
      .catch(error => log.warning(`could not record ${descriptor.digest}: ${describeError(error)}`))
      .finally(() => {
        release()
        process.kill(process.pid, signal)
      })
  }
  STOP_SIGNALS.forEach(signal => process.on(signal, interrupted))
  try {
    return await fn()
  } finally {
    if (!recording) release()
  }
}

/**
 * The error for a referrer pushed but not listed (`failure` says why), after recording it for
 * a re-run; the message says whether that worked.
 */
export async function recordUnlisted(
  transport: Transport,
  ref: Reference,
  subjectDigest: string,
  descriptor: Descriptor,
  failure: unknown
): Promise<ActionError> {
  const what = `${failure instanceof Error ? failure.message : String(failure)}. Referrer ${descriptor.digest} is pushed but not listed`
  const code = failure instanceof ActionError ? failure.code : 'REGISTRY_ERROR'
  try {
    await recordPending(transport, ref, subjectDigest, descriptor)
  } catch (error) {
    return new ActionError(
      code,
      `${what}, and recording it for a re-run failed too (${describeError(error)})`,
      { hint: RELIST_HINT, cause: failure }
    )
  }
  // No hint: the message says what a re-run does, and the attach step adds "Re-run the job".
  return new ActionError(
    code,
    `${what}; it is recorded in ${ref.name}:${pendingTag(subjectDigest)}, where a re-run finds it, checks it like any referrer and lists it instead of signing again`,
    { cause: failure }
  )
}

/**
 * Removes the record read as `record` once its referrers are listed (or judged not worth
 * listing). DELETE by digest removes exactly the revision that was read: a record a
 * concurrent run wrote since then is another revision and stays. A registry that does not
 * allow DELETE (or these credentials) gets the record overwritten with no entries instead,
 * unless it changed since it was read: the tag stays, listing nothing. Returns what was done.
 */
export async function clearPending(
  transport: Transport,
  ref: Reference,
  subjectDigest: string,
  record: PendingRecord
): Promise<'deleted' | 'emptied' | 'left'> {
  if (!record.digest) return 'deleted'
  // A manifest deleted by digest takes every tag on it along: never the fallback index's.
  const fallback = await headManifest(transport, ref, referrersTag(subjectDigest))
  if (fallback?.digest !== record.digest) {
    const response = await transport.send({
      method: 'DELETE',
      registry: ref.registry,
      path: `/v2/${ref.repository}/manifests/${record.digest}`,
      scopes: [`repository:${ref.repository}:pull,push,delete`]
    })
    response.discard()
    if (response.ok || response.status === 404) return 'deleted'
    log.debug(
      `${ref.registry} answered ${response.status} to deleting ${ref.name}:${pendingTag(subjectDigest)}; emptying it instead`
    )
  }
  // Only the revision that was read: a record another run wrote since then is left to it.
  const now = await headManifest(transport, ref, pendingTag(subjectDigest))
  if (now?.digest !== record.digest) return 'left'
  await writeRecord(transport, ref, subjectDigest, [])
  return 'emptied'
}

async function writeRecord(
  transport: Transport,
  ref: Reference,
  subjectDigest: string,
  manifests: Descriptor[]
): Promise<void> {
  // The annotation makes the record's digest its own: no other tag shares it.
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_INDEX,
    manifests,
    annotations: { [PENDING_ANNOTATION]: subjectDigest }
  }
  await putManifest(
    transport,
    ref,
    pendingTag(subjectDigest),
    Buffer.from(JSON.stringify(index)),
    MediaType.OCI_INDEX
  )
}
