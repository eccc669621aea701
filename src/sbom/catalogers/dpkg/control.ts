/**
 * Debian control-file paragraphs (deb-control(5)), read line by line: `Field: value`
 * lines, continuation lines start with a space or tab, paragraphs end at a blank line.
 * Field names are lowercased; continuation lines are joined with newlines. Only the
 * `wanted` fields are kept, so a long description or file list costs nothing.
 */
export class ControlReader {
  private fields = new Map<string, string>()
  private last: string | undefined

  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly onParagraph: (fields: Map<string, string>) => void
  ) {}

  line(line: string): void {
    if (line.trim() === '') return this.end()
    if (line[0] === ' ' || line[0] === '\t') {
      if (this.last !== undefined)
        this.fields.set(this.last, `${this.fields.get(this.last) ?? ''}\n${line.trim()}`)
      return
    }
    const colon = line.indexOf(':')
    this.last = undefined
    if (colon <= 0) return
    const name = line.slice(0, colon).toLowerCase()
    if (!this.wanted.has(name)) return
    this.last = name
    this.fields.set(name, line.slice(colon + 1).trim())
  }

  /** Ends the paragraph being read, if any. */
  end(): void {
    if (this.fields.size > 0) this.onParagraph(this.fields)
    this.fields = new Map()
    this.last = undefined
  }
}
