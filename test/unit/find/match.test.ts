import { matchPackages, parseQuery, sbomPackages } from '../../../src/find'

/** Components as our CycloneDX writes them (source property, path), and as others do. */
const cyclonedx = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components: [
    { type: 'operating-system', name: 'debian', version: '12' },
    deb('liblzma5', '5.6.1-1', 'xz-utils'),
    deb('xz-utils', '5.4.1-0.2', 'xz-utils'),
    // A binNMU: the binary's version is not its source's; the purl's upstream says both.
    deb('libfoo1', '1.0-1+b1', 'foo@1.0-1'),
    deb('openssl', '3.0.11-1~deb12u2', undefined, 'debian-12', 'arm64'),
    {
      type: 'library',
      name: 'lodash',
      version: '4.17.20',
      purl: 'pkg:npm/lodash@4.17.20',
      properties: [
        { name: 'sbom-sign-action:path', value: '/app/node_modules/lodash/package.json' }
      ]
    },
    {
      type: 'library',
      name: 'core',
      version: '15.2.0',
      purl: 'pkg:npm/%40angular/core@15.2.0'
    },
    {
      type: 'library',
      name: 'log4j-core',
      version: '2.14.1',
      purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      // syft's location property, and nested components (a fat jar's contents).
      properties: [{ name: 'syft:location:0:path', value: '/app/app.jar' }],
      components: [
        {
          type: 'library',
          name: 'log4j-api',
          version: '2.14.1',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1'
        }
      ]
    },
    { type: 'library', name: 'Django', version: '4.2.1', purl: 'pkg:pypi/django@4.2.1' },
    { type: 'library', name: 'mystery', version: '7', purl: 'pkg:generic/mystery@7' },
    { type: 'library', name: 'no-purl', version: '1.0' },
    { type: 'library', name: 'lodash', purl: 'pkg:npm/lodash', bom: 'no version' }
  ]
}

function deb(name: string, version: string, source?: string, distro = 'debian-12', arch = 'amd64') {
  const upstream = source && source !== name ? `&upstream=${encodeURIComponent(source)}` : ''
  return {
    type: 'library',
    name,
    version,
    purl: `pkg:deb/debian/${name}@${encodeURIComponent(version)}?arch=${arch}&distro=${distro}${upstream}`,
    properties: [
      { name: 'sbom-sign-action:path', value: '/var/lib/dpkg/status' },
      ...(source ? [{ name: 'sbom-sign-action:package:source', value: source }] : [])
    ]
  }
}

const packages = sbomPackages(cyclonedx)
const found = (query: string) => {
  const result = matchPackages(parseQuery(query), packages)
  return {
    matches: result.matches.map(
      m => `${m.name}@${m.version ?? ''}${m.via === 'source' ? ` via ${m.source}` : ''}`
    ),
    undetermined: result.undetermined.map(u => u.name)
  }
}

describe('sbomPackages', () => {
  test('CycloneDX: nested components, purl parts, source packages and locations', () => {
    expect(packages.map(p => p.name)).toEqual([
      'liblzma5',
      'xz-utils',
      'libfoo1',
      'openssl',
      'lodash',
      'core',
      'log4j-core',
      'log4j-api',
      'Django',
      'mystery',
      'no-purl',
      'lodash'
    ])
    expect(packages[0]).toMatchObject({
      type: 'deb',
      namespace: 'debian',
      purlName: 'liblzma5',
      source: { name: 'xz-utils' },
      location: '/var/lib/dpkg/status',
      qualifiers: { arch: 'amd64', distro: 'debian-12', upstream: 'xz-utils' }
    })
    expect(packages[2]?.source).toEqual({ name: 'foo', version: '1.0-1' })
    expect(packages[6]?.location).toBe('/app/app.jar')
  })

  test('SPDX: the purl external reference and the path in sourceInfo', () => {
    const spdx = sbomPackages({
      spdxVersion: 'SPDX-2.3',
      packages: [
        { SPDXID: 'SPDXRef-os', name: 'debian', primaryPackagePurpose: 'OPERATING-SYSTEM' },
        {
          SPDXID: 'SPDXRef-1',
          name: 'liblzma5',
          versionInfo: '5.6.1-1',
          sourceInfo: 'found by dpkg in /var/lib/dpkg/status',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:deb/debian/liblzma5@5.6.1-1?distro=debian-12&upstream=xz-utils'
            }
          ]
        }
      ]
    })
    expect(spdx).toEqual([
      expect.objectContaining({
        name: 'liblzma5',
        version: '5.6.1-1',
        source: { name: 'xz-utils' },
        location: '/var/lib/dpkg/status'
      })
    ])
    expect(
      matchPackages(parseQuery('pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2'), spdx).matches
    ).toHaveLength(1)
  })

  test('neither CycloneDX nor SPDX is an error; a runaway nesting is bounded', () => {
    expect(() => sbomPackages({ hello: 'world' })).toThrow(/neither CycloneDX nor SPDX/)
    let nested: Record<string, unknown> = { type: 'library', name: 'leaf' }
    for (let i = 0; i < 40; i++) nested = { type: 'library', name: `n${i}`, components: [nested] }
    expect(() => sbomPackages({ bomFormat: 'CycloneDX', components: [nested] })).toThrow(
      /deeper than 32/
    )
  })
})

describe('matchPackages', () => {
  test.each([
    // Debian: the source package finds its binaries, compared at the source's version.
    ['pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2', ['liblzma5@5.6.1-1 via xz-utils']],
    ['pkg:deb/debian/xz-utils', ['liblzma5@5.6.1-1 via xz-utils', 'xz-utils@5.4.1-0.2']],
    ['pkg:deb/debian/xz-utils@<5.6.0', ['xz-utils@5.4.1-0.2']],
    ['pkg:deb/debian/liblzma5@5.6.1-1', ['liblzma5@5.6.1-1']],
    ['pkg:deb/debian/foo@1.0-1', ['libfoo1@1.0-1+b1 via foo@1.0-1']],
    ['pkg:deb/debian/libfoo1@1.0-1+b1', ['libfoo1@1.0-1+b1']],
    ['pkg:deb/debian/openssl@>=3.0.0,<3.0.12', ['openssl@3.0.11-1~deb12u2']],
    // dpkg ordering: ~ sorts before the release it precedes.
    ['pkg:deb/debian/openssl@>=3.0.11-1', []],
    // Namespace and qualifiers narrow it.
    ['pkg:deb/ubuntu/xz-utils', []],
    ['pkg:deb/xz-utils@>=5.6.0', ['liblzma5@5.6.1-1 via xz-utils']],
    ['pkg:deb/debian/xz-utils@>=5.6.0?distro=debian-11', []],
    ['pkg:deb/debian/openssl?arch=arm64', ['openssl@3.0.11-1~deb12u2']],
    ['pkg:deb/debian/openssl?arch=amd64', []],
    // npm semver, scopes; a package without a version cannot be compared.
    ['pkg:npm/lodash@<4.17.21', ['lodash@4.17.20']],
    ['pkg:npm/lodash@>=4.17.21', []],
    ['pkg:npm/@angular/core@>=15.0.0,<15.2.1', ['core@15.2.0']],
    ['pkg:npm/lodash', ['lodash@4.17.20', 'lodash@']],
    // Maven group:artifact; `|` is or.
    ['pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0.0,<2.17.1', ['log4j-core@2.14.1']],
    ['pkg:maven/org.apache.logging.log4j/log4j-core@<2.0|>=2.14.0,<2.15.0', ['log4j-core@2.14.1']],
    ['pkg:maven/org.apache.logging.log4j/log4j-core@<2.0|>=2.15.0', []],
    ['pkg:maven/org.example/log4j-core', []],
    ['pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1', ['log4j-api@2.14.1']],
    // PyPI names compare as PyPI normalises them.
    ['pkg:pypi/Django@>=4.0,<4.2.2', ['Django@4.2.1']],
    // Plain names: every ecosystem, with group:artifact and scope/name, and source packages.
    ['log4j-core@>=2.0.0,<2.17.1', ['log4j-core@2.14.1']],
    ['org.apache.logging.log4j:log4j-core@<2.15.0', ['log4j-core@2.14.1']],
    ['@angular/core@15.2.0', ['core@15.2.0']],
    ['xz-utils@>=5.6.0,<5.6.2', ['liblzma5@5.6.1-1 via xz-utils']],
    ['no-purl', ['no-purl@1.0']],
    ['mystery@7', ['mystery@7']],
    ['mystery@8', []]
  ])('%s', (query, expected) => {
    expect(found(query).matches).toEqual(expected)
  })

  test.each([
    ['lodash@<4.17.21', ['lodash'], 'the SBOM gives no version'],
    ['mystery@<8', ['mystery'], 'no version ordering is known for generic packages'],
    ['no-purl@>=1', ['no-purl'], 'no version ordering is known for packages without a purl']
  ])(
    '%s: a name that matches but cannot be compared is undetermined, not a guess',
    (query, names, why) => {
      const result = matchPackages(parseQuery(query), packages)
      expect(result.undetermined.map(u => u.name)).toEqual(names)
      expect(result.undetermined[0]?.why).toBe(why)
    }
  )
})
