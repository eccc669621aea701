import { checkLength, compareDigits, compareStrings, InvalidVersionError } from './error'

/**
 * RPM versions, `[epoch:]version[-release]`, compared as rpm's rpmvercmp does: alphanumeric
 * segments, digits newer than letters, `~` older than anything (even the end), `^` newer than
 * the end but older than anything else. A missing epoch is 0.
 */
interface Evr {
  epoch: string
  version: string
  release: string
}

function parse(text: string): Evr {
  checkLength('rpm', text)
  if (/\s/.test(text)) throw new InvalidVersionError('rpm', text, 'embedded spaces')
  const m = /^(?:(\d*):)?([^:-][^:]*?)(?:-([^:-]+))?$/.exec(text)
  if (!m) throw new InvalidVersionError('rpm', text, 'expected [epoch:]version[-release]')
  return { epoch: m[1] || '0', version: m[2]!, release: m[3] ?? '' }
}

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c)
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c)

/** rpmvercmp. */
function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0
  let i = 0
  let j = 0
  for (;;) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++
    if (i >= a.length && j >= b.length) return 0
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1
      if (b[j] !== '~') return -1
      i++
      j++
      continue
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1
      if (j >= b.length) return 1
      if (a[i] !== '^') return 1
      if (b[j] !== '^') return -1
      i++
      j++
      continue
    }
    if (i >= a.length || j >= b.length) break
    const numeric = isDigit(a[i])
    const inRun = numeric ? isDigit : isAlpha
    const si = i
    const sj = j
    while (inRun(a[i])) i++
    while (inRun(b[j])) j++
    // Segments of different kinds: the numeric one is newer.
    if (j === sj) return numeric ? 1 : -1
    const d = numeric
      ? compareDigits(a.slice(si, i), b.slice(sj, j))
      : compareStrings(a.slice(si, i), b.slice(sj, j))
    if (d !== 0) return Math.sign(d)
  }
  return i >= a.length ? -1 : 1
}

export function compareRpm(a: string, b: string): number {
  const x = parse(a)
  const y = parse(b)
  return (
    Math.sign(compareDigits(x.epoch, y.epoch)) ||
    rpmvercmp(x.version, y.version) ||
    rpmvercmp(x.release, y.release)
  )
}
