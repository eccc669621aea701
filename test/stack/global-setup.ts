import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFixture, TEST_FIXTURES } from '../../scripts/fixture-builder'
import { startStack, type Stack } from './index'

declare global {
  var __sbomSignStack: { stack: Stack; tmp: string; outerTmp: string } | undefined
}

/**
 * Starts the stack once for the whole run; workers find it through SBOM_SIGN_STACK.
 * The run gets a TMPDIR of its own, which workers, the services and every tool they start
 * inherit: all temporary files of the run are under it, and the teardown removes it.
 */
export default async function globalSetup(): Promise<void> {
  const outerTmp = tmpdir()
  const tmp = mkdtempSync(join(outerTmp, 'sbom-sign-test-run-'))
  process.env.TMPDIR = tmp
  // Images are built once per machine (about a minute) and cached; building here
  // keeps that minute out of the first test's timeout.
  for (const name of TEST_FIXTURES) await buildFixture(name)
  const stack = await startStack()
  const file = join(tmp, 'stack.json')
  writeFileSync(file, JSON.stringify(stack.info, null, 2))
  process.env.SBOM_SIGN_STACK = file
  globalThis.__sbomSignStack = { stack, tmp, outerTmp }
}
