import type { FileScanner } from './index'

/**
 * Splits a file into lines as it streams by, each line decoded on its own (UTF-8 never
 * hides a newline byte inside a character). A line is then a string of its own, so the
 * few values a parser keeps do not hold the rest of the file alive, as slices of one
 * large decoded text would. A line longer than `maxLine` bytes is dropped whole, however
 * long it goes on, and counted.
 */
export class LineSplitter {
  private pending: Buffer[] = []
  private pendingBytes = 0
  private skipping = false
  /** Lines dropped for being longer than maxLine. */
  longLines = 0

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLine: number
  ) {}

  write(chunk: Buffer): void {
    let start = 0
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      this.line(chunk, start, nl)
      start = nl + 1
    }
    if (start < chunk.length) this.keep(chunk.subarray(start))
  }

  /** The last line, when the file does not end with a newline. */
  end(): void {
    if (this.pendingBytes > 0) this.line(Buffer.alloc(0), 0, 0)
    this.skipping = false
  }

  private line(chunk: Buffer, start: number, end: number): void {
    if (this.skipping) {
      // The newline that ends a line already dropped.
      this.skipping = false
      return
    }
    const length = this.pendingBytes + end - start
    const line =
      length > this.maxLine
        ? undefined
        : this.pendingBytes === 0
          ? chunk.toString('utf8', start, end)
          : Buffer.concat([...this.pending, chunk.subarray(start, end)], length).toString('utf8')
    this.pending = []
    this.pendingBytes = 0
    if (line === undefined) this.longLines++
    else this.onLine(line)
  }

  /** Keeps the start of a line that goes on in the next chunk (a copy: chunks are freed once written). */
  private keep(part: Buffer): void {
    if (this.skipping) return
    if (this.pendingBytes + part.length > this.maxLine) {
      this.pending = []
      this.pendingBytes = 0
      this.skipping = true
      this.longLines++
      return
    }
    this.pending.push(Buffer.from(part))
    this.pendingBytes += part.length
  }
}

/** The problem a parser reports when it stops at a budget of `limit` `things`. */
export function pastBudget(limit: number, things: string): string {
  return `more than ${limit} ${things}: the rest are skipped (budget)`
}

/** A parser fed line by line, which stops taking packages once it holds its budget. */
export interface LineReader<T> {
  readonly full: boolean
  line(line: string): void
  end(): T[]
}

/**
 * Streams a package database into `reader` line by line (lines up to `maxLine` bytes), and
 * makes the file's result of its packages and the problems the budgets met.
 */
export function scanLines<T, R>(
  reader: LineReader<T>,
  budget: { maxPackages: number; maxLine: number },
  result: (packages: T[], problems: string[]) => R
): FileScanner<R> {
  const lines = new LineSplitter(line => reader.line(line), budget.maxLine)
  return {
    write: chunk => {
      if (!reader.full) lines.write(chunk)
    },
    end: () => {
      if (!reader.full) lines.end()
      const packages = reader.end()
      const problems = [
        ...(reader.full ? [pastBudget(budget.maxPackages, 'packages')] : []),
        ...(lines.longLines > 0
          ? [`${lines.longLines} line(s) longer than ${budget.maxLine} bytes skipped`]
          : [])
      ]
      return result(packages, problems)
    }
  }
}
