import { pairsOf, pep440Odd, pep440Version, sample, SEED } from './generators'
import { disagreements, ours, packagingCompare } from './reference'

/** Differential: PEP 440 versions against Python's packaging.version (Debian's python3-packaging). */
describe(`PEP 440 versions agree with packaging.version (seed ${SEED})`, () => {
  test('generated pairs, validity included', () => {
    const pairs = sample(pairsOf(pep440Version, pep440Odd), 20000)
    const started = performance.now()
    const reference = packagingCompare(pairs)
    const referenceMs = performance.now() - started
    const mine = ours('pep440', pairs)
    console.log(
      `PEP 440 differential: ${pairs.length} pairs, packaging.version ${referenceMs.toFixed(0)} ms, ` +
        `${reference.filter(r => r === 'invalid').length} invalid`
    )
    expect(disagreements(pairs, reference, mine).slice(0, 20)).toEqual([])
    expect(new Set(reference)).toEqual(new Set([-1, 0, 1, 'invalid']))
  })

  test('numbers past 2^53 keep their order', () => {
    const pairs: [string, string][] = [
      ['1.9007199254740993', '1.9007199254740992'],
      ['123456789012345678901234567890', '123456789012345678901234567891'],
      ['1.0.post9007199254740993', '1.0.post9007199254740992']
    ]
    expect(ours('pep440', pairs)).toEqual(packagingCompare(pairs))
  })
})
