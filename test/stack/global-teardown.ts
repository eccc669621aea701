import { rmSync } from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__sbomSignStack
  if (!running) return
  await running.stack.stop()
  rmSync(running.dir, { recursive: true, force: true })
  globalThis.__sbomSignStack = undefined
}
