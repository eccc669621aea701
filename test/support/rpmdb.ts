import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { bufferBytes, type RandomAccess } from '../../src/archive/random-access'
import { REPO_ROOT } from './paths'

/**
 * The same two rpm packages (acme-libs, acme-tool) in rpm's three database
 * layouts. SQLite and BerkeleyDB come from real tools (test/unit/sbom/fixtures/
 * make-rpmdb.sh: rpmbuild, rpm, db_load); Debian's rpm cannot write NDB, so the
 * same header blobs are laid out as rpm's lib/backend/ndb/rpmpkg.c does.
 */
export function rpmDatabases(): { sqlite: Buffer; bdb: Buffer; ndb: Buffer; headers: Buffer[] } {
  const fixtures = join(REPO_ROOT, 'test/unit/sbom/fixtures')
  const sqlite = readFileSync(join(fixtures, 'rpmdb.sqlite'))
  const db = new DatabaseSync(join(fixtures, 'rpmdb.sqlite'), { readOnly: true })
  const headers = db
    .prepare('SELECT blob FROM Packages ORDER BY hnum')
    .all()
    .map(row => Buffer.from(row.blob as Uint8Array))
  db.close()
  return { sqlite, bdb: readFileSync(join(fixtures, 'Packages')), ndb: ndbFrom(headers), headers }
}

/** Header blobs as an NDB Packages.db: a 32-byte header, slot pages, then one blob per slot. */
export function ndbFrom(
  blobs: Buffer[],
  slots: { blob: number }[] = blobs.map((_, i) => ({ blob: i }))
): Buffer {
  const slotPages = Math.max(1, Math.ceil(((slots.length + 2) * 16) / 4096))
  const blocks: Buffer[] = []
  const blockOf: number[] = []
  let offset = (slotPages * 4096) / 16
  blobs.forEach((blob, i) => {
    const head = Buffer.alloc(16)
    head.write('BlbS', 0, 'latin1')
    head.writeUInt32LE(i + 1, 4)
    head.writeUInt32LE(blob.length, 12)
    const padded = Buffer.concat([head, blob, Buffer.alloc(((16 - (blob.length % 16)) % 16) + 16)])
    blockOf.push(offset)
    offset += padded.length / 16
    blocks.push(padded)
  })
  const table = Buffer.alloc(slotPages * 4096 - 32)
  for (let i = 0; i < table.length / 16; i++) table.write('Slot', i * 16, 'latin1')
  slots.forEach((slot, i) => {
    table.writeUInt32LE(slot.blob + 1, i * 16 + 4)
    table.writeUInt32LE(blockOf[slot.blob] as number, i * 16 + 8)
    table.writeUInt32LE(1, i * 16 + 12)
  })
  const header = Buffer.alloc(32)
  header.write('RpmP', 0, 'latin1')
  header.writeUInt32LE(1, 8)
  header.writeUInt32LE(slotPages, 12)
  // The 32-byte header takes the place of the first two slots.
  return Buffer.concat([header, table, ...blocks])
}

/**
 * An rpm header blob (as the databases store it) for a package `name-version-release.arch`
 * with `files` file names (tag 1117, as rpm records them), which is what makes real
 * headers kilobytes long.
 */
export function rpmHeader(name: string, version: string, files = 0): Buffer {
  const strings: [number, number, string[]][] = [
    [1000, 6, [name]],
    [1001, 6, [version]],
    [1002, 6, ['1.el9']],
    [1014, 6, ['MIT']],
    [1022, 6, ['x86_64']],
    [1047, 8, [name]],
    [1117, 8, Array.from({ length: files }, (_, i) => `${name}-file-${i}.so`)]
  ]
  const head = Buffer.alloc(8 + strings.length * 16)
  const data: Buffer[] = []
  let offset = 0
  strings.forEach(([tag, type, values], i) => {
    const bytes = Buffer.from(values.map(v => `${v}\0`).join(''))
    head.writeUInt32BE(tag, 8 + i * 16)
    head.writeUInt32BE(type, 12 + i * 16)
    head.writeUInt32BE(offset, 16 + i * 16)
    head.writeUInt32BE(values.length, 20 + i * 16)
    data.push(bytes)
    offset += bytes.length
  })
  head.writeUInt32BE(strings.length, 0)
  head.writeUInt32BE(offset, 4)
  return Buffer.concat([head, ...data])
}

/**
 * An `rpmdb.sqlite` as rpm leaves it (WAL mode, checkpointed) holding `count` packages
 * `pkg-<i>@1.<i>`, each header carrying `files` file names.
 */
export function rpmSqlite(count: number, files: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'rpmdb-'))
  try {
    const path = join(dir, 'rpmdb.sqlite')
    const db = new DatabaseSync(path)
    db.exec('PRAGMA journal_mode = WAL')
    db.exec('CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)')
    const insert = db.prepare('INSERT INTO Packages (blob) VALUES (?)')
    db.exec('BEGIN')
    for (let i = 0; i < count; i++) insert.run(rpmHeader(`pkg-${i}`, `1.${i}`, files))
    db.exec('COMMIT')
    db.close()
    return readFileSync(path)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What a database reader yields for `db`; SQLite's reads a copy in a temporary file. */
export function blobsOf(
  read: (file: { bytes: RandomAccess; path: string }) => Iterable<Buffer | Error>,
  db: Buffer
): (Buffer | Error)[] {
  const dir = mkdtempSync(join(tmpdir(), 'rpmdb-copy-'))
  try {
    const path = join(dir, 'db')
    writeFileSync(path, db)
    return [...read({ bytes: bufferBytes(db), path })].map(b =>
      b instanceof Error ? b : Buffer.from(b)
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A BerkeleyDB hash database as rpm's `Packages`: 4 KiB pages, a meta page, hash pages of
 * key/value pairs whose values are off-page (as rpm's headers are), then one overflow
 * chain per value in `chains`. `items[i]` is the chain the i-th value points at.
 */
export function bdbFrom(chains: Buffer[], items: number[] = chains.map((_, i) => i)): Buffer {
  const pageSize = 4096
  const room = pageSize - 26
  // Key/value pairs that fit: two 2-byte offsets, a 5-byte key and a 12-byte off-page value each.
  const perPage = Math.floor(room / 21)
  const hashPages = Math.ceil(items.length / perPage)
  const chainStart: number[] = []
  let pages = 1 + hashPages
  for (const chain of chains) {
    chainStart.push(pages)
    pages += Math.max(1, Math.ceil(chain.length / room))
  }
  const db = Buffer.alloc(pages * pageSize)
  db.writeUInt32LE(0x061561, 12)
  db.writeUInt32LE(pageSize, 20)
  for (let p = 0; p < hashPages; p++) {
    const base = (1 + p) * pageSize
    const n = Math.min(perPage, items.length - p * perPage)
    db[base + 25] = 13
    db.writeUInt16LE(n * 2, base + 20)
    // Items from the end of the page down: a 5-byte key and a 12-byte off-page value per pair.
    let at = pageSize
    for (let i = 0; i < n; i++) {
      const chain = items[p * perPage + i] as number
      at -= 5
      db[base + at] = 1
      db.writeUInt32LE(p * perPage + i, base + at + 1)
      db.writeUInt16LE(at, base + 26 + i * 4)
      at -= 12
      db[base + at] = 3
      db.writeUInt32LE(chainStart[chain] as number, base + at + 4)
      db.writeUInt32LE((chains[chain] as Buffer).length, base + at + 8)
      db.writeUInt16LE(at, base + 26 + i * 4 + 2)
    }
  }
  chains.forEach((chain, c) => {
    const first = chainStart[c] as number
    const count = Math.max(1, Math.ceil(chain.length / room))
    for (let k = 0; k < count; k++) {
      const base = (first + k) * pageSize
      const part = chain.subarray(k * room, (k + 1) * room)
      db[base + 25] = 7
      db.writeUInt32LE(k + 1 < count ? first + k + 1 : 0, base + 16)
      db.writeUInt16LE(part.length, base + 22)
      part.copy(db, base + 26)
    }
  })
  return db
}
