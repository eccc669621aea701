import { Readable } from 'node:stream'
import { TarFormatError } from '../../../src/archive/tar-header'
import { collectInto, readTar, type TarEntry } from '../../../src/sbom/walk/tar'
import { tarArchive, tarEntry } from '../../support/hostile/tar'
import { makeTar } from './images'

async function entries(tar: Buffer, chunk = 0): Promise<(TarEntry & { data?: string })[]> {
  const out: (TarEntry & { data?: string })[] = []
  const chunks: Buffer[] = []
  if (chunk > 0) for (let i = 0; i < tar.length; i += chunk) chunks.push(tar.subarray(i, i + chunk))
  else chunks.push(tar)
  await readTar(Readable.from(chunks), {
    entry: e => {
      const record: TarEntry & { data?: string } = { ...e }
      out.push(record)
      return e.path.endsWith('.txt') ? collectInto(data => (record.data = data.toString())) : null
    }
  })
  return out
}

const longDir = `deep/${'d'.repeat(90)}/${'e'.repeat(90)}/${'f'.repeat(90)}`

describe.each(['gnu', 'pax'] as const)('tar reader (%s format from GNU tar)', format => {
  const tar = makeTar(
    {
      'etc/hello.txt': 'hello\n',
      [`${longDir}/long-name.txt`]: 'long\n',
      'etc/link': { symlink: `../${longDir}/long-name.txt` },
      'etc/zz-hard.txt': { hardlink: 'etc/hello.txt' },
      'usr/share/empty': { dir: true },
      'big.bin': Buffer.alloc(70_000, 7)
    },
    format
  )

  test('reads paths past 100 bytes, links, directories and contents', async () => {
    const list = await entries(tar)
    const byPath = new Map(list.map(e => [e.path, e]))
    expect(byPath.get('etc/hello.txt')).toMatchObject({ type: 'file', size: 6, data: 'hello\n' })
    expect(byPath.get(`${longDir}/long-name.txt`)).toMatchObject({ type: 'file', data: 'long\n' })
    expect(byPath.get('etc/link')).toMatchObject({
      type: 'symlink',
      linkName: `../${longDir}/long-name.txt`
    })
    expect(byPath.get('etc/zz-hard.txt')).toMatchObject({
      type: 'hardlink',
      linkName: 'etc/hello.txt'
    })
    expect(byPath.get('usr/share/empty')).toMatchObject({ type: 'dir' })
    expect(byPath.get('big.bin')).toMatchObject({ type: 'file', size: 70_000 })
    expect(byPath.get('big.bin')?.data).toBeUndefined()
  })

  test('gives the same result however the stream is chunked', async () => {
    const whole = await entries(tar)
    expect(await entries(tar, 1)).toEqual(whole)
    expect(await entries(tar, 511)).toEqual(whole)
  })

  test('reports a truncated tar', async () => {
    await expect(entries(tar.subarray(0, 1024 + 300))).rejects.toThrow(TarFormatError)
  })
})

test('reads a ustar prefix field', async () => {
  const tar = makeTar({ [`${'p'.repeat(60)}/${'q'.repeat(60)}/name.txt`]: 'x' }, 'ustar')
  const list = await entries(tar)
  expect(list.map(e => e.path)).toContain(`${'p'.repeat(60)}/${'q'.repeat(60)}/name.txt`)
})

test('rejects input that is not tar and a corrupted header', async () => {
  await expect(entries(Buffer.from('not a tar at all'.repeat(64)))).rejects.toThrow(
    'not a tar stream'
  )
  const tar = Buffer.from(makeTar({ 'a.txt': 'a', 'b.txt': 'b' }, 'gnu'))
  const second = tar.indexOf('./b.txt')
  tar[second + 130] = 0x39
  await expect(entries(tar)).rejects.toThrow('checksum')
})

test('reads octal fields padded with spaces and NULs, and rejects other characters', async () => {
  const tar = Buffer.from(makeTar({ 'a.txt': 'hello' }, 'ustar'))
  const start = tar.indexOf('./a.txt')
  const header = tar.subarray(start, start + 512)
  // size: "  5" then NULs, written as some tars do; the checksum is recomputed.
  header.fill(0, 124, 136)
  header.write('     5 ', 124, 'latin1')
  const checksum = (): void => {
    header.fill(0x20, 148, 156)
    let sum = 0
    for (let i = 0; i < 512; i++) sum += header[i] as number
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  }
  checksum()
  expect((await entries(tar)).find(e => e.path === 'a.txt')?.size).toBe(5)
  header.write('5x', 129, 'latin1')
  checksum()
  await expect(entries(tar)).rejects.toThrow('bad octal field "5x"')
})

describe('end of archive, as Go’s archive/tar reads it', () => {
  const withoutEnd = tarEntry({ name: 'a.txt', data: 'a' })
  const second = tarArchive([{ name: 'b.txt', data: 'b' }])

  test('one zero block followed by another entry is an invalid header', async () => {
    const tar = Buffer.concat([withoutEnd, Buffer.alloc(512), second])
    await expect(entries(tar)).rejects.toThrow('a single zero block followed by more entries')
  })

  test('one zero block at the end of the stream ends the archive', async () => {
    const tar = Buffer.concat([withoutEnd, Buffer.alloc(512)])
    expect((await entries(tar)).map(e => e.path)).toEqual(['a.txt'])
  })

  test('everything after two zero blocks is read (for the digest) but never parsed', async () => {
    const chunks = [withoutEnd, Buffer.alloc(1024), Buffer.from('trailing junk'), second]
    const seen: number[] = []
    const list: string[] = []
    await readTar(Readable.from(chunks), { entry: e => (list.push(e.path), null) }, chunk =>
      seen.push(chunk.length)
    )
    expect(list).toEqual(['a.txt'])
    expect(seen).toEqual(chunks.map(c => c.length))
  })

  test('after a format error the stream is still read to its end, and a stream error wins', async () => {
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from('not a tar at all'.repeat(64))
      yield Buffer.alloc(512)
      throw new Error('digest mismatch')
    }
    await expect(readTar(broken(), { entry: () => null })).rejects.toThrow('digest mismatch')
  })
})
