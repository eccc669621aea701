import type { Config } from '../config'
import { ActionError } from '../errors'
import type { RunResult } from './result'

/** inputs → image source → SBOM → sign → attach → outputs */
export async function runSign(config: Config & { mode: 'sign' }): Promise<RunResult> {
  throw new ActionError('SIGNING_FAILED', `signing ${config.sign.image} is not available yet`)
}
