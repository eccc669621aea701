import { openTarget, selectPlatform } from '../../../src/oci'
import { generateSbom } from '../../../src/sbom'
import type { Sbom } from '../../../src/sbom/types'
import { match, osvApi, osvDatabase } from '../../../src/vuln/osv'
import { scanSbom } from '../../../src/vuln/scan'
import type { OsvRecord, ScanResult } from '../../../src/vuln/types'
import { startOsv } from '../../stack/osv'
import { fixtureSource } from '../../support/fixtures'
import { stackInfo } from '../../support/stack'
import { RECORDS, record } from './osv/records'
import { cyclonedx } from './osv/sbom'

async function fixtureSbom(
  name: 'debian-app' | 'java-ruby' | 'multiarch',
  format: Sbom['format'],
  platform?: string
): Promise<Sbom> {
  const image = await selectPlatform(await openTarget(await fixtureSource(name)), platform)
  return generateSbom(image, { format, imageName: `fixtures/${name}:latest` })
}

const summary = (result: ScanResult) =>
  result.findings.map(f => [
    f.package.name,
    f.package.version,
    f.id,
    f.rating.severity,
    f.fixedIn.join(' ')
  ])

/**
 * The fixture images' SBOMs, generated here, scanned against the real records vendored in
 * __fixtures__/osv (served by the test stack's OSV stand-in, and read offline).
 */
describe('scanSbom on the fixture images', () => {
  let debianApp: Sbom
  let javaRuby: Sbom
  beforeAll(async () => {
    debianApp = await fixtureSbom('debian-app', 'cyclonedx-json')
    javaRuby = await fixtureSbom('java-ruby', 'spdx-json')
  })

  test('debian-app: Go stdlib 1.19.8 has three, bookworm ncurses and glibc one each by source package, semver 7.6.3 none', async () => {
    const result = await scanSbom(debianApp, osvApi({ url: stackInfo().osv.url }))
    // Installed Debian versions follow the archive's point releases: read them from the SBOM.
    const installed = (name: string) => result.packages.find(p => p.name === name)?.version ?? ''
    const deb = (name: string, id: string, severity: string) => [
      name,
      installed(name),
      id,
      severity,
      ''
    ]
    expect(summary(result)).toEqual([
      // DEBIAN-CVE-2025-6141: open in bookworm, rated by its CVSS v4 vector.
      deb('libncursesw6', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('libtinfo6', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('ncurses-base', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('ncurses-bin', 'DEBIAN-CVE-2025-6141', 'medium'),
      // DEBIAN-CVE-2010-4756: open, no vector, Debian's urgency "unimportant".
      deb('libc-bin', 'DEBIAN-CVE-2010-4756', 'low'),
      deb('libc6', 'DEBIAN-CVE-2010-4756', 'low'),
      ['stdlib', '1.19.8', 'GO-2023-1751', 'unknown', '1.19.9 1.20.4'],
      ['stdlib', '1.19.8', 'GO-2023-1840', 'unknown', '1.19.10 1.20.5'],
      ['stdlib', '1.19.8', 'GO-2023-1878', 'unknown', '1.19.11 1.20.6']
    ])
    expect(result.findings[0]?.package.osv).toMatchObject({
      ecosystem: 'Debian:12',
      name: 'ncurses'
    })
    expect(result.findings[0]?.rating).toMatchObject({
      score: 4.8,
      source: 'CVSS_V4',
      vector: expect.stringMatching(/^CVSS:4\.0\/AV:L\/AC:L\/AT:N\/PR:L\//)
    })
    expect(result.findings[4]?.package.osv).toMatchObject({ ecosystem: 'Debian:12', name: 'glibc' })
    // GO-2023-1702 was fixed in 1.19.8 itself; GHSA-c2qf-rxjj-qqgw before 7.6.3; zlib's and
    // openssl's Debian 12 entries were fixed before bookworm's versions; DSA-5218-1 and the DLAs
    // are for other releases.
    const ids = result.findings.map(f => f.id)
    for (const id of [
      'GO-2023-1702',
      'DEBIAN-CVE-2022-37434',
      'DEBIAN-CVE-2022-0778',
      'DSA-5218-1'
    ])
      expect(ids).not.toContain(id)
    for (const [name, source] of [
      ['zlib1g', 'zlib'],
      ['libssl3', 'openssl']
    ])
      expect(result.packages.find(p => p.name === name)?.osv).toMatchObject({
        ecosystem: 'Debian:12',
        name: source
      })
    expect(result.findings.find(f => f.id === 'GO-2023-1751')?.aliases).toEqual(['CVE-2023-24539'])
    expect(result.unscanned.map(u => [u.name, u.why.split(',')[0]])).toEqual([
      ['packaging', expect.stringMatching(/^installed by pkg:deb\/debian\/python3-packaging@/)],
      ['six', expect.stringMatching(/^installed by pkg:deb\/debian\/python3-six@/)]
    ])
    expect(result.packages.filter(p => p.osv.ecosystem === 'Debian:12').length).toBeGreaterThan(100)
    expect(result.database.source).toBe(stackInfo().osv.url)
  })

  test('java-ruby: guava in the fat jar matches, the Debian-installed guava and nokogiri are left to Debian', async () => {
    const result = await scanSbom(javaRuby, await osvDatabase(RECORDS))
    const installed = (name: string) => result.packages.find(p => p.name === name)?.version ?? ''
    const deb = (name: string, id: string, severity: string) => [
      name,
      installed(name),
      id,
      severity,
      ''
    ]
    expect(summary(result)).toEqual([
      ['com.google.guava/guava', '31.1-jre', 'GHSA-7g45-4rm6-3mm3', 'medium', '32.0.0'],
      deb('libncurses6', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('libtinfo6', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('ncurses-base', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('ncurses-bin', 'DEBIAN-CVE-2025-6141', 'medium'),
      deb('libc-bin', 'DEBIAN-CVE-2010-4756', 'low'),
      deb('libc6', 'DEBIAN-CVE-2010-4756', 'low')
    ])
    expect(result.findings[0]?.rating).toMatchObject({ score: 5.5, source: 'CVSS_V3' })
    const left = (name: string) => result.unscanned.filter(u => u.name === name).map(u => u.why)
    expect(left('guava')).toEqual([
      expect.stringMatching(/^installed by pkg:deb\/debian\/libguava-java@/)
    ])
    expect(left('nokogiri')).toEqual([
      expect.stringMatching(/^installed by pkg:deb\/debian\/ruby-nokogiri@/)
    ])
    // The newest record read: DEBIAN-CVE-2025-6141 (zlib's, openssl's and glibc's are older).
    expect(result.database).toEqual({
      source: RECORDS,
      updatedAt: '2026-08-27T23:05:41.835560878Z'
    })
  })

  test('multiarch, per platform: libc6 by glibc and Go stdlib in the binary; tzdata is past its DLA', async () => {
    const database = await osvDatabase(RECORDS)
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const result = await scanSbom(
        await fixtureSbom('multiarch', 'cyclonedx-json', platform),
        database
      )
      const libc6 = result.packages.find(p => p.name === 'libc6')
      expect(summary(result)).toEqual([
        ['libc6', libc6?.version, 'DEBIAN-CVE-2010-4756', 'low', ''],
        ['stdlib', '1.19.8', 'GO-2023-1751', 'unknown', '1.19.9 1.20.4'],
        ['stdlib', '1.19.8', 'GO-2023-1840', 'unknown', '1.19.10 1.20.5'],
        ['stdlib', '1.19.8', 'GO-2023-1878', 'unknown', '1.19.11 1.20.6']
      ])
      expect(libc6?.purl).toContain(`arch=${platform.split('/')[1]}`)
      expect(result.packages.find(p => p.name === 'tzdata')?.osv.ecosystem).toBe('Debian:12')
    }
  })

  test('java-ruby: the vendored Debian 9 advisories name sources installed here, and match none', async () => {
    const result = await scanSbom(javaRuby, await osvDatabase(RECORDS))
    // Binaries of the four DLAs' source packages, scanned as Debian 12 packages by source.
    const sources = ['dpkg', 'libxml2', 'openssl', 'tzdata']
    const installed = result.packages.filter(p => sources.includes(p.osv.name))
    expect(installed.every(p => p.osv.ecosystem === 'Debian:12')).toBe(true)
    expect([...new Set(installed.map(p => p.osv.name))].sort()).toEqual(sources)
    expect(installed.map(p => p.name)).toEqual(expect.arrayContaining(['dpkg', 'libssl3']))
    // Records of another release, fixed long before bookworm: never a finding.
    expect(result.findings.filter(f => f.id.startsWith('DLA-'))).toEqual([])
    // The same installed versions, were they Debian 9 packages, would not be affected either:
    // the records are traps by release and by version both.
    const dla = ['DLA-3008-1', 'DLA-3012-1', 'DLA-3022-1', 'DLA-3051-1'].map(record)
    for (const pkg of installed)
      expect(match({ ...pkg, osv: { ...pkg.osv, ecosystem: 'Debian:9' } }, dla)).toEqual([])
  })
})

describe('scanSbom: ratings and results', () => {
  const bytes = (record: object): [string, Buffer] => [
    (record as OsvRecord).id,
    Buffer.from(JSON.stringify(record))
  ]
  // Records in OSV's Debian shape: the advisory carries no vector, its upstream CVE does.
  const advisory = {
    id: 'DEBIAN-CVE-2024-0001',
    modified: '2024-03-01T00:00:00Z',
    upstream: ['CVE-2024-0001'],
    affected: [
      {
        package: { ecosystem: 'Debian:12', name: 'glibc' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }]
      }
    ]
  }
  const cve = {
    id: 'CVE-2024-0001',
    modified: '2024-05-01T00:00:00Z',
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }]
  }
  const sbom = cyclonedx([
    {
      type: 'library',
      name: 'libc6',
      version: '2.36-9',
      purl: 'pkg:deb/debian/libc6@2.36-9?distro=debian-12&upstream=glibc'
    },
    { type: 'library', name: 'bad', version: 'x', purl: 'pkg:npm/semver@not.a.version' }
  ])

  test('a record without severity is rated by its upstream record, fetched once', async () => {
    const osv = await startOsv({ records: [bytes(advisory), bytes(cve)] })
    try {
      const result = await scanSbom(sbom, osvApi({ url: osv.url }), {
        now: () => new Date('2024-06-01T00:00:00Z')
      })
      expect(
        result.findings.map(f => [f.id, f.aliases, f.rating.severity, f.rating.source])
      ).toEqual([
        ['DEBIAN-CVE-2024-0001', ['CVE-2024-0001'], 'critical', 'CVSS_V3 (CVE-2024-0001)']
      ])
      expect(osv.requests.vulns).toBe(2)
      expect(result.database.updatedAt).toBe('2024-03-01T00:00:00Z')
      expect(result.startedAt).toBe('2024-06-01T00:00:00.000Z')
      expect(result.scanner.name).toBe('sbom-sign-action')
    } finally {
      await osv.stop()
    }
  })

  test('a package whose version its ecosystem cannot read is reported unscanned, not clean', async () => {
    const osv = await startOsv({
      records: [
        bytes(advisory),
        bytes(cve),
        bytes({
          ...cve,
          id: 'GHSA-x',
          affected: [
            {
              package: { ecosystem: 'npm', name: 'semver' },
              ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }]
            }
          ]
        })
      ]
    })
    try {
      const result = await scanSbom(sbom, osvApi({ url: osv.url }))
      expect(result.packages.map(p => p.name)).toEqual(['libc6'])
      expect(result.unscanned).toEqual([
        expect.objectContaining({
          name: 'semver',
          version: 'not.a.version',
          why: expect.stringMatching(/^npm cannot compare its version/)
        })
      ])
    } finally {
      await osv.stop()
    }
  })
})
