import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** ${XDG_CACHE_HOME:-~/.cache}/sbom-sign-action/fixtures, or SBOM_SIGN_FIXTURES_DIR. */
export function cacheRoot(): string {
  if (process.env.SBOM_SIGN_FIXTURES_DIR) return process.env.SBOM_SIGN_FIXTURES_DIR
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return join(base, 'sbom-sign-action', 'fixtures')
}

/** JSON with sorted keys, so equal recipes hash equally whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function recipeKey(recipe: unknown): string {
  return createHash('sha256').update(stableJson(recipe)).digest('hex').slice(0, 16)
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const held = new Set<string>()
process.once('exit', () => {
  for (const file of held) rmSync(file, { force: true })
})

/**
 * Runs `fn` holding an exclusive lock file (O_EXCL create holding our pid), so
 * builders in several processes (jest workers, a CLI run) never build into the
 * same cache at once. A lock whose process is gone is taken over.
 */
export async function withLock<T>(
  file: string,
  fn: () => Promise<T>,
  onWait?: (holder: number) => void,
  timeoutMs = 30 * 60_000
): Promise<T> {
  mkdirSync(join(file, '..'), { recursive: true })
  const deadline = Date.now() + timeoutMs
  let told = false
  for (;;) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(readLock(file))
    if (!processAlive(holder)) {
      // Stale (its process died) or written half-way: remove and race again.
      rmSync(file, { force: true })
      continue
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${file} held by pid ${holder}`)
    if (!told) onWait?.(holder)
    told = true
    await new Promise(r => setTimeout(r, 500))
  }
  held.add(file)
  try {
    return await fn()
  } finally {
    held.delete(file)
    rmSync(file, { force: true })
  }
}

function readLock(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return '' // removed between our open and this read: race again
  }
}
