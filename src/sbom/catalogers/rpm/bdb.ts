import { pages, Scratch, type RandomAccess } from '../../../archive/random-access'
import { MAX_HEADER_BYTES, RpmHeaderError } from './header'

/**
 * Values of a Berkeley DB hash database (rpm's `Packages` before rpm 4.16): every
 * data item on hash pages, inline or spread over a chain of overflow pages.
 * Layout per Berkeley DB's db_page.h. Linear in the file: the pages are walked once,
 * and every overflow page is read at most once more as part of a chain, so items that
 * share a chain (or chains that merge) cost nothing twice. Values are yielded one at a
 * time, each a view into a reused buffer that is valid until the next; one too large to
 * hold is yielded as an RpmHeaderError.
 */
const HASH_MAGIC = 0x061561
const PAGE_HEADER = 26
const P_HASH_UNSORTED = 2
const P_OVERFLOW = 7
const P_HASH = 13
const H_KEYDATA = 1
const H_OFFPAGE = 3

interface Layout {
  bytes: RandomAccess
  pageSize: number
  u16(page: Buffer, at: number): number
  u32(page: Buffer, at: number): number
}

export function* bdbValues(bytes: RandomAccess): Generator<Buffer | RpmHeaderError> {
  const meta = bytes.read(0, 512)
  if (meta.length < 512) throw new RpmHeaderError('not a Berkeley DB file (too short)')
  let little = true
  if (meta.readUInt32LE(12) !== HASH_MAGIC) {
    if (meta.readUInt32BE(12) !== HASH_MAGIC)
      throw new RpmHeaderError('not a Berkeley DB hash database')
    little = false
  }
  const u16 = (b: Buffer, at: number): number => (little ? b.readUInt16LE(at) : b.readUInt16BE(at))
  const u32 = (b: Buffer, at: number): number => (little ? b.readUInt32LE(at) : b.readUInt32BE(at))
  const pageSize = u32(meta, 20)
  if (pageSize < 512 || pageSize > 65536 || pageSize & (pageSize - 1))
    throw new RpmHeaderError(`bad page size ${pageSize}`)
  if (bytes.size % pageSize !== 0) throw new RpmHeaderError('truncated Berkeley DB file')
  const layout: Layout = { bytes, pageSize, u16, u32 }
  const count = bytes.size / pageSize
  /** Overflow pages already part of a value. */
  const used = new Uint8Array(count)
  const chain = new Chain(layout, used)
  for (const [page, p] of pages(bytes, pageSize, 1, count)) {
    const type = p[25]
    if (type !== P_HASH && type !== P_HASH_UNSORTED) continue
    // The item offsets must fit on the page.
    const entries = Math.min(u16(p, 20), (pageSize - PAGE_HEADER) >> 1)
    // Items come in key/value pairs; values are the odd ones. Each item ends where the previous begins.
    for (let i = 1; i < entries; i += 2) {
      const offset = u16(p, PAGE_HEADER + i * 2)
      const end = u16(p, PAGE_HEADER + (i - 1) * 2)
      if (offset >= pageSize) throw new RpmHeaderError(`bad item offset on page ${page}`)
      if (p[offset] === H_OFFPAGE && offset + 12 <= pageSize) {
        const value = chain.read(u32(p, offset + 4), u32(p, offset + 8))
        if (value) yield value
      } else if (p[offset] === H_KEYDATA) {
        yield p.subarray(offset + 1, Math.max(offset + 1, Math.min(end, pageSize)))
      }
    }
  }
}

/** Reads overflow chains, page by page, into one reused buffer. */
class Chain {
  private readonly value = new Scratch()
  private readonly header = Buffer.alloc(PAGE_HEADER)

  constructor(
    private readonly layout: Layout,
    private readonly used: Uint8Array
  ) {}

  /**
   * The bytes of the chain starting at `first`; undefined when that page already belongs
   * to another value, an RpmHeaderError (the chain left unread) when it claims more than
   * a header may hold.
   */
  read(first: number, total: number): Buffer | RpmHeaderError | undefined {
    const { bytes, pageSize, u16, u32 } = this.layout
    const used = this.used
    if (first < used.length && used[first]) return undefined
    if (total > MAX_HEADER_BYTES)
      return new RpmHeaderError(`a ${total}-byte header (limit ${MAX_HEADER_BYTES})`)
    const value = this.value.take(total)
    let length = 0
    for (let page = first; page !== 0 && length < total;) {
      if (page >= used.length)
        throw new RpmHeaderError(`overflow chain leaves the file at page ${page}`)
      if (used[page]) throw new RpmHeaderError(`overflow chains meet at page ${page}`)
      used[page] = 1
      bytes.readInto(this.header, page * pageSize)
      if (this.header[25] !== P_OVERFLOW)
        throw new RpmHeaderError(`page ${page} is not an overflow page`)
      const part = Math.min(u16(this.header, 22), pageSize - PAGE_HEADER, total - length)
      length += bytes.readInto(value.subarray(length, length + part), page * pageSize + PAGE_HEADER)
      page = u32(this.header, 16)
    }
    return value.subarray(0, length)
  }
}
