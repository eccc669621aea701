import { inflatesToAuditJson, plausibleDeflate, zlibHeaderAt } from './zlib-start'

/**
 * Finds where cargo-auditable's data can start in an ELF's read-only segments as
 * they stream by, and keeps the bytes from those places only. ELF names its sections
 * at the end of the file, so which place is the `.dep-v0` section is known only
 * then; keeping whole segments instead would hold tens of MiB for a large executable
 * (Node's own binary has 63 MiB of them).
 */

/** Bytes a place is checked on: enough to inflate the JSON's first characters. */
const PROBE = 64
/** zlib headers looked at per executable; real ones have a few thousand per 100 MiB. */
export const MAX_HEADERS = 65_536
/** Places inflated per executable; the header checks leave about 1 in 70 in real ones. */
export const MAX_PROBES = 1_024
/** Bytes kept from the places that passed, together. */
export const MAX_KEPT = 4 * 1024 * 1024

export interface Range {
  start: number
  end: number
}

interface Found {
  start: number
  /** Where keeping stops: the segment's end, or the largest section read. */
  limit: number
  parts: Buffer[]
  length: number
}

const EMPTY = Buffer.alloc(0)

export class AuditDataFinder {
  /** Why some bytes were not looked at or kept (budget), if any were not. */
  truncated: string | undefined
  private readonly ranges: Range[]
  private readonly found: Found[] = []
  /** The last bytes seen, whose places wait for the bytes after them. */
  private pending = EMPTY
  private pendingStart = 0
  private headers = 0
  private probes = 0
  private kept = 0

  /** `ranges`: the file ranges to search; `maxLength`: the most bytes kept per place. */
  constructor(
    ranges: Range[],
    private readonly maxLength: number
  ) {
    this.ranges = merge(ranges)
  }

  /** Takes the file's bytes at offset `from`; the chunk may be freed afterwards. */
  write(chunk: Buffer, from: number): void {
    for (const range of this.ranges) {
      if (this.truncated) break
      const start = Math.max(from, range.start)
      const end = Math.min(from + chunk.length, range.end)
      if (start < end) this.scan(chunk.subarray(start - from, end - from), start, range.end)
    }
    for (const found of this.found) this.extend(found, chunk, from)
  }

  /** The `length` bytes at `offset`, when a place found there kept that many. */
  at(offset: number, length: number): Buffer | undefined {
    const found = this.found.find(f => f.start === offset && f.length >= length)
    return found && Buffer.concat(found.parts).subarray(0, length)
  }

  private scan(piece: Buffer, start: number, rangeEnd: number): void {
    const last = start + piece.length === rangeEnd
    if (this.pending.length > 0 && this.pendingStart + this.pending.length === start) {
      const pending = this.pending
      if (piece.length < PROBE - 1 && !last) {
        // A short piece: the places that now have their bytes are checked, the rest wait.
        const joined = Buffer.concat([pending, piece])
        const ready = Math.max(0, joined.length - (PROBE - 1))
        this.check(joined, this.pendingStart, ready, rangeEnd)
        this.pending = joined.subarray(ready)
        this.pendingStart += ready
        return
      }
      // The places in the previous bytes are checked on the bytes that follow them.
      const head = Buffer.concat([pending, piece.subarray(0, PROBE - 1)])
      this.check(head, this.pendingStart, pending.length, rangeEnd)
    }
    this.pending = EMPTY
    const upTo = last ? piece.length : Math.max(0, piece.length - (PROBE - 1))
    this.check(piece, start, upTo, rangeEnd)
    if (upTo < piece.length) {
      this.pending = Buffer.from(piece.subarray(upTo))
      this.pendingStart = start + upTo
    }
  }

  /** Checks the places in `bytes` before `upTo`; `bytes` starts at file offset `start`. */
  private check(bytes: Buffer, start: number, upTo: number, rangeEnd: number): void {
    for (let at = bytes.indexOf(0x78); at >= 0 && at < upTo; at = bytes.indexOf(0x78, at + 1)) {
      if (!zlibHeaderAt(bytes, at)) continue
      if (++this.headers > MAX_HEADERS) return this.stop(`more than ${MAX_HEADERS} zlib headers`)
      const head = bytes.subarray(at, at + PROBE)
      if (!plausibleDeflate(head)) continue
      if (++this.probes > MAX_PROBES)
        return this.stop(`more than ${MAX_PROBES} plausible zlib streams`)
      if (!inflatesToAuditJson(head)) continue
      const found: Found = {
        start: start + at,
        limit: Math.min(rangeEnd, start + at + this.maxLength),
        parts: [],
        length: 0
      }
      this.found.push(found)
      // Bytes from before this chunk are only here; extend() takes the rest from the chunk.
      this.keep(found, bytes.subarray(at))
    }
  }

  private extend(found: Found, chunk: Buffer, from: number): void {
    const start = Math.max(from, found.start + found.length)
    const end = Math.min(from + chunk.length, found.limit)
    if (start < end) this.keep(found, chunk.subarray(start - from, end - from))
  }

  private keep(found: Found, bytes: Buffer): void {
    const wanted = Math.min(bytes.length, found.limit - found.start - found.length)
    const taken = Math.min(wanted, MAX_KEPT - this.kept)
    if (taken < wanted) {
      this.truncated ??= budget(`more than ${MAX_KEPT} bytes kept from places that start it`)
      found.limit = found.start + found.length + taken
    }
    if (taken <= 0) return
    // A copy: the chunk is freed once read.
    found.parts.push(Buffer.from(bytes.subarray(0, taken)))
    found.length += taken
    this.kept += taken
  }

  private stop(reason: string): void {
    this.truncated ??= budget(`${reason} in read-only segments`)
    this.pending = EMPTY
  }
}

const budget = (reason: string): string =>
  `${reason} (budget): cargo-auditable data not searched past it`

/** Sorted, with overlapping ranges joined, so each byte is scanned once and in order. */
function merge(ranges: Range[]): Range[] {
  const out: Range[] = []
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const previous = out[out.length - 1]
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end)
    else out.push({ ...range })
  }
  return out
}
