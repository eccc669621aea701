import { SBOM_FORMATS, type SbomFormat } from '../config/sign'
import { ActionError } from '../errors'
import { writeFileAtomic } from '../files'
import { log } from '../log'
import { openTarget, selectPlatform } from '../oci'
import { generateSbom } from '../sbom'

export interface SbomRequest {
  source: string
  output: string
  format?: string
  platform?: string
  insecureRegistries: string[]
  username?: string
  password?: string
}

/** CLI `sbom`: image source → SBOM → file. */
export async function runSbom(request: SbomRequest): Promise<void> {
  const format = (request.format ?? 'cyclonedx-json') as SbomFormat
  if (!SBOM_FORMATS.includes(format)) {
    throw new ActionError('INPUT_INVALID', `--format ${request.format} is not an SBOM format`, {
      hint: `Use one of ${SBOM_FORMATS.join(', ')}`
    })
  }
  if (request.password) log.secret(request.password)
  const target = await openTarget(request.source, {
    insecureRegistries: request.insecureRegistries,
    ...(request.username ? { username: request.username } : {}),
    ...(request.password ? { password: request.password } : {})
  })
  const image = await selectPlatform(target, request.platform)
  const started = Date.now()
  const sbom = await generateSbom(image, { format, imageName: image.name })
  const toStdout = request.output === '-'
  try {
    if (toStdout) await writeStdout(sbom.bytes)
    else await writeFileAtomic(request.output, sbom.bytes, '--output')
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError(
      'INPUT_INVALID',
      `cannot write ${request.output}: ${(error as Error).message}`,
      {
        hint: 'Check that --output names a file in a writable directory'
      }
    )
  }
  const ecosystems = Object.entries(sbom.summary.byEcosystem)
    .map(([e, n]) => `${n} ${e}`)
    .join(', ')
  log.info(
    `${toStdout ? 'standard output' : request.output}: ${sbom.summary.packages} packages (${ecosystems || 'none'}) in ${image.name}, ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
}

/** Writes all of `bytes` to standard output, resolving once the pipe has taken them. */
function writeStdout(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(bytes, error => (error ? reject(error) : resolve()))
  )
}
