/** A version, or a version range, that its scheme cannot read. */
export class InvalidVersionError extends Error {
  readonly scheme: string
  readonly version: string

  constructor(scheme: string, version: string, reason: string) {
    super(`not a valid ${scheme} version: ${JSON.stringify(version)} (${reason})`)
    this.name = 'InvalidVersionError'
    this.scheme = scheme
    this.version = version
  }
}

/** No real version is this long; the cap bounds the work a hostile string can cause. */
const MAX_VERSION_LENGTH = 256

/** Rejects an empty or oversized version before a scheme parses it. */
export function checkLength(scheme: string, version: string): void {
  if (version.length === 0) throw new InvalidVersionError(scheme, version, 'empty')
  if (version.length > MAX_VERSION_LENGTH) {
    throw new InvalidVersionError(
      scheme,
      version.slice(0, 40) + '…',
      `longer than ${MAX_VERSION_LENGTH} characters`
    )
  }
}

/** Compares two runs of decimal digits of any length, as numbers. */
export function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '')
  const y = b.replace(/^0+/, '')
  if (x.length !== y.length) return x.length - y.length
  return x < y ? -1 : x > y ? 1 : 0
}

/** Plain code-unit order, as C's strcmp and Ruby's String#<=> on ASCII. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
