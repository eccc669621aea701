import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bufferBytes, fileBytes, type RandomAccess } from '../../archive/random-access'
import { releaseChunk } from '../../oci/decompress'
import type { FileScanner } from './index'

/**
 * A file gathered as it streams by, for a reader that needs random access (a zip's
 * central directory is at its end, a database's pages point anywhere). Small files are
 * gathered in memory; larger ones are written to a private temporary file and read back
 * with positional reads, so a 100 MiB fat jar or rpm database costs what is read of it,
 * not 100 MiB.
 */

/** Files up to this size are gathered in memory. */
export const IN_MEMORY = 8 * 1024 * 1024
/** Files over this size are not read (a warning names them). */
export const MAX_SPOOLED = 2 * 1024 * 1024 * 1024

/** A gathered file: its bytes, and its path when it is on disk. */
export interface SpooledFile {
  bytes: RandomAccess
  /** The private temporary file; the reader may change it (it is removed after). */
  path?: string
}

let directory: string | undefined
let spooled = 0

/** One private directory per process, removed when it exits. */
function spoolDirectory(): string {
  if (directory) return directory
  const made = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'sbom-sign-spool-'))
  process.once('exit', () => rmSync(made, { recursive: true, force: true }))
  directory = made
  return made
}

export class Spool<R> implements FileScanner<R> {
  private memory: Buffer | undefined
  private fd: number | undefined
  private path: string | undefined
  private filled = 0

  /**
   * `size`: the file's size from its tar header, which must be at most `limit`;
   * `read`: what to make of the whole file; `onDisk`: 'always' for a reader that needs a
   * path (SQLite opens files), otherwise only files over IN_MEMORY go to disk.
   */
  constructor(
    private readonly size: number,
    private readonly limit: number,
    private readonly read: (file: SpooledFile) => R,
    private readonly onDisk: 'always' | 'large' = 'large'
  ) {}

  write(chunk: Buffer): void {
    if (this.size > this.limit) throw new Error(`${this.size} bytes (limit ${this.limit})`)
    if (this.onDisk === 'large' && this.size <= IN_MEMORY) {
      this.memory ??= Buffer.allocUnsafe(this.size)
      this.filled += chunk.copy(this.memory, this.filled)
      return
    }
    try {
      this.open()
      for (let done = 0; done < chunk.length;)
        done += writeSync(this.fd as number, chunk, done, chunk.length - done)
      this.filled += chunk.length
    } catch (error) {
      this.close()
      throw error
    }
  }

  end(): R {
    try {
      if (this.filled !== this.size)
        throw new Error(`${this.filled} of its ${this.size} bytes arrived`)
      // An empty file has no chunks, and a reader that wants a path still gets one.
      if (this.onDisk === 'always') this.open()
      if (this.fd !== undefined)
        return this.read({ bytes: fileBytes(this.fd, this.size), path: this.path })
      return this.read({ bytes: bufferBytes(this.memory ?? Buffer.alloc(0)) })
    } finally {
      this.close()
    }
  }

  private open(): void {
    if (this.fd !== undefined) return
    this.path = join(spoolDirectory(), `${++spooled}`)
    this.fd = openSync(this.path, 'wx+', 0o600)
  }

  /** Frees the memory now, or closes and removes the temporary file. */
  private close(): void {
    if (this.memory) releaseChunk(this.memory)
    this.memory = undefined
    if (this.fd !== undefined) closeSync(this.fd)
    if (this.path) unlinkSync(this.path)
    this.fd = undefined
    this.path = undefined
  }
}
