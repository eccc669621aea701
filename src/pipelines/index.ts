import type { Config } from '../config'
import type { RunResult } from './result'

export type { RunResult } from './result'

/** Each mode loads its own code (Sigstore, the GitHub client, …) only when it runs. */
export async function runPipeline(config: Config): Promise<RunResult> {
  if (config.mode === 'sign') return (await import('./sign')).runSign(config)
  return (await import('./verify')).runVerify(config)
}
