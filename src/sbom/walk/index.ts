import type { Image, Layer } from '../../oci/types'
import { scanLayer } from './layer'
import { layerParseBudgetMs } from './readers'
import { MAX_VIEW_PATHS, SquashedView } from './view'
import type { LayerChange } from './view-node'

export { MAX_LAYER_ENTRIES } from './layer'
export { LAYER_PARSE_SECONDS } from './readers'
export { MAX_VIEW_PATHS, SquashedView } from './view'
export type { FileVersion, ViewEntry } from './view-node'

/**
 * Reads some files while layers stream and keeps a small result instead of the
 * bytes: either from the whole contents (`parse`, bounded by maxFileSize) or
 * chunk by chunk (`scan`, for files too large to hold, such as executables).
 */
export interface FileReader<R = unknown> {
  readonly name: string
  /** Called for every regular file (mode = permission bits): keep it cheap. */
  wants(path: string, mode: number): boolean
  /** Files larger than this are skipped with a warning. */
  readonly maxFileSize: number
  /** Parses the whole file; throws on malformed input (the file is then skipped with a warning). */
  parse?(path: string, content: Buffer): R
  /** Starts a streaming scan of one file, or returns undefined to have it parsed whole. */
  scan?(path: string, size: number): FileScanner<R> | undefined
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
  /** Wall time the readers may spend on one layer's files (default: layerParseBudgetMs()). */
  layerParseBudgetMs?: number
  /** Called for each problem that skips a file or part of a layer. */
  warn(message: string): void
}

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
  const view = new SquashedView(MAX_VIEW_PATHS, image.layers.length)
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
  const parseBudgetMs = options.layerParseBudgetMs ?? layerParseBudgetMs()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < image.layers.length) {
      const index = next++
      await scanLayer({
        layer: image.layers[index] as Layer,
        number: index + 1,
        readers,
        parseBudgetMs,
        record: change => record(index, change),
        warn: options.warn
      })
      finish(index)
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, image.layers.length))
  await Promise.all(Array.from({ length: workers }, worker))
  for (const index of view.cut) options.warn(viewBudgetProblem(view, index, layers))
  return { view, layers }
}

/** What was left out when a layer spent its share of the view's budget. */
function viewBudgetProblem(view: SquashedView, index: number, layers: LayerInfo[]): string {
  const layer = `layer ${index + 1} (${layers[index]?.digest ?? ''})`
  const limit = view.limit(index)
  const share =
    limit === view.maxNodes
      ? `the squashed view's budget`
      : `its share of the squashed view's budget of ${view.maxNodes}, which keeps ${view.reserve} for each layer above it`
  return `${layer}: the image reached ${limit} directories, symlinks and cataloged files (${share}); this layer's paths past it were left out`
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
