import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dockerfileImages } from '../../../../src/verify/dockerfile'
import type { Node } from '../../../../src/verify/dockerfile/line-parsers'
import { DockerfileError, parseDockerfile } from '../../../../src/verify/dockerfile/parser'
import { REPO_ROOT } from '../../../support/paths'

// BuildKit's own parser test files (see __fixtures__/buildkit-parser/NOTICE).
const FIXTURES = join(REPO_ROOT, '__fixtures__', 'buildkit-parser')
const cases = (dir: string) => readdirSync(join(FIXTURES, dir)).sort()
const read = (...path: string[]) => readFileSync(join(FIXTURES, ...path), 'utf8')

/** Go's strconv.Quote, as parser.Node.Dump writes every argument. */
function goQuote(text: string): string {
  let out = '"'
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\v') out += '\\v'
    else if (ch === '\f') out += '\\f'
    else if (ch === '\b') out += '\\b'
    else if (ch === '\x07') out += '\\a'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += ch
  }
  return `${out}"`
}

/** parser.Node.Dump: keyword in lower case, the flags as Go prints a []string, then each argument. */
function dump(node: Node): string {
  let out = node.keyword.toLowerCase()
  if (node.flags.length > 0) out += ` [${node.flags.map(goQuote).join(' ')}]`
  if (node.trigger) out += ` (${dump(node.trigger)})`
  for (const arg of node.args) out += ` ${goQuote(arg)}`
  return out.trim()
}

describe('BuildKit parser test files', () => {
  test.each(cases('testfiles'))('%s: same instructions, flags and argument split', name => {
    const { nodes } = parseDockerfile(read('testfiles', name, 'Dockerfile'))
    const expected = read('testfiles', name, 'result')
    expect(nodes.map(n => `(${dump(n)})\n`).join('')).toBe(expected)
  })

  test.each(cases('testfiles'))('%s: the FROM images are the FROM lines of the result', name => {
    const text = read('testfiles', name, 'Dockerfile')
    const expected = [...read('testfiles', name, 'result').matchAll(/^\(from "([^"]*)"/gm)]
      .map(m => m[1])
      .filter(image => image !== 'scratch')
    const { images } = dockerfileImages(text, 'Dockerfile', {
      platforms: ['linux/amd64'],
      buildArgs: new Map()
    })
    expect(images.filter(i => i.instruction === 'FROM').map(i => i.reference)).toEqual(expected)
  })

  test.each(cases('testfiles-negative'))('%s: is an error, as in BuildKit', name => {
    const text = read('testfiles-negative', name, 'Dockerfile')
    expect(() => parseDockerfile(text)).toThrow(DockerfileError)
    const { images, problems } = dockerfileImages(text, 'Dockerfile', {
      platforms: ['linux/amd64'],
      buildArgs: new Map()
    })
    expect(images).toEqual([])
    expect(problems).toHaveLength(1)
  })

  test('testfile-line: instruction line ranges (parser_test.go TestParseIncludesLineNumbers)', () => {
    const { nodes } = parseDockerfile(read('testfile-line', 'Dockerfile'))
    expect(nodes.map(n => [n.startLine, n.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31]
    ])
  })
})
