import { pairsOf, sample, SEED, versionsByScheme } from './generators'
import { disagreements, ours, rpmCompare } from './reference'

const malformed = (v: string): boolean => v.includes('::') || /^(\d*:)?(-|$)/.test(v)

/** Differential: RPM versions against rpm itself (Debian's rpm package, rpm.vercmp in Lua). */
describe(`rpm versions agree with rpm.vercmp (seed ${SEED})`, () => {
  test('generated pairs', () => {
    const pairs = sample(pairsOf(versionsByScheme.rpm), 20000)
    const started = performance.now()
    const reference = rpmCompare(pairs)
    const referenceMs = performance.now() - started
    console.log(`rpm differential: ${pairs.length} pairs, rpm.vercmp ${referenceMs.toFixed(0)} ms`)
    const mine = ours('rpm', pairs)
    // rpm orders anything; we refuse what is not [epoch:]version[-release] (a doubled colon,
    // an empty version), which the mutated pairs produce. Every other pair must agree.
    const refused = pairs.filter((_, i) => mine[i] === 'invalid')
    expect(refused.filter(([a, b]) => !malformed(a) && !malformed(b))).toEqual([])
    expect(refused.length).toBeLessThan(pairs.length / 20)
    const kept = pairs.filter((_, i) => mine[i] !== 'invalid')
    const keptReference = reference.filter((_, i) => mine[i] !== 'invalid')
    expect(disagreements(kept, keptReference, ours('rpm', kept)).slice(0, 20)).toEqual([])
    expect(new Set(reference)).toEqual(new Set([-1, 0, 1]))
  })
})
