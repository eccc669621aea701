import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import { MAX_HEADER_BYTES, RpmHeaderError } from './header'

/**
 * Header blobs of rpm's `rpmdb.sqlite` (rpm ≥ 4.16): table Packages(hnum, blob),
 * read with Node's built-in SQLite (the same C library rpm uses; nothing to bundle)
 * from a private copy of the file, one row at a time, so memory stays at SQLite's page
 * cache and one blob whatever the database's size. The file is hostile: only a plain
 * table of that name is read (a view or a generated column would run the file's own
 * SQL), in defensive mode. A blob too large to hold is yielded as an RpmHeaderError.
 */
export function* sqliteBlobs(copy: string): Generator<Buffer | RpmHeaderError> {
  const database = open(copy)
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
    // typeof() and length() of a blob read no content, so only a blob of a header's size is
    // loaded. Rows come in table order, which is hnum's in rpm's table (hnum is the rowid); in
    // a table where it is not, ORDER BY hnum would have SQLite sort every row, blobs included,
    // in a temporary file of its own.
    const rows = database
      .prepare(
        "SELECT typeof(blob) AS type, length(blob) AS size, CASE WHEN typeof(blob) = 'blob' AND length(blob) <= ? THEN blob END AS blob FROM Packages"
      )
      .iterate(MAX_HEADER_BYTES)
    for (const { type, size, blob } of rows) {
      if (blob instanceof Uint8Array) yield Buffer.from(blob.buffer, blob.byteOffset, blob.length)
      else if (type === 'blob')
        yield new RpmHeaderError(`a ${String(size)}-byte header (limit ${MAX_HEADER_BYTES})`)
    }
  } catch (error) {
    if (error instanceof RpmHeaderError) throw error
    throw new RpmHeaderError(`unreadable rpm SQLite database: ${(error as Error).message}`)
  } finally {
    database.close()
  }
}

/**
 * rpm keeps its database in WAL mode (header bytes 18–19 = 2), which a read-only
 * connection cannot open without the -wal and -shm files; the checkpointed main file
 * is complete, so the private copy is marked as a rollback-journal file.
 */
function open(copy: string): DatabaseSync {
  const fd = openSync(copy, 'r+')
  try {
    const header = Buffer.alloc(20)
    if (readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2)
      writeSync(fd, Buffer.from([1, 1]), 0, 2, 18)
  } finally {
    closeSync(fd)
  }
  try {
    const database = new DatabaseSync(copy, { readOnly: true })
    database.enableDefensive(true)
    return database
  } catch (error) {
    throw new RpmHeaderError(`not an SQLite database: ${(error as Error).message}`)
  }
}
