/**
 * A streaming tar reader: ustar, PAX extended headers and GNU long names. It
 * never holds more than one header block plus the contents a visitor asks for,
 * so a layer of any size streams through in constant memory.
 */

import {
  BLOCK,
  checksumMatches,
  cString,
  entryType,
  headerName,
  isMetaRecord,
  isZeroBlock,
  MAX_META_SIZE,
  normalisePath,
  parseNumber,
  parsePax,
  TarFormatError,
  type TarEntryType
} from '../../archive/tar-header'

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
    const name = headerName(block)
    let size = parseNumber(block, 124, 12)
    const linkName = cString(block, 157, 100)
    const mode = parseNumber(block, 100, 8)

    if (isMetaRecord(flag)) {
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
