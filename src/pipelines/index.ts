import type { Config } from '../config'
import { withDeadline } from '../network/deadline'
import type { RunResult } from './result'

export type { RunResult } from './result'

/**
 * Time a run that hit its deadline still gets to wind up: verify writes its report, sign
 * says what was and was not written.
 */
const WIND_UP_MS = 5000

/**
 * Each mode loads its own code (Sigstore, the GitHub client, …) only when it runs. The
 * whole run has a deadline (the `timeout` input) that every network wait inside it obeys.
 */
export async function runPipeline(config: Config): Promise<RunResult> {
  return withDeadline(
    config.network.timeoutMs,
    { what: `the ${config.mode} run`, input: 'timeout', graceMs: WIND_UP_MS },
    async () => {
      if (config.mode === 'sign') return (await import('./sign')).runSign(config)
      if (config.mode === 'find') return (await import('./find')).runFind(config)
      return (await import('./verify')).runVerify(config)
    }
  )
}
