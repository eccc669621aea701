import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expand, LexError } from '../../../../src/verify/dockerfile/lex'
import { REPO_ROOT } from '../../../support/paths'

// BuildKit's own lexer test vectors (see __fixtures__/buildkit-shell/NOTICE).
const FIXTURES = join(REPO_ROOT, '__fixtures__', 'buildkit-shell')
const lines = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').split('\n')

const envVarCases = lines('envVarTest')
  .map((line, index) => ({ line: line.trim(), number: index + 1 }))
  .filter(({ line }) => line !== '' && !line.startsWith('#'))
  .map(({ line, number }) => {
    const [platform, source, expected] = line.split('|').map(part => part.trim())
    return { number, platform, source: source ?? '', expected: expected ?? '' }
  })
  .filter(c => c.platform !== 'W')

const ENV = new Map([
  ['PWD', '/home'],
  ['SHELL', 'bash'],
  ['KOREAN', '한국어'],
  ['NULL', '']
])

describe('BuildKit lexer vectors (shell/envVarTest): ProcessWord', () => {
  test.each(envVarCases.map(c => [`line ${c.number}: ${c.source}`, c] as const))('%s', (_, c) => {
    const run = () => expand(c.source, ENV, { escape: '\\' }).value
    if (c.expected === 'error') expect(run).toThrow(LexError)
    else expect(run()).toBe(c.expected)
  })
})

describe('BuildKit lexer vectors (shell/wordsTest): ProcessWords', () => {
  test('every line splits into the same words', () => {
    const env = new Map<string, string>()
    let checked = 0
    for (const line of lines('wordsTest')) {
      if (line.startsWith('#') || line === '') continue
      if (line.startsWith('ENV ')) {
        const definition = line.slice(3).replace(/^ +/, '')
        const at = definition.indexOf('=')
        env.set(definition.slice(0, at), definition.slice(at + 1))
        continue
      }
      const [input, output] = line.split('|')
      const expected = (output ?? '').replace(/^ +/, '').split(',')
      let words: string[]
      try {
        words = expand((input ?? '').trim(), env, { escape: '\\' }).words
      } catch {
        words = ['error']
      }
      expect([input, words]).toEqual([input, expected])
      checked++
    }
    expect(checked).toBeGreaterThan(15)
  })
})
