import type { Config } from '../config'
import type { RunResult } from './result'
import { runSign } from './sign'
import { runVerify } from './verify'

export type { RunResult } from './result'

export function runPipeline(config: Config): Promise<RunResult> {
  return config.mode === 'sign' ? runSign(config) : runVerify(config)
}
