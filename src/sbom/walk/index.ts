import type { Readable } from 'node:stream'
import { Gunzip, ZstdDecompress } from 'node:zlib'
import { ActionError } from '../../errors'
import { releaseChunk } from '../../oci/image'
import type { Image } from '../../oci/types'
import { readTar, type TarEntry, type TarSink } from './tar'
import { SquashedView, type LayerChange } from './view'

export { SquashedView } from './view'
export type { FileVersion, ViewEntry } from './view'

/**
 * Reads some files while layers stream and keeps a small result instead of the
 * bytes: either from the whole contents (`parse`, bounded by maxFileSize) or
 * chunk by chunk (`scan`, for files too large to hold, such as executables).
 */
export interface FileReader<R = unknown> {
  readonly name: string
  /** Called for every regular file (mode = permission bits): keep it cheap. */
  wants(path: string, mode: number): boolean
  /** Files larger than this are skipped with a warning (whole-file readers only). */
  readonly maxFileSize: number
  /** Parses the whole file; throws on malformed input (the file is then skipped with a warning). */
  parse?(path: string, content: Buffer): R
  /** Starts a streaming scan of one file. */
  scan?(path: string, size: number): FileScanner<R>
}

export interface FileScanner<R> {
  write(chunk: Buffer): void
  /** The result; throws on malformed input. */
  end(): R
}

export interface LayerInfo {
  digest: string
  diffId: string
  /** The history entry's `created_by`, e.g. the Dockerfile instruction. */
  createdBy?: string
}

export interface WalkOptions {
  /** Layers streamed at once. */
  concurrency?: number
  /** Called for each problem that skips a file or part of a layer. */
  warn(message: string): void
}

const WHITEOUT = '.wh.'
const OPAQUE = '.wh..wh..opq'

/**
 * Streams every layer exactly once (several at a time), lets the readers parse the
 * files they want, and squashes the layers in order into one view.
 */
export async function walkImage(
  image: Image,
  readers: readonly FileReader[],
  options: WalkOptions
): Promise<{ view: SquashedView; layers: LayerInfo[] }> {
  const layers = layerInfo(image)
  const view = new SquashedView()
  // The lowest layer not yet squashed goes straight into the view as it streams; a
  // higher one streaming at the same time keeps its changes until its turn comes.
  const waiting: LayerChange[][] = image.layers.map(() => [])
  const finished: boolean[] = []
  let live = 0
  const record = (index: number, change: LayerChange): void => {
    if (index === live) view.change(index, change)
    else waiting[index]?.push(change)
  }
  const finish = (index: number): void => {
    finished[index] = true
    while (finished[live]) {
      live++
      view.apply(live, waiting[live] ?? [])
      waiting[live] = []
    }
  }
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < image.layers.length) {
      const index = next++
      await scanLayer(image, index, readers, change => record(index, change), options.warn)
      finish(index)
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, image.layers.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return { view, layers }
}

/** Layers with their history entries (entries marked `empty_layer` have no layer). */
export function layerInfo(image: Image): LayerInfo[] {
  const history = (image.config.history ?? []).filter(h => !h.empty_layer)
  return image.layers.map((layer, i) => {
    const createdBy = history[i]?.created_by
    return {
      digest: layer.descriptor.digest,
      diffId: layer.diffId ?? image.config.rootfs.diff_ids[i] ?? '',
      ...(createdBy ? { createdBy } : {})
    }
  })
}

/** Streams one layer, handing each change to `record` in tar order. */
async function scanLayer(
  image: Image,
  index: number,
  readers: readonly FileReader[],
  record: (change: LayerChange) => void,
  warn: (message: string) => void
): Promise<void> {
  const layer = image.layers[index]
  if (!layer) return
  const parsedHere = new Map<string, Map<number, unknown>>()

  const visitor = {
    entry(entry: TarEntry): TarSink | null {
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
        // Same bytes as the target; reuse what was parsed from it in this layer.
        const parsed = parsedHere.get(entry.linkName)
        record({
          kind: 'entry',
          path: entry.path,
          type: 'file',
          linkName: '',
          ...(parsed ? { parsed } : {})
        })
        if (parsed) parsedHere.set(entry.path, parsed)
        return null
      }
      if (entry.type !== 'file') {
        record({
          kind: 'entry',
          path: entry.path,
          type: entry.type,
          linkName: entry.linkName
        })
        return null
      }
      const wanting: number[] = []
      for (let r = 0; r < readers.length; r++) {
        if ((readers[r] as FileReader).wants(entry.path, entry.mode)) wanting.push(r)
      }
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
      const sink = fileSink(entry, wanting, parsed)
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

  const fileSink = (
    entry: TarEntry,
    wanting: number[],
    parsed: Map<number, unknown>
  ): TarSink | null => {
    const failed = (r: number, error: unknown): void => {
      warn(`${(readers[r] as FileReader).name}: skipped /${entry.path}: ${message(error)}`)
      parsed.set(r, undefined)
    }
    const whole: number[] = []
    const scanners: [number, FileScanner<unknown>][] = []
    for (const r of wanting) {
      const reader = readers[r] as FileReader
      if (reader.scan) scanners.push([r, reader.scan(entry.path, entry.size)])
      else if (entry.size > reader.maxFileSize) {
        warn(
          `${reader.name}: skipped /${entry.path} (${entry.size} bytes, limit ${reader.maxFileSize})`
        )
        parsed.set(r, undefined)
      } else whole.push(r)
    }
    if (whole.length === 0 && scanners.length === 0) return null
    // Filled as the entry streams: the tar chunks themselves are released after each write.
    const content = whole.length > 0 ? Buffer.allocUnsafe(entry.size) : undefined
    let filled = 0
    return {
      write(chunk) {
        if (content) filled += chunk.copy(content, filled)
        for (const [r, scanner] of scanners) {
          if (parsed.has(r)) continue
          try {
            scanner.write(chunk)
          } catch (error) {
            failed(r, error)
          }
        }
      },
      end() {
        for (const r of whole) {
          try {
            parsed.set(
              r,
              detached((readers[r] as FileReader).parse?.(entry.path, content as Buffer))
            )
          } catch (error) {
            failed(r, error)
          }
        }
        for (const [r, scanner] of scanners) {
          if (parsed.has(r)) continue
          try {
            parsed.set(r, detached(scanner.end()))
          } catch (error) {
            failed(r, error)
          }
        }
      }
    }
  }

  let stream: Readable | undefined
  try {
    stream = await layer.tar()
    await readTar(
      stream,
      visitor,
      stream instanceof Gunzip || stream instanceof ZstdDecompress ? releaseChunk : undefined
    )
  } catch (error) {
    if (error instanceof ActionError) throw error
    warn(
      `layer ${index + 1} (${layer.descriptor.digest}): ${streamProblem(error)}; the rest of this layer was not read`
    )
  } finally {
    stream?.destroy()
  }
}

/**
 * A parse result that shares no memory with the file it came from. V8 keeps a whole
 * string alive while any substring of it is, so a few names cut out of a 1 MiB status
 * file would otherwise hold all of it until every layer is read. Binary data is kept.
 */
function detached<R>(value: R): R {
  if (typeof value === 'string') return (value.length > 12 ? structuredClone(value) : value) as R
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return value
  if (Array.isArray(value)) return value.map(detached) as R
  if (value instanceof Map)
    return new Map([...value].map(([k, v]) => [detached(k), detached(v)])) as R
  if (value instanceof Set) return new Set([...value].map(detached)) as R
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) copy[k] = detached(v)
  return copy as R
}

/** Errors may come from another realm (zlib, streams), so read them by shape. */
function message(error: unknown): string {
  const m = (error as { message?: unknown } | null)?.message
  return typeof m === 'string' ? m : String(error)
}

function streamProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('Z_'))
    return `corrupt compressed data (${message(error)})`
  if (code === 'ZSTD_ERROR' || (typeof code === 'string' && code.startsWith('ERR_ZSTD')))
    return `corrupt zstd data (${message(error)})`
  return message(error)
}
