/**
 * Shell-word expansion as BuildKit's frontend/dockerfile/shell/lex.go does it: quotes, the
 * escape token, `$NAME`, `${NAME}`, the `-`, `+`, `?` modifiers with or without `:`, and prefix
 * and suffix removal (`#`, `##`, `%`, `%%`). Replacement (`/`) is refused rather than
 * approximated: a value the gate cannot compute exactly is an error, never a guess.
 */

import { trimPattern } from './lex-patterns'
import { Words, type WordBuffer } from './lex-words'

/** Variables by name. */
export type Env = ReadonlyMap<string, string>

export interface LexOptions {
  escape: string
  /** Keep quote characters in the result (lex.go RawQuotes). */
  rawQuotes?: boolean
  /** Keep escape characters in the result (lex.go RawEscapes). */
  rawEscapes?: boolean
  /** Leave unset variables as written (lex.go SkipUnsetEnv). */
  skipUnset?: boolean
}

export interface Expansion {
  value: string
  /** The result split into words the way lex.go ProcessWords does. */
  words: string[]
  /** Variables whose missing value was substituted as empty (`$X`, `${X}` with X unset). */
  unsetUsed: string[]
  /** Every variable that was read. */
  used: string[]
}

export class LexError extends Error {}

const EOF = ''
/** Nesting of `${A:-${B:-…}}` the gate follows before it gives up. */
const MAX_DEPTH = 32
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0'])

/** Expands `word` against `env`; throws LexError where BuildKit's lexer fails. */
export function expand(word: string, env: Env, options: LexOptions): Expansion {
  return new Lexer(word, env, options).run()
}

class Lexer implements WordBuffer {
  private readonly chars: string[]
  private pos = 0
  private depth = 0
  /** lex.go shares one words buffer between nested `${…}` scans; so does this. */
  private wordBuffer = ''
  private rawEscapes: boolean
  private readonly unsetUsed = new Set<string>()
  private readonly used = new Set<string>()

  constructor(
    text: string,
    private readonly env: Env,
    private readonly options: LexOptions
  ) {
    this.chars = Array.from(text)
    this.rawEscapes = options.rawEscapes ?? false
  }

  run(): Expansion {
    const { value, words } = this.until(EOF, this.rawEscapes)
    return { value, words, unsetUsed: [...this.unsetUsed], used: [...this.used] }
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF
  }

  private next(): string {
    const ch = this.chars[this.pos] ?? EOF
    if (ch !== EOF) this.pos++
    return ch
  }

  /** Scans to `stop` (or the end), returning the expanded text and its words. */
  private until(stop: string, rawEscapes: boolean): { value: string; words: string[] } {
    if (++this.depth > MAX_DEPTH) throw new LexError('variable substitutions nested too deeply')
    const savedRaw = this.rawEscapes
    this.rawEscapes = rawEscapes
    this.wordBuffer = ''
    const words = new Words(this)
    let result = ''
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek()
        if (stop !== EOF && ch === stop) {
          this.next()
          return { value: result, words: words.finish() }
        }
        if (ch === '$') {
          const text = this.dollar()
          result += text
          words.addText(text)
        } else if (ch === '<') {
          const text = this.possibleHeredoc()
          result += text
          words.addRaw(text)
        } else if (ch === "'" || ch === '"') {
          const text = ch === "'" ? this.singleQuoted() : this.doubleQuoted()
          result += text
          words.addRaw(text)
        } else {
          let c = this.next()
          if (c === this.options.escape) {
            if (this.rawEscapes) {
              words.addRaw(c)
              result += c
            }
            c = this.next()
            if (c === EOF) break
            words.addRaw(c)
          } else {
            words.addChar(c)
          }
          result += c
        }
      }
      if (stop !== EOF)
        throw new LexError(`unexpected end of statement while looking for matching ${stop}`)
      return { value: result, words: words.finish() }
    } finally {
      this.rawEscapes = savedRaw
      this.depth--
    }
  }

  private singleQuoted(): string {
    let result = ''
    const open = this.next()
    if (this.options.rawQuotes) result += open
    for (;;) {
      const ch = this.next()
      if (ch === EOF)
        throw new LexError('unexpected end of statement while looking for matching single-quote')
      if (ch === "'") return this.options.rawQuotes ? result + ch : result
      result += ch
    }
  }

  private doubleQuoted(): string {
    let result = ''
    const open = this.next()
    if (this.options.rawQuotes) result += open
    for (;;) {
      const ch = this.peek()
      if (ch === EOF)
        throw new LexError('unexpected end of statement while looking for matching double-quote')
      if (ch === '"') {
        this.next()
        return this.options.rawQuotes ? result + ch : result
      }
      if (ch === '$') {
        result += this.dollar()
        continue
      }
      let c = this.next()
      if (c === this.options.escape) {
        if (this.rawEscapes) result += c
        const after = this.peek()
        if (after === EOF) continue
        if (after === '"' || after === '$' || after === this.options.escape) c = this.next()
      }
      result += c
    }
  }

  private lookup(name: string): string | undefined {
    this.used.add(name)
    return this.env.get(name)
  }

  private dollar(): string {
    this.next()
    if (this.peek() !== '{') {
      const name = this.name()
      if (name === '') return '$'
      const value = this.lookup(name)
      if (value === undefined) {
        if (this.options.skipUnset) return `$${name}`
        this.unsetUsed.add(name)
        return ''
      }
      return value
    }
    this.next()
    const first = this.peek()
    if (first === EOF) throw new LexError("syntax error: missing '}'")
    if (first === '{' || first === '}' || first === ':')
      throw new LexError('syntax error: bad substitution')
    const name = this.name()
    let op = this.next()
    if (op === '}') {
      const value = this.lookup(name)
      if (value === undefined) {
        if (this.options.skipUnset) return `\${${name}}`
        this.unsetUsed.add(name)
        return ''
      }
      return value
    }
    let modifier = op
    const nullIsUnset = op === ':'
    if (nullIsUnset) {
      op = this.next()
      modifier += op
    }
    if (!nullIsUnset && !['+', '-', '?', '#', '%', '/'].includes(op))
      throw new LexError(`unsupported modifier (${modifier}) in substitution`)
    if (op === '/' || (nullIsUnset && (op === '#' || op === '%'))) {
      // Replacement is not evaluated here (its regexp semantics are Go's); `:#`, `:%` are errors.
      throw new LexError(
        op === '/'
          ? `the substitution \${${name}/…} is not evaluated by the gate; use :-, :+, # or % forms`
          : `unsupported modifier (${modifier}) in substitution`
      )
    }
    let word: string
    try {
      word = this.until('}', op === '#' || op === '%').value
    } catch (error) {
      if (this.peek() === EOF) throw new LexError("syntax error: missing '}'")
      throw error
    }
    const value = this.lookup(name)
    if (this.options.skipUnset && value === undefined) return `\${${name}${modifier}${word}}`
    if (op === '#' || op === '%') {
      if (value === undefined) this.unsetUsed.add(name)
      try {
        return trimPattern(value ?? '', word, op)
      } catch (error) {
        throw new LexError((error as Error).message)
      }
    }
    const absent = value === undefined || (nullIsUnset && value === '')
    switch (op) {
      case '-':
        return absent ? word : (value ?? '')
      case '+':
        return absent ? '' : word
      case '?':
        if (value === undefined)
          throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`)
        if (absent) throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`)
        return value
      default:
        throw new LexError(`unsupported modifier (${modifier}) in substitution`)
    }
  }

  private name(): string {
    let name = ''
    for (;;) {
      const ch = this.peek()
      if (ch === EOF) return name
      if (name === '' && /^\d$/.test(ch)) {
        while (/^\d$/.test(this.peek())) name += this.next()
        return name
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) return this.next()
      if (!/^[\p{L}\p{Nd}_]$/u.test(ch)) return name
      name += this.next()
    }
  }

  private possibleHeredoc(): string {
    this.next()
    if (this.peek() !== '<') return '<'
    this.next()
    let space = ''
    while (['\t', '\r', ' '].includes(this.peek())) space += this.next()
    return `<<${space}`
  }

  /** lex.go's word buffer, shared with nested scans. */
  get buffer(): string {
    return this.wordBuffer
  }

  set buffer(value: string) {
    this.wordBuffer = value
  }
}
