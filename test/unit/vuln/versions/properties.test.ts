import fc from 'fast-check'
import {
  compareVersions,
  InvalidVersionError,
  type VersionScheme
} from '../../../../src/vuln/versions'
import { SEED, versionsByScheme } from './generators'

/**
 * Every scheme is a total order on the versions it reads: antisymmetric, transitive, and with
 * an equality that behaves as one. Generated versions the scheme rejects must be rejected
 * with InvalidVersionError, never another error.
 */
const runs = { numRuns: Number(process.env.FC_RUNS ?? 2000), seed: SEED }

function cmp(scheme: VersionScheme, a: string, b: string): number | undefined {
  try {
    return compareVersions(scheme, a, b)
  } catch (error) {
    if (error instanceof InvalidVersionError) return undefined
    throw error
  }
}

describe.each(Object.keys(versionsByScheme) as (keyof typeof versionsByScheme)[])(
  `%s is a total order (seed ${SEED})`,
  scheme => {
    const version = versionsByScheme[scheme]
    // Triples of close versions: a shared stem makes ties and near-ties likely.
    const triple = fc.tuple(version, version, version)

    test('reflexive and antisymmetric', () => {
      fc.assert(
        fc.property(version, version, (a, b) => {
          const ab = cmp(scheme, a, b)
          if (ab === undefined) return
          expect(cmp(scheme, a, a)).toBe(0)
          expect(cmp(scheme, b, a)).toBe(ab === 0 ? 0 : -ab)
        }),
        runs
      )
    })

    test('transitive', () => {
      fc.assert(
        fc.property(triple, ([a, b, c]) => {
          const ab = cmp(scheme, a, b)
          const bc = cmp(scheme, b, c)
          if (ab === undefined || bc === undefined) return
          if (ab <= 0 && bc <= 0) expect(cmp(scheme, a, c)).toBeLessThanOrEqual(0)
          if (ab < 0 && bc <= 0) expect(cmp(scheme, a, c)).toBe(-1)
        }),
        runs
      )
    })

    test('equal versions compare alike with any other', () => {
      fc.assert(
        fc.property(triple, ([a, b, c]) => {
          if (cmp(scheme, a, b) !== 0) return
          expect(cmp(scheme, a, c)).toBe(cmp(scheme, b, c))
        }),
        runs
      )
    })

    test('the generator mostly yields readable versions', () => {
      const sample = fc.sample(version, { numRuns: 500, seed: SEED })
      const readable = sample.filter(v => cmp(scheme, v, v) !== undefined)
      expect(readable.length).toBeGreaterThan(sample.length * 0.8)
    })
  }
)
