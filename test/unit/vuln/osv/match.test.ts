import { match } from '../../../../src/vuln/osv'
import { rate } from '../../../../src/vuln/severity'
import { InvalidVersionError } from '../../../../src/vuln/versions'
import type { OsvRecord } from '../../../../src/vuln/types'
import { record, scanPackage } from './records'

const ids = (purl: string, records: OsvRecord[]) =>
  match(scanPackage(purl), records).map(m => m.record.id)

describe('match on real records', () => {
  const stdlib = ['GO-2023-1702', 'GO-2023-1751', 'GO-2023-1840', 'GO-2023-1878'].map(record)

  test('Go stdlib 1.19.8: fixed in 1.19.9+ matches, fixed in 1.19.8 itself does not', () => {
    expect(ids('pkg:golang/stdlib@1.19.8', stdlib)).toEqual([
      'GO-2023-1751',
      'GO-2023-1840',
      'GO-2023-1878'
    ])
    // GO-2023-1702 was fixed in 1.19.8 and 1.20.3.
    expect(ids('pkg:golang/stdlib@1.19.7', stdlib)).toContain('GO-2023-1702')
    expect(ids('pkg:golang/stdlib@1.21.0', stdlib)).toEqual([])
  })

  test('fixedIn: the fixes above the installed version, lowest first', () => {
    const found = match(scanPackage('pkg:golang/stdlib@1.19.8'), [record('GO-2023-1840')])
    expect(found[0]?.fixedIn).toEqual(['1.19.10', '1.20.5'])
    const semver = match(scanPackage('pkg:npm/semver@6.1.0'), [record('GHSA-c2qf-rxjj-qqgw')])
    expect(semver[0]?.fixedIn).toEqual(['6.3.1', '7.5.2'])
  })

  test('semver 7.6.3 is past every fix of GHSA-c2qf-rxjj-qqgw; 7.5.1 is not', () => {
    expect(ids('pkg:npm/semver@7.6.3', [record('GHSA-c2qf-rxjj-qqgw')])).toEqual([])
    expect(ids('pkg:npm/semver@7.5.1', [record('GHSA-c2qf-rxjj-qqgw')])).toEqual([
      'GHSA-c2qf-rxjj-qqgw'
    ])
  })

  test('Maven guava 31.1-jre is affected by GHSA-7g45-4rm6-3mm3, 32.0.0 is not', () => {
    expect(
      ids('pkg:maven/com.google.guava/guava@31.1-jre', [record('GHSA-7g45-4rm6-3mm3')])
    ).toEqual(['GHSA-7g45-4rm6-3mm3'])
    expect(ids('pkg:maven/com.google.guava/guava@32.0.0', [record('GHSA-7g45-4rm6-3mm3')])).toEqual(
      []
    )
  })

  test('a withdrawn record never matches (GO-2022-0617 covers every k8s.io/kubernetes version)', () => {
    const withdrawn = record('GO-2022-0617')
    expect(withdrawn.withdrawn).toBeTruthy()
    expect(ids('pkg:golang/k8s.io/kubernetes@v1.28.0', [withdrawn])).toEqual([])
    const live = { ...withdrawn, withdrawn: undefined }
    expect(ids('pkg:golang/k8s.io/kubernetes@v1.28.0', [live])).toEqual(['GO-2022-0617'])
  })

  test('minimist: GHSA-xvch-5gv4-984h affects 1.2.5 and 0.2.3, not their fixes; its vector rates it 9.8', () => {
    const ghsa = record('GHSA-xvch-5gv4-984h')
    expect(ids('pkg:npm/minimist@1.2.5', [ghsa])).toEqual(['GHSA-xvch-5gv4-984h'])
    expect(ids('pkg:npm/minimist@0.2.3', [ghsa])).toEqual(['GHSA-xvch-5gv4-984h'])
    for (const version of ['1.2.6', '1.2.8', '0.2.4'])
      expect(ids(`pkg:npm/minimist@${version}`, [ghsa])).toEqual([])
    const [found] = match(scanPackage('pkg:npm/minimist@1.2.5'), [ghsa])
    expect(found?.fixedIn).toEqual(['1.2.6'])
    // Computed from the CVSS 3.1 vector, not taken from database_specific's "CRITICAL".
    expect(rate(ghsa, found?.affected)).toEqual({
      severity: 'critical',
      score: 9.8,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      source: 'CVSS_V3'
    })
  })

  test('a language advisory never matches a distribution package of the same name', () => {
    // Debian ships nokogiri as ruby-nokogiri (source ruby-nokogiri) and patches it in place.
    expect(
      ids('pkg:deb/debian/ruby-nokogiri@1.13.10+dfsg-2?distro=debian-12', [
        record('GHSA-pxvg-2qj5-37jq')
      ])
    ).toEqual([])
    expect(
      ids('pkg:deb/debian/nokogiri@1.13.10?distro=debian-12', [record('GHSA-pxvg-2qj5-37jq')])
    ).toEqual([])
    expect(ids('pkg:gem/nokogiri@1.13.10', [record('GHSA-pxvg-2qj5-37jq')])).toEqual([
      'GHSA-pxvg-2qj5-37jq'
    ])
  })
})

/**
 * Real Debian records as osv.dev serves them (__fixtures__/osv/NOTICE): Debian LTS advisories
 * for Debian 9, keyed by source package and release. The fixture images are Debian 12 and
 * install binaries of all four sources (dpkg, libssl3 and openssl, libxml2, tzdata), so for
 * them these records are traps: another release, fixed long before bookworm's versions.
 */
describe('match on real Debian records (DLA advisories for Debian 9)', () => {
  const dla = ['DLA-3008-1', 'DLA-3012-1', 'DLA-3022-1', 'DLA-3051-1'].map(record)
  const stretch = (binary: string, version: string, source?: string) =>
    `pkg:deb/debian/${binary}@${version}?arch=amd64&distro=debian-9${source ? `&upstream=${source}` : ''}`

  test('a binary package matches through its source package, in the release of the record', () => {
    const libssl = match(scanPackage(stretch('libssl1.1', '1.1.0l-1~deb9u5', 'openssl')), dla)
    expect(libssl.map(m => [m.record.id, m.affected.package?.name, m.fixedIn])).toEqual([
      ['DLA-3008-1', 'openssl', ['1.1.0l-1~deb9u6']]
    ])
    expect(ids(stretch('dpkg', '1.18.25'), dla)).toEqual(['DLA-3022-1'])
    expect(ids(stretch('libxml2', '2.9.4+dfsg1-2.2+deb9u6'), dla)).toEqual(['DLA-3012-1'])
    expect(ids(stretch('tzdata', '2021a-0+deb9u3'), dla)).toEqual(['DLA-3051-1'])
    // The binary's own name is not the source the advisory is about.
    expect(ids(stretch('libssl1.1', '1.1.0l-1~deb9u5'), dla)).toEqual([])
  })

  test('a backported fix: Debian 1.1.0l-1~deb9u6 is fixed, though upstream 1.1.0l never was', () => {
    // OpenSSL fixed CVE-2022-1292 in 1.1.1o and 3.0.3; 1.1.0, out of support, got no release.
    expect(record('DLA-3008-1').upstream).toContain('CVE-2022-1292')
    expect(ids(stretch('libssl1.1', '1.1.0l-1~deb9u6', 'openssl'), dla)).toEqual([])
    expect(ids(stretch('dpkg', '1.18.26'), dla)).toEqual([])
  })

  test('another release: the very versions the records name never match a Debian 12 package', () => {
    const bookworm = (binary: string, version: string, source = '') =>
      stretch(binary, version, source).replace('debian-9', 'debian-12')
    expect(ids(bookworm('dpkg', '1.18.25'), dla)).toEqual([])
    expect(ids(bookworm('libssl1.1', '1.1.0l-1~deb9u5', 'openssl'), dla)).toEqual([])
    expect(ids(bookworm('tzdata', '2021a-0+deb9u3'), dla)).toEqual([])
    // And bookworm's own versions (as in the fixture images) are past every fix anyway.
    expect(ids(stretch('dpkg', '1.21.23'), dla)).toEqual([])
    expect(ids(stretch('libssl3', '3.0.20-1~deb12u2', 'openssl'), dla)).toEqual([])
  })
})

/**
 * Real per-CVE Debian records (DEBIAN-CVE-*, one entry per release) and a DSA, as api.osv.dev
 * answered them (__fixtures__/osv/NOTICE). Bookworm's ncurses and glibc are open issues there;
 * zlib's and openssl's bookworm entries were fixed before bookworm released.
 */
describe('match on real Debian records (DEBIAN-CVE, DSA)', () => {
  const records = [
    'DEBIAN-CVE-2010-4756',
    'DEBIAN-CVE-2022-0778',
    'DEBIAN-CVE-2022-37434',
    'DEBIAN-CVE-2025-6141',
    'DSA-5218-1'
  ].map(record)
  const deb = (binary: string, version: string, distro: string, source: string) =>
    `pkg:deb/debian/${binary}@${version}?arch=amd64&distro=${distro}&upstream=${source}`
  const found = (purl: string) =>
    match(scanPackage(purl), records).map(m => [
      m.record.id,
      m.affected.package?.ecosystem,
      m.fixedIn
    ])

  test('open in bookworm: every ncurses and glibc binary matches, whatever its version', () => {
    expect(found(deb('libtinfo6', '6.4-4', 'debian-12', 'ncurses'))).toEqual([
      ['DEBIAN-CVE-2025-6141', 'Debian:12', []]
    ])
    expect(found(deb('libc6', '2.36-9+deb12u14', 'debian-12', 'glibc'))).toEqual([
      ['DEBIAN-CVE-2010-4756', 'Debian:12', []]
    ])
    // A later point release, not yet in the record's versions list: the open range still covers it.
    expect(found(deb('libc6', '2.36-9+deb12u99', 'debian-12', 'glibc'))).toEqual([
      ['DEBIAN-CVE-2010-4756', 'Debian:12', []]
    ])
    // Fixed in forky: the release decides.
    expect(found(deb('libtinfo6', '6.5+20251115-2', 'debian-14', 'ncurses'))).toEqual([])
  })

  test('fixed in an older version: bookworm zlib and openssl are past their fixes', () => {
    expect(found(deb('zlib1g', '1:1.2.13.dfsg-1', 'debian-12', 'zlib'))).toEqual([])
    expect(found(deb('libssl3', '3.0.20-1~deb12u2', 'debian-12', 'openssl'))).toEqual([])
    // The same record, per release: bullseye's zlib before its DSA is affected, with its own fix.
    expect(found(deb('zlib1g', '1:1.2.11.dfsg-2+deb11u1', 'debian-11', 'zlib'))).toEqual([
      ['DEBIAN-CVE-2022-37434', 'Debian:11', ['1:1.2.11.dfsg-2+deb11u2']],
      ['DSA-5218-1', 'Debian:11', ['1:1.2.11.dfsg-2+deb11u2']]
    ])
    // Bullseye's version in bookworm: bookworm's entry, bookworm's fix; the DSA is bullseye's only.
    expect(found(deb('zlib1g', '1:1.2.11.dfsg-2', 'debian-12', 'zlib'))).toEqual([
      ['DEBIAN-CVE-2022-37434', 'Debian:12', ['1:1.2.11.dfsg-4.1']]
    ])
  })

  test('a backported fix: bullseye 1.1.1k-1+deb11u2 is fixed, though upstream 1.1.1k is not', () => {
    expect(found(deb('libssl1.1', '1.1.1k-1+deb11u1', 'debian-11', 'openssl'))).toEqual([
      ['DEBIAN-CVE-2022-0778', 'Debian:11', ['1.1.1k-1+deb11u2']]
    ])
    expect(found(deb('libssl1.1', '1.1.1k-1+deb11u2', 'debian-11', 'openssl'))).toEqual([])
    // The binary name alone is no source: libssl1.1 is not what the records are about.
    expect(ids('pkg:deb/debian/libssl1.1@1.1.1k-1+deb11u1?distro=debian-11', records)).toEqual([])
  })
})

/**
 * Distribution records written here in OSV's Debian shape (source package, `Debian:<release>`,
 * dpkg versions), for the traps the vendored records do not cover on their own: Debian 12 entries
 * beside Debian 11 ones, epochs, tildes, open issues.
 */
describe('match: Debian releases and versions', () => {
  const debian = (
    id: string,
    entries: [string, string, string | undefined][],
    extra: Partial<OsvRecord> = {}
  ): OsvRecord => ({
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: entries.map(([ecosystem, name, fixed]) => ({
      package: { ecosystem, name },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(fixed ? [{ fixed }] : [])] }]
    })),
    ...extra
  })
  const libc = 'pkg:deb/debian/libc6@2.36-9+deb12u3?arch=amd64&distro=debian-12&upstream=glibc'

  test('by source package and release: a Debian:11 entry never matches a Debian:12 package', () => {
    const bullseyeOnly = debian('DSA-A', [['Debian:11', 'glibc', '2.31-13+deb11u7']])
    expect(ids(libc, [bullseyeOnly])).toEqual([])
    const both = debian('DSA-B', [
      ['Debian:11', 'glibc', '2.31-13+deb11u7'],
      ['Debian:12', 'glibc', '2.36-9+deb12u4']
    ])
    const found = match(scanPackage(libc), [both])
    expect(found.map(m => [m.record.id, m.affected.package?.ecosystem, m.fixedIn])).toEqual([
      ['DSA-B', 'Debian:12', ['2.36-9+deb12u4']]
    ])
  })

  test('dpkg order: fixed in an older revision, epochs, tildes, binNMUs', () => {
    expect(ids(libc, [debian('DSA-C', [['Debian:12', 'glibc', '2.36-9+deb12u3']])])).toEqual([])
    expect(ids(libc, [debian('DSA-D', [['Debian:12', 'glibc', '2.36-9+deb12u10']])])).toEqual([
      'DSA-D'
    ])
    const login = 'pkg:deb/debian/login@1:4.13+dfsg1-1?distro=debian-12&upstream=shadow'
    expect(ids(login, [debian('DSA-E', [['Debian:12', 'shadow', '4.13+dfsg1-2']])])).toEqual([])
    const ssl = 'pkg:deb/debian/libssl3@3.0.20-1~deb12u2?distro=debian-12&upstream=openssl'
    expect(ids(ssl, [debian('DSA-F', [['Debian:12', 'openssl', '3.0.20-1']])])).toEqual(['DSA-F'])
  })

  test('an open issue (no fix) matches every version; the binary name alone does not', () => {
    const open = debian('DEBIAN-CVE-X', [['Debian:12', 'glibc', undefined]])
    expect(ids(libc, [open])).toEqual(['DEBIAN-CVE-X'])
    expect(ids('pkg:deb/debian/libc6@2.36-9?distro=debian-12', [open])).toEqual([])
    expect(match(scanPackage(libc), [open])[0]?.fixedIn).toEqual([])
  })

  test('an installed version the ecosystem cannot read is an error, not a clean result', () => {
    const pkg = scanPackage('pkg:npm/semver@not-a-version')
    expect(() => match(pkg, [record('GHSA-c2qf-rxjj-qqgw')])).toThrow(InvalidVersionError)
  })
})
