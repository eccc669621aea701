import { BuildInfoSearch, NotGoError, type GoBuildInfo } from './buildinfo'

/**
 * Where a Go executable's build info can be: anywhere in an ELF or a thin Mach-O, or in
 * each slice of a universal (fat) Mach-O, which packs one Mach-O per architecture behind
 * a big-endian header: magic, slice count, then per slice cputype, cpusubtype, offset,
 * size, align (32-bit fields; offset and size are 64-bit in the FAT_MAGIC_64 form).
 */

const ELF = [0x7f, 0x45, 0x4c, 0x46]
/** MH_MAGIC and MH_MAGIC_64 as written by either byte order. */
const MACHO = [
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe]
]
const FAT = [0xca, 0xfe, 0xba, 0xbe]
const FAT_64 = [0xca, 0xfe, 0xba, 0xbf]
/** Magic and slice count: enough to tell what a file is. */
const IDENT = 8
/**
 * Slices read per universal file. Real ones hold two to four architectures; a Java
 * class file shares FAT_MAGIC and its version fields then read as a count of 45 or more.
 */
export const MAX_FAT_SLICES = 16
const JAVA_CLASS_MIN_COUNT = 45

interface Slice {
  offset: number
  size: number
  search: BuildInfoSearch
  /** A universal file's slice counts only if it is a Mach-O: its first bytes, to check. */
  machO?: number[]
}

const startsWith = (bytes: Buffer | number[], magic: number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte)

/** Streams one executable and returns the build info of each Go image in it (none for other files). */
export class BuildInfoScanner {
  private pending: Buffer[] = []
  private pendingSize = 0
  /** undefined until the first bytes say what the file is; null for files not read. */
  private slices: Slice[] | null | undefined
  private seen = 0
  /** Bytes the header needs, once the slice count is known. */
  private headerSize = IDENT

  /** `size`: the file's length, which every slice must lie within. */
  constructor(private readonly size: number) {}

  write(chunk: Buffer): void {
    if (this.slices === null) return
    if (this.slices) return this.route(chunk)
    if (this.pending.length === 0 && chunk.length >= this.headerSize) {
      // Most files say what they are in their first chunk, which is then read as it is.
      this.slices = this.identify(chunk, false)
      if (this.slices !== undefined) return this.route(chunk)
    }
    // The first bytes are kept until they say what the file is (at most the fat header);
    // copied, since each chunk is freed once read.
    this.pending.push(Buffer.from(chunk))
    this.pendingSize += chunk.length
    if (this.pendingSize >= this.headerSize) this.start(false)
  }

  end(): GoBuildInfo[] {
    if (this.slices === undefined) this.start(true)
    const infos: GoBuildInfo[] = []
    for (const slice of this.slices ?? []) {
      if (slice.machO && !MACHO.some(magic => startsWith(slice.machO as number[], magic))) continue
      const info = slice.search.end()
      if (info) infos.push(info)
    }
    return infos
  }

  private start(atEnd: boolean): void {
    const head = Buffer.concat(this.pending)
    this.pending = [head]
    this.slices = this.identify(head, atEnd)
    if (this.slices === undefined) return
    this.pending = []
    this.route(head)
  }

  /** The ranges to search, null for a file that is not read, undefined while more header is needed. */
  private identify(head: Buffer, atEnd: boolean): Slice[] | null | undefined {
    if (startsWith(head, ELF) || MACHO.some(magic => startsWith(head, magic)))
      return [{ offset: 0, size: Infinity, search: new BuildInfoSearch() }]
    const wide = startsWith(head, FAT_64)
    if (!wide && !startsWith(head, FAT)) return null
    if (head.length < IDENT) return atEnd ? null : undefined
    const count = head.readUInt32BE(4)
    if (!wide && count >= JAVA_CLASS_MIN_COUNT) return null
    if (count === 0) throw new NotGoError('universal Mach-O with no slices')
    if (count > MAX_FAT_SLICES)
      throw new NotGoError(
        `universal Mach-O with ${count} slices (budget ${MAX_FAT_SLICES}); not read`
      )
    const entry = wide ? 32 : 20
    this.headerSize = IDENT + count * entry
    if (head.length < this.headerSize) {
      if (atEnd) throw new NotGoError('universal Mach-O header cut short')
      return undefined
    }
    const slices: Slice[] = []
    for (let i = 0; i < count; i++) {
      const at = IDENT + i * entry
      const offset = wide ? Number(head.readBigUInt64BE(at + 8)) : head.readUInt32BE(at + 8)
      const size = wide ? Number(head.readBigUInt64BE(at + 16)) : head.readUInt32BE(at + 12)
      if (offset < this.headerSize || size === 0 || offset + size > this.size)
        throw new NotGoError(
          `universal Mach-O slice ${i + 1} (offset ${offset}, ${size} bytes) is not within the ${this.size}-byte file`
        )
      slices.push({ offset, size, search: new BuildInfoSearch(), machO: [] })
    }
    slices.sort((a, b) => a.offset - b.offset)
    for (let i = 1; i < slices.length; i++) {
      const before = slices[i - 1] as Slice
      if (before.offset + before.size > (slices[i] as Slice).offset)
        throw new NotGoError('universal Mach-O slices overlap')
    }
    return slices
  }

  /** Hands each slice the part of the chunk (at the stream's current position) within it. */
  private route(chunk: Buffer): void {
    if (!this.slices) return
    const start = this.seen
    const end = start + chunk.length
    this.seen = end
    for (const slice of this.slices) {
      const from = Math.max(start, slice.offset)
      const to = Math.min(end, slice.offset + slice.size)
      if (from >= to) continue
      const part = chunk.subarray(from - start, to - start)
      for (let i = 0; slice.machO && slice.machO.length < 4 && i < part.length; i++)
        slice.machO.push(part[i] as number)
      slice.search.write(part)
    }
  }
}
