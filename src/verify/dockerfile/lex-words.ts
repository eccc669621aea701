/** Where the word being built is kept: lex.go shares one buffer between nested `${…}` scans. */
export interface WordBuffer {
  buffer: string
}

/** Go's unicode.IsSpace. */
export function isSpace(ch: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(ch)
}

/** Splits expanded text into words; quoted and escaped text never splits. */
export class Words {
  private readonly words: string[] = []
  private inWord = false

  constructor(private readonly lexer: WordBuffer) {}

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.lexer.buffer !== '') {
        this.words.push(this.lexer.buffer)
        this.lexer.buffer = ''
        this.inWord = false
      }
    } else this.addRaw(ch)
  }

  addRaw(text: string): void {
    this.lexer.buffer += text
    this.inWord = true
  }

  addText(text: string): void {
    for (const ch of text) this.addChar(ch)
  }

  finish(): string[] {
    if (this.lexer.buffer !== '') {
      this.words.push(this.lexer.buffer)
      this.lexer.buffer = ''
      this.inWord = false
    }
    return this.words
  }
}
