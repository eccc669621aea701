import { randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import { bdbFrom } from './rpmdb'

/**
 * Hand-built hostile inputs for the catalogers' budgets: each is small to build
 * and write, and costs a naive parser far more than its size.
 */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(data: Buffer): number {
  let c = 0xffffffff
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

interface ZipItem {
  name: string
  data: Buffer
  deflate?: boolean
}

/**
 * A zip archive. `aliases` adds that many more central-directory entries, named
 * `<stem>-<i>.<ext>` after the first item, all pointing at the first item's data.
 */
export function zip(items: ZipItem[], aliases = 0): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  const crcs = new Map<ZipItem, number>()
  const crcOf = (item: ZipItem): number => {
    if (!crcs.has(item)) crcs.set(item, crc32(item.data))
    return crcs.get(item) as number
  }
  const centralEntry = (name: string, item: ZipItem, stored: Buffer, at: number): Buffer => {
    const nameBytes = Buffer.from(name)
    const head = Buffer.alloc(46)
    head.writeUInt32LE(0x02014b50, 0)
    head.writeUInt16LE(20, 4)
    head.writeUInt16LE(20, 6)
    head.writeUInt16LE(item.deflate ? 8 : 0, 10)
    head.writeUInt32LE(crcOf(item), 16)
    head.writeUInt32LE(stored.length, 20)
    head.writeUInt32LE(item.data.length, 24)
    head.writeUInt16LE(nameBytes.length, 28)
    head.writeUInt32LE(at, 42)
    return Buffer.concat([head, nameBytes])
  }
  const stored = items.map(item => (item.deflate ? deflateRawSync(item.data) : item.data))
  items.forEach((item, i) => {
    const data = stored[i] as Buffer
    const nameBytes = Buffer.from(item.name)
    const head = Buffer.alloc(30)
    head.writeUInt32LE(0x04034b50, 0)
    head.writeUInt16LE(20, 4)
    head.writeUInt16LE(item.deflate ? 8 : 0, 8)
    head.writeUInt32LE(crcOf(item), 14)
    head.writeUInt32LE(data.length, 18)
    head.writeUInt32LE(item.data.length, 22)
    head.writeUInt16LE(nameBytes.length, 26)
    locals.push(head, nameBytes, data)
    central.push(centralEntry(item.name, item, data, offset))
    offset += 30 + nameBytes.length + data.length
  })
  const first = items[0] as ZipItem
  const dot = first.name.lastIndexOf('.')
  for (let i = 0; i < aliases; i++) {
    const name = `${first.name.slice(0, dot)}-${i}${first.name.slice(dot)}`
    central.push(centralEntry(name, first, stored[0] as Buffer, 0))
  }
  const directory = Buffer.concat(central)
  const count = central.length
  const zip64 = count > 0xfffe
  const tail: Buffer[] = []
  if (zip64) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeBigUInt64LE(BigInt(count), 24)
    record.writeBigUInt64LE(BigInt(count), 32)
    record.writeBigUInt64LE(BigInt(directory.length), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8)
    locator.writeUInt32LE(1, 16)
    tail.push(record, locator)
  }
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 8)
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 10)
  eocd.writeUInt32LE(directory.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, ...tail, eocd])
}

/** A jar with a pom.properties for group:artifact:version. */
export function jar(group: string, artifact: string, version: string): Buffer {
  return zip([
    { name: 'META-INF/MANIFEST.MF', data: Buffer.from('Manifest-Version: 1.0\r\n\r\n') },
    {
      name: `META-INF/maven/${group}/${artifact}/pom.properties`,
      data: Buffer.from(`groupId=${group}\nartifactId=${artifact}\nversion=${version}\n`),
      deflate: true
    }
  ])
}

/**
 * A Spring Boot–style fat jar of org.acme/app 2.0: its pom.properties, `filler` bytes of
 * stored classes (a repeated block, which compresses fast in a layer), then the stored
 * nested jar org.acme/leaf 1.0.
 */
export function fatJar(filler: number): Buffer {
  return zip([
    {
      name: 'META-INF/maven/org.acme/app/pom.properties',
      data: Buffer.from('groupId=org.acme\nartifactId=app\nversion=2.0\n'),
      deflate: true
    },
    { name: 'BOOT-INF/classes/app.bin', data: Buffer.alloc(filler, randomBytes(4096)) },
    { name: 'BOOT-INF/lib/leaf-1.0.jar', data: jar('org.acme', 'leaf', '1.0') }
  ])
}

/** A war whose central directory names one nested jar `aliases + 1` times. */
export function aliasedJar(aliases: number): Buffer {
  return zip([{ name: 'WEB-INF/lib/inner.jar', data: jar('org.acme', 'inner', '1.0') }], aliases)
}

/**
 * A BerkeleyDB hash database (rpm's Packages) whose hash pages hold `items`
 * values that all point at the same overflow chain of `chainPages` pages.
 */
export function bdbSharedOverflow(items: number, chainPages: number): Buffer {
  return bdbFrom([Buffer.alloc(chainPages * (4096 - 26))], new Array<number>(items).fill(0))
}

/**
 * An rpm header whose `entries` index entries all name the provides tag, each a
 * string array of `strings` strings over the same data ("a\0" repeated).
 */
export function quadraticRpmHeader(entries: number, strings: number): Buffer {
  const data = Buffer.alloc(strings * 2, 'a\0')
  const head = Buffer.alloc(8 + entries * 16)
  head.writeUInt32BE(entries, 0)
  head.writeUInt32BE(data.length, 4)
  for (let i = 0; i < entries; i++) {
    const at = 8 + i * 16
    head.writeUInt32BE(1047, at)
    head.writeUInt32BE(8, at + 4)
    head.writeUInt32BE(0, at + 8)
    head.writeUInt32BE(strings, at + 12)
  }
  return Buffer.concat([head, data])
}

/**
 * dpkg's status database with `count` installed packages, each described in `lines` lines
 * of text besides its fields (real descriptions run to a few; this makes the file large).
 */
export function dpkgStatus(count: number, lines: number): string {
  const parts: string[] = []
  for (let i = 0; i < count; i++)
    parts.push(
      `Package: pkg-${i}\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.${i}-1\nDescription: package ${i}\n${' more of the description of this package\n'.repeat(lines)}\n`
    )
  return parts.join('')
}

/**
 * Composer 2's installed.json with `count` packages, each with a `pad`-character description
 * (real entries run to a few KiB; this makes the file large).
 */
export function composerInstalled(count: number, pad: number): string {
  const packages = Array.from({ length: count }, (_, i) => ({
    name: `vendor${i}/pkg${i}`,
    version: `1.${i}.0`,
    license: ['MIT'],
    require: { php: '>=8.1' },
    description: 'x'.repeat(pad)
  }))
  return JSON.stringify({ packages, dev: false }, null, 4)
}

/** A .NET deps.json of `count` libraries, each target entry carrying a `pad`-character asset path. */
export function dotnetDeps(count: number, pad: number): string {
  const id = (i: number): string => `Vendor${i}.Package${i}/1.${i}.0`
  const targets: Record<string, unknown> = {}
  const libraries: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) {
    targets[id(i)] = {
      dependencies: i > 0 ? { [`Vendor${i - 1}.Package${i - 1}`]: `1.${i - 1}.0` } : {},
      runtime: { [`lib/net8.0/${'x'.repeat(pad)}${i}.dll`]: {} }
    }
    libraries[id(i)] = {
      type: 'package',
      serviceable: true,
      sha512: `sha512-${Buffer.alloc(64, i).toString('base64')}`,
      path: id(i).toLowerCase()
    }
  }
  const runtimeTarget = { name: '.NETCoreApp,Version=v8.0' }
  return JSON.stringify(
    { runtimeTarget, targets: { [runtimeTarget.name]: targets }, libraries },
    null,
    2
  )
}

/** apk's installed database with `count` packages of a few bytes each (a million fit in 20 MB). */
export function apkDatabase(count: number): Buffer {
  const record = (i: number): string => `P:p${i}\nV:${i}\n\n`
  const parts: string[] = []
  for (let i = 0; i < count; i++) parts.push(record(i))
  return Buffer.from(parts.join(''))
}

/**
 * A 64-bit little-endian ELF executable with one read-only loadable segment (`segment`,
 * at file offset 0x1000) and a section header table after it naming one allocated
 * PROGBITS section: `section` bytes into the segment, `sectionLength` long.
 */
export function elfWithReadOnlySegment(segment: Buffer, section = 0, sectionLength = 0): Buffer {
  const at = 0x1000
  const head = Buffer.alloc(at)
  head.write('\x7fELF', 0, 'latin1')
  head[4] = 2
  head[5] = 1
  head[6] = 1
  head.writeUInt16LE(2, 16)
  head.writeUInt16LE(62, 18)
  head.writeUInt32LE(1, 20)
  head.writeBigUInt64LE(64n, 32)
  head.writeBigUInt64LE(BigInt(at + segment.length), 40)
  head.writeUInt16LE(64, 52)
  head.writeUInt16LE(56, 54)
  head.writeUInt16LE(1, 56)
  head.writeUInt16LE(64, 58)
  head.writeUInt16LE(2, 60)
  // PT_LOAD, readable only, file offset and size.
  head.writeUInt32LE(1, 64)
  head.writeUInt32LE(4, 68)
  head.writeBigUInt64LE(BigInt(at), 72)
  head.writeBigUInt64LE(BigInt(segment.length), 96)
  const table = Buffer.alloc(128)
  table.writeUInt32LE(1, 64 + 4)
  table.writeBigUInt64LE(2n, 64 + 8)
  table.writeBigUInt64LE(BigInt(at + section), 64 + 24)
  table.writeBigUInt64LE(BigInt(sectionLength), 64 + 32)
  return Buffer.concat([head, segment, table])
}

/** An ELF executable whose read-only segment is `size` bytes of zlib headers (`78 DA` pairs). */
export function elfFullOfZlibHeaders(size: number): Buffer {
  return elfWithReadOnlySegment(Buffer.alloc(size, Buffer.from([0x78, 0xda])))
}
