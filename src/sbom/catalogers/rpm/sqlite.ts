import type { SqlJsStatic } from 'sql.js'

let engine: Promise<SqlJsStatic> | undefined

/** Header blobs of rpm's `rpmdb.sqlite` (rpm ≥ 4.16): table Packages(hnum, blob). */
export async function sqliteBlobs(db: Buffer): Promise<Buffer[]> {
  // The WebAssembly build with its binary inlined, so bundling needs no extra files; loaded only when needed.
  engine ??= import('sql.js/dist/sql-wasm-inline.js').then(m =>
    (m.default as unknown as () => Promise<SqlJsStatic>)()
  )
  const SQL = await engine
  const database = new SQL.Database(new Uint8Array(db.buffer, db.byteOffset, db.byteLength))
  try {
    const result = database.exec('SELECT blob FROM Packages ORDER BY hnum')
    return (result[0]?.values ?? []).map(row => Buffer.from(row[0] as Uint8Array))
  } finally {
    database.close()
  }
}
