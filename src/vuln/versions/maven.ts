import { checkLength, compareDigits, compareStrings, InvalidVersionError } from './error'

/**
 * Maven versions compared as Maven 3.9's ComparableVersion does: items split at `.`, `-` and
 * digit/letter transitions; a `-` (or a transition) opens a sub-list; numbers compare as numbers;
 * qualifiers order alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp,
 * unknown ones after those (alphabetically); trailing nulls (0, "", empty lists) do not count,
 * so 1 = 1.0 = 1-ga; a qualifier after a dot reads as after a hyphen (2.0.x = 2-x).
 */
type Item = { number: string } | { qualifier: string } | Item[]

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' }
const SHORT: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone' }
const RELEASE = QUALIFIERS.indexOf('')

function qualifier(text: string, followedByDigit: boolean): Item {
  const long = followedByDigit ? (SHORT[text] ?? text) : text
  return { qualifier: ALIASES[long] ?? long }
}

function item(text: string, digits: boolean): Item {
  return digits ? { number: text.replace(/^0+/, '') || '0' } : qualifier(text, false)
}

const isNull = (i: Item): boolean =>
  Array.isArray(i)
    ? i.length === 0
    : 'number' in i
      ? i.number === '0'
      : qualifierRank(i.qualifier) === String(RELEASE)

/** Drops trailing null items, looking past nested lists as Maven does. */
function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i]!
    if (isNull(last)) list.splice(i, 1)
    else if (!Array.isArray(last)) break
  }
}

function parse(version: string): Item[] {
  checkLength('maven', version)
  if (!/^[\x21-\x7e]+$/.test(version)) {
    throw new InvalidVersionError('maven', version, 'only printable ASCII without spaces')
  }
  const text = version.toLowerCase()
  const root: Item[] = []
  const lists = [root]
  let list = root
  let digits = false
  let start = 0
  const open = (): void => {
    const next: Item[] = []
    list.push(next)
    lists.push(next)
    list = next
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '.' || c === '-') {
      list.push(i === start ? { number: '0' } : item(text.slice(start, i), digits))
      start = i + 1
      if (c === '-') open()
    } else if (c >= '0' && c <= '9') {
      if (!digits && i > start) {
        // A qualifier after a dot reads as after a hyphen: 1.0.0.X1 < 1.0.0-X2 (Maven 3.9).
        if (list.length > 0) open()
        list.push(qualifier(text.slice(start, i), true))
        start = i
        open()
      }
      digits = true
    } else {
      if (digits && i > start) {
        list.push(item(text.slice(start, i), true))
        start = i
        open()
      }
      digits = false
    }
  }
  if (text.length > start) {
    if (!digits && list.length > 0) open()
    list.push(item(text.slice(start), digits))
  }
  for (let i = lists.length - 1; i >= 0; i--) normalize(lists[i]!)
  return root
}

/** Known qualifiers by rank, unknown ones after all of them, as Maven's comparable text. */
function qualifierRank(q: string): string {
  const i = QUALIFIERS.indexOf(q)
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i)
}

/** `b` undefined: the other side has run out. */
function compareItem(a: Item, b: Item | undefined): number {
  if (Array.isArray(a)) {
    // Against nothing, every item counts, not only the first (MNG-6964).
    if (b === undefined) {
      for (const i of a) {
        const d = compareItem(i, undefined)
        if (d !== 0) return d
      }
      return 0
    }
    if (!Array.isArray(b)) return 'number' in b ? -1 : 1
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const l = a[i]
      const r = b[i]
      const d = l === undefined ? -compareItem(r!, undefined) : compareItem(l, r)
      if (d !== 0) return d
    }
    return 0
  }
  if ('number' in a) {
    if (b === undefined) return a.number === '0' ? 0 : 1
    return !Array.isArray(b) && 'number' in b ? Math.sign(compareDigits(a.number, b.number)) : 1
  }
  if (b === undefined) return compareStrings(qualifierRank(a.qualifier), String(RELEASE))
  if (Array.isArray(b) || 'number' in b) return -1
  return compareStrings(qualifierRank(a.qualifier), qualifierRank(b.qualifier))
}

export function compareMaven(a: string, b: string): number {
  return compareItem(parse(a), parse(b))
}
