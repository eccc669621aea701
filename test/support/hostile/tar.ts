/**
 * Hand-written tar records, so a test can write what no archiver would: sizes that lie,
 * names that climb out of the root, a lone zero block, data after the end.
 */

const BLOCK = 512

export interface TarRecord {
  name: string
  /** '0' file, '1' hard link, '2' symlink, '5' directory, 'x' PAX header. */
  type?: '0' | '1' | '2' | '5' | 'x'
  data?: Buffer | string
  /** Written into the header instead of the data's length. */
  size?: number
  linkName?: string
  mode?: number
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

/** One ustar header block with a valid checksum. */
export function tarHeader(record: TarRecord): Buffer {
  const block = Buffer.alloc(BLOCK)
  const data = typeof record.data === 'string' ? Buffer.from(record.data) : record.data
  const type = record.type ?? '0'
  block.write(record.name.slice(0, 100), 0, 'utf8')
  block.write(octal(record.mode ?? (type === '5' ? 0o755 : 0o644), 8), 100, 'latin1')
  block.write(octal(0, 8), 108, 'latin1')
  block.write(octal(0, 8), 116, 'latin1')
  block.write(octal(record.size ?? data?.length ?? 0, 12), 124, 'latin1')
  block.write(octal(0, 12), 136, 'latin1')
  block.write(type, 156, 'latin1')
  if (record.linkName) block.write(record.linkName.slice(0, 100), 157, 'utf8')
  block.write('ustar\u000000', 257, 'latin1')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  return block
}

function padded(data: Buffer): Buffer {
  const pad = (BLOCK - (data.length % BLOCK)) % BLOCK
  return pad ? Buffer.concat([data, Buffer.alloc(pad)]) : data
}

/** A PAX record `<len> key=value\n` (the length counts itself). */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = Buffer.byteLength(body) + 1
  while (String(length).length + Buffer.byteLength(body) !== length) length++
  return `${length}${body}`
}

/** Header, contents and padding of one entry; names past 100 bytes get a PAX header first. */
export function tarEntry(record: TarRecord, pax: Record<string, string> = {}): Buffer {
  const data =
    typeof record.data === 'string' ? Buffer.from(record.data) : (record.data ?? Buffer.alloc(0))
  const records = { ...pax }
  if (Buffer.byteLength(record.name) > 100) records.path = record.name
  const parts: Buffer[] = []
  if (Object.keys(records).length > 0) {
    const text = Buffer.from(
      Object.entries(records)
        .map(([k, v]) => paxRecord(k, v))
        .join('')
    )
    parts.push(tarHeader({ name: 'PaxHeader', type: 'x', data: text }), padded(text))
  }
  parts.push(tarHeader({ ...record, data }), padded(data))
  return Buffer.concat(parts)
}

/** The two zero blocks that end an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK)

/** A whole archive of the records, ended properly. */
export function tarArchive(records: TarRecord[]): Buffer {
  return Buffer.concat([...records.map(r => tarEntry(r)), END_OF_ARCHIVE])
}
