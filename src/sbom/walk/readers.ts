import { releaseChunk } from '../../oci/decompress'
import type { TarEntry, TarSink } from './tar'
import type { FileReader, FileScanner } from './index'

/**
 * Wall time the readers may spend parsing one layer's files (in their parse and scan
 * calls; reading, decompressing and hashing the layer are bounded by its size instead).
 * SBOM_SIGN_LAYER_PARSE_SECONDS sets another budget, e.g. for layers of many thousand
 * archives on a slow machine.
 */
export const LAYER_PARSE_SECONDS = 300

export function layerParseBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.SBOM_SIGN_LAYER_PARSE_SECONDS)
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : LAYER_PARSE_SECONDS) * 1000
}

/**
 * Times the readers' calls on one layer's files. Once they have spent the budget, no
 * further file of the layer is parsed: such files still replace what lower layers had
 * at their paths (as a file that failed to parse does), and one warning names the layer,
 * the budget and the first file left out. A file once begun is finished, however many
 * calls a streaming reader makes on it: each parser bounds its own work on one file.
 */
export class ParseBudget {
  private spentMs = 0
  private exhausted = false

  /** `onOverrun` gets the first file left out, once. */
  constructor(
    private readonly limitMs: number,
    private readonly onOverrun: (path: string, limitMs: number) => void
  ) {}

  /** Whether a file at `path` may still be read; past the budget, the first such file is named. */
  admits(path: string): boolean {
    if (this.exhausted) this.overrun(path)
    return !this.exhausted
  }

  /** Runs one reader call on a file already admitted, and counts its time. */
  charge(call: () => void): void {
    const started = performance.now()
    try {
      call()
    } finally {
      this.spentMs += performance.now() - started
      if (this.spentMs > this.limitMs) this.exhausted = true
    }
  }

  private warned = false

  private overrun(path: string): void {
    if (this.warned) return
    this.warned = true
    this.onOverrun(path, this.limitMs)
  }
}

/** A sink that feeds one file to the readers that want it, or null if none will read it. */
export function fileSink(
  entry: TarEntry,
  wanting: number[],
  parsed: Map<number, unknown>,
  readers: readonly FileReader[],
  warn: (message: string) => void,
  budget: ParseBudget
): TarSink | null {
  const failed = (r: number, error: unknown): void => {
    warn(`${(readers[r] as FileReader).name}: skipped /${entry.path}: ${message(error)}`)
    parsed.set(r, undefined)
  }
  // Past the layer's budget a file is not begun (it has no result); one begun is finished,
  // a streaming reader's file included, and each call's time counts against the budget.
  if (!budget.admits(entry.path)) {
    for (const r of wanting) parsed.set(r, undefined)
    return null
  }
  const call = (r: number, work: () => void): void => {
    if (parsed.has(r)) return
    budget.charge(() => {
      try {
        work()
      } catch (error) {
        failed(r, error)
      }
    })
  }
  const whole: number[] = []
  const scanners: [number, FileScanner<unknown>][] = []
  for (const r of wanting) {
    const reader = readers[r] as FileReader
    if (entry.size > reader.maxFileSize) {
      warn(
        `${reader.name}: skipped /${entry.path} (${entry.size} bytes, limit ${reader.maxFileSize})`
      )
      parsed.set(r, undefined)
    } else {
      const scanner = reader.scan?.(entry.path, entry.size)
      if (scanner) scanners.push([r, scanner])
      else whole.push(r)
    }
  }
  if (whole.length === 0 && scanners.length === 0) return null
  // Filled as the entry streams: the tar chunks themselves are released after each write.
  const content = whole.length > 0 ? Buffer.allocUnsafe(entry.size) : undefined
  let filled = 0
  return {
    write(chunk) {
      if (content) filled += chunk.copy(content, filled)
      for (const [r, scanner] of scanners) call(r, () => scanner.write(chunk))
    },
    end() {
      for (const r of whole)
        call(r, () => {
          const result = (readers[r] as FileReader).parse?.(entry.path, content as Buffer)
          parsed.set(r, detached(result, content?.buffer))
        })
      // Nothing refers to the contents any more (results were copied out of them): free
      // them now. Jars alone are tens of MiB per image, which would otherwise wait for a
      // full collection and raise the peak.
      if (content) releaseChunk(content)
      for (const [r, scanner] of scanners) call(r, () => parsed.set(r, detached(scanner.end())))
    }
  }
}

/**
 * A parse result that shares no memory with the file it came from. V8 keeps a whole
 * string alive while any substring of it is, so a few names cut out of a 1 MiB status
 * file would otherwise hold all of it until every layer is read. Binary data is kept,
 * except views of `contents` (the file's own buffer, freed once parsed), which are copied.
 */
function detached<R>(value: R, contents?: ArrayBufferLike): R {
  if (typeof value === 'string') return (value.length > 12 ? structuredClone(value) : value) as R
  if (!value || typeof value !== 'object') return value
  if (ArrayBuffer.isView(value))
    return (contents && value.buffer === contents ? copyOf(value) : value) as R
  const inner = <T>(v: T): T => detached(v, contents)
  if (Array.isArray(value)) return value.map(inner) as R
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [inner(k), inner(v)])) as R
  if (value instanceof Set) return new Set([...value].map(inner)) as R
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) copy[k] = inner(v)
  return copy as R
}

/** A view of the same type over a copy of its bytes only. */
function copyOf(view: ArrayBufferView): ArrayBufferView {
  const bytes = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength)
  if (Buffer.isBuffer(view)) return Buffer.from(bytes)
  return new (view.constructor as new (buffer: ArrayBufferLike) => ArrayBufferView)(bytes)
}

/** Errors may come from another realm (zlib, streams), so read them by shape. */
export function message(error: unknown): string {
  const m = (error as { message?: unknown } | null)?.message
  return typeof m === 'string' ? m : String(error)
}
