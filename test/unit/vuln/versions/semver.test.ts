import fc from 'fast-check'
import { compare, SemVer } from 'semver'
import { pairsOf, sample, SEED, semverVersion } from './generators'
import { disagreements, ours, type Answer } from './reference'

/**
 * Differential: semantic versions against npm's `semver` package, the reference for npm (and
 * Cargo, which orders as SemVer 2.0.0 does). Also the schemes built on SemVer: Go's `v`
 * versions and NuGet's three-number ones (whose prerelease labels ignore case).
 */
function semverAnswers(pairs: [string, string][], prepare = (v: string) => v): Answer[] {
  return pairs.map(([a, b]) => {
    try {
      return compare(new SemVer(prepare(a)), new SemVer(prepare(b))) as -1 | 0 | 1
    } catch {
      return 'invalid'
    }
  })
}

describe(`semantic versions agree with npm's semver (seed ${SEED})`, () => {
  const pairs = sample(pairsOf(semverVersion), 20000)

  test('npm and Cargo', () => {
    const started = performance.now()
    const reference = semverAnswers(pairs)
    console.log(
      `semver differential: ${pairs.length} pairs, semver ${(performance.now() - started).toFixed(0)} ms`
    )
    expect(disagreements(pairs, reference, ours('semver', pairs)).slice(0, 20)).toEqual([])
    expect(new Set(reference)).toEqual(new Set([-1, 0, 1, 'invalid']))
  })

  test('Go, with and without the v, +incompatible ignored', () => {
    const go = sample(
      fc.tuple(fc.constantFrom(...pairs), fc.boolean(), fc.boolean(), fc.boolean()),
      5000,
      2
    ).map(([[a, b], va, vb, incompatible]): [string, string] => [
      `${va ? 'v' : ''}${a.replace(/\+.*/, '')}${incompatible ? '+incompatible' : ''}`,
      `${vb ? 'v' : ''}${b}`
    ])
    // Go also reads the shorthands v1 and v1.2, which SemVer does not: see the Go table.
    const reference = semverAnswers(go, v => v.replace(/^v/, ''))
    const valid = go.filter((_, i) => reference[i] !== 'invalid')
    const answers = reference.filter(r => r !== 'invalid')
    expect(valid.length).toBeGreaterThan(go.length / 2)
    expect(disagreements(valid, answers, ours('go', valid)).slice(0, 20)).toEqual([])
  })

  test('NuGet: three numbers, prerelease labels in any case', () => {
    // NuGet also reads what SemVer rejects (1.2, 01.2.3): only pairs SemVer reads compare here.
    const reference = semverAnswers(pairs, v => v.toLowerCase())
    const valid = pairs.filter((_, i) => reference[i] !== 'invalid')
    expect(valid.length).toBeGreaterThan(pairs.length / 2)
    const answers = reference.filter(r => r !== 'invalid')
    expect(disagreements(valid, answers, ours('nuget', valid)).slice(0, 20)).toEqual([])
  })

  test('strict, as npm: loose forms are rejected', () => {
    const loose = [
      '1.2',
      '=1.2.3',
      '1.2.3.4',
      '01.2.3',
      '1.2.3-01',
      ' 1.2.3 x',
      '1.2.3-',
      'v 1.2.3'
    ]
    expect(loose.map(v => ours('semver', [[v, '1.0.0']])[0])).toEqual(loose.map(() => 'invalid'))
  })
})
