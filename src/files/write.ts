import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ActionError } from '../errors'

/** A directory files are written to, and the input or variable that chose it (for errors). */
export interface OutputDir {
  path: string
  /** e.g. `RUNNER_TEMP`, `--output-dir`: what the user changes to write elsewhere. */
  origin: string
}

/** Bytes to write: a string, a buffer, or buffers written one after the other. */
export type FileContent = string | Uint8Array | Iterable<Uint8Array>

const REASONS: Record<string, string> = {
  ENOSPC: 'the file system is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a parent of it is not a directory',
  ENOENT: 'a parent of it does not exist',
  EISDIR: 'it is a directory'
}

/**
 * A failure to write under an output directory, as an error that names the path, the reason
 * and what to change. Anything that is not a file-system error passes through as it is.
 */
export function fileError(error: unknown, path: string, origin: string, verb = 'write'): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason = code ? REASONS[code] : undefined
  if (!reason) return error
  const full = code === 'ENOSPC' || code === 'EDQUOT'
  return new ActionError('OUTPUT_FAILED', `cannot ${verb} ${path}: ${reason} (${code})`, {
    hint: full
      ? `Free space there, or point ${origin} at a file system with room for the SBOM and bundles`
      : `Point ${origin} at a directory this job can write to`,
    cause: error
  })
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, synced, then renamed
 * over the target, so a full disk or a killed run never leaves a truncated file behind.
 */
export async function writeFileAtomic(
  path: string,
  content: FileContent,
  origin: string
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  const chunks = typeof content === 'string' || content instanceof Uint8Array ? [content] : content
  let created = false
  try {
    const handle = await open(temporary, 'wx', 0o644)
    created = true
    try {
      // writeFile writes each chunk whole, from where the last one ended.
      for (const chunk of chunks) await handle.writeFile(chunk)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined)
    throw fileError(error, path, origin)
  }
}
