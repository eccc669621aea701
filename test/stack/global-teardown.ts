import { existsSync, readdirSync, rmSync } from 'node:fs'

/** True while a process with this id exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops the stack, removes the run's TMPDIR and fails the run when anything outlived it:
 * a service process, or the temporary directory itself.
 */
export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__sbomSignStack
  if (!running) return
  globalThis.__sbomSignStack = undefined
  await running.stack.stop()
  const left = readdirSync(running.tmp).length
  rmSync(running.tmp, { recursive: true, force: true })
  process.env.TMPDIR = running.outerTmp
  const problems: string[] = []
  const survivors = running.stack.info.pids.filter(alive)
  if (survivors.length) problems.push(`service processes still running: ${survivors.join(', ')}`)
  if (existsSync(running.tmp)) problems.push(`${running.tmp} could not be removed`)
  console.log(`\nremoved the run's TMPDIR ${running.tmp} (${left} entries)`)
  if (problems.length) throw new Error(`the test run left things behind: ${problems.join('; ')}`)
}
