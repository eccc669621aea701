import type { Config } from '../config'
import { ActionError } from '../errors'
import type { RunResult } from './result'

/** inputs → discover → verify → report */
export async function runVerify(config: Config & { mode: 'verify' }): Promise<RunResult> {
  throw new ActionError(
    'VERIFICATION_FAILED',
    `verifying ${config.verify.images.join(', ')} is not available yet`
  )
}
