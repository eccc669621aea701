import type { Readable } from 'node:stream'
import { ActionError } from '../../errors'
import { ownsChunks, releaseChunk, TrailingDataError } from '../../oci/decompress'
import type { Layer } from '../../oci/types'
import { TarFormatError } from '../../archive/tar-header'
import { readTar, type TarEntry, type TarSink, type TarVisitor } from './tar'
import type { LayerChange } from './view-node'
import type { FileReader } from './index'
import { fileSink, message, ParseBudget } from './readers'

/** Tar entries applied per layer: past this, the layer is still read and verified, not applied. */
export const MAX_LAYER_ENTRIES = 500_000

const WHITEOUT = '.wh.'
const OPAQUE = '.wh..wh..opq'

/** A hard link a cataloger wants whose target's bytes went by unread: read in a second pass. */
interface PendingLink {
  link: string
  readers: number[]
  /** Position of the link in the tar: containerd links only to a target that came before. */
  ordinal: number
}

export interface LayerScan {
  layer: Layer
  /** 1-based, for messages. */
  number: number
  readers: readonly FileReader[]
  /** The layer's parse-time budget, in milliseconds. */
  parseBudgetMs: number
  record(change: LayerChange): void
  warn(message: string): void
}

/**
 * Streams one layer to its last byte, handing each change to `record` in tar order. The
 * blob's digest and size and the tar's diff_id are checked at the end of the stream, so
 * nothing recorded counts unless this resolves: a mismatch, corrupt compression or a tar
 * containerd would not unpack rejects with an ActionError naming the layer.
 */
export async function scanLayer(scan: LayerScan): Promise<void> {
  const { layer, readers, record, warn } = scan
  const budget = new ParseBudget(scan.parseBudgetMs, (path, limitMs) =>
    warn(
      `layer ${scan.number} (${layer.descriptor.digest}): its files took more than ${limitMs / 1000} s to parse (the per-layer time budget); /${path} and the files after it in this layer were not cataloged, the rest of the image was`
    )
  )
  const wantedBy = (path: string, mode: number): number[] => {
    const wanting: number[] = []
    for (let r = 0; r < readers.length; r++)
      if ((readers[r] as FileReader).wants(path, mode)) wanting.push(r)
    return wanting
  }
  // What was parsed from this layer's files, by path, for hard links to reuse.
  const parsedHere = new Map<string, Map<number, unknown>>()
  // Hard links of this layer, link → the file it finally names (links may name links).
  const linkTargets = new Map<string, string>()
  const pending = new Map<string, PendingLink[]>()
  const pendingByLink = new Map<string, PendingLink>()
  let ordinal = 0

  const visitor: TarVisitor = {
    entry(entry: TarEntry): TarSink | null {
      if (++ordinal > MAX_LAYER_ENTRIES) {
        if (ordinal === MAX_LAYER_ENTRIES + 1)
          warn(
            `layer ${scan.number} (${layer.descriptor.digest}): more than ${MAX_LAYER_ENTRIES} tar entries (the entries budget); the rest of this layer was read and verified but not applied`
          )
        return null
      }
      // A later entry of the same path replaces a link still waiting for its bytes.
      const superseded = pendingByLink.get(entry.path)
      if (superseded) {
        pendingByLink.delete(entry.path)
        superseded.readers = []
      }
      const slash = entry.path.lastIndexOf('/')
      const base = entry.path.slice(slash + 1)
      if (base.startsWith(WHITEOUT)) {
        const dir = slash < 0 ? '' : entry.path.slice(0, slash)
        if (base === OPAQUE) record({ kind: 'opaque', path: dir })
        else {
          const hidden = base.slice(WHITEOUT.length)
          record({ kind: 'whiteout', path: dir ? `${dir}/${hidden}` : hidden })
        }
        return null
      }
      if (entry.type === 'hardlink') {
        hardLink(entry)
        return null
      }
      if (entry.type !== 'file') {
        record({ kind: 'entry', path: entry.path, type: entry.type, linkName: entry.linkName })
        return null
      }
      const wanting = wantedBy(entry.path, entry.mode)
      if (wanting.length === 0) {
        record({ kind: 'entry', path: entry.path, type: 'file', linkName: '' })
        return null
      }
      const parsed = new Map<number, unknown>()
      parsedHere.set(entry.path, parsed)
      const change: LayerChange = {
        kind: 'entry',
        path: entry.path,
        type: 'file',
        linkName: '',
        parsed
      }
      const sink = fileSink(entry, wanting, parsed, readers, warn, budget)
      if (!sink) {
        record(change)
        return null
      }
      // Recorded once parsed: the view may take it in at once.
      return {
        write: chunk => sink.write(chunk),
        end() {
          sink.end()
          record(change)
        }
      }
    }
  }

  /**
   * A hard link is the same file as its target, whichever of the two names a cataloger
   * reads: results parsed from the target are reused, and what the target's name did not
   * ask for is read from the target's bytes in a second pass over the layer.
   */
  const hardLink = (entry: TarEntry): void => {
    const target = linkTargets.get(entry.linkName) ?? entry.linkName
    linkTargets.set(entry.path, target)
    const fromTarget = parsedHere.get(target)
    const parsed = new Map<number, unknown>()
    const missing: number[] = []
    for (const r of wantedBy(entry.path, entry.mode)) {
      if (fromTarget?.has(r)) parsed.set(r, fromTarget.get(r))
      else missing.push(r)
    }
    const wanted = parsed.size > 0 || missing.length > 0
    record({
      kind: 'entry',
      path: entry.path,
      type: 'file',
      linkName: '',
      ...(wanted ? { parsed } : {})
    })
    if (parsed.size > 0) parsedHere.set(entry.path, parsed)
    if (missing.length === 0) return
    const link: PendingLink = { link: entry.path, readers: missing, ordinal }
    pendingByLink.set(entry.path, link)
    pending.set(target, [...(pending.get(target) ?? []), link])
  }

  await readLayer(scan, visitor)
  for (const links of pending.values())
    for (let i = links.length - 1; i >= 0; i--)
      if ((links[i] as PendingLink).readers.length === 0) links.splice(i, 1)
  for (const [target, links] of pending) if (links.length === 0) pending.delete(target)
  if (pending.size > 0) await readLinkTargets(scan, pending, budget)
}

/** The second pass: parses link targets under their links' names, then records them. */
async function readLinkTargets(
  scan: LayerScan,
  pending: Map<string, PendingLink[]>,
  budget: ParseBudget
) {
  const { readers, warn } = scan
  const results: { link: string; parsed: Map<number, unknown> }[] = []
  let ordinal = 0
  const visitor: TarVisitor = {
    entry(entry: TarEntry): TarSink | null {
      ordinal++
      const links = entry.type === 'file' ? pending.get(entry.path) : undefined
      if (!links) return null
      const sinks: TarSink[] = []
      for (const link of links.splice(0)) {
        if (ordinal >= link.ordinal) {
          links.push(link)
          continue
        }
        const parsed = new Map<number, unknown>()
        results.push({ link: link.link, parsed })
        const sink = fileSink(
          { ...entry, path: link.link },
          link.readers,
          parsed,
          readers,
          warn,
          budget
        )
        if (sink) sinks.push(sink)
      }
      return {
        write: chunk => sinks.forEach(sink => sink.write(chunk)),
        end: () => sinks.forEach(sink => sink.end())
      }
    }
  }
  await readLayer(scan, visitor)
  // Verified: only now do the results count.
  for (const { link, parsed } of results)
    scan.record({ kind: 'entry', path: link, type: 'file', linkName: '', parsed })
  for (const [target, links] of pending)
    for (const link of links)
      warn(
        `layer ${scan.number} (${scan.layer.descriptor.digest}): hard link /${link.link} names /${target}, which is not a file earlier in the same layer; not read`
      )
}

/** Reads the layer's whole stream through the visitor, turning every failure into an error. */
async function readLayer(scan: LayerScan, visitor: TarVisitor): Promise<void> {
  const { layer } = scan
  let stream: Readable | undefined
  try {
    stream = await layer.tar()
    await readTar(stream, visitor, ownsChunks(stream) ? releaseChunk : undefined)
  } catch (error) {
    if (error instanceof ActionError) throw error
    // Bytes that do not decompress may be bytes that were swapped: a digest mismatch
    // says so more truly than "corrupt data", so the stored blob is checked first.
    await verifyBlob(layer)
    throw new ActionError(
      'LAYER_INVALID',
      `layer ${scan.number} (${layer.descriptor.digest}) cannot be unpacked: ${streamProblem(error)}`,
      {
        hint:
          error instanceof TarFormatError || error instanceof TrailingDataError
            ? 'containerd would refuse this layer too; rebuild the image'
            : 'The blob matches its digest but does not decompress: the image was published corrupt; rebuild it'
      }
    )
  } finally {
    stream?.destroy()
  }
}

/** Reads the stored blob to its end; its digest or size check throws if it does not match. */
async function verifyBlob(layer: Layer): Promise<void> {
  const blob = await layer.blob()
  try {
    for await (const chunk of blob) void chunk
  } catch (error) {
    if (error instanceof ActionError) throw error
  } finally {
    blob.destroy()
  }
}

function streamProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('Z_'))
    return `corrupt compressed data (${message(error)})`
  if (code === 'ZSTD_ERROR' || (typeof code === 'string' && code.startsWith('ERR_ZSTD')))
    return `corrupt zstd data (${message(error)})`
  return message(error)
}
