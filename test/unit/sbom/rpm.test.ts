import { catalogImage } from '../../../src/sbom'
import { rpmDatabases } from '../../support/rpmdb'
import { makeImage } from './images'

const { sqlite, bdb, ndb } = rpmDatabases()

const osRelease = 'NAME="Red Hat Enterprise Linux"\nID="rhel"\nID_LIKE="fedora"\nVERSION_ID="9.4"\n'

describe.each([
  ['rpmdb.sqlite', 'var/lib/rpm/rpmdb.sqlite', sqlite],
  ['BerkeleyDB Packages', 'var/lib/rpm/Packages', bdb],
  ['NDB Packages.db', 'usr/lib/sysimage/rpm/Packages.db', ndb]
])('rpm from %s', (_kind, path, db) => {
  test('reads both packages with rpm purls, epoch, licenses and edges', async () => {
    const catalog = await catalogImage(
      makeImage([{ files: { 'etc/os-release': osRelease, [path]: db } }])
    )
    expect(catalog.warnings).toEqual([])
    const rpm = new Map(catalog.packages.map(p => [p.name, p]))
    expect([...rpm.keys()].sort()).toEqual(['acme-libs', 'acme-tool'])
    expect(rpm.get('acme-libs')).toMatchObject({
      version: '1.2.3-4.el9',
      purl: 'pkg:rpm/rhel/acme-libs@1.2.3-4.el9?arch=x86_64&distro=rhel-9.4&upstream=acme-libs-1.2.3-4.el9.src.rpm',
      licenses: ['MIT'],
      os: true
    })
    expect(rpm.get('acme-tool')).toMatchObject({
      version: '2:2.0-1.el9',
      purl: 'pkg:rpm/rhel/acme-tool@2.0-1.el9?arch=x86_64&distro=rhel-9.4&epoch=2&upstream=acme-tool-2.0-1.el9.src.rpm',
      licenses: ['GPL-2.0-or-later AND Apache-2.0'],
      dependsOn: [rpm.get('acme-libs')?.purl]
    })
  })
})

test('a corrupt rpm database gives a warning naming file and cataloger', async () => {
  const broken = Buffer.from(sqlite)
  broken.fill(0x13, 100, 60_000)
  const catalog = await catalogImage(
    makeImage([
      {
        files: { 'var/lib/rpm/rpmdb.sqlite': broken, 'var/lib/rpm/Packages': bdb.subarray(0, 600) }
      }
    ])
  )
  expect(catalog.packages).toEqual([])
  expect(catalog.warnings.sort()).toEqual([
    expect.stringMatching(/^rpm: skipped \/var\/lib\/rpm\/Packages: /),
    expect.stringMatching(/^rpm: skipped \/var\/lib\/rpm\/rpmdb.sqlite: unreadable rpm SQLite/)
  ])
})
