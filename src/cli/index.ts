// First: a Node too old for the rest fails here with one clear line.
import '../runtime'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ActionError, describeError, setErrorContext } from '../errors'
import { fileError } from '../files'
import { limitHeapGrowth } from '../heap'
import { isDebug, log } from '../log'
import { runPipeline, type RunResult } from '../pipelines'
import { TOOL } from '../sbom/tool'
import { commandOptions, commandUsage, USAGE, type Command } from './usage'

class UsageError extends ActionError {
  constructor(message: string, command?: Command) {
    const help = command ? `sbom-sign ${command} --help` : 'sbom-sign --help'
    super('INPUT_INVALID', message, { hint: `Run "${help}" for usage` })
  }
}

type Values = Record<string, string | boolean | string[] | undefined>

function parse(command: Command, args: string[]): { values: Values; positionals: string[] } {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean' } }
  for (const o of commandOptions(command))
    options[o.name] = { type: o.value ? 'string' : 'boolean', multiple: o.multiple ?? false }
  if (command === 'sbom') (options.output as { short?: string }).short = 'o'
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true })
    return { values: values as Values, positionals }
  } catch (e) {
    throw new UsageError((e as Error).message, command)
  }
}

/** Prints the command's help when --help was given. */
function printedHelp(command: Command, values: Values): boolean {
  if (values.help) process.stdout.write(`${commandUsage(command)}\n`)
  return Boolean(values.help)
}

/** --insecure-registry HOST (repeatable) and --insecure-registries LIST, as one list. */
function insecureRegistries(values: Values): string[] {
  const hosts = (values['insecure-registry'] as string[] | undefined) ?? []
  const list = values['insecure-registries'] as string | undefined
  return [...hosts, ...(list ? list.split(',').map(h => h.trim()) : [])].filter(Boolean)
}

async function pipelineCommand(command: 'sign' | 'verify', args: string[]): Promise<number> {
  const { values, positionals } = parse(command, args)
  if (printedHelp(command, values)) return 0
  // verify can take its images from --dockerfile alone.
  if (positionals.length === 0 && !(command === 'verify' && values.dockerfile))
    throw new UsageError(`${command} needs an image reference`, command)
  if (command === 'sign' && positionals.length > 1)
    throw new UsageError('sign takes one image reference', command)
  const given: Record<string, string> = { ...asInputs(values), mode: command }
  if (command === 'sign') given.image = positionals[0] ?? ''
  else given.images = positionals.join('\n')
  const { result, outputDir } = await runCommand(command, given, values)
  report(result, values.summary as string | undefined)
  log.info(`files written to ${outputDir}`)
  return result.ok ? 0 : 1
}

/** The CLI's options as the action inputs of the same names. */
function asInputs(values: Values): Record<string, string> {
  const given: Record<string, string> = {}
  for (const [name, value] of Object.entries(values)) {
    if (['help', 'summary', 'output-dir', 'insecure-registry', 'json'].includes(name)) continue
    if (name === 'no-tlog-upload') given['tlog-upload'] = value ? 'false' : 'true'
    // A repeated option is a multi-line input, as in a workflow (build-args).
    else given[name] = Array.isArray(value) ? value.join('\n') : String(value)
  }
  given['insecure-registries'] = insecureRegistries(values).join(',')
  return given
}

/** Reads the inputs and runs the pipeline, its files in --output-dir or a new directory. */
async function runCommand(
  command: Command,
  given: Record<string, string>,
  values: Values
): Promise<{ result: RunResult; outputDir: string }> {
  // Loaded on use, as each mode's code: `sbom` needs none of the other modes' inputs.
  const { readConfig } = await import('../config')
  const config = readConfig(name => given[name])
  const output = outputDirectory(values, command)
  config.outputDir = output.path
  config.outputOrigin = output.origin
  return { result: await runPipeline(config), outputDir: config.outputDir }
}

/** Files go where the caller says, else to a new directory: never into the current one. */
function outputDirectory(values: Values, command: Command): { path: string; origin: string } {
  const outputDir = values['output-dir'] as string | undefined
  if (!outputDir)
    return {
      path: mkdtempSync(join(tmpdir(), `sbom-sign-${command}-`)),
      origin: '--output-dir (unset: a new directory in TMPDIR)'
    }
  try {
    mkdirSync(outputDir, { recursive: true })
  } catch (error) {
    throw fileError(error, outputDir, '--output-dir', 'create')
  }
  return { path: resolve(outputDir), origin: '--output-dir' }
}

async function scanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse('scan', args)
  if (printedHelp('scan', values)) return 0
  const source = positionals[0]
  if (!source || positionals.length > 1)
    throw new UsageError('scan takes one SBOM file or image SOURCE', 'scan')
  const given = asInputs(values)
  const { readScanConfig } = await import('../config')
  const config = readScanConfig(name => given[name])
  const outputDir = outputDirectory(values, 'scan')
  // Loaded on use: scanning needs none of the signing code.
  const { runScan } = await import('../pipelines/scan')
  const result = await runScan({
    source,
    platform: values.platform as string | undefined,
    config,
    outputDir,
    json: values.json as string | undefined,
    sarif: values.sarif as string | undefined
  })
  if (values.json !== '-') process.stdout.write(`${result.summary}\n`)
  if (values.summary) writeFileSync(values.summary as string, result.summary)
  if (!result.ok) log.error(result.failure ?? 'the vulnerability gate failed')
  log.info(`reports written to ${outputDir.path}`)
  return result.ok ? 0 : 1
}

async function findCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse('find', args)
  if (printedHelp('find', values)) return 0
  const [query, ...images] = positionals
  if (!query || images.length === 0)
    throw new UsageError('find needs a QUERY and at least one IMAGE', 'find')
  const given = { ...asInputs(values), mode: 'find', query, images: images.join('\n') }
  const { result } = await runCommand('find', given, values)
  process.stdout.write(result.console ?? '')
  const json = values.json as string | undefined
  if (json) {
    try {
      copyFileSync(result.outputs['find-report-path'] ?? '', json)
    } catch (error) {
      throw new ActionError('INPUT_INVALID', `--json ${json}: ${describeError(error)}`, {
        hint: 'Name a file in a writable directory'
      })
    }
  }
  if (values.summary) writeFileSync(values.summary as string, result.summary)
  log.info(`report written to ${result.outputs['find-report-path']}`)
  if (result.ok) return 0
  log.error(result.failure ?? 'find failed')
  return result.exitCode ?? 1
}

function report(result: RunResult, summaryPath: string | undefined): void {
  process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`)
  if (summaryPath) writeFileSync(summaryPath, result.summary)
  if (!result.ok) log.error(result.failure ?? 'verification failed')
}

async function sbomCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse('sbom', args)
  if (printedHelp('sbom', values)) return 0
  const source = positionals[0]
  if (!source || positionals.length > 1) throw new UsageError('sbom takes one SOURCE', 'sbom')
  if (!values.output)
    throw new UsageError('sbom needs --output FILE (or --output - for standard output)', 'sbom')
  // Loaded on use: the SBOM command needs none of the signing code.
  const { runSbom } = await import('../pipelines/sbom')
  await runSbom({
    source,
    output: values.output as string,
    format: values.format as string | undefined,
    platform: values.platform as string | undefined,
    insecureRegistries: insecureRegistries(values),
    username: values['registry-username'] as string | undefined,
    password: values['registry-password'] as string | undefined
  })
  return 0
}

export async function main(argv: string[]): Promise<number> {
  setErrorContext('cli')
  const [command, ...rest] = argv
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`)
        return command === undefined ? 2 : 0
      case '--version':
      case '-v':
        process.stdout.write(`${TOOL.version}\n`)
        return 0
      case 'sbom':
        return await sbomCommand(rest)
      case 'scan':
        return await scanCommand(rest)
      case 'sign':
      case 'verify':
        return await pipelineCommand(command, rest)
      case 'find':
        return await findCommand(rest)
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
