/*
 * Prefix and suffix removal, `${X#p}`, `${X##p}`, `${X%p}`, `${X%%p}`, as BuildKit's lex.go
 * does it: the glob `p` becomes an anchored regular expression, shortest or longest match.
 * An invalid pattern throws an Error whose message is BuildKit's; the lexer reports it.
 */

/**
 * `${X#p}` / `${X##p}` remove the shortest / longest prefix matching the glob `p`, `%` and `%%`
 * the suffix (lex.go trimPrefix, trimSuffix): a suffix is a prefix of the reversed value.
 */
export function trimPattern(value: string, word: string, op: '#' | '%'): string {
  const greedy = word.startsWith(op)
  const pattern = greedy ? word.slice(1) : word
  if (op === '#') return trimPrefix(value, pattern, greedy)
  const reversed = (text: string) => Array.from(text).reverse().join('')
  return reversed(trimPrefix(reversed(value), reversePattern(pattern), greedy))
}

function trimPrefix(value: string, pattern: string, greedy: boolean): string {
  const match = globRegExp(pattern, greedy).exec(value)
  return match ? value.slice(match[0].length) : value
}

/** lex.go convertShellPatternToRegex, anchored: `*`, `?` and `\` escapes of `*`, `?`, `\`. */
function globRegExp(pattern: string, greedy: boolean): RegExp {
  const chars = Array.from(pattern)
  let source = '^'
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? ''
    if (ch === '*') source += greedy ? '.*' : '.*?'
    else if (ch === '?') source += '.'
    else if (ch === '\\') {
      const next = chars[i + 1] ?? ''
      if (next === '}' || next === '/') continue
      if (next !== '*' && next !== '?' && next !== '\\')
        throw new Error(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next}'`)
      source += `\\${next}`
      i++
    } else source += /[[\]{}.+()|^$]/.test(ch) ? `\\${ch}` : ch
  }
  return new RegExp(source, 'u')
}

/** lex.go reversePattern: reversed, with each `\x` escape kept in front of its character. */
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern)
  const out: string[] = []
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? ''
    if (ch === '\\' && i + 1 < chars.length) {
      out.unshift(ch + (chars[i + 1] ?? ''))
      i++
    } else out.unshift(ch)
  }
  return out.join('')
}
