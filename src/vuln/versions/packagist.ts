import { checkLength, compareDigits, InvalidVersionError } from './error'

/**
 * Packagist (Composer) versions: normalised as Composer's VersionParser does (an optional `v`,
 * up to four numbers padded to four, a stability suffix spelled out: a → alpha, b → beta,
 * p/pl → patch, rc → RC), build metadata dropped, then compared as PHP's version_compare:
 * parts split at `.` `-` `_` `+` and digit/letter changes, numbers as numbers, and
 * dev < alpha < beta < RC < a number < patch, any other word below dev.
 */
const PATTERN =
  /^v?(\d+(?:\.\d+){0,3})(?:[._-]?(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?([.-]?dev)?$/i
const STABILITY: Record<string, string> = {
  a: 'alpha',
  b: 'beta',
  p: 'patch',
  pl: 'patch',
  rc: 'RC'
}

function normalize(version: string): string[] {
  checkLength('packagist', version)
  const text = version.trim().replace(/\+[0-9A-Za-z.-]+$/, '')
  const m = PATTERN.exec(text)
  if (!m) {
    throw new InvalidVersionError(
      'packagist',
      version,
      'expected 1.2.3[.4] with an optional -alpha/-beta/-RC/-patch[N] and -dev (branch names such as dev-main have no order)'
    )
  }
  const numbers = m[1]!.split('.')
  while (numbers.length < 4) numbers.push('0')
  const parts = [...numbers]
  const stability = m[2]?.toLowerCase()
  if (stability && stability !== 'stable') {
    parts.push(STABILITY[stability] ?? stability)
    parts.push(...(m[3] ?? '').split(/[.-]/).filter(Boolean))
  }
  if (m[4]) parts.push('dev')
  return parts
}

const SPECIAL: [string, number][] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5]
]

/** PHP's order of special forms, matched by prefix as PHP does (`patch` reads as `p`). */
function rank(part: string): number {
  for (const [name, order] of SPECIAL) if (part.startsWith(name)) return order
  return -1
}

const isNumber = (part: string): boolean => /^\d+$/.test(part)

function comparePart(a: string, b: string): number {
  if (isNumber(a) && isNumber(b)) return Math.sign(compareDigits(a, b))
  return Math.sign(rank(isNumber(a) ? '#' : a) - rank(isNumber(b) ? '#' : b))
}

export function comparePackagist(a: string, b: string): number {
  const x = normalize(a)
  const y = normalize(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = comparePart(x[i]!, y[i]!)
    if (d !== 0) return d
  }
  // PHP: a longer version is newer when its next part is a number, else as that part against "#".
  if (x.length > y.length) return isNumber(x[y.length]!) ? 1 : comparePart(x[y.length]!, '#')
  if (y.length > x.length) return isNumber(y[x.length]!) ? -1 : comparePart('#', y[x.length]!)
  return 0
}
