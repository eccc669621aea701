import { randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { catalogImage } from '../../../src/sbom'
import { AuditScanner } from '../../../src/sbom/catalogers/rust/audit'
import { audit, buildRustBinary, writeThenFree } from '../../support/binaries'
import { elfWithReadOnlySegment } from '../../support/hostile-inputs'
import { makeImage } from './images'

describe('Rust (cargo-auditable)', () => {
  const binary = buildRustBinary()

  test('reads every crate of a real binary with edges, marking build dependencies', async () => {
    const catalog = await catalogImage(
      makeImage([{ files: { 'usr/local/bin/hello': { data: binary, mode: 0o755 } } }])
    )
    const cargo = new Map(
      catalog.packages.filter(p => p.ecosystem === 'cargo').map(p => [p.name, p])
    )
    expect([...cargo.keys()].sort()).toEqual(['cc', 'hello', 'serde', 'serde_derive'])
    expect(cargo.get('hello')).toMatchObject({
      purl: 'pkg:cargo/hello@0.1.0',
      path: 'usr/local/bin/hello',
      dependsOn: ['pkg:cargo/cc@1.0.90', 'pkg:cargo/serde@1.0.197']
    })
    expect(cargo.get('cc')?.properties).toContainEqual(['sbom-sign-action:cargo:kind', 'build'])
    expect(catalog.warnings).toEqual([])
  })

  test('finds the data whatever the chunk boundaries', () => {
    const whole = new AuditScanner(binary.length)
    whole.write(binary)
    const expected = whole.end()
    expect(expected?.map(p => p.name)).toEqual(['hello', 'serde', 'cc', 'serde_derive'])
    const at = binary.indexOf(
      deflateSync(Buffer.from(JSON.stringify(audit)), { level: 7 }).subarray(0, 16)
    )
    for (const cut of [at - 1, at, at + 1, at + 10, at + 63, at + 64]) {
      const scanner = new AuditScanner(binary.length)
      writeThenFree(scanner, binary.subarray(0, cut))
      writeThenFree(scanner, binary.subarray(cut, cut + 5))
      writeThenFree(scanner, binary.subarray(cut + 5))
      expect(scanner.end()).toEqual(expected)
    }
  })
})

describe('cargo-auditable data in a large ELF', () => {
  test('only the places the data can start are kept, not the read-only segments', () => {
    const data = deflateSync(Buffer.from(JSON.stringify(audit)), { level: 7 })
    // Random bytes have zlib headers and plausible deflate starts, as real segments do.
    const segment = randomBytes(48 * 1024 * 1024)
    const section = segment.length - 8192
    data.copy(segment, section)
    const elf = elfWithReadOnlySegment(segment, section, data.length)
    const scanner = new AuditScanner(elf.length)
    const before = process.memoryUsage().arrayBuffers
    let retained = 0
    for (let at = 0; at < elf.length; at += 256 * 1024) {
      scanner.write(elf.subarray(at, at + 256 * 1024))
      retained = Math.max(retained, process.memoryUsage().arrayBuffers - before)
    }
    expect(scanner.end()?.map(p => p.name)).toEqual(['hello', 'serde', 'cc', 'serde_derive'])
    expect(retained).toBeLessThan(1024 * 1024)
  })
  test.each([1, 7, 62, 63, 64, 65, 4096])(
    'is found when the file streams by in pieces of %i bytes',
    step => {
      const data = deflateSync(Buffer.from(JSON.stringify(audit)), { level: 7 })
      // Look-alike zlib headers right before the data, which straddle the pieces.
      const segment = Buffer.concat([Buffer.from([0x78, 0xda, 0x78, 0x9c, 0x78]), data])
      const elf = elfWithReadOnlySegment(segment, 5, data.length)
      const scanner = new AuditScanner(elf.length)
      for (let at = 0; at < elf.length; at += step)
        writeThenFree(scanner, elf.subarray(at, at + step))
      expect(scanner.end()?.map(p => p.name)).toEqual(['hello', 'serde', 'cc', 'serde_derive'])
    }
  )
})

describe('cargo-auditable data in PE and Mach-O executables', () => {
  const data = deflateSync(Buffer.from(JSON.stringify(audit)), { level: 7 })
  const at = 0x200
  const padded = Buffer.concat([data, Buffer.alloc(512 - (data.length % 512))])

  /** A PE file with one section `.dep-v0` whose raw data is padded to 512 bytes. */
  function pe(): Buffer {
    const head = Buffer.alloc(at)
    head.write('MZ', 0, 'latin1')
    head.writeUInt32LE(0x40, 0x3c)
    head.write('PE\0\0', 0x40, 'latin1')
    head.writeUInt16LE(0x8664, 0x44)
    head.writeUInt16LE(1, 0x46)
    const section = 0x40 + 24
    head.write('.dep-v0', section, 'latin1')
    head.writeUInt32LE(data.length, section + 8)
    head.writeUInt32LE(padded.length, section + 16)
    head.writeUInt32LE(at, section + 20)
    return Buffer.concat([head, padded])
  }

  /** A 64-bit Mach-O file whose __DATA segment has a `.dep-v0` section. */
  function machO(): Buffer {
    const head = Buffer.alloc(at)
    head.writeUInt32LE(0xfeedfacf, 0)
    head.writeUInt32LE(1, 16)
    head.writeUInt32LE(72 + 80, 20)
    head.writeUInt32LE(0x19, 32)
    head.writeUInt32LE(72 + 80, 36)
    head.write('__DATA', 40, 'latin1')
    head.writeUInt32LE(1, 32 + 64)
    const section = 32 + 72
    head.write('.dep-v0', section, 'latin1')
    head.write('__DATA', section + 16, 'latin1')
    head.writeBigUInt64LE(BigInt(data.length), section + 40)
    head.writeUInt32LE(at, section + 48)
    return Buffer.concat([head, data, Buffer.alloc(4096)])
  }

  test.each([
    ['PE', pe],
    ['Mach-O', machO]
  ])('%s: the named section is kept and read, whatever the chunks', (_kind, build) => {
    const file = build()
    for (const step of [1, 7, 4096]) {
      const scanner = new AuditScanner(file.length)
      for (let i = 0; i < file.length; i += step) writeThenFree(scanner, file.subarray(i, i + step))
      expect(scanner.end()?.map(p => p.name)).toEqual(['hello', 'serde', 'cc', 'serde_derive'])
    }
  })
})
