/**
 * Logical lines as BuildKit's frontend/dockerfile/parser/parser.go (Parse) makes them: a BOM
 * dropped, directives read at the top, comment and blank lines skipped (also inside a
 * continuation), lines joined where they end in the escape token, and heredoc bodies read raw
 * after the ADD, COPY or RUN (also under ONBUILD) that opens them.
 */
import { BOM, DirectiveScanner } from './directives'
import { expand, LexError } from './lex'
import { isSpace } from './lex-words'
import { nodeFromLine, ParseError, type Heredoc, type Node } from './line-parsers'

/** Budgets for a file a pull request controls. */
const LIMITS = {
  /** bufio.Scanner's token limit in parser.go: longer lines are an error there too. */
  lineBytes: 64 * 1024,
  fileBytes: 4 * 1024 * 1024,
  instructions: 10_000
}

export interface ParsedDockerfile {
  nodes: Node[]
  /** The escape token in force (`\` or `` ` ``). */
  escape: string
}

/** A parse failure at a line range, as BuildKit reports it (parser.WithLocation). */
export class DockerfileError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

export function parseDockerfile(text: string): ParsedDockerfile {
  if (Buffer.byteLength(text) > LIMITS.fileBytes)
    throw new DockerfileError(`the Dockerfile is larger than ${LIMITS.fileBytes} bytes`, 1)
  const lines = scanLines(text)
  const directives = new DirectiveScanner()
  let escape = '\\'
  const readDirective = (line: string, at: number) => {
    try {
      const directive = directives.read(line)
      if (directive?.name !== 'escape') return
      if (directive.value !== '`' && directive.value !== '\\')
        throw new ParseError(`invalid escape token '${directive.value}' does not match \` or \\`)
      escape = directive.value
    } catch (error) {
      throw located(error, at)
    }
  }
  const nodes: Node[] = []
  let current = 0
  let index = 0
  while (index < lines.length) {
    let raw = lines[index++] ?? ''
    if (current === 0 && raw.startsWith(BOM)) raw = raw.slice(BOM.length)
    checkLength(raw, current + 1)
    let text = trimLeadingSpace(trimNewline(raw))
    readDirective(text, current + 1)
    if (isComment(text)) text = ''
    current++
    const startLine = current
    let [body, ended] = trimContinuation(text, escape)
    if (ended && body === '') continue
    let line = body
    while (!ended && index < lines.length) {
      const next = lines[index++] ?? ''
      checkLength(next, current + 1)
      const nextText = trimNewline(next)
      readDirective(nextText, current + 1)
      current++
      if (isComment(next)) continue
      if (trimLeadingSpace(nextText) === '') continue
      ;[body, ended] = trimContinuation(nextText, escape)
      line += body
    }
    let node: Node
    try {
      node = nodeFromLine(line, escape)
    } catch (error) {
      throw located(error, startLine)
    }
    const opener = node.trigger ?? node
    if (canContainHeredoc(opener) && line.includes('<<')) {
      for (const heredoc of heredocsFromLine(line, startLine)) {
        let terminated = false
        for (; index < lines.length;) {
          const bodyLine = lines[index++] ?? ''
          current++
          let candidate = trimNewline(bodyLine)
          if (heredoc.chomp) candidate = candidate.replace(/^\t+/, '')
          if (candidate === heredoc.name) {
            terminated = true
            break
          }
          heredoc.content += bodyLine
        }
        if (!terminated) throw new DockerfileError('unterminated heredoc', startLine)
        node.heredocs.push(heredoc)
      }
    }
    node.startLine = startLine
    node.endLine = current
    nodes.push(node)
    if (nodes.length > LIMITS.instructions)
      throw new DockerfileError(`more than ${LIMITS.instructions} instructions`, startLine)
  }
  if (nodes.length === 0) throw new DockerfileError('file with no instructions', current)
  return { nodes, escape }
}

/** Lines with their `\n`, as parser.go's scanLines splits them. */
function scanLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

function checkLength(line: string, at: number): void {
  if (Buffer.byteLength(line) > LIMITS.lineBytes)
    throw new DockerfileError(
      `dockerfile line greater than max allowed size of ${LIMITS.lineBytes - 1}`,
      at
    )
}

function located(error: unknown, line: number): unknown {
  if (error instanceof ParseError || error instanceof LexError)
    return new DockerfileError(error.message, line)
  return error
}

function trimNewline(line: string): string {
  return line.replace(/[\r\n]+$/, '')
}

function trimLeadingSpace(line: string): string {
  let start = 0
  while (start < line.length && isSpace(line[start] ?? '')) start++
  return line.slice(start)
}

function isComment(line: string): boolean {
  return trimLeadingSpace(line).startsWith('#')
}

/** parser.go lineContinuationRegex: the escape token, then only blanks, ends the line. */
function trimContinuation(line: string, escape: string): [string, boolean] {
  const e = escape === '\\' ? '\\\\' : escape
  const continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`)
  if (!continuation.test(line)) return [line, true]
  return [line.replace(continuation, '$1'), false]
}

const HEREDOC_KEYWORDS = new Set(['add', 'copy', 'run'])

function canContainHeredoc(node: Node): boolean {
  return HEREDOC_KEYWORDS.has(node.keyword.toLowerCase()) && !node.json
}

/** parser.go reHeredoc: optional fd, `<<`, optional `-`, then the delimiter word. */
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/

/**
 * Every `<<WORD` of the line (heredocsFromLine): the whole line is lexed with `\` as escape,
 * quotes and escapes kept; a line the lexer rejects has no heredocs at all, as in BuildKit.
 */
function heredocsFromLine(line: string, at: number): Heredoc[] {
  let lineWords: string[]
  try {
    lineWords = expand(line, new Map(), {
      escape: '\\',
      rawQuotes: true,
      rawEscapes: true,
      skipUnset: true
    }).words
  } catch {
    return []
  }
  const found: Heredoc[] = []
  for (const word of lineWords) {
    const heredoc = parseHeredoc(word, at)
    if (heredoc) found.push(heredoc)
  }
  return found
}

/** parser.ParseHeredoc: the delimiter must lex to one word; quoting it turns expansion off. */
function parseHeredoc(word: string, at = 0): Heredoc | undefined {
  const match = HEREDOC_WORD.exec(word)
  const rest = match?.[3] ?? ''
  if (!match || rest === '') return undefined
  const options = { escape: '\\', skipUnset: true }
  try {
    const cooked = expand(rest, new Map(), { ...options, rawQuotes: false }).words
    if (cooked.length !== 1) return undefined
    const raw = expand(rest, new Map(), { ...options, rawQuotes: true }).words
    const name = cooked[0] ?? ''
    const quotes = (text: string) => (text.match(/['"]/g) ?? []).length
    return {
      name,
      expand: quotes(name) === quotes(raw[0] ?? ''),
      chomp: match[2] === '-',
      content: ''
    }
  } catch (error) {
    throw located(error, at)
  }
}
