import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bufferBytes, fileBytes, type ZipBytes } from '../../../archive/zip'
import { releaseChunk } from '../../../oci/decompress'
import type { FileScanner } from '../../walk'

/**
 * A file gathered as it streams by, for a reader that needs random access (a zip's
 * central directory is at its end). Small files are gathered in memory; larger ones
 * are written to a private temporary file and read back with positional reads, so a
 * 100 MiB fat jar costs its central directory and the entries read, not 100 MiB.
 */

/** Files up to this size are gathered in memory. */
export const IN_MEMORY = 8 * 1024 * 1024
/** Archives over this size are not read (a warning names them). */
export const MAX_SPOOLED = 2 * 1024 * 1024 * 1024

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
   * `read`: what to make of the whole file.
   */
  constructor(
    private readonly size: number,
    private readonly limit: number,
    private readonly read: (bytes: ZipBytes) => R
  ) {}

  write(chunk: Buffer): void {
    if (this.size > this.limit) throw new Error(`${this.size} bytes (limit ${this.limit})`)
    if (this.size <= IN_MEMORY) {
      this.memory ??= Buffer.allocUnsafe(this.size)
      this.filled += chunk.copy(this.memory, this.filled)
      return
    }
    try {
      if (this.fd === undefined) {
        this.path = join(spoolDirectory(), `${++spooled}`)
        this.fd = openSync(this.path, 'wx+', 0o600)
      }
      for (let done = 0; done < chunk.length;)
        done += writeSync(this.fd, chunk, done, chunk.length - done)
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
      if (this.fd !== undefined) return this.read(fileBytes(this.fd, this.size))
      return this.read(bufferBytes(this.memory ?? Buffer.alloc(0)))
    } finally {
      this.close()
    }
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
