import { checkLength, compareStrings, InvalidVersionError } from './error'

/**
 * RubyGems versions compared as Gem::Version does: `-` reads as `.pre.`, segments are runs of
 * digits or letters, any letter makes a prerelease (1.0.a < 1.0), trailing zeros of the release
 * and of the prerelease part do not count (1.0 = 1), and a letter segment sorts below a number.
 */
type Segment = string | bigint

const PATTERN = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

function segments(version: string): Segment[] {
  checkLength('rubygems', version)
  const text = version.trim()
  if (text === '') return []
  if (!PATTERN.test(text)) {
    throw new InvalidVersionError(
      'rubygems',
      version,
      'expected digits and letters separated by dots'
    )
  }
  const all: Segment[] = (text.replaceAll('-', '.pre.').match(/[0-9]+|[a-z]+/gi) ?? []).map(s =>
    /^\d/.test(s) ? BigInt(s) : s
  )
  // Canonical form: trailing zeros dropped from the release part and from the prerelease part.
  const firstLetter = all.findIndex(s => typeof s === 'string')
  const release = firstLetter < 0 ? all : all.slice(0, firstLetter)
  const prerelease = firstLetter < 0 ? [] : all.slice(firstLetter)
  const trim = (list: Segment[]): Segment[] => {
    let end = list.length
    while (end > 0 && list[end - 1] === 0n) end--
    return list.slice(0, end)
  }
  return [...trim(release), ...trim(prerelease)]
}

export function compareRubyGems(a: string, b: string): number {
  const x = segments(a)
  const y = segments(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const l = x[i] ?? 0n
    const r = y[i] ?? 0n
    if (l === r) continue
    if (typeof l === 'string' && typeof r === 'bigint') return -1
    if (typeof l === 'bigint' && typeof r === 'string') return 1
    return typeof l === 'bigint' ? (l < (r as bigint) ? -1 : 1) : compareStrings(l, r as string)
  }
  return 0
}
