import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFixture, TEST_FIXTURES } from '../../scripts/fixture-builder'
import { startStack, type Stack } from './index'

declare global {
  var __sbomSignStack: { stack: Stack; dir: string } | undefined
}

/** Starts the stack once for the whole run; workers find it through SBOM_SIGN_STACK. */
export default async function globalSetup(): Promise<void> {
  // Images are built once per machine (about a minute) and cached; building here
  // keeps that minute out of the first test's timeout.
  for (const name of TEST_FIXTURES) await buildFixture(name)
  const stack = await startStack()
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-stack-'))
  const file = join(dir, 'stack.json')
  writeFileSync(file, JSON.stringify(stack.info, null, 2))
  process.env.SBOM_SIGN_STACK = file
  globalThis.__sbomSignStack = { stack, dir }
}
