/**
 * A JSON document read as it streams, with the objects and arrays its reader asks for cut
 * out whole and each parsed alone by JSON.parse. Memory then holds one of them, not the
 * whole file and its parse, which for a large application's package list run to tens of
 * MiB. Only the structure is followed here (strings and their escapes, brackets, member
 * names); what is cut is checked whole by JSON.parse.
 */

/** Where a value stands: the member names and array indexes from the top down to it. */
export type JsonPath = readonly (string | number)[]

/**
 * What to do with an object or array as it opens at `path`: cut it out and parse it
 * ('value'), go inside and ask again for each object or array in it ('inside'), or pass
 * over it ('skip'). Scalars are always passed over.
 */
export type JsonSelect = (path: JsonPath, kind: 'object' | 'array') => 'value' | 'inside' | 'skip'

export interface JsonCutLimits {
  /** Bytes of one value cut out; larger ones are skipped and counted. */
  maxValueBytes: number
  /** Bytes of a member name on the way inside; the value of a longer one is skipped and counted. */
  maxNameBytes: number
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const OPEN_ARRAY = 0x5b
const CLOSE_OBJECT = 0x7d
const CLOSE_ARRAY = 0x5d
const COLON = 0x3a
const COMMA = 0x2c
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])
const BOM = [0xef, 0xbb, 0xbf]

/** An object or array the reader went inside, and where its reading stands. */
interface Frame {
  kind: 'object' | 'array'
  step: string | number | undefined
  /** Objects: the member name last read (undefined before it, or when over the limit). */
  name?: string
  nameTooLong?: boolean
  /** Objects: whether the member's value has begun (after its colon). */
  inValue: boolean
  /** Arrays: the index of the current element. */
  index: number
}

export class JsonCutter {
  /** Containers the reader is inside; the top-level one first. */
  private readonly frames: Frame[] = []
  private inString = false
  private escaped = false
  private started = false
  private done = false
  /** Bytes of a leading byte-order mark seen. */
  private head = 0
  /** The member name being read, as raw bytes between its quotes; undefined when not a name. */
  private name: number[] | undefined
  /** Inside a value cut out or passed over: its depth below the frames, and its path. */
  private innerDepth = 0
  private cutting = false
  private cutPath: JsonPath = []
  private pieces: Buffer[] = []
  private pieceBytes = 0
  /** Values over maxValueBytes, skipped. */
  oversized = 0
  /** Values under member names over maxNameBytes, skipped. */
  longNames = 0

  /**
   * `what` names the document in errors; `onValue` gets each value cut out, parsed, with
   * its path.
   */
  constructor(
    private readonly what: string,
    private readonly select: JsonSelect,
    private readonly onValue: (path: JsonPath, value: unknown) => void,
    private readonly limits: JsonCutLimits
  ) {}

  write(chunk: Buffer): void {
    let from = this.cutting ? 0 : -1
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number
      if (this.head < BOM.length) {
        if (byte === BOM[this.head]) {
          this.head++
          continue
        }
        if (this.head > 0) throw new Error(`${this.what} is not JSON (a broken byte-order mark)`)
        this.head = BOM.length
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === BACKSLASH) this.escaped = true
        else if (byte === QUOTE) {
          this.inString = false
          if (this.name) this.nameRead()
          continue
        }
        if (this.name) this.nameByte(byte)
        continue
      }
      if (this.innerDepth > 0) {
        if (byte === QUOTE) this.inString = true
        else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) this.innerDepth++
        else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --this.innerDepth === 0) {
          if (this.cutting) {
            this.gather(chunk.subarray(from, i + 1))
            from = -1
            this.cut()
          }
          if (this.frames.length === 0) this.done = true
        }
        continue
      }
      if (WHITESPACE.has(byte)) continue
      if (this.done) throw new Error(`${this.what} is not JSON (data after its value)`)
      if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (this.open(byte === OPEN_OBJECT ? 'object' : 'array')) from = i
        continue
      }
      const frame = this.frames.at(-1)
      if (!frame) throw new Error(`${this.what} is not a JSON object or array`)
      switch (byte) {
        case QUOTE:
          this.inString = true
          if (frame.kind === 'object' && !frame.inValue) {
            this.name = []
            frame.nameTooLong = false
          }
          break
        case COLON:
          if (frame.kind === 'object') frame.inValue = true
          break
        case COMMA:
          if (frame.kind === 'array') frame.index++
          frame.inValue = false
          frame.name = undefined
          break
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          if ((byte === CLOSE_OBJECT) !== (frame.kind === 'object'))
            throw new Error(`${this.what} is not JSON (a bracket does not match)`)
          this.frames.pop()
          if (this.frames.length === 0) this.done = true
          break
      }
    }
    if (this.cutting && from >= 0) this.gather(chunk.subarray(from))
  }

  /** Throws when the file ended inside its value, or held none. */
  end(): void {
    if (!this.started) throw new Error(`${this.what} is not a JSON object or array (it is empty)`)
    if (!this.done) throw new Error(`${this.what} is not JSON (it ends inside a value)`)
  }

  /** What the limits skipped, for the file's problems: `values` names what was cut out. */
  problems(values: string): string[] {
    const { maxValueBytes, maxNameBytes } = this.limits
    return [
      ...(this.oversized > 0
        ? [`${this.oversized} ${values} larger than ${maxValueBytes} bytes skipped`]
        : []),
      ...(this.longNames > 0
        ? [`${this.longNames} member(s) named in more than ${maxNameBytes} bytes skipped`]
        : [])
    ]
  }

  /** An object or array opens: returns whether it is cut out (it then starts in this chunk). */
  private open(kind: 'object' | 'array'): boolean {
    const parent = this.frames.at(-1)
    this.started = true
    if (parent?.kind === 'object' && !parent.inValue)
      throw new Error(`${this.what} is not JSON (a value where a member name belongs)`)
    const step = parent?.kind === 'array' ? parent.index : parent?.name
    if (parent && step === undefined) {
      // A member whose name is over the limit.
      this.longNames++
      this.innerDepth = 1
      return false
    }
    const path: JsonPath = parent
      ? [...this.frames.slice(1).map(f => f.step as string | number), step as string | number]
      : []
    const choice = this.select(path, kind)
    if (choice === 'inside') {
      this.frames.push({ kind, step, inValue: false, index: 0 })
      return false
    }
    this.innerDepth = 1
    if (choice !== 'value') return false
    this.cutting = true
    this.cutPath = path
    return true
  }

  private nameByte(byte: number): void {
    const name = this.name as number[]
    if (name.length < this.limits.maxNameBytes) name.push(byte)
    else (this.frames.at(-1) as Frame).nameTooLong = true
  }

  /** A member name ends: its escapes are decoded by JSON.parse. */
  private nameRead(): void {
    const frame = this.frames.at(-1) as Frame
    frame.name = frame.nameTooLong
      ? undefined
      : (JSON.parse(`"${Buffer.from(this.name as number[]).toString('utf8')}"`) as string)
    this.name = undefined
  }

  /** Keeps a piece of the value being cut (a copy: chunks are freed once written). */
  private gather(piece: Buffer): void {
    this.pieceBytes += piece.length
    if (this.pieceBytes <= this.limits.maxValueBytes) this.pieces.push(Buffer.from(piece))
    else this.pieces = []
  }

  private cut(): void {
    const text =
      this.pieceBytes <= this.limits.maxValueBytes
        ? Buffer.concat(this.pieces).toString('utf8')
        : undefined
    this.pieces = []
    this.pieceBytes = 0
    this.cutting = false
    if (text === undefined) this.oversized++
    else this.onValue(this.cutPath, JSON.parse(text) as unknown)
  }
}
