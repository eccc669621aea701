import { DatabaseSync } from 'node:sqlite'
import { deflateSync } from 'node:zlib'
import { catalogImage } from '../../../src/sbom'
import { setLogger, stderrLogger } from '../../../src/log'
import { fairShares, MAX_LOGGED_PROBLEMS, MAX_PACKAGES_PER_IMAGE } from '../../../src/sbom/catalog'
import { MAX_APK_PACKAGES } from '../../../src/sbom/catalogers/apk'
import { MAX_DPKG_PACKAGES } from '../../../src/sbom/catalogers/dpkg'
import { bdbValues } from '../../../src/sbom/catalogers/rpm/bdb'
import {
  MAX_HEADER_BYTES,
  parseHeader,
  RpmHeaderError
} from '../../../src/sbom/catalogers/rpm/header'
import { MAX_RPM_PACKAGES } from '../../../src/sbom/catalogers/rpm'
import { ndbBlobs } from '../../../src/sbom/catalogers/rpm/ndb'
import { sqliteBlobs } from '../../../src/sbom/catalogers/rpm/sqlite'
import { AuditScanner } from '../../../src/sbom/catalogers/rust/audit'
import { MAX_HEADERS, MAX_KEPT, MAX_PROBES } from '../../../src/sbom/catalogers/rust/finder'
import {
  aliasedJar,
  jar,
  zip,
  apkDatabase,
  bdbSharedOverflow,
  dpkgStatus,
  elfFullOfZlibHeaders,
  elfWithReadOnlySegment,
  quadraticRpmHeader
} from '../../support/hostile-inputs'
import { blobsOf, ndbFrom, rpmDatabases, rpmHeader, rpmSqlite } from '../../support/rpmdb'
import { makeImage } from './images'

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now()
  const value = run()
  return { value, ms: performance.now() - start }
}

describe('parser budgets on hostile input', () => {
  test('a war naming one nested jar 100,000 times reads it once, with a warning', async () => {
    const catalog = await catalogImage(
      makeImage([{ files: { 'app/shop.war': aliasedJar(100_000) } }])
    )
    expect(catalog.packages.map(p => p.purl)).toEqual(['pkg:maven/org.acme/inner@1.0'])
    expect(catalog.warnings).toEqual([
      "java-archive: /app/shop.war: shop.war: 100000 entries share another entry's data: read once"
    ])
  })

  test('nested archives past the budget, and aliases inside nested ones, are cut with warnings', async () => {
    const inner = jar('org.acme', 'leaf', '1.0')
    const middle = (i: number) => zip([{ name: `lib/leaf-${i}.jar`, data: inner }], 100)
    const war = zip(
      Array.from({ length: 2_100 }, (_, i) => ({ name: `WEB-INF/lib/m${i}.jar`, data: middle(i) }))
    )
    const catalog = await catalogImage(makeImage([{ files: { 'app/big.war': war } }]))
    expect(catalog.warnings).toContain(
      'java-archive: /app/big.war: more than 2000 nested archives: the rest are skipped (budget)'
    )
    expect(catalog.warnings).toContain(
      "java-archive: /app/big.war: WEB-INF/lib/m0.jar: 100 entries share another entry's data: read once"
    )
    expect(catalog.packages.map(p => p.purl)).toEqual(['pkg:maven/org.acme/leaf@1.0'])
  })

  test('BerkeleyDB values sharing one overflow chain read it once', () => {
    const db = bdbSharedOverflow(20_000, 2_048)
    const { value, ms } = timed(() => blobsOf(f => bdbValues(f.bytes), db))
    expect(value).toHaveLength(1)
    expect((value[0] as Buffer).length).toBe(2_048 * (4096 - 26))
    expect(ms).toBeLessThan(2_000)
  })

  test('a BerkeleyDB value claiming more than a header may hold is refused unread', () => {
    const db = bdbSharedOverflow(3, 1)
    // The first value item on the first hash page: its 12 bytes hold the chain's length at 8.
    const item = 4096 + db.readUInt16LE(4096 + 26 + 2)
    db.writeUInt32LE(MAX_HEADER_BYTES + 1, item + 8)
    const values = blobsOf(f => bdbValues(f.bytes), db)
    expect(values[0]).toEqual(
      new RpmHeaderError(`a ${MAX_HEADER_BYTES + 1}-byte header (limit ${MAX_HEADER_BYTES})`)
    )
    // The chain itself is still read once, for the values that point at it honestly.
    expect(values.slice(1)).toEqual([Buffer.alloc(4096 - 26)])
  })

  test('NDB slots aliasing one blob read it once; the package budget cuts the rest', async () => {
    const { headers } = rpmDatabases()
    const aliased = ndbFrom(
      headers,
      Array.from({ length: 5_000 }, () => ({ blob: 0 }))
    )
    expect(blobsOf(f => ndbBlobs(f.bytes), aliased)).toHaveLength(1)
    const tiny = rpmHeader('p', '1')
    const many = ndbFrom(Array.from({ length: MAX_RPM_PACKAGES + 1 }, () => tiny))
    const catalog = await catalogImage(
      makeImage([{ files: { 'usr/lib/sysimage/rpm/Packages.db': many } }])
    )
    expect(catalog.warnings).toEqual([
      `rpm: /usr/lib/sysimage/rpm/Packages.db: more than ${MAX_RPM_PACKAGES} package headers: the rest are skipped (budget)`
    ])
  })

  test('a dpkg status database past the package budget keeps the first ones, with a warning', async () => {
    const status = dpkgStatus(MAX_DPKG_PACKAGES + 1, 0)
    const catalog = await catalogImage(makeImage([{ files: { 'var/lib/dpkg/status': status } }]))
    expect(catalog.warnings).toEqual([
      `dpkg: /var/lib/dpkg/status: more than ${MAX_DPKG_PACKAGES} packages: the rest are skipped (budget)`
    ])
    expect(catalog.packages).toHaveLength(MAX_DPKG_PACKAGES)
  })

  test('past 1,000 problems the rest are counted, not logged one by one', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < MAX_LOGGED_PROBLEMS + 200; i++)
      files[`app/node_modules/p${i}/package.json`] = '{"name": broken'
    const logged: string[] = []
    setLogger({ ...stderrLogger, warning: message => void logged.push(message) })
    try {
      const catalog = await catalogImage(makeImage([{ files }]))
      expect(catalog.warnings).toHaveLength(MAX_LOGGED_PROBLEMS)
      expect(catalog.problems).toBe(MAX_LOGGED_PROBLEMS + 200)
      expect(logged).toHaveLength(MAX_LOGGED_PROBLEMS + 1)
      expect(logged.at(-1)).toBe(
        'SBOM: and 200 more problem(s), not logged one by one (the first 1000 are)'
      )
    } finally {
      setLogger(stderrLogger)
    }
  })

  test('the budget per image is shared by layer: a base full of packages cannot push out the layers above', async () => {
    // 100,010 packages in layer 1 (two databases at their own budgets, and a distroless
    // status.d file), all purls sorting before the application's npm package in layer 2.
    const catalog = await catalogImage(
      makeImage([
        {
          files: {
            'var/lib/dpkg/status': dpkgStatus(MAX_DPKG_PACKAGES, 0),
            'lib/apk/db/installed': apkDatabase(MAX_APK_PACKAGES),
            'var/lib/dpkg/status.d/extra': dpkgStatus(10, 0).replaceAll('pkg-', 'extra-')
          }
        },
        {
          files: { 'srv/node_modules/app-dep/package.json': '{"name":"app-dep","version":"1.0.0"}' }
        }
      ])
    )
    expect(catalog.packages).toHaveLength(MAX_PACKAGES_PER_IMAGE)
    expect(catalog.packages.filter(p => p.purl.startsWith('pkg:npm/'))).toEqual([
      expect.objectContaining({ purl: 'pkg:npm/app-dep@1.0.0', layer: 1 })
    ])
    expect(catalog.warnings).toEqual([
      expect.stringMatching(
        /^layer 1 \(sha256:[0-9a-f]{64}\): 100010 packages, only 99999 kept \(its share of the budget per image, 100000 packages\)$/
      )
    ])
  })

  test.each([
    [[5, 5, 5], 30, [5, 5, 5]],
    [[100, 1, 100], 30, [14, 1, 15]],
    [[100, 100, 100], 30, [10, 10, 10]],
    [[7, 200], 10, [5, 5]],
    [[1, 2, 3, 1000], 100, [1, 2, 3, 94]]
  ])('fair shares of claims %j within %i: %j', (claims, budget, expected) => {
    const shares = fairShares(new Map(claims.map((claim, i) => [i, claim])), budget)
    expect(claims.map((_, i) => shares.get(i))).toEqual(expected)
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget)
  })

  test('an rpm header repeating a string-array tag 20,000 times is parsed linearly', () => {
    const { value, ms } = timed(() => parseHeader(quadraticRpmHeader(20_000, 20_000)))
    expect(value).toBeNull()
    expect(ms).toBeLessThan(2_000)
  })

  test('an apk database past the package budget keeps the first ones and warns', async () => {
    const catalog = await catalogImage(
      makeImage([{ files: { 'lib/apk/db/installed': apkDatabase(MAX_APK_PACKAGES + 10) } }])
    )
    expect(catalog.packages).toHaveLength(MAX_APK_PACKAGES)
    expect(catalog.warnings).toEqual([
      `apk: /lib/apk/db/installed: more than ${MAX_APK_PACKAGES} packages: the rest are skipped (budget)`
    ])
  })

  test.each([
    [
      'zlib headers',
      elfFullOfZlibHeaders(16 * 1024 * 1024),
      `more than ${MAX_HEADERS} zlib headers in read-only segments`
    ],
    [
      'zlib streams of other JSON',
      elfWithReadOnlySegment(
        Buffer.concat(Array(100_000).fill(deflateSync('{"crates":[]}', { level: 7 })))
      ),
      `more than ${MAX_PROBES} plausible zlib streams in read-only segments`
    ],
    [
      'zlib streams that start the JSON',
      elfWithReadOnlySegment(
        Buffer.concat(Array(1_000).fill(deflateSync('{"packages":[]}', { level: 7 })))
      ),
      `more than ${MAX_KEPT} bytes kept from places that start it`
    ]
  ])('an ELF read-only segment full of %s is searched within the budget', (_kind, elf, reason) => {
    const { value: error, ms } = timed(() => {
      const scanner = new AuditScanner(elf.length)
      for (let at = 0; at < elf.length; at += 65536) scanner.write(elf.subarray(at, at + 65536))
      try {
        scanner.end()
        return undefined
      } catch (error) {
        return error as Error
      }
    })
    expect(error?.message).toBe(`${reason} (budget): cargo-auditable data not searched past it`)
    expect(ms).toBeLessThan(2_000)
  })
})

describe('rpm SQLite databases', () => {
  const database = (setup: string): Buffer => {
    const db = new DatabaseSync(':memory:')
    db.exec(setup)
    const bytes = Buffer.from(db.serialize())
    db.close()
    return bytes
  }
  const rows = (db: Buffer) => blobsOf(f => sqliteBlobs(f.path), db)

  test('a view or a generated column named like rpm’s table is refused, not run', () => {
    const view = database(
      'CREATE VIEW Packages AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS hnum, zeroblob(1000) AS blob FROM n'
    )
    expect(() => rows(view)).toThrow('no Packages table')
    const generated = database(
      'CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, size INTEGER, blob BLOB GENERATED ALWAYS AS (zeroblob(size)))'
    )
    expect(() => rows(generated)).toThrow('not the one rpm writes')
  })

  test('a WAL-mode database (as rpm leaves it) is read one row at a time, in hnum order', () => {
    const db = rpmSqlite(3, 0)
    expect([db[18], db[19]]).toEqual([2, 2])
    expect(rows(db)).toEqual([
      rpmHeader('pkg-0', '1.0'),
      rpmHeader('pkg-1', '1.1'),
      rpmHeader('pkg-2', '1.2')
    ])
  })

  test('a row holding more than a header may is refused without being loaded; text is no header', () => {
    const db = database(
      `CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB);
       INSERT INTO Packages VALUES (1, zeroblob(${MAX_HEADER_BYTES + 1})), (2, 'text'), (3, x'00');`
    )
    expect(rows(db)).toEqual([
      new RpmHeaderError(`a ${MAX_HEADER_BYTES + 1}-byte header (limit ${MAX_HEADER_BYTES})`),
      Buffer.from([0])
    ])
  })
})

test('a lone surrogate in one package name costs nothing else: it becomes U+FFFD', async () => {
  const manifest = (name: string) => JSON.stringify({ name, version: '1.0.0' })
  const catalog = await catalogImage(
    makeImage([
      {
        files: {
          'app/node_modules/bad/package.json': manifest('bad\ud800'),
          'app/node_modules/good/package.json': manifest('good'),
          'app/vendor/composer/installed.json': JSON.stringify({
            packages: [
              { name: 'acme/w\udc00', version: '2.0.0' },
              { name: 'acme/ok', version: '1.0.0' }
            ]
          }),
          'app/app.deps.json': JSON.stringify({
            libraries: {
              'Bad\ud800/1.0.0': { type: 'package' },
              'Newtonsoft.Json/13.0.1': { type: 'package' }
            }
          })
        }
      }
    ])
  )
  expect(catalog.warnings).toEqual([])
  expect(catalog.packages.map(p => p.purl).sort()).toEqual([
    'pkg:composer/acme/ok@1.0.0',
    'pkg:composer/acme/w%EF%BF%BD@2.0.0',
    'pkg:npm/bad%EF%BF%BD@1.0.0',
    'pkg:npm/good@1.0.0',
    'pkg:nuget/Bad%EF%BF%BD@1.0.0',
    'pkg:nuget/Newtonsoft.Json@13.0.1'
  ])
  expect(catalog.packages.find(p => p.purl.startsWith('pkg:npm/bad'))?.name).toBe('bad\ufffd')
})
