import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
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
