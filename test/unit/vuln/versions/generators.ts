import fc from 'fast-check'

/**
 * Version grammars for the differential and property tests. Each draws from a small vocabulary
 * so that generated pairs often share prefixes and tie, which is where comparison rules differ:
 * epochs, `~`, letters against digits, leading zeros, pre/post/dev releases, local versions.
 */

/** A seed per run, printed, and settable to replay a failure: VERSIONS_SEED=… */
export const SEED = Number(process.env.VERSIONS_SEED ?? Date.now() % 2 ** 31)

const pick = (...items: string[]) => fc.constantFrom(...items)
const joined = (parts: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(parts, { minLength: min, maxLength: max }).map(p => p.join(''))

/** Debian: [epoch:]upstream[-revision]. */
const dpkgUpstream = fc
  .tuple(
    pick('0', '1', '2', '9', '10', '01', '00', '100'),
    joined(
      pick(
        '0',
        '1',
        '2',
        '10',
        '01',
        'a',
        'b',
        'z',
        'A',
        'Z',
        '~',
        '~~',
        '.',
        '+',
        'rc',
        'dfsg',
        '.0',
        '~rc1'
      ),
      0,
      6
    )
  )
  .map(([head, tail]) => head + tail)
const dpkgRevision = joined(
  pick('0', '1', '2', '10', 'a', 'b', '~', '.', '+', 'deb12u', 'ubuntu', '+b1'),
  1,
  4
)
export const dpkgVersion = fc
  .tuple(
    pick('', '', '', '0:', '1:', '2:', '10:', '01:'),
    dpkgUpstream,
    fc.option(dpkgRevision, { nil: undefined }),
    fc.boolean()
  )
  .map(([epoch, upstream, revision, hyphenated]) => {
    // A hyphen inside the upstream version is allowed only with a revision after it.
    const up = hyphenated && revision ? upstream.replace(/\.(?=.)/, '-') : upstream
    return `${epoch}${up}${revision ? `-${revision}` : ''}`
  })

/** Strings dpkg's parser rejects, or nearly does. */
export const dpkgOdd = pick(
  'a1.0',
  '1.0-',
  '-1',
  ':1.0',
  'a:1.0',
  '1:',
  '1.0_1',
  '1.0-1:2',
  '1.0-a_b',
  '1.0 1',
  '~1',
  '1:2:3',
  '1.0-1-2',
  '0:0',
  '99999999999:1'
)

/** PEP 440, with the spellings pip normalises. */
export const pep440Version = fc
  .tuple(
    pick('', '', '', 'v', 'V'),
    pick('', '', '', '1!', '0!', '2!'),
    fc.array(pick('0', '1', '2', '10', '00', '01', '3'), { minLength: 1, maxLength: 4 }),
    pick(
      '',
      '',
      '',
      'a1',
      'b0',
      'rc1',
      'alpha2',
      'c1',
      'pre3',
      'preview1',
      '.a',
      '-b1',
      'a',
      'RC2',
      'Beta',
      '_rc.1'
    ),
    pick(
      '',
      '',
      '',
      '.post1',
      '.post0',
      '-1',
      'post2',
      '.r1',
      '.rev3',
      '-post1',
      '.post',
      '_post2',
      'POST1'
    ),
    pick('', '', '', '.dev0', '.dev1', 'dev2', '-dev', '.dev', 'DEV3'),
    pick(
      '',
      '',
      '',
      '',
      '+local',
      '+1',
      '+abc.1',
      '+1.abc',
      '+a-b',
      '+0',
      '+ubuntu.1',
      '+01',
      '+a_b.2'
    )
  )
  .map(
    ([v, epoch, release, pre, post, dev, local]) =>
      `${v}${epoch}${release.join('.')}${pre}${post}${dev}${local}`
  )

/** Strings PEP 440 rejects, or nearly does. */
export const pep440Odd = pick(
  '1.0.',
  '.1',
  '1.0+',
  '1.0+a..b',
  'a1',
  '1.0-dev-1',
  '1..0',
  '1.0++1',
  '1.0ab',
  '1!2!3',
  '1.0.post.dev.post',
  '1.0 1',
  '1.0-'
)

/** Semantic versions, with npm's strict grammar at the edges. */
const semverId = pick(
  'alpha',
  'beta',
  'rc',
  '0',
  '1',
  '2',
  '10',
  'a',
  'A',
  'x-y',
  '1a',
  'alpha1',
  'Alpha'
)
export const semverVersion = fc
  .tuple(
    fc.array(pick('0', '1', '2', '10'), { minLength: 3, maxLength: 3 }),
    fc.option(fc.array(semverId, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    fc.option(pick('build', '1', 'sha.abc', '001'), { nil: undefined })
  )
  .map(
    ([core, pre, build]) =>
      `${core.join('.')}${pre ? `-${pre.join('.')}` : ''}${build ? `+${build}` : ''}`
  )

/** A generator of pairs: half independent, half one version against a close variant. */
export function pairsOf(
  version: fc.Arbitrary<string>,
  odd?: fc.Arbitrary<string>
): fc.Arbitrary<[string, string]> {
  const any = odd
    ? fc.oneof({ weight: 19, arbitrary: version }, { weight: 1, arbitrary: odd })
    : version
  return fc.oneof(
    fc.tuple(any, any),
    version.chain(a => fc.tuple(fc.constant(a), fc.oneof(fc.constant(a), mutate(a))))
  )
}

/** The same version with one character dropped, doubled, or one token appended. */
function mutate(version: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat({ max: Math.max(version.length - 1, 0) }),
      pick('drop', 'double', '0', '.0', '~', 'a', '1')
    )
    .map(([at, how]) => {
      if (how === 'drop') return version.slice(0, at) + version.slice(at + 1) || version
      if (how === 'double') return version.slice(0, at) + version[at] + version.slice(at)
      return version + how
    })
}

/** `count` pairs from a generator, reproducible from SEED. */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, salt = 0): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed: SEED + salt })
}

/** Per scheme, versions from a small vocabulary of each grammar's edge cases. */
const tokens = (first: string[], rest: string[], max = 5) =>
  fc.tuple(pick(...first), joined(pick(...rest), 0, max)).map(([a, b]) => a + b)

export const versionsByScheme = {
  dpkg: dpkgVersion,
  pep440: pep440Version,
  semver: semverVersion,
  rpm: fc
    .tuple(
      pick('', '', '0:', '1:', '2:'),
      tokens(
        ['0', '1', '2', '10', 'a'],
        ['.', '0', '1', '10', '01', 'a', 'b', 'rc', '~', '^', '_', '+', '~rc1', '^git1']
      ),
      fc.option(tokens(['1', '2', '0'], ['.', '1', 'el9', 'el9_2', '~', '^', 'fc40']), {
        nil: undefined
      })
    )
    .map(([e, v, r]) => `${e}${v}${r ? `-${r}` : ''}`),
  apk: fc
    .tuple(
      fc.array(pick('0', '1', '2', '10', '01', '00'), { minLength: 1, maxLength: 4 }),
      pick('', '', 'a', 'b', 'z'),
      joined(
        pick(
          '_alpha',
          '_beta1',
          '_pre2',
          '_rc',
          '_rc1',
          '_p',
          '_p1',
          '_git20240101',
          '_cvs',
          '_svn',
          '_hg2'
        ),
        0,
        2
      ),
      pick('', '', '~abc1', '~1234'),
      pick('', '', '-r0', '-r1', '-r10')
    )
    .map(([n, l, s, h, r]) => `${n.join('.')}${l}${s}${h}${r}`),
  // Numbers, then qualifiers as projects write them. Maven's order (ComparableVersion's, which
  // this follows) is not transitive across two mixes, left out here: a qualifier after a dot
  // (0 < 0-1 < 0.alpha-SNAPSHOT < 0) and a release alias opening a sub-list (10 < 10-sp <
  // 10-final-SNAPSHOT < 10); see the Maven table. On the rest of this grammar the order is
  // transitive: every triple of its 934 versions with at most two numbers was checked.
  maven: fc
    .tuple(
      fc.array(pick('0', '1', '2', '10', '01'), { minLength: 1, maxLength: 4 }),
      pick(
        '',
        'alpha',
        'a1',
        'beta-2',
        'b3',
        'milestone',
        'm1',
        'rc',
        'RC1',
        'cr2',
        'SNAPSHOT',
        'ga',
        'final',
        'RELEASE',
        'sp',
        'sp1',
        'abc',
        '1'
      ),
      pick('', '', '-SNAPSHOT', '-1', '.1')
    )
    .filter(([, q, tail]) => !(['ga', 'final', 'RELEASE'].includes(q) && tail === '-SNAPSHOT'))
    .map(([n, q, tail]) => `${n.join('.')}${q ? '-' : ''}${q}${tail}`),
  go: fc
    .tuple(pick('v', 'v', ''), semverVersion, pick('', '', '+incompatible'))
    .map(([v, s, i]) => `${v}${i ? s.replace(/\+.*/, '') : s}${i}`),
  rubygems: fc
    .tuple(
      fc.array(pick('0', '1', '2', '10', '01'), { minLength: 1, maxLength: 4 }),
      joined(pick('.a', '.b', '.rc', '.pre', '.1', '.0', '.beta2', 'a', '-rc1', '-1'), 0, 2)
    )
    .map(([n, rest]) => n.join('.') + rest)
    .filter(v => !/-.*-/.test(v)),
  nuget: fc
    .tuple(
      fc.array(pick('0', '1', '2', '10', '01'), { minLength: 1, maxLength: 4 }),
      fc.option(
        fc.array(pick('alpha', 'ALPHA', 'beta', 'rc', '1', '2', '10', 'a-b'), {
          minLength: 1,
          maxLength: 3
        }),
        {
          nil: undefined
        }
      ),
      pick('', '', '+meta', '+Other.1')
    )
    .map(([n, pre, meta]) => `${n.join('.')}${pre ? `-${pre.join('.')}` : ''}${meta}`),
  packagist: fc
    .tuple(
      pick('', '', 'v'),
      fc.array(pick('0', '1', '2', '10'), { minLength: 1, maxLength: 4 }),
      pick(
        '',
        '',
        '-alpha',
        '-alpha1',
        'a2',
        '-beta.1',
        'b',
        '-RC1',
        'rc2',
        '-patch1',
        'pl2',
        '-p',
        '-stable'
      ),
      pick('', '', '-dev', '.dev')
    )
    .map(([v, n, s, d]) => `${v}${n.join('.')}${s}${d}`)
} satisfies Record<string, fc.Arbitrary<string>>
