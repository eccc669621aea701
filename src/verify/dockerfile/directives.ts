/**
 * Parser directives as BuildKit's frontend/dockerfile/parser/directives.go reads them:
 * `# syntax=`, `# escape=`, `# check=` at the very top, each at most once; the first line that is
 * not one ends the block for good.
 */
import { ParseError } from './line-parsers'

const KNOWN = new Set(['syntax', 'escape', 'check'])
/** directives.go directiveRegexp; Go's \s is [\t\n\f\r ]. */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s

export interface Directive {
  name: string
  value: string
  /** 1-based line. */
  line: number
}

/** DirectiveParser: fed every line in order; once done, it reads nothing more. */
export class DirectiveScanner {
  private line: number
  private done = false
  private readonly seen = new Set<string>()

  constructor(
    private readonly comment = '#',
    startLine = 0
  ) {
    this.line = startLine
  }

  /** The directive on this line, if the block is still open and the line holds one. */
  read(text: string): Directive | undefined {
    this.line++
    if (this.done) return undefined
    if (!text.startsWith(this.comment)) {
      this.done = true
      return undefined
    }
    const match = DIRECTIVE.exec(text.slice(this.comment.length).replace(/^\s+/u, ''))
    const name = match?.[1]?.toLowerCase()
    if (!match || name === undefined || !KNOWN.has(name)) {
      this.done = true
      return undefined
    }
    if (this.seen.has(name)) throw new ParseError(`only one ${name} parser directive can be used`)
    this.seen.add(name)
    return { name, value: match[2] ?? '', line: this.line }
  }
}

export const BOM = '\ufeff'

/**
 * The frontend image a Dockerfile names, as builder/build.go finds it before anything else is
 * parsed (parser.DetectSyntax): after a BOM and a `#!` line, a `# syntax=` directive, else a
 * `// syntax=` one, else a `"syntax"` key when the whole file is a JSON object. Only the first
 * word is the image; a later duplicate does not replace the first.
 */
export function detectSyntax(text: string): Directive | undefined {
  let body = text.startsWith(BOM) ? text.slice(BOM.length) : text
  let startLine = 0
  const firstBreak = body.indexOf('\n')
  if (body.startsWith('#!')) {
    body = firstBreak < 0 ? '' : body.slice(firstBreak + 1)
    startLine = 1
  }
  for (const comment of ['#', '//']) {
    const found = scanAll(body, new DirectiveScanner(comment, startLine))
    if (found) return found
  }
  try {
    const json = JSON.parse(body) as unknown
    const syntax = (json as Record<string, unknown> | null)?.syntax
    if (json && typeof json === 'object' && !Array.isArray(json) && typeof syntax === 'string')
      return { name: 'syntax', value: syntax, line: startLine }
  } catch {
    // Not JSON: no syntax given this way.
  }
  return undefined
}

function scanAll(body: string, scanner: DirectiveScanner): Directive | undefined {
  for (const line of body.split('\n')) {
    let directive: Directive | undefined
    try {
      directive = scanner.read(line.replace(/\r$/, ''))
    } catch {
      // A duplicate stops the scan; directives before it still count.
      return undefined
    }
    if (directive?.name === 'syntax')
      return { ...directive, value: directive.value.split(' ')[0] ?? '' }
    if (directive === undefined) return undefined
  }
  return undefined
}
