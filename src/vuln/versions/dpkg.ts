import { checkLength, compareDigits, InvalidVersionError } from './error'

/**
 * Debian versions, `[epoch:]upstream[-revision]`, compared as Debian policy §5.6.12 and dpkg's
 * verrevcmp do: letters sort before other characters, `~` before everything (even the end), and
 * runs of digits compare as numbers. Syntax checks follow dpkg's own parser, warnings included.
 */
interface DpkgVersion {
  epoch: string
  upstream: string
  revision: string
}

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/
const REVISION = /^[A-Za-z0-9.+~]+$/

function parse(version: string): DpkgVersion {
  checkLength('dpkg', version)
  const fail = (reason: string): never => {
    throw new InvalidVersionError('dpkg', version, reason)
  }
  if (/\s/.test(version)) fail('embedded spaces')
  const colon = version.indexOf(':')
  let epoch = '0'
  let rest = version
  if (colon >= 0) {
    epoch = version.slice(0, colon)
    if (!/^[0-9]+$/.test(epoch)) fail('the epoch is not a number')
    // dpkg keeps epochs in an int.
    if (compareDigits(epoch, '2147483647') > 0) fail('the epoch is too big')
    rest = version.slice(colon + 1)
    if (rest === '') fail('nothing after the epoch')
  }
  const dash = rest.lastIndexOf('-')
  const upstream = dash >= 0 ? rest.slice(0, dash) : rest
  const revision = dash >= 0 ? rest.slice(dash + 1) : ''
  if (dash >= 0 && revision === '') fail('the revision is empty')
  if (upstream === '') fail('the upstream version is empty')
  if (!UPSTREAM.test(upstream))
    fail('the upstream version must start with a digit and use A-Z a-z 0-9 . + ~ - :')
  if (revision !== '' && !REVISION.test(revision))
    fail('the revision may only use A-Z a-z 0-9 . + ~')
  return { epoch, upstream, revision }
}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9'

/** A character's weight in a non-digit run: `~` < end = a digit < letters < everything else. */
function weight(s: string, i: number): number {
  if (i >= s.length || isDigit(s, i)) return 0
  const c = s.charCodeAt(i)
  if (c === 0x7e) return -1
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return c
  return c + 256
}

/** dpkg's verrevcmp: alternating non-digit and digit runs. */
function compareParts(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a, i)) || (j < b.length && !isDigit(b, j))) {
      const d = weight(a, i) - weight(b, j)
      if (d !== 0) return d
      i++
      j++
    }
    const si = i
    const sj = j
    while (isDigit(a, i)) i++
    while (isDigit(b, j)) j++
    const d = compareDigits(a.slice(si, i), b.slice(sj, j))
    if (d !== 0) return d
  }
  return 0
}

export function compareDpkg(a: string, b: string): number {
  const x = parse(a)
  const y = parse(b)
  return (
    compareDigits(x.epoch, y.epoch) ||
    compareParts(x.upstream, y.upstream) ||
    compareParts(x.revision, y.revision)
  )
}
