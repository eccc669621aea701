/**
 * How BuildKit's frontend/dockerfile/parser splits one logical line: the keyword, the leading
 * `--flags` (split_command.go), and the arguments by the keyword's own rule (line_parsers.go).
 */
import { isSpace } from './lex-words'

/** One instruction as BuildKit's parser leaves it (parser.Node). */
export interface Node {
  /** The keyword as written (BuildKit matches it case-insensitively). */
  keyword: string
  flags: string[]
  /** The arguments; for ONBUILD the trigger is in `trigger` instead. */
  args: string[]
  /** ONBUILD's instruction. */
  trigger?: Node
  /** The arguments were a JSON array (exec form). */
  json: boolean
  heredocs: Heredoc[]
  startLine: number
  endLine: number
}

export interface Heredoc {
  name: string
  expand: boolean
  chomp: boolean
  content: string
}

export class ParseError extends Error {}

/** parser.go reWhitespace: ASCII blanks only. */
const WHITESPACE = /[\t\v\f\r ]+/

type LineParser = (rest: string, escape: string) => { args: string[]; json?: boolean }

const ARGUMENT_PARSERS: Record<string, LineParser> = {
  add: maybeJsonToList,
  arg: (rest, escape) => ({ args: words(rest, escape) }),
  cmd: maybeJson,
  copy: maybeJsonToList,
  entrypoint: maybeJson,
  env: (rest, escape) => ({ args: nameValues(rest, 'ENV', escape) }),
  expose: whitespaceDelimited,
  from: whitespaceDelimited,
  healthcheck: healthConfig,
  label: (rest, escape) => ({ args: nameValues(rest, 'LABEL', escape) }),
  maintainer: whole,
  run: maybeJson,
  shell: maybeJson,
  stopsignal: whole,
  user: whole,
  volume: maybeJsonToList,
  workdir: whole
}

/** newNodeFromLine: keyword, flags, then the keyword's argument rule. */
export function nodeFromLine(line: string, escape: string): Node {
  const { keyword, flags, rest } = splitCommand(line, escape)
  const node: Node = {
    keyword,
    flags,
    args: [],
    json: false,
    heredocs: [],
    startLine: 0,
    endLine: 0
  }
  const lower = keyword.toLowerCase()
  if (lower === 'onbuild') {
    if (rest !== '') node.trigger = nodeFromLine(rest, escape)
    return node
  }
  const parser = ARGUMENT_PARSERS[lower]
  // Unknown keywords parse to one empty argument; instruction parsing rejects them.
  if (!parser) return { ...node, args: [''] }
  const { args, json } = parser(rest, escape)
  return { ...node, args, json: json ?? false }
}

function splitCommand(
  line: string,
  escape: string
): { keyword: string; flags: string[]; rest: string } {
  const trimmed = goTrimSpace(line)
  const match = WHITESPACE.exec(trimmed)
  if (!match) return { keyword: trimmed, flags: [], rest: '' }
  const keyword = trimmed.slice(0, match.index)
  const { rest, flags } = builderFlags(trimmed.slice(match.index + match[0].length), escape)
  return { keyword, flags, rest: goTrimSpace(rest) }
}

/** Leading words that start with `--`, unquoted and unescaped; `--` alone ends them. */
function builderFlags(line: string, escape: string): { rest: string; flags: string[] } {
  const flags: string[] = []
  let pos = 0
  for (;;) {
    while (pos < line.length && isSpace(line[pos] ?? '')) pos++
    if (pos >= line.length) return { rest: '', flags }
    if (!line.startsWith('--', pos)) return { rest: line.slice(pos), flags }
    let word = ''
    let quote = ''
    let blankOk = false
    let ended = false
    for (; pos < line.length; pos++) {
      let ch = line[pos] ?? ''
      if (quote === '') {
        if (isSpace(ch)) {
          ended = true
          break
        }
        if (ch === "'" || ch === '"') {
          quote = ch
          blankOk = true
          continue
        }
      } else if (ch === quote) {
        quote = ''
        continue
      }
      if (ch === escape) {
        if (pos + 1 === line.length) {
          quote = ''
          continue
        }
        ch = line[++pos] ?? ''
      }
      word += ch
    }
    if (word === '--') return { rest: ended ? line.slice(pos) : '', flags }
    if (blankOk || word !== '') flags.push(word)
    if (!ended) return { rest: '', flags }
  }
}

/** parseWords: whitespace-separated words; quotes and escapes are kept, only grouping. */
function words(rest: string, escape: string): string[] {
  const result: string[] = []
  const chars = Array.from(rest)
  let word = ''
  let inWord = false
  let quote = ''
  let blankOk = false
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i] ?? ''
    if (!inWord) {
      if (isSpace(ch)) continue
      inWord = true
    }
    if (quote === '') {
      if (isSpace(ch)) {
        if (blankOk || word !== '') result.push(word)
        word = ''
        blankOk = false
        inWord = false
        continue
      }
      if (ch === "'" || ch === '"') {
        quote = ch
        blankOk = true
      }
      if (ch === escape) {
        if (i + 1 === chars.length) continue
        word += ch
        ch = chars[++i] ?? ''
      }
      word += ch
      continue
    }
    if (ch === quote) quote = ''
    if (ch === escape && quote !== "'") {
      if (i + 1 === chars.length) {
        quote = ''
        continue
      }
      word += ch
      ch = chars[++i] ?? ''
    }
    word += ch
  }
  if (inWord && (blankOk || word !== '')) result.push(word)
  return result
}

/** ENV and LABEL: `key value` or `key=value …`, as (key, value, separator) triples. */
function nameValues(rest: string, keyword: string, escape: string): string[] {
  const found = words(rest, escape)
  if (found.length === 0) return []
  if (!(found[0] ?? '').includes('=')) {
    const parts = splitOnce(rest, WHITESPACE)
    if (parts === undefined) throw new ParseError(`${keyword} must have two arguments`)
    return [parts[0], parts[1], '']
  }
  return found.flatMap(word => {
    const at = word.indexOf('=')
    if (at < 0)
      throw new ParseError(
        `Syntax error - can't find = in "${word}". Must be of the form: name=value`
      )
    return [word.slice(0, at), word.slice(at + 1), '=']
  })
}

function whitespaceDelimited(rest: string): { args: string[] } {
  return { args: rest === '' ? [] : rest.split(WHITESPACE) }
}

function whole(rest: string): { args: string[] } {
  return { args: rest === '' ? [] : [rest] }
}

function jsonArray(rest: string): string[] | 'not-json' {
  const trimmed = rest.replace(/^\s+/u, '')
  if (!trimmed.startsWith('[')) return 'not-json'
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    return 'not-json'
  }
  if (!Array.isArray(parsed)) return 'not-json'
  if (!parsed.every(item => typeof item === 'string'))
    throw new ParseError('when using JSON array syntax, arrays must be comprised of strings only')
  return parsed as string[]
}

function maybeJson(rest: string): { args: string[]; json?: boolean } {
  if (rest === '') return { args: [] }
  const json = jsonArray(rest)
  return json === 'not-json' ? { args: [rest] } : { args: json, json: true }
}

function maybeJsonToList(rest: string): { args: string[]; json?: boolean } {
  const json = jsonArray(rest)
  return json === 'not-json' ? whitespaceDelimited(rest) : { args: json, json: true }
}

/** HEALTHCHECK: the type word, then CMD's arguments. */
function healthConfig(rest: string): { args: string[]; json?: boolean } {
  const match = /^(\S+)\s*(.*)$/su.exec(rest)
  if (!match) return { args: [] }
  const command = maybeJson(match[2] ?? '')
  return { args: [match[1] ?? '', ...command.args], json: command.json }
}

function splitOnce(text: string, separator: RegExp): [string, string] | undefined {
  const match = separator.exec(text)
  if (!match) return undefined
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)]
}

/** Go's strings.TrimSpace (Unicode white space). */
function goTrimSpace(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isSpace(text[start] ?? '')) start++
  while (end > start && isSpace(text[end - 1] ?? '')) end--
  return text.slice(start, end)
}
