import { checkLength, compareDigits, compareStrings, InvalidVersionError } from './error'

/**
 * Alpine versions, `digits{.digits}[letter]{_suffix[digits]}[~hash][-rN]`, compared as
 * apk-tools does: token by token, where a digit run after a dot with a leading zero compares as
 * text (as Gentoo's rule), pre-release suffixes (`_alpha` `_beta` `_pre` `_rc`) sort below the
 * bare version and post-release ones (`_cvs` `_svn` `_git` `_hg` `_p`) above it, and of two
 * versions equal so far the one that ends sorts below the one that goes on with a digit, letter,
 * post-release suffix, hash or revision.
 */
const enum Kind {
  InitialDigit,
  Digit,
  Letter,
  Suffix,
  SuffixNumber,
  Hash,
  Revision,
  End
}

interface Token {
  kind: Kind
  text: string
  /** A suffix's rank: pre-releases below RELEASE, post-releases above. */
  rank: number
}

const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p']
const RELEASE = SUFFIXES.indexOf('')
const TOKEN = /^(?:([a-z])|\.(\d+)|(\d+)|_([a-z]+)|~([0-9a-f]+)|-r(\d+))/

function tokenize(version: string): Token[] {
  checkLength('apk', version)
  const fail = (reason: string): never => {
    throw new InvalidVersionError('apk', version, reason)
  }
  const first = /^\d+/.exec(version)
  if (!first) return fail('must start with a digit')
  const tokens: Token[] = [{ kind: Kind.InitialDigit, text: first[0], rank: 0 }]
  let rest = version.slice(first[0].length)
  let last = Kind.InitialDigit
  while (rest !== '') {
    const m = TOKEN.exec(rest)
    if (!m) return fail(`unexpected ${JSON.stringify(rest)}`)
    let token: Token
    if (m[1] !== undefined && last <= Kind.Digit) token = { kind: Kind.Letter, text: m[1], rank: 0 }
    else if (m[2] !== undefined && last <= Kind.Digit)
      token = { kind: Kind.Digit, text: m[2], rank: 0 }
    else if (m[3] !== undefined && last === Kind.Suffix)
      token = { kind: Kind.SuffixNumber, text: m[3], rank: 0 }
    else if (m[4] !== undefined && last <= Kind.SuffixNumber) {
      const rank = SUFFIXES.indexOf(m[4])
      if (m[4] === '' || rank < 0) return fail(`unknown suffix _${m[4]}`)
      token = { kind: Kind.Suffix, text: m[4], rank }
    } else if (m[5] !== undefined && last < Kind.Hash)
      token = { kind: Kind.Hash, text: m[5], rank: 0 }
    else if (m[6] !== undefined && last < Kind.Revision)
      token = { kind: Kind.Revision, text: m[6], rank: 0 }
    else return fail(`${JSON.stringify(m[0])} cannot follow what precedes it`)
    tokens.push(token)
    last = token.kind
    rest = rest.slice(m[0].length)
  }
  return tokens
}

function compareToken(a: Token, b: Token): number {
  switch (a.kind) {
    case Kind.Digit:
      // A leading zero on either side: text order, as apk-tools (1.02 < 1.1).
      if (a.text.startsWith('0') || b.text.startsWith('0')) return compareStrings(a.text, b.text)
      return compareDigits(a.text, b.text)
    case Kind.InitialDigit:
    case Kind.SuffixNumber:
    case Kind.Revision:
      return compareDigits(a.text, b.text)
    case Kind.Suffix:
      return a.rank - b.rank
    default:
      return compareStrings(a.text, b.text)
  }
}

export function compareApk(a: string, b: string): number {
  const x = tokenize(a)
  const y = tokenize(b)
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    const s = x[i]!
    const t = y[i]!
    if (s.kind !== t.kind) return nextOrder(s, t)
    const d = compareToken(s, t)
    if (d !== 0) return Math.sign(d)
  }
  if (x.length === y.length) return 0
  const end: Token = { kind: Kind.End, text: '', rank: 0 }
  return nextOrder(x[n] ?? end, y[n] ?? end)
}

/** Two versions equal up to tokens of different kinds: pre-release < end < anything else. */
function nextOrder(s: Token, t: Token): number {
  if (s.kind === Kind.Suffix && s.rank < RELEASE) return -1
  if (t.kind === Kind.Suffix && t.rank < RELEASE) return 1
  return s.kind > t.kind ? -1 : 1
}
