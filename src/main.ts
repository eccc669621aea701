import * as core from '@actions/core'
import { readConfig } from './config'
import { ActionError, describeError } from './errors'
import { isDebug, setLogger } from './log'
import { runPipeline } from './pipelines'

/** The action: read inputs, run the sign or verify pipeline, write outputs and the summary. */
export async function run(): Promise<void> {
  setLogger({
    info: m => core.info(m),
    notice: m => core.notice(m),
    warning: (m, at) => core.warning(m, at ? { file: at.file, startLine: at.startLine } : {}),
    error: (m, at) => core.error(m, at ? { file: at.file, startLine: at.startLine } : {}),
    debug: m => core.debug(m),
    secret: v => core.setSecret(v)
  })
  try {
    const config = readConfig(name => process.env[`INPUT_${name.toUpperCase()}`])
    const result = await runPipeline(config)
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    if (result.summary && process.env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(result.summary, true).write()
    if (!result.ok) core.setFailed(result.failure ?? 'verification failed')
  } catch (error) {
    if (!(error instanceof ActionError)) core.error(`unexpected failure, please report it`)
    if (isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(describeError(error))
  }
}
