import fc from 'fast-check'
import { catalogImage } from '../../../src/sbom'
import { depsJsonScanner, MAX_DOTNET_LIBRARIES } from '../../../src/sbom/catalogers/dotnet'
import { isJsonObject } from '../../../src/json'
import { writeInPieces } from '../../support/chunks'
import { makeImage } from './images'

/** The scanner's result for `text` cut at the given places. */
function scan(text: string | Buffer, cuts: number[] = []) {
  const scanner = depsJsonScanner()
  writeInPieces(chunk => scanner.write(chunk), Buffer.from(text), cuts)
  return scanner.end()
}

/** The libraries of a deps.json read whole with JSON.parse: the oracle for the streamed read. */
function libraries(text: string) {
  const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
  const dependencies = new Map<string, string[]>()
  for (const target of Object.values(isJsonObject(doc.targets) ? doc.targets : {}))
    for (const [id, entry] of Object.entries(isJsonObject(target) ? target : {}))
      if (isJsonObject(entry) && isJsonObject(entry.dependencies))
        dependencies.set(id, Object.keys(entry.dependencies))
  const out = []
  for (const [id, lib] of Object.entries(isJsonObject(doc.libraries) ? doc.libraries : {})) {
    const slash = id.lastIndexOf('/')
    if (!isJsonObject(lib) || lib.type !== 'package' || slash <= 0) continue
    const sha = typeof lib.sha512 === 'string' ? lib.sha512.replace(/^sha512-/, '') : ''
    out.push({
      name: id.slice(0, slash),
      version: id.slice(slash + 1),
      ...(sha ? { sha512: sha } : {}),
      dependencies: dependencies.get(id) ?? []
    })
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Strings with the characters that matter to the scanner: quotes, escapes, brackets, slashes. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'B', '"', '\\', '{', '}', '[', ']', ':', ',', '/', 'é', '\n', ' ')
})
const value = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 3 })
  )
})).value
const id = fc.tuple(tricky, tricky).map(([name, version]) => `${name}/${version}`)
const library = fc.oneof(
  fc.record(
    { type: fc.constantFrom('package', 'project'), sha512: tricky, extra: value },
    { requiredKeys: ['type'] }
  ),
  value
)
const entry = fc.oneof(
  fc.record({ dependencies: fc.dictionary(tricky, tricky, { maxKeys: 3 }), runtime: value }),
  value
)
// Target names are never integer-like in real files (".NETCoreApp,Version=v8.0"); JSON.parse
// would order such keys first, where a streamed read takes them in the file's order.
const targets = fc.dictionary(
  tricky.map(t => `.NETCoreApp,Version=v${t}`),
  fc.oneof(fc.dictionary(id, entry, { maxKeys: 4 }), value),
  { maxKeys: 2 }
)

describe('deps.json as it streams', () => {
  test('gives the libraries JSON.parse finds, however the file is cut', () => {
    fc.assert(
      fc.property(
        fc.dictionary(id, library, { maxKeys: 6 }),
        targets,
        fc.dictionary(tricky, value, { maxKeys: 2 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (libs, targetsValue, others, indent, bom, cuts) => {
          const doc = { ...others, targets: targetsValue, libraries: libs }
          const text = (bom ? '\uFEFF' : '') + JSON.stringify(doc, null, indent ? 2 : undefined)
          expect(scan(text, cuts)).toEqual({ libraries: libraries(text), problems: [] })
        }
      ),
      { numRuns: 300 }
    )
  })

  test('any JSON value is a library list or a plain error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        try {
          scan(JSON.stringify(value))
        } catch (error) {
          expect(error).toBeInstanceOf(Error)
          expect(error).not.toBeInstanceOf(TypeError)
        }
      })
    )
  })

  test('past the library budget the rest are skipped and the file says so', () => {
    const libs: Record<string, unknown> = {}
    for (let i = 0; i <= MAX_DOTNET_LIBRARIES; i++) libs[`P${i}/1.0.${i}`] = { type: 'package' }
    const result = scan(JSON.stringify({ libraries: libs }))
    expect(result.libraries).toHaveLength(MAX_DOTNET_LIBRARIES)
    expect(result.problems).toEqual([
      `more than ${MAX_DOTNET_LIBRARIES} libraries: the rest are skipped (budget)`
    ])
  })

  test('an entry over the size budget, or under an overlong name, is skipped and counted', () => {
    const text = JSON.stringify({
      libraries: {
        'Big/1.0': { type: 'package', padding: 'x'.repeat(1024 * 1024) },
        [`${'N'.repeat(5000)}/1.0`]: { type: 'package' },
        'Small/1.0': { type: 'package' }
      }
    })
    expect(scan(text, [1000, 600_000])).toEqual({
      libraries: [{ name: 'Small', version: '1.0', dependencies: [] }],
      problems: [
        `1 entries larger than ${1024 * 1024} bytes skipped`,
        '1 member(s) named in more than 4096 bytes skipped'
      ]
    })
  })

  test('what is not a deps.json is refused with the reason', () => {
    expect(() => scan('[]')).toThrow('deps.json is not a JSON object')
    expect(() => scan('{"libraries": {}')).toThrow('deps.json is not JSON (it ends inside a value)')
    expect(() => scan('{"libraries": {"A/1": {"type": x}}}')).toThrow(SyntaxError)
  })
})

describe('the layer that introduced each library of a file rewritten in later layers', () => {
  test('.NET and Composer: a package present since an earlier version keeps that layer', async () => {
    const deps = (ids: string[]) =>
      JSON.stringify({ libraries: Object.fromEntries(ids.map(i => [i, { type: 'package' }])) })
    const composer = (names: string[]) =>
      JSON.stringify({ packages: names.map(name => ({ name, version: '1.0.0' })) })
    const catalog = await catalogImage(
      makeImage([
        {
          files: {
            'app/App.deps.json': deps(['A/1.0']),
            'app/composer/installed.json': composer(['v/a'])
          }
        },
        { files: { 'app/App.deps.json': deps(['A/1.0', 'B/1.0']) } },
        {
          files: {
            'app/App.deps.json': deps(['A/1.0', 'B/2.0', 'C/1.0']),
            'app/composer/installed.json': composer(['v/a', 'v/b'])
          }
        }
      ])
    )
    const layers = Object.fromEntries(catalog.packages.map(p => [p.purl, p.layer]))
    expect(layers).toEqual({
      'pkg:nuget/A@1.0': 0,
      'pkg:nuget/B@2.0': 2,
      'pkg:nuget/C@1.0': 2,
      'pkg:composer/v/a@1.0.0': 0,
      'pkg:composer/v/b@1.0.0': 2
    })
  })
})
