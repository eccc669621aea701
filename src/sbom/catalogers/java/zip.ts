import { inflateRawSync } from 'node:zlib'

/**
 * A bounded zip reader over an in-memory archive: the central directory (with
 * ZIP64), stored and deflated entries, and a cap on every entry's expanded size
 * so that a zip bomb costs at most the cap.
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
const MAX_ENTRIES = 200_000

export function zipEntries(zip: Buffer): ZipEntry[] {
  const eocd = findEocd(zip)
  let count = zip.readUInt16LE(eocd + 10)
  let cdSize = zip.readUInt32LE(eocd + 12)
  let cdOffset = zip.readUInt32LE(eocd + 16)
  if (cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20
    if (locator >= 0 && zip.readUInt32LE(locator) === ZIP64_LOCATOR) {
      const record = Number(zip.readBigUInt64LE(locator + 8))
      if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD)
        throw new ZipError('bad ZIP64 end record')
      count = Number(zip.readBigUInt64LE(record + 32))
      cdSize = Number(zip.readBigUInt64LE(record + 40))
      cdOffset = Number(zip.readBigUInt64LE(record + 48))
    }
  }
  if (cdOffset + cdSize > zip.length) throw new ZipError('central directory outside the file')
  if (count > MAX_ENTRIES)
    throw new ZipError(`${count} entries in the central directory (budget ${MAX_ENTRIES})`)
  const out: ZipEntry[] = []
  let pos = cdOffset
  for (let i = 0; i < count; i++) {
    if (pos + 46 > zip.length || zip.readUInt32LE(pos) !== CENTRAL)
      throw new ZipError('corrupt central directory')
    const nameLength = zip.readUInt16LE(pos + 28)
    const extraLength = zip.readUInt16LE(pos + 30)
    const commentLength = zip.readUInt16LE(pos + 32)
    const entry: ZipEntry = {
      name: zip.toString('utf8', pos + 46, pos + 46 + nameLength),
      method: zip.readUInt16LE(pos + 10),
      compressedSize: zip.readUInt32LE(pos + 20),
      size: zip.readUInt32LE(pos + 24),
      localOffset: zip.readUInt32LE(pos + 42)
    }
    readZip64Extra(zip, pos + 46 + nameLength, extraLength, entry)
    out.push(entry)
    pos += 46 + nameLength + extraLength + commentLength
  }
  return out
}

/** The expanded contents of one entry; throws ZipError past `limit` bytes or on corrupt data. */
export function readEntry(zip: Buffer, entry: ZipEntry, limit: number): Buffer {
  if (entry.size > limit)
    throw new ZipError(`${entry.name} expands to ${entry.size} bytes (limit ${limit})`)
  const at = entry.localOffset
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL)
    throw new ZipError(`${entry.name}: bad local header`)
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28)
  const end = start + entry.compressedSize
  if (end > zip.length) throw new ZipError(`${entry.name}: data past end of archive`)
  const data = zip.subarray(start, end)
  if (entry.method === 0) return data
  if (entry.method !== 8) throw new ZipError(`${entry.name}: compression method ${entry.method}`)
  try {
    // maxOutputLength stops inflating as soon as the output passes the limit, whatever the header claimed.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) })
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ZipError(`${entry.name} expands past ${limit} bytes (zip bomb?)`)
    }
    throw new ZipError(`${entry.name}: ${(error as Error).message}`)
  }
}

function findEocd(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff)
  for (let i = zip.length - 22; i >= stop; i--) {
    if (zip[i] === 0x50 && zip.readUInt32LE(i) === EOCD) return i
  }
  throw new ZipError('not a zip archive (no end of central directory)')
}

function readZip64Extra(zip: Buffer, start: number, length: number, entry: ZipEntry): void {
  let pos = start
  const end = Math.min(start + length, zip.length)
  while (pos + 4 <= end) {
    const id = zip.readUInt16LE(pos)
    const size = zip.readUInt16LE(pos + 2)
    if (id === 0x0001) {
      let field = pos + 4
      const next = (): number => {
        const value = field + 8 <= pos + 4 + size ? Number(zip.readBigUInt64LE(field)) : 0
        field += 8
        return value
      }
      if (entry.size === 0xffffffff) entry.size = next()
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next()
      if (entry.localOffset === 0xffffffff) entry.localOffset = next()
      return
    }
    pos += 4 + size
  }
}
