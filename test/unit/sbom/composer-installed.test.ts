import fc from 'fast-check'
import { writeInPieces } from '../../support/chunks'
import { InstalledJsonScanner, MAX_ENTRY_BYTES } from '../../../src/sbom/catalogers/php/installed'

/** The entries the scanner gives for `text` cut at the given places, and its problems. */
function scan(
  text: string | Buffer,
  cuts: number[] = []
): { entries: unknown[]; problems: string[] } {
  const entries: unknown[] = []
  const scanner = new InstalledJsonScanner(entry => entries.push(entry))
  writeInPieces(chunk => scanner.write(chunk), Buffer.from(text), cuts)
  scanner.end()
  return { entries, problems: scanner.problems() }
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
          expect(scan(text, cuts)).toEqual({ entries: objects, problems: [] })
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
      problems: [`1 package entries larger than ${MAX_ENTRY_BYTES} bytes skipped`]
    })
  })

  test('what is not an installed.json is refused with the reason', () => {
    expect(() => scan('{"packages": {}}')).toThrow('installed.json has no package list')
    expect(() => scan('{"packages": [{"name": "a"}')).toThrow(
      'installed.json is not JSON (it ends inside a value)'
    )
    expect(() => scan('[{"name": x}]')).toThrow(SyntaxError)
  })
})
