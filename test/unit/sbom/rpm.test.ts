import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { catalogImage } from '../../../src/sbom'
import { makeImage } from './images'

// Built by fixtures/make-rpmdb.sh with rpmbuild, rpm and Berkeley DB's db_load.
const fixtures = join(process.cwd(), 'test/unit/sbom/fixtures')
const sqlite = readFileSync(join(fixtures, 'rpmdb.sqlite'))
const bdb = readFileSync(join(fixtures, 'Packages'))

/** The same header blobs laid out as an NDB Packages.db (rpm's lib/backend/ndb/rpmpkg.c layout). */
function ndbFrom(blobs: Buffer[]): Buffer {
  const slotPages = 1
  const blocks: Buffer[] = []
  let offset = (slotPages * 4096) / 16
  const slots = Buffer.alloc(slotPages * 4096 - 32)
  for (let i = 0; i < slots.length / 16; i++) slots.write('Slot', i * 16, 'latin1')
  blobs.forEach((blob, i) => {
    const head = Buffer.alloc(16)
    head.write('BlbS', 0, 'latin1')
    head.writeUInt32LE(i + 1, 4)
    head.writeUInt32LE(blob.length, 12)
    const padded = Buffer.concat([head, blob, Buffer.alloc(((16 - (blob.length % 16)) % 16) + 16)])
    slots.writeUInt32LE(i + 1, i * 16 + 4)
    slots.writeUInt32LE(offset, i * 16 + 8)
    slots.writeUInt32LE(padded.length / 16, i * 16 + 12)
    offset += padded.length / 16
    blocks.push(padded)
  })
  const header = Buffer.alloc(32)
  header.write('RpmP', 0, 'latin1')
  header.writeUInt32LE(1, 8)
  header.writeUInt32LE(slotPages, 12)
  // The 32-byte header takes the place of the first two slots.
  return Buffer.concat([header, slots, ...blocks])
}

const blobs = (
  JSON.parse(
    execFileSync('python3', [
      '-c',
      'import sqlite3,sys,json; print(json.dumps([r[0].hex() for r in sqlite3.connect(sys.argv[1]).execute("select blob from Packages order by hnum")]))',
      join(fixtures, 'rpmdb.sqlite')
    ]).toString()
  ) as string[]
).map(h => Buffer.from(h, 'hex'))

const osRelease = 'NAME="Red Hat Enterprise Linux"\nID="rhel"\nID_LIKE="fedora"\nVERSION_ID="9.4"\n'

describe.each([
  ['rpmdb.sqlite', 'var/lib/rpm/rpmdb.sqlite', sqlite],
  ['BerkeleyDB Packages', 'var/lib/rpm/Packages', bdb],
  ['NDB Packages.db', 'usr/lib/sysimage/rpm/Packages.db', ndbFrom(blobs)]
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
    expect.stringMatching(/^rpm: \/var\/lib\/rpm\/rpmdb.sqlite: layer 1: /),
    expect.stringMatching(/^rpm: skipped \/var\/lib\/rpm\/Packages: /)
  ])
})
