import { readSync } from 'node:fs'

/**
 * Random access to a file's bytes, in memory or on disk, so that readers of formats
 * that point backwards or forwards (a zip's central directory, a database's pages) hold
 * only what they ask for.
 */
export interface RandomAccess {
  readonly size: number
  /** `length` bytes at `offset`, fewer at the end of the file. */
  read(offset: number, length: number): Buffer
  /**
   * Fills `target` with the bytes at `offset` and returns how many there were (fewer at
   * the end of the file): a reader that walks a large file reuses one buffer instead of
   * leaving a new one behind per read for the garbage collector.
   */
  readInto(target: Buffer, offset: number): number
}

export function bufferBytes(buffer: Buffer): RandomAccess {
  return {
    size: buffer.length,
    read: (offset, length) => buffer.subarray(offset, offset + length),
    readInto: (target, offset) =>
      offset < buffer.length ? buffer.copy(target, 0, offset, offset + target.length) : 0
  }
}

/** An open file, read with one positional read per call (see readAhead for fewer). */
export function fileBytes(fd: number, size: number): RandomAccess {
  const readInto = (target: Buffer, offset: number): number => {
    const length = Math.max(0, Math.min(target.length, size - offset))
    let done = 0
    while (done < length) {
      const n = readSync(fd, target, done, length - done, offset + done)
      if (n === 0) break
      done += n
    }
    return done
  }
  return {
    size,
    read(offset, length) {
      const out = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)))
      return out.subarray(0, readInto(out, offset))
    },
    readInto
  }
}

/** Read-ahead window: large enough that a walk costs few reads, small beside the memory budget. */
export const READ_AHEAD_BYTES = 1 << 20

/**
 * `bytes` with read-ahead: a read that moves forward from the last one (an archive's
 * entries in order, a database's pages) fills a `window`-byte buffer that serves the reads
 * after it, so walking a file costs a read per window rather than one or two per record.
 * Any other read (a backwards jump, a far or hostile offset) reads exactly what it asks
 * for. Each window is a new buffer: a reader that walks a large file end to end reads
 * into a reused one instead (readInto, pages, Scratch).
 */
export function readAhead(bytes: RandomAccess, window = READ_AHEAD_BYTES): RandomAccess {
  let held: Buffer = Buffer.alloc(0)
  let heldAt = 0
  let lastEnd = -1
  return {
    size: bytes.size,
    read(offset, length) {
      const end = offset + length
      const forward = lastEnd >= 0 && offset >= lastEnd && offset - lastEnd <= window
      lastEnd = end
      if (offset >= heldAt && end <= heldAt + held.length)
        return held.subarray(offset - heldAt, end - heldAt)
      if (!forward || length >= window) return bytes.read(offset, length)
      held = bytes.read(offset, window)
      heldAt = offset
      return held.subarray(0, length)
    },
    readInto: (target, offset) => bytes.readInto(target, offset)
  }
}

/** What a page walk reads at a time. */
const BATCH = 1 << 18

/**
 * Pages `first` to `end` (exclusive) of `pageSize` bytes each, read a batch at a time into
 * one reused buffer: each page is a view, valid until the next one is asked for. Stops at
 * the end of the file.
 */
export function* pages(
  bytes: RandomAccess,
  pageSize: number,
  first: number,
  end: number
): Generator<[number, Buffer]> {
  const perBatch = Math.max(1, Math.floor(BATCH / pageSize))
  const batch = Buffer.allocUnsafe(perBatch * pageSize)
  for (let page = first; page < end; page += perBatch) {
    const wanted = Math.min(perBatch, end - page) * pageSize
    const got = bytes.readInto(batch.subarray(0, wanted), page * pageSize)
    for (let at = 0; at + pageSize <= got; at += pageSize)
      yield [page + at / pageSize, batch.subarray(at, at + pageSize)]
    if (got < wanted) return
  }
}

/**
 * One reusable buffer for reads whose bytes are used before the next read, grown to the
 * largest length asked of it (in 64 KiB steps, so that slowly growing lengths do not
 * each leave a buffer behind).
 */
export class Scratch {
  private buffer = Buffer.alloc(0)

  take(length: number): Buffer {
    if (this.buffer.length < length)
      this.buffer = Buffer.allocUnsafe(Math.ceil(length / 65536) * 65536)
    return this.buffer.subarray(0, length)
  }
}
