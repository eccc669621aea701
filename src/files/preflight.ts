import { mkdir, open, statfs, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ActionError } from '../errors'
import { fileError, type OutputDir } from './write'

const MiB = 1024 * 1024

/**
 * Before anything is spent (a certificate, a log entry): the directory exists or can be
 * made, and a file can be created in it and removed again.
 */
export async function prepareOutputDir(dir: OutputDir): Promise<void> {
  try {
    await mkdir(dir.path, { recursive: true })
  } catch (error) {
    // A recursive mkdir reports ENOENT for what is EROFS or EACCES: ask once more without it.
    const precise = await mkdir(dir.path).then(
      () => undefined,
      (again: unknown) => again
    )
    if (precise === undefined) return prepareOutputDir(dir)
    throw fileError(precise ?? error, dir.path, dir.origin, 'create')
  }
  const probe = join(dir.path, `.sbom-sign-probe-${process.pid}`)
  try {
    const handle = await open(probe, 'wx')
    try {
      await handle.write('probe')
    } finally {
      await handle.close()
    }
  } catch (error) {
    await unlink(probe).catch(() => undefined)
    throw fileError(error, probe, dir.origin)
  }
  await unlink(probe)
}

/**
 * Fails when the file system holding `dir` has less room than `bytes` (an estimate of what
 * the run writes there) plus a margin, for the files and whatever else writes beside them.
 */
export async function checkRoom(dir: OutputDir, bytes: number): Promise<void> {
  const needed = Math.ceil(bytes * 1.25) + MiB
  const fs = await statfs(dir.path)
  const free = fs.bavail * fs.bsize
  if (free >= needed) return
  const mib = (n: number) => `${(n / MiB).toFixed(1)} MiB`
  throw new ActionError(
    'OUTPUT_FAILED',
    `${dir.path} has ${mib(free)} free; the SBOM and bundles need about ${mib(needed)}`,
    {
      hint: `Free space there, or point ${dir.origin} at a file system with room for them`
    }
  )
}
