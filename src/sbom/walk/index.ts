import type { Readable } from 'node:stream'
import { ActionError } from '../../errors'
import type { Image } from '../../oci/types'
import { readTar, type TarEntry } from './tar'
import { SquashedView, type LayerChange } from './view'

export { SquashedView } from './view'
export type { FileVersion, ViewEntry } from './view'

/** Reads some files while layers stream; keeps a small parse result instead of the bytes. */
export interface FileReader<R = unknown> {
  readonly name: string
  wants(path: string): boolean
  readonly maxFileSize: number
  parse(path: string, content: Buffer): R
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
  const done: (LayerChange[] | undefined)[] = []
  let applied = 0
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < image.layers.length) {
      const index = next++
      done[index] = await scanLayer(image, index, readers, options.warn)
      // Squash in layer order as soon as the lower layers are in, then drop the changes.
      while (applied < image.layers.length && done[applied]) {
        view.apply(applied, done[applied] as LayerChange[])
        done[applied] = []
        applied++
      }
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

async function scanLayer(
  image: Image,
  index: number,
  readers: readonly FileReader[],
  warn: (message: string) => void
): Promise<LayerChange[]> {
  const layer = image.layers[index]
  if (!layer) return []
  const changes: LayerChange[] = []
  const parsedHere = new Map<string, Map<number, unknown>>()
  let current: { entry: TarEntry; readers: number[]; parsed: Map<number, unknown> } | undefined

  const visitor = {
    entry(entry: TarEntry): boolean {
      const slash = entry.path.lastIndexOf('/')
      const base = entry.path.slice(slash + 1)
      if (base.startsWith(WHITEOUT)) {
        const dir = slash < 0 ? '' : entry.path.slice(0, slash)
        if (base === OPAQUE) changes.push({ kind: 'opaque', path: dir })
        else {
          const hidden = base.slice(WHITEOUT.length)
          changes.push({ kind: 'whiteout', path: dir ? `${dir}/${hidden}` : hidden })
        }
        return false
      }
      if (entry.type === 'hardlink') {
        // Same bytes as the target; reuse what was parsed from it in this layer.
        const parsed = parsedHere.get(entry.linkName)
        changes.push({
          kind: 'entry',
          path: entry.path,
          type: 'file',
          linkName: '',
          ...(parsed ? { parsed } : {})
        })
        if (parsed) parsedHere.set(entry.path, parsed)
        return false
      }
      if (entry.type !== 'file') {
        changes.push({
          kind: 'entry',
          path: entry.path,
          type: entry.type,
          linkName: entry.linkName
        })
        return false
      }
      const wanting: number[] = []
      for (let r = 0; r < readers.length; r++)
        if ((readers[r] as FileReader).wants(entry.path)) wanting.push(r)
      if (wanting.length === 0) {
        changes.push({ kind: 'entry', path: entry.path, type: 'file', linkName: '' })
        return false
      }
      const parsed = new Map<number, unknown>()
      const fitting: number[] = []
      for (const r of wanting) {
        const reader = readers[r] as FileReader
        if (entry.size > reader.maxFileSize) {
          warn(
            `${reader.name}: skipped /${entry.path} (${entry.size} bytes, limit ${reader.maxFileSize})`
          )
          parsed.set(r, undefined)
        } else fitting.push(r)
      }
      changes.push({ kind: 'entry', path: entry.path, type: 'file', linkName: '', parsed })
      parsedHere.set(entry.path, parsed)
      if (fitting.length === 0) return false
      current = { entry, readers: fitting, parsed }
      return true
    },
    content(entry: TarEntry, data: Buffer): void {
      if (!current || current.entry !== entry) return
      for (const r of current.readers) {
        const reader = readers[r] as FileReader
        try {
          current.parsed.set(r, reader.parse(entry.path, data))
        } catch (error) {
          warn(`${reader.name}: skipped /${entry.path}: ${message(error)}`)
          current.parsed.set(r, undefined)
        }
      }
      current = undefined
    }
  }

  let stream: Readable | undefined
  try {
    stream = await layer.tar()
    await readTar(stream, visitor)
  } catch (error) {
    if (error instanceof ActionError) throw error
    warn(
      `layer ${index + 1} (${layer.descriptor.digest}): ${streamProblem(error)}; the rest of this layer was not read`
    )
  } finally {
    stream?.destroy()
  }
  return changes
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
