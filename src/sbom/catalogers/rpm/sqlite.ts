import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { RpmHeaderError } from './header'

/**
 * Header blobs of rpm's `rpmdb.sqlite` (rpm ≥ 4.16): table Packages(hnum, blob),
 * read with Node's built-in SQLite (the same C library rpm uses; nothing to
 * bundle). The file is hostile: only a plain table of that name is read (a view
 * or a generated column would run the file's own SQL), in defensive mode, at
 * most `maxRows` rows.
 */
export function sqliteBlobs(db: Buffer, maxRows: number): { blobs: Buffer[]; truncated: boolean } {
  const database = open(db)
  try {
    const table = database
      .prepare("SELECT type, sql FROM sqlite_schema WHERE name = 'Packages' COLLATE NOCASE")
      .get() as { type?: string; sql?: string } | undefined
    if (table?.type !== 'table' || !/^CREATE TABLE/i.test(table.sql ?? ''))
      throw new RpmHeaderError('no Packages table in the rpm SQLite database')
    const columns = database
      .prepare("SELECT name, hidden FROM pragma_table_xinfo('Packages')")
      .all()
    if (!columns.some(c => c.name === 'blob') || columns.some(c => c.hidden !== 0))
      throw new RpmHeaderError('the Packages table is not the one rpm writes')
    const blobs: Buffer[] = []
    const rows = database
      .prepare('SELECT blob FROM Packages ORDER BY hnum LIMIT ?')
      .iterate(maxRows + 1)
    for (const row of rows) {
      if (blobs.length === maxRows) return { blobs, truncated: true }
      const blob = row.blob
      if (blob instanceof Uint8Array) blobs.push(Buffer.from(blob))
    }
    return { blobs, truncated: false }
  } catch (error) {
    if (error instanceof RpmHeaderError) throw error
    throw new RpmHeaderError(`unreadable rpm SQLite database: ${(error as Error).message}`)
  } finally {
    database.close()
  }
}

/**
 * rpm keeps its database in WAL mode (header bytes 18–19 = 2), which an
 * in-memory or read-only connection cannot open without the -wal/-shm files; the
 * checkpointed main file is complete, so it is opened as a rollback-journal file.
 */
function open(db: Buffer): DatabaseSync {
  const wal = db.length >= 100 && db[18] === 2 && db[19] === 2
  if (wal) db.fill(1, 18, 20)
  try {
    return load(db)
  } finally {
    if (wal) db.fill(2, 18, 20)
  }
}

function load(db: Buffer): DatabaseSync {
  const database = new DatabaseSync(':memory:')
  database.enableDefensive(true)
  // deserialize (a copy into SQLite) arrived during Node 24; older releases read a private temporary file.
  if (typeof database.deserialize === 'function') {
    try {
      database.deserialize(db)
      return database
    } catch (error) {
      database.close()
      throw new RpmHeaderError(`not an SQLite database: ${(error as Error).message}`)
    }
  }
  database.close()
  const dir = mkdtempSync(join(tmpdir(), 'sbom-rpmdb-'))
  try {
    const file = join(dir, 'rpmdb.sqlite')
    writeFileSync(file, db)
    const onDisk = new DatabaseSync(file, { readOnly: true })
    onDisk.enableDefensive(true)
    // Once a query has opened it, the file can go: the open descriptor keeps it readable.
    onDisk.prepare('SELECT count(*) FROM sqlite_schema').get()
    return onDisk
  } catch (error) {
    throw new RpmHeaderError(`not an SQLite database: ${(error as Error).message}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
