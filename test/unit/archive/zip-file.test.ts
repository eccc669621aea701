import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  bufferBytes,
  fileBytes,
  readAhead,
  type RandomAccess
} from '../../../src/archive/random-access'
import { readEntry, walkEntries, type ZipEntry } from '../../../src/archive/zip'

/** A zip of `count` small deflated entries, written by Info-ZIP. */
function zipOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'zip-file-'))
  const names = Array.from({ length: count }, (_, i) => `R-${i}.json`)
  for (const [i, name] of names.entries())
    writeFileSync(join(dir, name), JSON.stringify({ id: `R-${i}`, text: 'x'.repeat(i * 37) }))
  execFileSync('zip', ['-q', '-1', 'all.zip', ...names], { cwd: dir })
  return join(dir, 'all.zip')
}

/** The archive's bytes, counting the reads made of them. */
function counted(buffer: Buffer): RandomAccess & { reads: number } {
  const inner = bufferBytes(buffer)
  const out = {
    reads: 0,
    size: inner.size,
    read: (offset: number, length: number) => {
      out.reads++
      return Buffer.from(inner.read(offset, length))
    },
    readInto: (target: Buffer, offset: number) => {
      out.reads++
      return inner.readInto(target, offset)
    }
  }
  return out
}

describe('zip bytes read ahead', () => {
  const path = zipOf(300)
  const whole = readFileSync(path)
  const contents = (bytes: RandomAccess, entries: ZipEntry[]) =>
    entries.map(e => readEntry(bytes, e, 1 << 20).toString())
  const entries = [...walkEntries(bufferBytes(whole))]
  const expected = contents(bufferBytes(whole), entries)

  test('entries in order: the same contents, one read per window instead of two per entry', () => {
    const source = counted(whole)
    const bytes = readAhead(source, 4096)
    expect(contents(bytes, entries)).toEqual(expected)
    expect(source.reads).toBeLessThanOrEqual(Math.ceil(whole.length / 4096) + 2)
    expect(source.reads).toBeLessThan(entries.length / 4)
  })

  test('out of order (backwards, far ahead): exact reads, the same contents', () => {
    const source = counted(whole)
    const bytes = readAhead(source, 4096)
    const shuffled = entries.map((_, i) => entries[(i * 7) % entries.length] as ZipEntry)
    expect(contents(bytes, shuffled)).toEqual(contents(bufferBytes(whole), shuffled))
    // Past the end: the bytes there are, as without read-ahead.
    expect(bytes.read(whole.length - 10, 100)).toEqual(whole.subarray(whole.length - 10))
  })

  test('an open file reads the same as the buffer', () => {
    const fd = openSync(path, 'r')
    try {
      const bytes = readAhead(fileBytes(fd, whole.length), 4096)
      expect(contents(bytes, [...walkEntries(bytes)])).toEqual(expected)
    } finally {
      closeSync(fd)
    }
  })
})

describe('walking the central directory', () => {
  const whole = readFileSync(zipOf(40))
  const all = [...walkEntries(bufferBytes(whole))]

  test('a name filter sees every raw name and yields only the entries it keeps', () => {
    const seen: string[] = []
    const tens = [
      ...walkEntries(bufferBytes(whole), {
        wanted: (bytes, start, end) => {
          seen.push(bytes.toString('utf8', start, end))
          return bytes[end - 6] === 0x30 // R-10.json, R-20.json, …
        }
      })
    ]
    expect(seen).toEqual(all.map(e => e.name))
    expect(tens.map(e => e.name)).toEqual(['R-0.json', 'R-10.json', 'R-20.json', 'R-30.json'])
    expect(tens).toEqual(all.filter(e => tens.some(t => t.name === e.name)))
  })

  test('the entry budget counts the entries a filter passes over', () => {
    expect(() => [
      ...walkEntries(bufferBytes(whole), { maxEntries: 39, wanted: () => false })
    ]).toThrow('40 entries in the central directory (budget 39)')
  })

  test('a directory cut off inside the last name or extra field is corrupt, not a shorter entry', () => {
    const eocd = whole.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    const cut = Buffer.from(whole)
    // The directory's size, 3 bytes short: the last entry's name and extra field run past its end.
    cut.writeUInt32LE(whole.readUInt32LE(eocd + 12) - 3, eocd + 12)
    expect(() => [...walkEntries(bufferBytes(cut))]).toThrow('corrupt central directory')
  })
})

describe('ZIP64 entries', () => {
  /** One stored entry whose central header gives its sizes in the ZIP64 extra field only. */
  function zip64Entry(name: string, data: Buffer): Buffer {
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(45, 4)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const extra = Buffer.alloc(20)
    extra.writeUInt16LE(0x0001, 0)
    extra.writeUInt16LE(16, 2)
    extra.writeBigUInt64LE(BigInt(data.length), 4) // uncompressed size
    extra.writeBigUInt64LE(BigInt(data.length), 12) // compressed size
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(45, 4)
    central.writeUInt16LE(45, 6)
    central.writeUInt32LE(0xffffffff, 20)
    central.writeUInt32LE(0xffffffff, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt16LE(extra.length, 30)
    const directory = Buffer.concat([central, nameBytes, extra])
    const body = Buffer.concat([local, nameBytes, data])
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt16LE(1, 8)
    eocd.writeUInt16LE(1, 10)
    eocd.writeUInt32LE(directory.length, 12)
    eocd.writeUInt32LE(body.length, 16)
    return Buffer.concat([body, directory, eocd])
  }

  test('sizes saturated in the central header are read from the extra field', () => {
    const zip = zip64Entry('big.bin', Buffer.from('hello, zip64'))
    const [entry] = [...walkEntries(bufferBytes(zip))]
    expect(entry).toMatchObject({ name: 'big.bin', size: 12, compressedSize: 12, localOffset: 0 })
    expect(readEntry(zip, entry as ZipEntry, 1 << 20).toString()).toBe('hello, zip64')
  })
})
