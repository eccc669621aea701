import { RpmHeaderError } from './header'

/**
 * Values of a Berkeley DB hash database (rpm's `Packages` before rpm 4.16): every
 * data item on hash pages, inline or spread over a chain of overflow pages.
 * Layout per Berkeley DB's db_page.h. Linear in the file: every page is read at
 * most once, so items that share an overflow chain (or chains that merge) cost
 * nothing twice, and the values add up to at most the file's size.
 */
const HASH_MAGIC = 0x061561
const PAGE_HEADER = 26
const P_HASH_UNSORTED = 2
const P_OVERFLOW = 7
const P_HASH = 13
const H_KEYDATA = 1
const H_OFFPAGE = 3

export function bdbValues(db: Buffer, maxValues: number): { blobs: Buffer[]; truncated: boolean } {
  if (db.length < 512) throw new RpmHeaderError('not a Berkeley DB file (too short)')
  let little = true
  if (db.readUInt32LE(12) !== HASH_MAGIC) {
    if (db.readUInt32BE(12) !== HASH_MAGIC)
      throw new RpmHeaderError('not a Berkeley DB hash database')
    little = false
  }
  const u16 = (at: number): number => (little ? db.readUInt16LE(at) : db.readUInt16BE(at))
  const u32 = (at: number): number => (little ? db.readUInt32LE(at) : db.readUInt32BE(at))
  const pageSize = u32(20)
  if (pageSize < 512 || pageSize > 65536 || pageSize & (pageSize - 1))
    throw new RpmHeaderError(`bad page size ${pageSize}`)
  if (db.length % pageSize !== 0) throw new RpmHeaderError('truncated Berkeley DB file')
  const pages = db.length / pageSize
  /** Overflow pages already part of a value. */
  const used = new Uint8Array(pages)
  const out: Buffer[] = []
  for (let page = 1; page < pages; page++) {
    const base = page * pageSize
    const type = db[base + 25]
    if (type !== P_HASH && type !== P_HASH_UNSORTED) continue
    // The item offsets must fit on the page.
    const entries = Math.min(u16(base + 20), (pageSize - PAGE_HEADER) >> 1)
    // Items come in key/value pairs; values are the odd ones. Each item ends where the previous begins.
    for (let i = 1; i < entries; i += 2) {
      const offset = u16(base + PAGE_HEADER + i * 2)
      const end = u16(base + PAGE_HEADER + (i - 1) * 2)
      if (offset >= pageSize) throw new RpmHeaderError(`bad item offset on page ${page}`)
      const item = base + offset
      let value: Buffer | undefined
      if (db[item] === H_OFFPAGE && item + 12 <= db.length)
        value = overflow(db, u32(item + 4), u32(item + 8), pageSize, used, u16, u32)
      else if (db[item] === H_KEYDATA)
        value = db.subarray(item + 1, base + Math.max(offset + 1, Math.min(end, pageSize)))
      if (!value) continue
      if (out.length === maxValues) return { blobs: out, truncated: true }
      out.push(value)
    }
  }
  return { blobs: out, truncated: false }
}

/** One overflow chain's bytes; undefined when its first page already belongs to another value. */
function overflow(
  db: Buffer,
  first: number,
  total: number,
  pageSize: number,
  used: Uint8Array,
  u16: (at: number) => number,
  u32: (at: number) => number
): Buffer | undefined {
  if (first < used.length && used[first]) return undefined
  const parts: Buffer[] = []
  let length = 0
  for (let page = first; page !== 0 && length < total;) {
    if (page >= used.length)
      throw new RpmHeaderError(`overflow chain leaves the file at page ${page}`)
    if (used[page]) throw new RpmHeaderError(`overflow chains meet at page ${page}`)
    used[page] = 1
    const base = page * pageSize
    if (db[base + 25] !== P_OVERFLOW)
      throw new RpmHeaderError(`page ${page} is not an overflow page`)
    const part = Math.min(u16(base + 22), pageSize - PAGE_HEADER)
    parts.push(db.subarray(base + PAGE_HEADER, base + PAGE_HEADER + part))
    length += part
    page = u32(base + 16)
  }
  return Buffer.concat(parts, length).subarray(0, total)
}
