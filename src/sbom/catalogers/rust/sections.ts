import { AuditDataFinder } from './finder'

/**
 * Where cargo-auditable's `.dep-v0` section can be in an executable streaming
 * by, from the headers at its start. PE and Mach-O name their sections there, so
 * exactly that range is kept. ELF names them in the section header table at the
 * end, so that table is kept, and of the read-only loadable segments (where linkers
 * place the section) only the places where the data can start (finder.ts); the
 * candidates are the sections that can hold it: allocated, read-only, not code, not
 * merged strings.
 */

export interface Layout {
  /** Takes the file's bytes at offset `from`; the chunk may be freed afterwards. */
  write(chunk: Buffer, from: number): void
  /** Once `seen` bytes went by: the candidate sections' bytes, or null when the file ended early. */
  sections(seen: number): Buffer[] | null
  /** Why bytes that could hold the section were not searched (budget), if some were not. */
  truncated(): string | undefined
}

/** A file range whose bytes are copied as they stream by. */
class KeptRange {
  readonly data: Buffer
  constructor(
    readonly start: number,
    size: number
  ) {
    this.data = Buffer.alloc(size)
  }

  write(chunk: Buffer, from: number): void {
    const start = Math.max(from, this.start)
    const end = Math.min(from + chunk.length, this.start + this.data.length)
    if (start < end) chunk.copy(this.data, start - this.start, start - from, end - from)
  }

  filledBy(seen: number): boolean {
    return seen >= this.start + this.data.length
  }
}

const SECTION = '.dep-v0'
/** The headers that locate the section must lie within this many first bytes. */
export const MAX_HEAD = 64 * 1024
const MAX_SECTION = 4 * 1024 * 1024

/**
 * The layout of an executable from its first bytes: undefined while more are
 * needed (`final`: no more will come first), null when it is no executable
 * format this reads or its headers are out of bounds.
 */
export function readLayout(
  head: Buffer,
  final: boolean,
  fileSize: number
): Layout | null | undefined {
  if (head.length < 4) return final ? null : undefined
  const magic = head.readUInt32BE(0)
  let layout: Layout | null | undefined
  if (magic === 0x7f454c46) layout = elf(head, fileSize)
  else if (head[0] === 0x4d && head[1] === 0x5a) layout = pe(head, fileSize)
  else if ([0xcffaedfe, 0xcefaedfe, 0xfeedfacf, 0xfeedface].includes(magic))
    layout = machO(head, fileSize)
  else return null
  return layout === undefined && final ? null : layout
}

/** A single named section's range, kept whole when it fits the budget. */
function oneSection(offset: number, size: number, fileSize: number): Layout | null {
  if (size < 2 || size > MAX_SECTION || offset + size > fileSize) return null
  const kept = new KeptRange(offset, size)
  return {
    write: (chunk, from) => kept.write(chunk, from),
    sections: seen => (kept.filledBy(seen) ? [kept.data] : null),
    truncated: () => undefined
  }
}

function reader(head: Buffer, little: boolean) {
  return {
    u16: (at: number): number => (little ? head.readUInt16LE(at) : head.readUInt16BE(at)),
    u32: (at: number): number => (little ? head.readUInt32LE(at) : head.readUInt32BE(at)),
    u64: (at: number): number =>
      Number(little ? head.readBigUInt64LE(at) : head.readBigUInt64BE(at))
  }
}

const name = (head: Buffer, at: number, length: number): string => {
  const raw = head.subarray(at, at + length)
  const nul = raw.indexOf(0)
  return raw.toString('latin1', 0, nul < 0 ? length : nul)
}

function pe(head: Buffer, fileSize: number): Layout | null | undefined {
  if (head.length < 64) return undefined
  const pe = head.readUInt32LE(0x3c)
  if (pe + 24 > MAX_HEAD) return null
  if (head.length < pe + 24) return undefined
  if (head.readUInt32BE(pe) !== 0x50450000) return null
  const count = head.readUInt16LE(pe + 6)
  const table = pe + 24 + head.readUInt16LE(pe + 20)
  if (table + count * 40 > MAX_HEAD) return null
  if (head.length < table + count * 40) return undefined
  for (let i = 0; i < count; i++) {
    const at = table + i * 40
    if (name(head, at, 8) !== SECTION) continue
    const virtualSize = head.readUInt32LE(at + 8)
    const rawSize = head.readUInt32LE(at + 16)
    // The raw size is padded to the file alignment; the virtual size is the data's own.
    const size = virtualSize > 0 ? Math.min(virtualSize, rawSize) : rawSize
    return oneSection(head.readUInt32LE(at + 20), size, fileSize)
  }
  return null
}

function machO(head: Buffer, fileSize: number): Layout | null | undefined {
  const little = head[0] === 0xcf || head[0] === 0xce
  const is64 = head[0] === 0xcf || head[3] === 0xcf
  const { u32, u64 } = reader(head, little)
  const start = is64 ? 32 : 28
  if (head.length < start) return undefined
  const end = start + u32(20)
  if (end > MAX_HEAD) return null
  if (head.length < end) return undefined
  const commands = u32(16)
  for (let i = 0, at = start; i < commands && at + 8 <= end; i++) {
    const cmd = u32(at)
    const size = u32(at + 4)
    if (size < 8) return null
    if (cmd === (is64 ? 0x19 : 0x1)) {
      const sections = u32(at + (is64 ? 64 : 48))
      const first = at + (is64 ? 72 : 56)
      const each = is64 ? 80 : 68
      for (let k = 0; k < sections && first + (k + 1) * each <= end; k++) {
        const s = first + k * each
        if (name(head, s, 16) !== SECTION) continue
        const length = is64 ? u64(s + 40) : u32(s + 36)
        return oneSection(u32(s + (is64 ? 48 : 40)), length, fileSize)
      }
    }
    at += size
  }
  return null
}

const PT_LOAD = 1
const PF_X = 1
const PF_W = 2
const SHT_PROGBITS = 1
const SHF_WRITE = 1
const SHF_ALLOC = 2
const SHF_EXECINSTR = 4
const SHF_MERGE = 0x10
const SHF_STRINGS = 0x20
const MAX_SECTIONS = 65_535

function elf(head: Buffer, fileSize: number): Layout | null | undefined {
  if (head.length < 64) return undefined
  const is64 = head[4] === 2
  const little = head[5] === 1
  if ((head[4] !== 1 && !is64) || (head[5] !== 1 && head[5] !== 2)) return null
  const { u16, u32, u64 } = reader(head, little)
  const word = (at: number): number => (is64 ? u64(at) : u32(at))
  const phoff = word(is64 ? 32 : 28)
  const shoff = word(is64 ? 40 : 32)
  const phentsize = u16(is64 ? 54 : 42)
  const phnum = u16(is64 ? 56 : 44)
  const shentsize = u16(is64 ? 58 : 46)
  const shnum = u16(is64 ? 60 : 48)
  if (phentsize !== (is64 ? 56 : 32) || shentsize !== (is64 ? 64 : 40)) return null
  if (shnum === 0 || shnum > MAX_SECTIONS || shoff === 0 || phnum === 0) return null
  if (shoff + shnum * shentsize > fileSize) return null
  const phend = phoff + phnum * phentsize
  if (phend > MAX_HEAD) return null
  if (head.length < phend) return undefined
  const segments: { offset: number; size: number; flags: number }[] = []
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize
    if (u32(at) !== PT_LOAD) continue
    segments.push({
      offset: word(at + (is64 ? 8 : 4)),
      size: word(at + (is64 ? 32 : 16)),
      flags: u32(at + (is64 ? 4 : 24))
    })
  }
  // Read-only data has its own segments with today's linkers; older ones put it with the code.
  const readOnly = segments.filter(s => !(s.flags & (PF_W | PF_X)))
  const chosen = readOnly.length > 0 ? readOnly : segments.filter(s => !(s.flags & PF_W))
  const finder = new AuditDataFinder(
    chosen
      .filter(s => s.offset < fileSize)
      .map(s => ({ start: s.offset, end: Math.min(s.offset + s.size, fileSize) })),
    MAX_SECTION
  )
  const table = new KeptRange(shoff, shnum * shentsize)
  const sections = (seen: number): Buffer[] | null => {
    if (!table.filledBy(seen)) return null
    const t = reader(table.data, little)
    const tword = (at: number): number => (is64 ? t.u64(at) : t.u32(at))
    const out: Buffer[] = []
    for (let i = 0; i < shnum; i++) {
      const at = i * shentsize
      if (t.u32(at + 4) !== SHT_PROGBITS) continue
      const flags = tword(at + 8)
      if (!(flags & SHF_ALLOC) || flags & (SHF_WRITE | SHF_EXECINSTR | SHF_MERGE | SHF_STRINGS))
        continue
      const length = tword(at + (is64 ? 32 : 20))
      if (length < 2 || length > MAX_SECTION) continue
      const data = finder.at(tword(at + (is64 ? 24 : 16)), length)
      if (data) out.push(data)
    }
    return out
  }
  return {
    write: (chunk, from) => {
      table.write(chunk, from)
      finder.write(chunk, from)
    },
    sections,
    truncated: () => finder.truncated
  }
}
