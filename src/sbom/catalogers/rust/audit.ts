import { constants, inflateSync } from 'node:zlib'

/**
 * cargo-auditable's dependency list, read while an ELF executable streams by: a
 * section holding zlib-compressed JSON (`{"packages":[…]}`), named `.dep-v0`
 * and placed by the linker with the read-only data. Section headers come at the
 * end of the file, so the scanner keeps the bytes of the read-only loadable
 * segments (named by the program headers at the start, within a budget) and the
 * section header table, and at the end tries only the sections that can be it:
 * allocated, read-only, not code, not strings. Work is linear in the file.
 */

export interface CargoPackage {
  name: string
  version: string
  source: string
  kind: 'runtime' | 'build'
  dependencies: number[]
  root: boolean
}

const PREFIX = '{"packages":['
const MAX_COMPRESSED = 4 * 1024 * 1024
const MAX_JSON = 32 * 1024 * 1024
/** Bytes of read-only segments kept per executable. */
export const MAX_RETAINED = 64 * 1024 * 1024
/** The ELF header and program headers must lie within this many first bytes. */
const MAX_HEAD = 64 * 1024
const MAX_SECTIONS = 65_535

const PT_LOAD = 1
const PF_X = 1
const PF_W = 2
const SHT_PROGBITS = 1
const SHF_WRITE = 1
const SHF_ALLOC = 2
const SHF_EXECINSTR = 4
const SHF_MERGE = 0x10
const SHF_STRINGS = 0x20

export class AuditDataError extends Error {}

/** A file range whose bytes are kept as they stream by. */
interface Kept {
  start: number
  data: Buffer
}

interface Layout {
  is64: boolean
  little: boolean
  kept: Kept[]
  table: Kept
  sections: number
  truncated: boolean
}

function probe(data: Buffer): boolean {
  if (
    data.length < 2 ||
    (data[0] as number) !== 0x78 ||
    ((data[0] as number) * 256 + (data[1] as number)) % 31
  )
    return false
  try {
    const out = inflateSync(data.subarray(0, 64), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 4096
    })
    return out.toString('latin1', 0, PREFIX.length) === PREFIX
  } catch {
    return false
  }
}

export class AuditScanner {
  private head: Buffer[] = []
  private headLength = 0
  private position = 0
  private layout: Layout | null | undefined

  /** `size`: the file's size from its tar header; nothing past it is kept. */
  constructor(private readonly size: number) {}

  write(chunk: Buffer): void {
    if (this.layout === null) return
    if (this.layout === undefined) {
      this.head.push(chunk)
      this.headLength += chunk.length
      const head = Buffer.concat(this.head)
      this.head = [head]
      this.layout = readLayout(head, this.headLength >= Math.min(MAX_HEAD, this.size), this.size)
      if (this.layout === undefined) return
      this.head = []
      if (this.layout) this.keep(head)
      return
    }
    this.keep(chunk)
  }

  private keep(chunk: Buffer): void {
    const layout = this.layout as Layout
    const from = this.position
    const to = from + chunk.length
    for (const range of [...layout.kept, layout.table]) {
      const start = Math.max(from, range.start)
      const end = Math.min(to, range.start + range.data.length)
      if (start < end) chunk.copy(range.data, start - range.start, start - from, end - from)
    }
    this.position = to
  }

  end(): CargoPackage[] | null {
    const layout = this.layout
    if (!layout || this.position < layout.table.start + layout.table.data.length) return null
    const { is64, little, table } = layout
    const size = is64 ? 64 : 40
    const u32 = (b: Buffer, at: number): number =>
      little ? b.readUInt32LE(at) : b.readUInt32BE(at)
    const word = (b: Buffer, at: number): number =>
      is64 ? Number(little ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at)) : u32(b, at)
    for (let i = 0; i < layout.sections; i++) {
      const at = i * size
      if (u32(table.data, at + 4) !== SHT_PROGBITS) continue
      const flags = word(table.data, at + 8)
      if (!(flags & SHF_ALLOC) || flags & (SHF_WRITE | SHF_EXECINSTR | SHF_MERGE | SHF_STRINGS))
        continue
      const offset = word(table.data, at + (is64 ? 24 : 16))
      const length = word(table.data, at + (is64 ? 32 : 20))
      if (length < 2 || length > MAX_COMPRESSED) continue
      const range = layout.kept.find(
        r => offset >= r.start && offset + length <= r.start + r.data.length
      )
      const data = range?.data.subarray(offset - range.start, offset - range.start + length)
      if (!data || !probe(data)) continue
      let json: Buffer
      try {
        json = inflateSync(data, { maxOutputLength: MAX_JSON })
      } catch (error) {
        throw new AuditDataError(
          `cargo-auditable data does not inflate: ${(error as Error).message}`
        )
      }
      return parseAuditJson(json.toString('utf8'))
    }
    if (layout.truncated)
      throw new AuditDataError(
        `read-only segments exceed ${MAX_RETAINED} bytes (budget): cargo-auditable data not searched past it`
      )
    return null
  }
}

/**
 * The ranges to keep, from the ELF header and program headers at the start of
 * `head`: undefined while more bytes are needed, null when this is not an ELF
 * executable worth reading (or its headers are out of bounds).
 */
function readLayout(head: Buffer, final: boolean, fileSize: number): Layout | null | undefined {
  if (head.length < 64) return final ? null : undefined
  if (head.toString('latin1', 0, 4) !== '\x7fELF') return null
  const is64 = head[4] === 2
  const little = head[5] === 1
  if ((head[4] !== 1 && !is64) || (head[5] !== 1 && head[5] !== 2)) return null
  const u16 = (at: number): number => (little ? head.readUInt16LE(at) : head.readUInt16BE(at))
  const u32 = (at: number): number => (little ? head.readUInt32LE(at) : head.readUInt32BE(at))
  const word = (at: number): number =>
    is64 ? Number(little ? head.readBigUInt64LE(at) : head.readBigUInt64BE(at)) : u32(at)
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
  if (head.length < phend) return final ? null : undefined
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
  const kept: Kept[] = []
  let left = MAX_RETAINED
  let truncated = false
  for (const s of chosen) {
    if (s.offset >= fileSize) continue
    const size = Math.min(s.size, fileSize - s.offset, left)
    if (size < Math.min(s.size, fileSize - s.offset)) truncated = true
    if (size <= 0) continue
    kept.push({ start: s.offset, data: Buffer.alloc(size) })
    left -= size
  }
  return {
    is64,
    little,
    kept,
    table: { start: shoff, data: Buffer.alloc(shnum * shentsize) },
    sections: shnum,
    truncated
  }
}

export function parseAuditJson(text: string): CargoPackage[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new AuditDataError(`cargo-auditable data is not JSON: ${(error as Error).message}`)
  }
  const list = (doc as { packages?: unknown } | null)?.packages
  if (!Array.isArray(list)) throw new AuditDataError('cargo-auditable data has no package list')
  return list.map((p, i) => {
    const item = p as Record<string, unknown> | null
    if (!item || typeof item.name !== 'string' || typeof item.version !== 'string') {
      throw new AuditDataError(`cargo-auditable package ${i} has no name or version`)
    }
    return {
      name: item.name,
      version: item.version,
      source: typeof item.source === 'string' ? item.source : 'crates.io',
      kind: item.kind === 'build' ? 'build' : 'runtime',
      dependencies: Array.isArray(item.dependencies)
        ? item.dependencies.filter((d): d is number => Number.isInteger(d))
        : [],
      root: item.root === true
    }
  })
}
