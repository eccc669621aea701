/**
 * Decoding of tar headers and their extensions (ustar, PAX records, GNU base-256 numbers),
 * shared by the streaming layer reader and the index of image archives on disk. Every field
 * is checked: a header that does not decode is a TarFormatError, never a guess.
 */

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

export class TarFormatError extends Error {
  override name = 'TarFormatError'
}

export const BLOCK = 512
/** PAX and GNU long-name records larger than this are not names but an attack. */
export const MAX_META_SIZE = 1024 * 1024

export function entryType(flag: string): TarEntryType {
  switch (flag) {
    case '0':
    case '\u0000':
    case '7':
      return 'file'
    case '1':
      return 'hardlink'
    case '2':
      return 'symlink'
    case '5':
      return 'dir'
    default:
      return 'other'
  }
}

/** PAX headers (x, g) and GNU long names (L, K): records about the entries, not entries. */
export function isMetaRecord(flag: string): boolean {
  return flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K'
}

/** Parses `<len> <key>=<value>\n` records. */
export function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let pos = 0
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos)
    if (space < 0) break
    const length = Number(data.toString('latin1', pos, space))
    if (!Number.isInteger(length) || length <= space - pos || pos + length > data.length) {
      throw new TarFormatError('malformed PAX record')
    }
    const record = data.toString('utf8', space + 1, pos + length - 1)
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    pos += length
  }
  return out
}

// Header fields are decoded without temporary strings: a layer has tens of thousands
// of headers, and every allocation here is garbage the walk would have to collect.

export function cString(block: Buffer, start: number, length: number): string {
  if (block[start] === 0) return ''
  const end = block.indexOf(0, start)
  const stop = end < 0 || end > start + length ? start + length : end
  return block.toString('utf8', start, stop)
}

const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72, 0x00] // "ustar\0"

function isUstar(block: Buffer): boolean {
  return USTAR.every((byte, i) => block[257 + i] === byte)
}

/** The entry's name as the header gives it: ustar's prefix joined to the name field. */
export function headerName(block: Buffer): string {
  const name = cString(block, 0, 100)
  const prefix = isUstar(block) ? cString(block, 345, 155) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** Octal (NUL/space terminated) or GNU base-256 (high bit set). */
export function parseNumber(block: Buffer, start: number, length: number): number {
  const first = block[start] ?? 0
  if (first & 0x80) {
    let value = first & 0x7f
    for (let i = 1; i < length; i++) value = value * 256 + (block[start + i] ?? 0)
    if (!Number.isSafeInteger(value)) throw new TarFormatError('tar size field out of range')
    return value
  }
  const value = parseOctal(block, start, length)
  if (value === undefined) {
    const text = block.toString('latin1', start, start + length).replace(/[\0 ]+$/g, '')
    throw new TarFormatError(`bad octal field "${text.trim()}"`)
  }
  return value
}

/** Leading spaces, octal digits, then only NULs and spaces; undefined otherwise (empty is 0). */
function parseOctal(block: Buffer, start: number, length: number): number | undefined {
  const end = start + length
  let i = start
  while (i < end && block[i] === 0x20) i++
  let value = 0
  for (; i < end; i++) {
    const c = block[i] as number
    if (c < 0x30 || c > 0x37) break
    value = value * 8 + (c - 0x30)
  }
  for (; i < end; i++) if (block[i] !== 0 && block[i] !== 0x20) return undefined
  return value
}

export function checksumMatches(block: Buffer): boolean {
  let digits = false
  for (let i = 148; i < 156 && !digits; i++)
    digits = (block[i] as number) >= 0x30 && (block[i] as number) <= 0x37
  const stored = digits ? parseOctal(block, 148, 8) : undefined
  if (stored === undefined) return false
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0)
  return sum === stored
}

export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false
  return true
}

/** An empty, `.` or `..` part, or a leading or trailing slash. */
const NEEDS_NORMALISING = /(^|\/)\.{0,2}(\/|$)/

/** `./usr//lib/` → `usr/lib`; `..` never climbs above the root. */
export function normalisePath(path: string): string {
  if (!NEEDS_NORMALISING.test(path)) return path
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}
