import { deflateSync } from 'node:zlib'
import { catalogImage } from '../../../src/sbom'
import { AuditScanner } from '../../../src/sbom/catalogers/rust/audit'
import { audit, buildRustBinary } from '../../support/binaries'
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
      scanner.write(binary.subarray(0, cut))
      scanner.write(binary.subarray(cut, cut + 5))
      scanner.write(binary.subarray(cut + 5))
      expect(scanner.end()).toEqual(expected)
    }
  })
})
