import { readFileSync } from 'node:fs'
import type { StackInfo } from '../stack'

/** The services global setup started for this run. */
export function stackInfo(): StackInfo {
  const file = process.env.SBOM_SIGN_STACK
  if (!file) throw new Error('SBOM_SIGN_STACK is unset: run the tests through jest (npm test)')
  return JSON.parse(readFileSync(file, 'utf8')) as StackInfo
}
