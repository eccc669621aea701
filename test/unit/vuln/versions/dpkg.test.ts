import { dpkgOdd, dpkgVersion, pairsOf, sample, SEED } from './generators'
import { disagreements, dpkgCompare, libdpkgCompare, ours } from './reference'

/**
 * Differential: Debian versions against dpkg. The bulk goes through libdpkg (dpkg's own
 * comparison code, one process for all pairs); a share also through the `dpkg
 * --compare-versions` command, which costs one or two processes per pair.
 */
describe(`dpkg versions agree with dpkg (seed ${SEED})`, () => {
  test('generated pairs against libdpkg', () => {
    const pairs = sample(pairsOf(dpkgVersion, dpkgOdd), 20000)
    const started = performance.now()
    const reference = libdpkgCompare(pairs)
    const referenceMs = performance.now() - started
    const mine = ours('dpkg', pairs)
    console.log(
      `dpkg differential (libdpkg): ${pairs.length} pairs, reference ${referenceMs.toFixed(0)} ms ` +
        `(compiling included), ${reference.filter(r => r === 'invalid').length} invalid`
    )
    expect(disagreements(pairs, reference, mine).slice(0, 20)).toEqual([])
    // The generator reaches every outcome.
    expect(new Set(reference)).toEqual(new Set([-1, 0, 1, 'invalid']))
  })

  test('generated pairs against dpkg --compare-versions', async () => {
    const count = Number(process.env.DPKG_COMMAND_PAIRS ?? 200)
    // Versions dpkg's parser accepts only: the command goes on after a mere warning (a version
    // starting with a letter, an odd character), which we refuse, as libdpkg's parser does.
    const generated = sample(pairsOf(dpkgVersion), count * 2, 1)
    const parsed = libdpkgCompare(generated)
    const pairs = generated.filter((_, i) => parsed[i] !== 'invalid').slice(0, count)
    const started = performance.now()
    const reference = await dpkgCompare(pairs)
    const referenceMs = performance.now() - started
    console.log(
      `dpkg differential (dpkg --compare-versions): ${pairs.length} pairs in ${referenceMs.toFixed(0)} ms`
    )
    expect(disagreements(pairs, reference, ours('dpkg', pairs)).slice(0, 20)).toEqual([])
  }, 600_000)

  test('Debian policy §5.6.12 examples', () => {
    const ordered = ['~~', '~~a', '~', '', 'a']
    // The policy's own order of suffixes on a common version.
    const versions = ordered.map(s => `1.0${s}`)
    const cmp = ours(
      'dpkg',
      versions.slice(1).map((v, i) => [versions[i]!, v])
    )
    expect(cmp).toEqual([-1, -1, -1, -1])
  })
})
