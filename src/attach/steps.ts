import { ActionError, describeError } from '../errors'
import { log } from '../log'

/** One write to a registry or API, described for the report. */
export interface AttachStep {
  /** e.g. "SBOM attestation of linux/amd64 (referrer)" */
  what: string
  /** Performs the write; returns the digest or id written. */
  run(): Promise<string>
}

export interface Written {
  what: string
  ref: string
}

/**
 * Runs the writes in order and stops at the first failure, saying exactly what was written
 * (with digests) and what was not, so a re-run or a cleanup knows where things stand.
 */
export async function runAttachSteps(steps: AttachStep[]): Promise<Written[]> {
  const written: Written[] = []
  for (const [i, step] of steps.entries()) {
    try {
      const ref = await step.run()
      written.push({ what: step.what, ref })
      log.info(`attached ${step.what}: ${ref}`)
    } catch (error) {
      const done = written.length ? written.map(w => `${w.what} (${w.ref})`).join('; ') : 'nothing'
      const notDone = steps
        .slice(i)
        .map(s => s.what)
        .join('; ')
      throw new ActionError(
        'ATTACH_FAILED',
        `attaching failed at ${step.what}: ${describeError(error)}. Written: ${done}. Not written: ${notDone}`,
        {
          hint: {
            action: 'Re-run the job: what was written stays valid and is not signed twice',
            cli: 'Run the command again: what was written stays valid and is not signed twice'
          },
          cause: error
        }
      )
    }
  }
  return written
}
