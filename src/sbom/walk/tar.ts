/**
 * A streaming tar reader: ustar, PAX extended headers and GNU long names. It
 * never holds more than one header block plus the contents a visitor asks for,
 * so a layer of any size streams through in constant memory.
 */

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

export interface TarEntry {
  /** Normalised: relative, no leading `./` or `/`, no trailing `/`. */
  path: string
  type: TarEntryType
  size: number
  /** Target of a symlink (as written) or hard link (normalised). */
  linkName: string
  mode: number
}

/** Receives one entry's contents as they stream by. */
export interface TarSink {
  /** The chunk is only valid during the call: copy whatever is kept. */
  write(chunk: Buffer): void
  end(): void
}

export interface TarVisitor {
  /** Called for each entry; return a sink to receive its contents, or null to skip them. */
  entry(entry: TarEntry): TarSink | null
}

/** A sink that collects the whole contents and hands them over at the end. */
export function collectInto(done: (data: Buffer) => void): TarSink {
  const chunks: Buffer[] = []
  return { write: chunk => chunks.push(Buffer.from(chunk)), end: () => done(Buffer.concat(chunks)) }
}

export class TarFormatError extends Error {
  override name = 'TarFormatError'
}

const BLOCK = 512
/** PAX and GNU long-name records larger than this are not names but an attack. */
const MAX_META_SIZE = 1024 * 1024

interface Overrides {
  path?: string
  linkName?: string
  size?: number
}

/**
 * Reads a whole tar stream, calling the visitor per entry. Throws TarFormatError on
 * corrupt or truncated input. `consumed` gets each chunk once nothing refers to it
 * any more (sinks copy what they keep).
 *
 * The stream is always read to its very end, past the end-of-archive blocks and past
 * a format error too: a layer's digests are only checked once its last byte has been
 * read, and an error of the stream itself (a digest mismatch) outranks a format error.
 */
export async function readTar(
  stream: AsyncIterable<Buffer>,
  visitor: TarVisitor,
  consumed?: (chunk: Buffer) => void
): Promise<void> {
  const parser = new TarParser(visitor)
  let failure: unknown
  for await (const chunk of stream) {
    if (failure === undefined) {
      try {
        parser.write(chunk)
      } catch (error) {
        failure = error
      }
    }
    consumed?.(chunk)
  }
  if (failure !== undefined) throw failure
  parser.finish()
}

type State =
  | { kind: 'header' }
  | {
      kind: 'data'
      entry: TarEntry
      remaining: number
      padding: number
      sink: TarSink | null
    }
  | { kind: 'padding'; remaining: number }

export class TarParser {
  /** Two zero blocks were read: whatever follows is trailing data, read but not parsed. */
  ended = false
  /** One zero block was read: the next block must be zero too (or the stream must end). */
  private zeroBlocks = 0
  private state: State = { kind: 'header' }
  private header = Buffer.alloc(BLOCK)
  private headerFill = 0
  private overrides: Overrides = {}
  private sawEntry = false

  constructor(private readonly visitor: TarVisitor) {}

  write(chunk: Buffer): void {
    let offset = 0
    while (offset < chunk.length && !this.ended) {
      const state = this.state
      if (state.kind === 'header') {
        const take = Math.min(BLOCK - this.headerFill, chunk.length - offset)
        chunk.copy(this.header, this.headerFill, offset, offset + take)
        this.headerFill += take
        offset += take
        if (this.headerFill === BLOCK) {
          this.headerFill = 0
          this.onHeader(this.header)
        }
      } else if (state.kind === 'data') {
        const take = Math.min(state.remaining, chunk.length - offset)
        if (state.sink && take > 0) state.sink.write(chunk.subarray(offset, offset + take))
        state.remaining -= take
        offset += take
        if (state.remaining === 0) this.onData(state)
      } else {
        const take = Math.min(state.remaining, chunk.length - offset)
        state.remaining -= take
        offset += take
        if (state.remaining === 0) this.state = { kind: 'header' }
      }
    }
  }

  /** Checks the stream did not stop inside an entry. */
  finish(): void {
    if (this.ended) return
    const state = this.state
    if (state.kind === 'data') {
      throw new TarFormatError(`truncated tar: ${state.entry.path || 'entry'} ends early`)
    }
    if (this.headerFill !== 0) throw new TarFormatError('truncated tar: partial header at end')
    // A tar without its end-of-archive blocks is common (e.g. cut-off streams that end on a
    // boundary); the entries seen are complete, so accept it.
  }

  private onHeader(block: Buffer): void {
    // As Go's archive/tar, which containerd applies layers with: two zero blocks end the
    // archive, one zero block followed by the end of the stream is accepted, and one zero
    // block followed by anything else is an invalid header.
    if (isZeroBlock(block)) {
      if (++this.zeroBlocks === 2) this.ended = true
      return
    }
    if (this.zeroBlocks > 0)
      throw new TarFormatError(
        'invalid tar header: a single zero block followed by more entries (containerd rejects such a layer)'
      )
    if (!checksumMatches(block)) {
      throw new TarFormatError(
        this.sawEntry ? 'corrupt tar header (checksum mismatch)' : 'not a tar stream'
      )
    }
    this.sawEntry = true
    const flag = String.fromCharCode(block[156] ?? 0)
    let name = cString(block, 0, 100)
    if (isUstar(block)) {
      const prefix = cString(block, 345, 155)
      if (prefix) name = `${prefix}/${name}`
    }
    let size = parseNumber(block, 124, 12)
    const linkName = cString(block, 157, 100)
    const mode = parseNumber(block, 100, 8)

    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > MAX_META_SIZE) throw new TarFormatError(`tar metadata record of ${size} bytes`)
      const entry: TarEntry = { path: name, type: 'other', size, linkName: '', mode }
      this.beginData(
        entry,
        size,
        collectInto(data => this.applyMeta(flag, data))
      )
      return
    }

    const o = this.overrides
    this.overrides = {}
    if (o.size !== undefined) size = o.size
    const type = entryType(flag)
    const entry: TarEntry = {
      path: normalisePath(o.path ?? name),
      type,
      // Only regular files carry data; links and directories have none whatever the header says.
      size: type === 'file' || type === 'other' ? size : 0,
      linkName:
        type === 'hardlink' ? normalisePath(o.linkName ?? linkName) : (o.linkName ?? linkName),
      mode
    }
    const sink = entry.path === '' ? null : this.visitor.entry(entry)
    this.beginData(entry, entry.size, sink)
  }

  private beginData(entry: TarEntry, size: number, sink: TarSink | null): void {
    const padding = (BLOCK - (size % BLOCK)) % BLOCK
    const state: State = { kind: 'data', entry, remaining: size, padding, sink }
    if (size === 0) this.onData(state)
    else this.state = state
  }

  private onData(state: Extract<State, { kind: 'data' }>): void {
    state.sink?.end()
    this.state =
      state.padding > 0 ? { kind: 'padding', remaining: state.padding } : { kind: 'header' }
  }

  private applyMeta(flag: string, data: Buffer): void {
    if (flag === 'L') this.overrides.path = cString(data, 0, data.length)
    else if (flag === 'K') this.overrides.linkName = cString(data, 0, data.length)
    else if (flag === 'x') {
      const records = parsePax(data)
      if (records.path !== undefined) this.overrides.path = records.path
      if (records.linkpath !== undefined) this.overrides.linkName = records.linkpath
      if (records.size !== undefined) {
        const size = Number(records.size)
        if (!Number.isSafeInteger(size) || size < 0)
          throw new TarFormatError(`bad PAX size "${records.size}"`)
        this.overrides.size = size
      }
    }
    // Global PAX headers ('g') carry nothing a cataloger needs.
  }
}

function entryType(flag: string): TarEntryType {
  switch (flag) {
    case '0':
    case '\u0000':
    case '7':
      return 'file'
    case '1':
      return 'hardlink'
    case '2':
      return 'symlink'
    case '5':
      return 'dir'
    default:
      return 'other'
  }
}

/** Parses `<len> <key>=<value>\n` records. */
export function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let pos = 0
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos)
    if (space < 0) break
    const length = Number(data.toString('latin1', pos, space))
    if (!Number.isInteger(length) || length <= space - pos || pos + length > data.length) {
      throw new TarFormatError('malformed PAX record')
    }
    const record = data.toString('utf8', space + 1, pos + length - 1)
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    pos += length
  }
  return out
}

// Header fields are decoded without temporary strings: a layer has tens of thousands
// of headers, and every allocation here is garbage the walk would have to collect.

function cString(block: Buffer, start: number, length: number): string {
  if (block[start] === 0) return ''
  const end = block.indexOf(0, start)
  const stop = end < 0 || end > start + length ? start + length : end
  return block.toString('utf8', start, stop)
}

const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72, 0x00] // "ustar\0"

function isUstar(block: Buffer): boolean {
  return USTAR.every((byte, i) => block[257 + i] === byte)
}

/** Octal (NUL/space terminated) or GNU base-256 (high bit set). */
function parseNumber(block: Buffer, start: number, length: number): number {
  const first = block[start] ?? 0
  if (first & 0x80) {
    let value = first & 0x7f
    for (let i = 1; i < length; i++) value = value * 256 + (block[start + i] ?? 0)
    if (!Number.isSafeInteger(value)) throw new TarFormatError('tar size field out of range')
    return value
  }
  const value = parseOctal(block, start, length)
  if (value === undefined) {
    const text = block.toString('latin1', start, start + length).replace(/[\0 ]+$/g, '')
    throw new TarFormatError(`bad octal field "${text.trim()}"`)
  }
  return value
}

/** Leading spaces, octal digits, then only NULs and spaces; undefined otherwise (empty is 0). */
function parseOctal(block: Buffer, start: number, length: number): number | undefined {
  const end = start + length
  let i = start
  while (i < end && block[i] === 0x20) i++
  let value = 0
  for (; i < end; i++) {
    const c = block[i] as number
    if (c < 0x30 || c > 0x37) break
    value = value * 8 + (c - 0x30)
  }
  for (; i < end; i++) if (block[i] !== 0 && block[i] !== 0x20) return undefined
  return value
}

function checksumMatches(block: Buffer): boolean {
  let digits = false
  for (let i = 148; i < 156 && !digits; i++)
    digits = (block[i] as number) >= 0x30 && (block[i] as number) <= 0x37
  const stored = digits ? parseOctal(block, 148, 8) : undefined
  if (stored === undefined) return false
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0)
  return sum === stored
}

function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false
  return true
}

/** An empty, `.` or `..` part, or a leading or trailing slash. */
const NEEDS_NORMALISING = /(^|\/)\.{0,2}(\/|$)/

/** `./usr//lib/` → `usr/lib`; `..` never climbs above the root. */
export function normalisePath(path: string): string {
  if (!NEEDS_NORMALISING.test(path)) return path
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}
