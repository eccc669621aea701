import { inflateRawSync } from 'node:zlib'
import { bufferBytes, type RandomAccess } from './random-access'

/**
 * A bounded zip reader: the central directory (with ZIP64), stored and deflated
 * entries, and a cap on every entry's expanded size so that a zip bomb costs at most
 * the cap. It reads through random access, so an archive can stay on disk (OSV's
 * database exports run to gigabytes, a fat jar to 150 MiB) or be a buffer already in
 * memory (a small jar), and a stored entry can be read in place (entryBytes).
 */

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

export class ZipError extends Error {}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
export const MAX_ENTRIES = 200_000
/** How much of the central directory is read at a time when walking it. */
const WINDOW = 1 << 20

export interface WalkOptions {
  /** Entries the central directory may hold; past it the walk throws ZipError. */
  maxEntries?: number
  /**
   * Which entries the walk yields, judged on the raw name `bytes[start, end)` before it is
   * decoded: a jar holds thousands of classes, and a reader that wants a few of its
   * entries should not pay a string and an object for each of the others.
   */
  wanted?: (bytes: Buffer, start: number, end: number) => boolean
}

/**
 * The central directory's entries one at a time, reading it in windows: memory stays
 * flat however many entries the archive has.
 */
export function* walkEntries(
  zip: RandomAccess,
  { maxEntries = MAX_ENTRIES, wanted }: WalkOptions = {}
): Generator<ZipEntry> {
  const { count, cdSize, cdOffset } = centralDirectory(zip)
  if (cdOffset + cdSize > zip.size) throw new ZipError('central directory outside the file')
  if (count > maxEntries)
    throw new ZipError(`${count} entries in the central directory (budget ${maxEntries})`)
  const end = cdOffset + cdSize
  let windowStart = cdOffset
  let window = zip.read(cdOffset, Math.min(WINDOW, cdSize))
  /** Where `length` bytes from `pos` start in the window, moving it there if needed. */
  const at = (pos: number, length: number): number => {
    if (pos < windowStart || pos + length > windowStart + window.length) {
      windowStart = pos
      window = zip.read(pos, Math.min(Math.max(WINDOW, length), end - pos))
    }
    if (pos + length > windowStart + window.length) throw new ZipError('corrupt central directory')
    return pos - windowStart
  }
  let pos = cdOffset
  for (let i = 0; i < count; i++) {
    const head = at(pos, 46)
    if (window.readUInt32LE(head) !== CENTRAL) throw new ZipError('corrupt central directory')
    const nameLength = window.readUInt16LE(head + 28)
    const extraLength = window.readUInt16LE(head + 30)
    const commentLength = window.readUInt16LE(head + 32)
    const method = window.readUInt16LE(head + 10)
    const compressedSize = window.readUInt32LE(head + 20)
    const size = window.readUInt32LE(head + 24)
    const localOffset = window.readUInt32LE(head + 42)
    const name = at(pos + 46, nameLength + extraLength)
    if (!wanted || wanted(window, name, name + nameLength)) {
      const entry = {
        name: window.toString('utf8', name, name + nameLength),
        method,
        compressedSize,
        size,
        localOffset
      }
      readZip64Extra(window, name + nameLength, name + nameLength + extraLength, entry)
      yield entry
    }
    pos += 46 + nameLength + extraLength + commentLength
  }
}

/** Throws ZipError when the directory says the entry expands past `limit` bytes. */
function checkSize(entry: ZipEntry, limit: number): void {
  if (entry.size > limit)
    throw new ZipError(`${entry.name} expands to ${entry.size} bytes (limit ${limit})`)
}

/** Where an entry's data lies, from its local header; throws ZipError when outside the archive. */
function dataStart(bytes: RandomAccess, entry: ZipEntry): number {
  const at = entry.localOffset
  const local = bytes.read(at, 30)
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
    throw new ZipError(`${entry.name}: bad local header`)
  const start = at + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
  if (start + entry.compressedSize > bytes.size)
    throw new ZipError(`${entry.name}: data past end of archive`)
  return start
}

/** The expanded contents of one entry; throws ZipError past `limit` bytes or on corrupt data. */
export function readEntry(zip: Buffer | RandomAccess, entry: ZipEntry, limit: number): Buffer {
  const bytes = Buffer.isBuffer(zip) ? bufferBytes(zip) : zip
  checkSize(entry, limit)
  const data = bytes.read(dataStart(bytes, entry), entry.compressedSize)
  if (entry.method === 0) return data
  if (entry.method !== 8) throw new ZipError(`${entry.name}: compression method ${entry.method}`)
  try {
    // maxOutputLength stops inflating as soon as the output passes the limit, whatever the header claimed.
    return inflateRawSync(data, {
      maxOutputLength: Math.max(1, limit),
      // Output is gathered in chunks of this size (16 KiB by default): sized to the entry,
      // a small record costs a small buffer (from Node's pool) instead of 16 KiB each.
      chunkSize: Math.min(Math.max(entry.size + 64, 64), 1 << 16)
    })
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ZipError(`${entry.name} expands past ${limit} bytes (zip bomb?)`)
    }
    throw new ZipError(`${entry.name}: ${(error as Error).message}`)
  }
}

/**
 * An entry as random access: a stored entry is read in place (a view of the archive's
 * bytes, nothing copied), any other is expanded into memory (see readEntry).
 */
export function entryBytes(zip: RandomAccess, entry: ZipEntry, limit: number): RandomAccess {
  if (entry.method !== 0) return bufferBytes(readEntry(zip, entry, limit))
  checkSize(entry, limit)
  if (entry.size !== entry.compressedSize)
    throw new ZipError(`${entry.name}: stored with ${entry.compressedSize} bytes for ${entry.size}`)
  const start = dataStart(zip, entry)
  const within = (offset: number, length: number): number =>
    Math.max(0, Math.min(length, entry.size - offset))
  return {
    size: entry.size,
    read: (offset, length) => zip.read(start + offset, within(offset, length)),
    readInto: (target, offset) =>
      zip.readInto(target.subarray(0, within(offset, target.length)), start + offset)
  }
}

function centralDirectory(zip: RandomAccess): { count: number; cdSize: number; cdOffset: number } {
  const tailStart = Math.max(0, zip.size - 22 - 0xffff)
  const tail = zip.read(tailStart, zip.size - tailStart)
  let eocd = -1
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive (no end of central directory)')
  let count = tail.readUInt16LE(eocd + 10)
  let cdSize = tail.readUInt32LE(eocd + 12)
  let cdOffset = tail.readUInt32LE(eocd + 16)
  if (cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) {
    const locator = tailStart + eocd - 20
    const locatorBytes = locator >= 0 ? zip.read(locator, 20) : Buffer.alloc(0)
    if (locatorBytes.length === 20 && locatorBytes.readUInt32LE(0) === ZIP64_LOCATOR) {
      const record = Number(locatorBytes.readBigUInt64LE(8))
      const end = zip.read(record, 56)
      if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_EOCD)
        throw new ZipError('bad ZIP64 end record')
      count = Number(end.readBigUInt64LE(32))
      cdSize = Number(end.readBigUInt64LE(40))
      cdOffset = Number(end.readBigUInt64LE(48))
    }
  }
  return { count, cdSize, cdOffset }
}

/**
 * The ZIP64 extra field (in `bytes[start, end)`) holds the 64-bit values of the header
 * fields that are saturated at 0xffffffff, in this order; an entry with none has no need of it.
 */
function readZip64Extra(bytes: Buffer, start: number, end: number, entry: ZipEntry): void {
  const saturated = (value: number): boolean => value === 0xffffffff
  if (!saturated(entry.size) && !saturated(entry.compressedSize) && !saturated(entry.localOffset))
    return
  let pos = start
  while (pos + 4 <= end) {
    const id = bytes.readUInt16LE(pos)
    const size = bytes.readUInt16LE(pos + 2)
    if (id === 0x0001) {
      let field = pos + 4
      const next = (): number => {
        const value =
          field + 8 <= Math.min(pos + 4 + size, end) ? Number(bytes.readBigUInt64LE(field)) : 0
        field += 8
        return value
      }
      if (saturated(entry.size)) entry.size = next()
      if (saturated(entry.compressedSize)) entry.compressedSize = next()
      if (saturated(entry.localOffset)) entry.localOffset = next()
      return
    }
    pos += 4 + size
  }
}
