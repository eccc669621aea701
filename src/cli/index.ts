// First: a Node too old for the rest fails here with one clear line.
import '../runtime'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { readConfig, readScanConfig } from '../config'
import { ActionError, describeError, setErrorContext } from '../errors'
import { fileError } from '../files'
import { limitHeapGrowth } from '../heap'
import { isDebug, log } from '../log'
import { runPipeline, type RunResult } from '../pipelines'
import { TOOL } from '../sbom/tool'
import {
  COMMON_OPTIONS,
  describeOptions,
  FIND_OPTIONS,
  SCAN_OUTPUT_OPTIONS,
  OUTPUT_DIR_OPTION,
  SBOM_OPTIONS,
  SIGN_OPTIONS,
  SIGN_SCAN_OPTIONS,
  SUMMARY_OPTION,
  VERIFY_OPTIONS,
  VULN_OPTIONS,
  type Option
} from './options'

const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  scan SBOM|SOURCE            scan an SBOM (or an image's, generated) for vulnerabilities
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy
  find QUERY IMAGE...         which images' verified SBOMs list a package (incident response)

Options:
  --help                      this help; "sbom-sign <command> --help" for a command's options
  --version                   print the version

Examples:
  sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json
  sbom-sign scan app.cdx.json --fail-on-severity high
  sbom-sign sign ghcr.io/acme/app@sha256:… --output-dir out
  sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom
  sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 \\
    --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com

Exit codes: 0 ok, 1 verification, the vulnerability gate or the operation failed (find: an image
could not be checked),
2 usage or input error, 3 find --fail-if-found found the package.
Keyless signing outside GitHub Actions reads an OIDC token from $SIGSTORE_ID_TOKEN.`

const SOURCES = `SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH (docker save).`

const EXAMPLES: Record<Command, string[]> = {
  sbom: [
    'sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json',
    "sbom-sign sbom oci-archive:app.tar --format spdx-json --output - | jq '.packages[].name'",
    'sbom-sign sbom localhost:5000/app:dev --platform linux/arm64 --output app.cdx.json'
  ],
  scan: [
    'sbom-sign scan app.cdx.json --fail-on-severity high --output-dir report',
    'sbom-sign scan ghcr.io/acme/app:1.0 --platform linux/arm64 --vex app.vex.json --sarif app.sarif',
    "sbom-sign scan sbom:app.spdx.json --json - | jq '.counts'",
    'sbom-sign scan oci-archive:app.tar --offline --vulnerability-db osv/Debian.zip --ignore-vulnerabilities "CVE-2024-1234 until=2025-06-30"'
  ],
  sign: [
    'sbom-sign sign ghcr.io/acme/app@sha256:… --output-dir out      # keyless: needs $SIGSTORE_ID_TOKEN outside Actions',
    'sbom-sign sign ghcr.io/acme/app@sha256:… --fail-on-severity critical --vulnerability-attestation',
    'sbom-sign sign ghcr.io/acme/app@sha256:… --key cosign.key --key-password "$PW" --attach-format both'
  ],
  verify: [
    "sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom",
    'sbom-sign verify --dockerfile Dockerfile --policy .github/image-policy.yaml --output-dir report',
    'sbom-sign verify ghcr.io/acme/app:1.0 --key cosign.pub'
  ],
  find: [
    "sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com",
    "sbom-sign find 'pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0.0,<2.17.1' $(cat images.txt) --policy .github/image-policy.yaml --json found.json",
    "sbom-sign find 'lodash@<4.17.21' ghcr.io/acme/web:latest --key cosign.pub --generate --fail-if-found"
  ]
}

type Command = 'sbom' | 'scan' | 'sign' | 'verify' | 'find'

/** Options of the registry an image source is pulled from, and of the run's deadlines. */
const PULL_OPTIONS = [
  'insecure-registry',
  'insecure-registries',
  'registry-username',
  'registry-password',
  'timeout',
  'retry-budget'
]

/** Verify mode's options that say whose signatures count; find takes them too. */
const SIGNER_OPTIONS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'max-age',
  'policy',
  'github-attestations',
  'offline'
]

function commandOptions(command: Command): Option[] {
  if (command === 'sbom') return [...SBOM_OPTIONS]
  if (command === 'scan')
    return [
      ...VULN_OPTIONS,
      ...SCAN_OUTPUT_OPTIONS,
      OUTPUT_DIR_OPTION,
      SUMMARY_OPTION,
      ...SBOM_OPTIONS.filter(o => o.name === 'platform'),
      ...COMMON_OPTIONS.filter(o => PULL_OPTIONS.includes(o.name))
    ]
  if (command === 'find')
    return [
      ...FIND_OPTIONS,
      ...VERIFY_OPTIONS.filter(o => SIGNER_OPTIONS.includes(o.name)),
      ...COMMON_OPTIONS,
      OUTPUT_DIR_OPTION,
      SUMMARY_OPTION
    ]
  const own = command === 'sign' ? [...SIGN_OPTIONS, ...SIGN_SCAN_OPTIONS] : VERIFY_OPTIONS
  return [...own, ...VULN_OPTIONS, ...COMMON_OPTIONS, OUTPUT_DIR_OPTION, SUMMARY_OPTION]
}

function commandUsage(command: Command): string {
  const synopsis = {
    sbom: 'sbom SOURCE --output FILE [options]',
    scan: 'scan SBOM|SOURCE [options]',
    sign: 'sign IMAGE [options]',
    verify: 'verify IMAGE... [options]',
    find: 'find QUERY IMAGE... [options]'
  }[command]
  const what = {
    sbom: `Generates the SBOM of an image from its layers.\n${SOURCES}`,
    scan: `Scans an SBOM (a CycloneDX or SPDX JSON file, or sbom:PATH) for vulnerabilities in OSV, or generates the SBOM of an image SOURCE first. Prints the summary table; the JSON and SARIF reports go to --output-dir. Exits 1 when a finding reaches --fail-on-severity.\n${SOURCES}`,
    sign: 'Generates the SBOM of IMAGE, signs the image keyless (or with --key) and attaches the SBOM as a signed attestation. Prints the outputs as JSON; the files go to --output-dir.',
    verify:
      'Checks the signatures and attestations of IMAGE... (or the FROM images of --dockerfile) against the signer options or --policy. Prints the outputs as JSON; the report goes to --output-dir.',
    find: `Reports which of IMAGE... (each platform of an index) contain the package QUERY names, from each image's verified SBOM attestation (signer options or --policy, as in verify). Prints a table; the JSON report goes to --output-dir and --json.
QUERY is a purl with an optional version range (pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2, pkg:npm/lodash@<4.17.21; "," is and, "|" is or) or a plain name[@range] matched in every ecosystem. A Debian or Alpine query also finds the packages built from that source package.`
  }[command]
  return [
    `Usage: sbom-sign ${synopsis}`,
    '',
    what,
    '',
    command === 'sbom' || command === 'scan'
      ? 'Options:'
      : 'Options (the action inputs of the same names, and a few of the CLI):',
    ...describeOptions(commandOptions(command)),
    '',
    'Examples:',
    ...EXAMPLES[command].map(e => `  ${e}`)
  ].join('\n')
}

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

/** --insecure-registry HOST (repeatable) and --insecure-registries LIST, as one list. */
function insecureRegistries(values: Values): string[] {
  const hosts = (values['insecure-registry'] as string[] | undefined) ?? []
  const list = values['insecure-registries'] as string | undefined
  return [...hosts, ...(list ? list.split(',').map(h => h.trim()) : [])].filter(Boolean)
}

async function pipelineCommand(command: 'sign' | 'verify', args: string[]): Promise<number> {
  const { values, positionals } = parse(command, args)
  if (values.help) {
    process.stdout.write(`${commandUsage(command)}\n`)
    return 0
  }
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
  if (values.help) {
    process.stdout.write(`${commandUsage('scan')}\n`)
    return 0
  }
  const source = positionals[0]
  if (!source || positionals.length > 1)
    throw new UsageError('scan takes one SBOM file or image SOURCE', 'scan')
  const given: Record<string, string> = {}
  for (const [name, value] of Object.entries(values))
    given[name] = Array.isArray(value) ? value.join('\n') : String(value)
  given['insecure-registries'] = insecureRegistries(values).join(',')
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
  if (values.help) {
    process.stdout.write(`${commandUsage('find')}\n`)
    return 0
  }
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
  if (values.help) {
    process.stdout.write(`${commandUsage('sbom')}\n`)
    return 0
  }
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
