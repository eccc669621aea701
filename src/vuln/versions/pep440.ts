import { checkLength, compareDigits, compareStrings, InvalidVersionError } from './error'

/**
 * PEP 440 (Python) versions, read and ordered as pip's `packaging.version` does: an epoch
 * (`1!`), the release numbers (trailing zeros do not count), a pre-release (a/alpha, b/beta,
 * rc/c/pre/preview), a post-release (post/rev/r, or `-N`), a dev release, and a local version
 * (`+ubuntu.1`); separators `.` `-` `_` are optional where pip allows, case does not count.
 * Numbers of any size compare exactly (no floating point).
 */
const PATTERN = new RegExp(
  [
    '^\\s*v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?', // local version
    '\\s*$'
  ].join(''),
  'i'
)

const PRE_RANK: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1 }

interface Pep440 {
  epoch: string
  release: string[]
  /** [rank, number]; rank -1 sorts a dev release of the final version below its pre-releases. */
  pre: [number, string]
  post: string | undefined
  dev: string | undefined
  local: string[] | undefined
}

function parse(version: string): Pep440 {
  checkLength('pep440', version)
  const m = PATTERN.exec(version)
  if (!m) throw new InvalidVersionError('pep440', version, 'see PEP 440 for the version scheme')
  const [
    ,
    epoch = '0',
    releaseText,
    preLetter,
    preNumber,
    postImplicit,
    postLetter,
    postNumber,
    devLetter,
    devNumber,
    local
  ] = m
  const release = releaseText!.split('.')
  while (release.length > 1 && /^0+$/.test(release[release.length - 1]!)) release.pop()
  const post = postImplicit ?? (postLetter !== undefined ? (postNumber ?? '0') : undefined)
  const dev = devLetter !== undefined ? (devNumber ?? '0') : undefined
  let pre: [number, string]
  if (preLetter !== undefined) pre = [PRE_RANK[preLetter.toLowerCase()] ?? 2, preNumber ?? '0']
  else if (post === undefined && dev !== undefined) pre = [-1, '0']
  else pre = [3, '0']
  return {
    epoch,
    release,
    pre,
    post,
    dev,
    local: local?.toLowerCase().split(/[-_.]/)
  }
}

function compareRelease(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = compareDigits(a[i] ?? '0', b[i] ?? '0')
    if (d !== 0) return d
  }
  return 0
}

/** Absent sorts first (`low`) or last. */
function compareOptional(
  a: string | undefined,
  b: string | undefined,
  absent: 'low' | 'high'
): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0
    return (a === undefined) === (absent === 'low') ? -1 : 1
  }
  return compareDigits(a, b)
}

/** Local segments: numbers above words, numbers by value, words alphabetically, longer above. */
function compareLocal(a: string[] | undefined, b: string[] | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!
    const y = b[i]!
    const xn = /^\d+$/.test(x)
    const yn = /^\d+$/.test(y)
    const d = xn && yn ? compareDigits(x, y) : xn ? 1 : yn ? -1 : compareStrings(x, y)
    if (d !== 0) return d
  }
  return a.length - b.length
}

export function comparePep440(a: string, b: string): number {
  const x = parse(a)
  const y = parse(b)
  return Math.sign(
    compareDigits(x.epoch, y.epoch) ||
      compareRelease(x.release, y.release) ||
      x.pre[0] - y.pre[0] ||
      compareDigits(x.pre[1], y.pre[1]) ||
      compareOptional(x.post, y.post, 'low') ||
      compareOptional(x.dev, y.dev, 'high') ||
      compareLocal(x.local, y.local)
  )
}
