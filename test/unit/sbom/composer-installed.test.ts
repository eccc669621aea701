import fc from 'fast-check'
import { InstalledJsonScanner, MAX_ENTRY_BYTES } from '../../../src/sbom/catalogers/php/installed'

/** The entries the scanner gives for `text` cut at the given places, and its oversized count. */
function scan(
  text: string | Buffer,
  cuts: number[] = []
): { entries: unknown[]; oversized: number } {
  const bytes = Buffer.from(text)
  const points = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const entries: unknown[] = []
  const scanner = new InstalledJsonScanner(entry => entries.push(entry))
  for (const [i, from] of [0, ...points].entries()) {
    const chunk = Buffer.from(bytes.subarray(from, points[i] ?? bytes.length))
    scanner.write(chunk)
    // The walk frees each chunk once written: what the scanner keeps must be a copy.
    chunk.fill(0x20)
  }
  scanner.end()
  return { entries, oversized: scanner.oversized }
}

/** Values with the characters that matter to the scanner: quotes, escapes, brackets, colons. */
const tricky = fc.string({
  unit: fc.constantFrom('a', '"', '\\', '{', '}', '[', ']', ':', ',', 'é', ' ')
})
const value = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 3 })
  )
})).value
const entry = fc.oneof(fc.record({ name: tricky, version: tricky, extra: value }), value)

describe('installed.json as it streams', () => {
  test('gives the object entries JSON.parse finds, however the file is cut (Composer 1 and 2)', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 6 }),
        fc.dictionary(tricky, value, { maxKeys: 3 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (packages, others, composer2, cuts) => {
          const doc = composer2 ? { ...others, packages } : packages
          const text = JSON.stringify(doc, null, composer2 ? 4 : undefined)
          const list =
            (JSON.parse(text) as { packages?: unknown[] }).packages ??
            (JSON.parse(text) as unknown[])
          const objects = list.filter(e => e !== null && typeof e === 'object' && !Array.isArray(e))
          expect(scan(text, cuts)).toEqual({ entries: objects, oversized: 0 })
        }
      )
    )
  })

  test('the packages member is found wherever it stands, and only at the top level', () => {
    const text = JSON.stringify({
      dev: true,
      other: { packages: [{ name: 'not/this' }] },
      'dev-package-names': ['a/b'],
      packages: [{ name: 'a/b', version: '1.0' }]
    })
    expect(scan(text).entries).toEqual([{ name: 'a/b', version: '1.0' }])
  })

  test('an entry over the budget is skipped and counted; the others are read', () => {
    const big = { name: 'big/one', version: '1', description: 'x'.repeat(MAX_ENTRY_BYTES) }
    const small = { name: 'small/one', version: '1' }
    const text = JSON.stringify({ packages: [small, big, small] })
    expect(scan(text, [100, MAX_ENTRY_BYTES / 2, MAX_ENTRY_BYTES + 50])).toEqual({
      entries: [small, small],
      oversized: 1
    })
  })

  test('what is not an installed.json is refused with the reason', () => {
    expect(() => scan('{"packages": [{"name": "a"}')).toThrow('ends inside a value')
    expect(() => scan('{"packages": []} {}')).toThrow('data after its value')
    expect(() => scan('{"packages": {}}')).toThrow('no package list')
    expect(() => scan('null')).toThrow('no package list')
    expect(() => scan('}')).toThrow('a bracket closes nothing')
    expect(() => scan('[{"name": x}]')).toThrow(SyntaxError)
  })
})
