import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StackInfo } from '../stack'
import type { SigstoreStackInfo } from '../stack/sigstore'
import { REPO_ROOT } from './paths'

export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')
export const CLI_ENTRY = join(REPO_ROOT, 'dist', 'cli', 'index.js')
export const CONFORMANCE_ENTRY = join(REPO_ROOT, 'dist', 'conformance', 'index.js')

export interface ProcessRun {
  exitCode: number
  stdout: string
  stderr: string
}

export interface ActionRun extends ProcessRun {
  /** What the step wrote to GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string
  /** Messages of `::error` workflow commands. */
  errors: string[]
  /** Messages of `::warning` workflow commands. */
  warnings: string[]
  /** RUNNER_TEMP of this run. */
  runnerTemp: string
}

/** The runner's context for a push to main of owner/app; tests override what they need. */
export const GITHUB_CONTEXT: Record<string, string> = {
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_REPOSITORY_ID: '1000',
  GITHUB_REPOSITORY_OWNER_ID: '2000',
  GITHUB_SHA: '1111111111111111111111111111111111111111',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW: 'release',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  GITHUB_WORKFLOW_SHA: '1111111111111111111111111111111111111111',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'octocat',
  RUNNER_ENVIRONMENT: 'github-hosted',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64'
}

/** The parent's environment without anything a runner would set per step. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(key) || key === 'NODE_OPTIONS') continue
    env[key] = value
  }
  return env
}

/**
 * Shell commands run around a process in its own user and mount namespace (`unshare -rm`):
 * `setup` before it (e.g. mounting a small tmpfs), `after` once it exited (e.g. listing what
 * it left there, since the mounts go with the namespace).
 */
export interface Namespace {
  setup: string
  after?: string
}

/** A signal sent to the process once `after` resolves (e.g. a job cancelled midway). */
export interface Interrupt {
  signal: NodeJS.Signals
  after: Promise<unknown>
}

function collect(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = REPO_ROOT,
  namespace?: Namespace,
  interrupt?: Interrupt
) {
  if (namespace) {
    const script = `${namespace.setup} || exit 97; "$@"; rc=$?; ${namespace.after ?? 'true'}; exit $rc`
    args = ['-rm', 'sh', '-c', script, 'sh', command, ...args]
    command = 'unshare'
  }
  return new Promise<ProcessRun>((done, fail) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', fail)
    child.on('close', code => done({ exitCode: code ?? -1, stdout, stderr }))
    void interrupt?.after.then(() => child.exitCode === null && child.kill(interrupt.signal))
  })
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks, and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      outputs[name as string] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

function workflowCommands(stdout: string, command: 'error' | 'warning'): string[] {
  const pattern = new RegExp(`^::${command}(?: [^:]*)?::(.*)$`, 'gm')
  return [...stdout.matchAll(pattern)].map(m =>
    (m[1] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
  )
}

const SIGSTORE_INPUTS = [
  'sigstore',
  'signing-config',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'trusted-root'
]

/** The stack global setup started, when running under jest. */
function runningStack(): StackInfo | undefined {
  const file = process.env.SBOM_SIGN_STACK
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as StackInfo) : undefined
}

/**
 * Points the step at the local Sigstore stack: its OIDC token endpoint (as with
 * `permissions: id-token: write`) and, unless the test names a Sigstore instance itself,
 * its Fulcio, Rekor, TSA and trusted root. Tests opt out by passing '' for a name.
 */
function sigstoreDefaults(inputs: Record<string, string>) {
  const sigstore = runningStack()?.sigstore
  if (!sigstore) return { env: {}, inputs: {} }
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken
  }
  if (SIGSTORE_INPUTS.some(name => name in inputs)) return { env, inputs: {} }
  return {
    env,
    inputs: {
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath
    }
  }
}

/**
 * Runs dist/index.js as the runner does: inputs as INPUT_<NAME> (upper case,
 * hyphens kept), files for outputs and the summary, and the workflow context.
 */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  namespace?: Namespace,
  interrupt?: Interrupt
): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'sbom-sign-runner-'))
  const outputFile = join(runnerTemp, 'github_output')
  const summaryFile = join(runnerTemp, 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const defaults = sigstoreDefaults(inputs)
  const processEnv: Record<string, string> = {
    ...baseEnv(),
    ...GITHUB_CONTEXT,
    ...defaults.env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...env
  }
  for (const [name, value] of Object.entries({ ...defaults.inputs, ...inputs }))
    processEnv[`INPUT_${name.toUpperCase()}`] = value
  const run = await collect(
    process.execPath,
    [ACTION_ENTRY],
    processEnv,
    REPO_ROOT,
    namespace,
    interrupt
  )
  return {
    ...run,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    errors: workflowCommands(run.stdout, 'error'),
    warnings: workflowCommands(run.stdout, 'warning'),
    runnerTemp
  }
}

/** Runs the bundled CLI with `args` (in the repository unless `cwd` says otherwise). */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  cwd = REPO_ROOT,
  namespace?: Namespace
): Promise<ProcessRun> {
  return collect(process.execPath, [CLI_ENTRY, ...args], { ...baseEnv(), ...env }, cwd, namespace)
}

/** Runs a program (e.g. an installed command) with the environment the CLI gets. */
export function runProgram(
  program: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = REPO_ROOT
): Promise<ProcessRun> {
  return collect(program, args, { ...baseEnv(), ...env }, cwd)
}

/** Runs the bundled conformance CLI offline, with nothing of the environment but PATH. */
export function runConformance(args: string[]): Promise<ProcessRun> {
  return collect(process.execPath, [CONFORMANCE_ENTRY, ...args], {
    PATH: process.env.PATH ?? '',
    SBOM_SIGN_OFFLINE: 'true'
  })
}

/** Verify-mode action inputs trusting the local stack's signer identity, issuer and root. */
export function verifyInputs(
  sigstore: SigstoreStackInfo,
  images: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    mode: 'verify',
    images,
    'certificate-identity': sigstore.identity,
    'certificate-oidc-issuer': sigstore.issuer,
    'trusted-root': sigstore.trustedRootPath,
    ...extra
  }
}
