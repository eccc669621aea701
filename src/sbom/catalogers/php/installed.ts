/**
 * Composer's `installed.json` read as it streams: the package list (a top-level array in
 * Composer 1, the `packages` member of a top-level object in Composer 2) is cut into its
 * elements, and each element alone goes to JSON.parse. Memory then holds one package entry,
 * not the whole file and its parse, which for a large application run to tens of MiB.
 * Only the structure is followed here (strings, brackets, the top-level member names);
 * each entry is checked whole by JSON.parse.
 */

/** One package entry of installed.json; real ones are a few KiB. */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const OPEN_ARRAY = 0x5b
const CLOSE_OBJECT = 0x7d
const CLOSE_ARRAY = 0x5d
const COLON = 0x3a
const COMMA = 0x2c
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])
/** Bytes of a top-level member name kept, enough to tell `packages` from others. */
const MAX_NAME = 16

export class InstalledJsonScanner {
  /** 1 inside the top-level value, 2 inside a value of it, and so on. */
  private depth = 0
  private inString = false
  private escaped = false
  private top: 'array' | 'object' | undefined
  private done = false
  /** In the top-level object: the member name last read, and whether its value has begun. */
  private name: number[] | undefined
  private lastName = ''
  private inValue = false
  /** Depth of the package list's elements while inside it, else 0. */
  private elementDepth = 0
  private found = false
  /** The element object being gathered: its pieces, and where it began in the current chunk. */
  private pieces: Buffer[] = []
  private pieceBytes = 0
  private gathering = false
  /** Entries over MAX_ENTRY_BYTES, skipped. */
  oversized = 0

  /** `onEntry` gets each element of the package list that is an object, parsed. */
  constructor(private readonly onEntry: (entry: unknown) => void) {}

  write(chunk: Buffer): void {
    let from = this.gathering ? 0 : -1
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === BACKSLASH) this.escaped = true
        else if (byte === QUOTE) {
          this.inString = false
          if (this.name) this.lastName = Buffer.from(this.name).toString('latin1')
          this.name = undefined
        } else if (this.name && this.name.length < MAX_NAME) this.name.push(byte)
        continue
      }
      if (this.done) {
        if (!WHITESPACE.has(byte))
          throw new Error('installed.json is not JSON (data after its value)')
        continue
      }
      switch (byte) {
        case QUOTE:
          this.inString = true
          if (this.top === 'object' && this.depth === 1 && !this.inValue) this.name = []
          break
        case COLON:
          if (this.depth === 1) this.inValue = true
          break
        case COMMA:
          if (this.depth === 1) this.inValue = false
          break
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          if (this.depth === 0) this.top = byte === OPEN_ARRAY ? 'array' : 'object'
          this.depth++
          if (byte === OPEN_ARRAY && this.startsList()) {
            this.found = true
            this.elementDepth = this.depth + 1
          } else if (byte === OPEN_OBJECT && this.depth === this.elementDepth) {
            this.gathering = true
            from = i
          }
          break
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          if (this.depth === 0)
            throw new Error('installed.json is not JSON (a bracket closes nothing)')
          if (this.gathering && this.depth === this.elementDepth) {
            this.gather(chunk.subarray(from, i + 1))
            this.entry()
            from = -1
          }
          if (this.depth === this.elementDepth - 1) this.elementDepth = 0
          this.depth--
          if (this.depth === 0) this.done = true
          break
      }
    }
    if (this.gathering && from >= 0) this.gather(chunk.subarray(from))
  }

  /** Throws when the file ended inside its value, or holds no package list. */
  end(): void {
    if (this.top === undefined || (this.done && !this.found))
      throw new Error('installed.json has no package list')
    if (!this.done) throw new Error('installed.json is not JSON (it ends inside a value)')
  }

  /** Whether the array just opened is the package list. */
  private startsList(): boolean {
    if (this.found) return false
    if (this.top === 'array') return this.depth === 1
    return this.depth === 2 && this.inValue && this.lastName === 'packages'
  }

  /** Keeps a piece of the entry being gathered (a copy: chunks are freed once written). */
  private gather(piece: Buffer): void {
    this.pieceBytes += piece.length
    if (this.pieceBytes <= MAX_ENTRY_BYTES) this.pieces.push(Buffer.from(piece))
    else this.pieces = []
  }

  private entry(): void {
    const text =
      this.pieceBytes <= MAX_ENTRY_BYTES ? Buffer.concat(this.pieces).toString('utf8') : undefined
    this.pieces = []
    this.pieceBytes = 0
    this.gathering = false
    if (text === undefined) this.oversized++
    else this.onEntry(JSON.parse(text) as unknown)
  }
}
