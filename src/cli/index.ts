import { writeFileSync } from 'node:fs'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { readConfig } from '../config'
import { ActionError, describeError } from '../errors'
import { limitHeapGrowth } from '../heap'
import { isDebug, log } from '../log'
import { runPipeline, type RunResult } from '../pipelines'
import { COMMON_INPUTS, SIGN_FLAGS, SIGN_INPUTS, VERIFY_FLAGS, VERIFY_INPUTS } from './options'

const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy

Run "sbom-sign <command> --help" for a command's options.
Exit codes: 0 ok, 1 verification or operation failed, 2 usage or input error.`

const SBOM_USAGE = `Usage: sbom-sign sbom SOURCE --output FILE [--format cyclonedx-json|spdx-json] [--platform os/arch]

SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH.`

function commandUsage(command: 'sign' | 'verify'): string {
  const inputs = command === 'sign' ? SIGN_INPUTS : VERIFY_INPUTS
  const flags = command === 'sign' ? SIGN_FLAGS : VERIFY_FLAGS
  const positional = command === 'sign' ? 'IMAGE' : 'IMAGE...'
  return [
    `Usage: sbom-sign ${command} ${positional} [options]`,
    '',
    'Options (the action inputs of the same names):',
    ...[...inputs, ...COMMON_INPUTS].map(name => `  --${name} VALUE`),
    ...flags.map(name => `  --${name}`),
    '  --summary FILE      write the job summary (Markdown) to FILE',
    '  --help'
  ].join('\n')
}

class UsageError extends ActionError {
  constructor(message: string) {
    super('INPUT_INVALID', message, { hint: 'Run "sbom-sign --help" for usage' })
  }
}

type Values = Record<string, string | boolean | string[] | undefined>

function parse(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true })
    return { values: values as Values, positionals }
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

async function pipelineCommand(command: 'sign' | 'verify', args: string[]): Promise<number> {
  const inputs = command === 'sign' ? SIGN_INPUTS : VERIFY_INPUTS
  const flags = command === 'sign' ? SIGN_FLAGS : VERIFY_FLAGS
  const options: NonNullable<ParseArgsConfig['options']> = {
    help: { type: 'boolean' },
    summary: { type: 'string' }
  }
  for (const name of [...inputs, ...COMMON_INPUTS]) options[name] = { type: 'string' }
  for (const name of flags) options[name] = { type: 'boolean' }
  const { values, positionals } = parse(args, options)
  if (values.help) {
    process.stdout.write(`${commandUsage(command)}\n`)
    return 0
  }
  // verify can take its images from --dockerfile alone.
  if (positionals.length === 0 && !(command === 'verify' && values.dockerfile))
    throw new UsageError(`${command} needs an image reference`)
  if (command === 'sign' && positionals.length > 1)
    throw new UsageError('sign takes one image reference')
  const given: Record<string, string> = { mode: command }
  if (command === 'sign') given.image = positionals[0] ?? ''
  else given.images = positionals.join('\n')
  for (const [name, value] of Object.entries(values)) {
    if (name === 'help' || name === 'summary') continue
    if (name === 'no-tlog-upload') given['tlog-upload'] = value ? 'false' : 'true'
    else given[name] = String(value)
  }
  const config = readConfig(name => given[name])
  const result = await runPipeline(config)
  report(result, values.summary as string | undefined)
  return result.ok ? 0 : 1
}

function report(result: RunResult, summaryPath: string | undefined): void {
  process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`)
  if (summaryPath) writeFileSync(summaryPath, result.summary)
  if (!result.ok) log.error(result.failure ?? 'verification failed')
}

async function sbomCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    platform: { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    'registry-username': { type: 'string' },
    'registry-password': { type: 'string' }
  })
  if (values.help) {
    process.stdout.write(`${SBOM_USAGE}\n`)
    return 0
  }
  const source = positionals[0]
  if (!source || positionals.length > 1) throw new UsageError('sbom takes one SOURCE')
  if (!values.output) throw new UsageError('sbom needs --output FILE')
  // Loaded on use: the SBOM command needs none of the signing code.
  const { runSbom } = await import('../pipelines/sbom')
  await runSbom({
    source,
    output: values.output as string,
    format: values.format as string | undefined,
    platform: values.platform as string | undefined,
    insecureRegistries: (values['insecure-registry'] as string[] | undefined) ?? [],
    username: values['registry-username'] as string | undefined,
    password: values['registry-password'] as string | undefined
  })
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`)
        return command === undefined ? 2 : 0
      case 'sbom':
        return await sbomCommand(rest)
      case 'sign':
      case 'verify':
        return await pipelineCommand(command, rest)
      default:
        throw new UsageError(`unknown command "${command}"`)
    }
  } catch (error) {
    if (isDebug() && error instanceof Error && error.stack) log.debug(error.stack)
    log.error(describeError(error))
    return error instanceof ActionError ? error.exitCode : 1
  }
}

limitHeapGrowth()
process.exitCode = await main(process.argv.slice(2))
