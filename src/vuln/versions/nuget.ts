import { checkLength, compareDigits, InvalidVersionError } from './error'

/**
 * NuGet versions (NuGetVersion): SemVer 2.0.0 with an optional fourth number (`1.2.3.4`), one or
 * two numbers allowed (`1`, `1.2`), leading zeros tolerated as NuGet does; prerelease labels
 * compare numerically when both are numbers, numbers before text, text case-insensitively; build
 * metadata does not count.
 */
interface NuGetVersion {
  numbers: string[]
  labels: string[]
}

const PATTERN =
  /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

function parse(version: string): NuGetVersion {
  checkLength('nuget', version)
  const m = PATTERN.exec(version.trim())
  if (!m) {
    throw new InvalidVersionError('nuget', version, 'expected 1.2.3[.4][-prerelease][+metadata]')
  }
  const numbers = m[1]!.split('.')
  while (numbers.length < 4) numbers.push('0')
  return { numbers, labels: m[2] ? m[2].split('.') : [] }
}

const isNumber = (label: string): boolean => /^\d+$/.test(label)

function compareLabel(a: string, b: string): number {
  if (isNumber(a) && isNumber(b)) return compareDigits(a, b)
  if (isNumber(a)) return -1
  if (isNumber(b)) return 1
  const x = a.toUpperCase()
  const y = b.toUpperCase()
  return x < y ? -1 : x > y ? 1 : 0
}

export function compareNuGet(a: string, b: string): number {
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < 4; i++) {
    const d = compareDigits(x.numbers[i]!, y.numbers[i]!)
    if (d !== 0) return Math.sign(d)
  }
  // A release is newer than any of its prereleases.
  if (x.labels.length === 0 || y.labels.length === 0) {
    return Math.sign(y.labels.length - x.labels.length)
  }
  for (let i = 0; i < Math.min(x.labels.length, y.labels.length); i++) {
    const d = compareLabel(x.labels[i]!, y.labels[i]!)
    if (d !== 0) return Math.sign(d)
  }
  return Math.sign(x.labels.length - y.labels.length)
}
