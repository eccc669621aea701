import { spawn } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { CLI_ENTRY } from '../run-action'

export interface MeasuredRun {
  exitCode: number
  /** Set when the run was killed at the time limit. */
  timedOut: boolean
  stdout: string
  stderr: string
  /** Peak resident set size of the CLI process, in MiB (from /usr/bin/time). */
  peakRssMiB: number
  wallSeconds: number
  /** The SBOM written to --output, parsed, if any. */
  sbom?: { components?: { name: string; version?: string; purl?: string }[] }
  /** Every file the run left in its working, home and temporary directories but --output. */
  strayFiles: string[]
}

/** The CLI under test: dist/cli/index.js, or HOSTILE_CLI (to measure another build the same way). */
export const CLI = process.env.HOSTILE_CLI ?? CLI_ENTRY

/**
 * With HOSTILE_REPORT set, appends one JSON line per run to it: the test (file and
 * name), the case, exit code, wall seconds and peak RSS in MiB. scripts/hostile-table.ts
 * prints the table of such reports.
 */
export function recordRun(
  name: string,
  run: { exitCode: number; timedOut: boolean; wallSeconds: number; peakRssMiB: number }
): void {
  if (!process.env.HOSTILE_REPORT) return
  const state = expect.getState()
  const test = state.currentTestName ?? ''
  const file = relative(process.cwd(), state.testPath ?? '')
  appendFileSync(
    process.env.HOSTILE_REPORT,
    `${JSON.stringify({ file, test, name, exitCode: run.exitCode, timedOut: run.timedOut, wallSeconds: run.wallSeconds, peakRssMiB: Math.round(run.peakRssMiB) })}\n`
  )
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => !entry.isDirectory())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)))
}

/**
 * Runs `sbom SOURCE --output FILE` of the bundled CLI in an empty working directory with its
 * own HOME and TMPDIR, under /usr/bin/time for its peak RSS, killed after `timeoutSeconds`.
 * Recorded with recordRun.
 * `env` adds variables (e.g. a smaller budget) to the CLI's otherwise bare environment.
 */
export async function runSbomMeasured(
  name: string,
  source: string,
  timeoutSeconds: number,
  env: Record<string, string> = {}
): Promise<MeasuredRun> {
  const work = mkdtempSync(join(tmpdir(), 'hostile-run-'))
  const output = join(work, 'sbom.json')
  const home = join(work, 'home')
  const temp = join(work, 'tmp')
  for (const dir of [home, temp]) mkdirSync(dir)
  try {
    const started = Date.now()
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'HOSTILE_PEAK_RSS_KIB=%M', process.execPath, CLI, 'sbom', source, '--output', output],
      {
        cwd: work,
        env: { PATH: process.env.PATH ?? '', HOME: home, TMPDIR: temp, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group: the time limit kills the CLI, not only /usr/bin/time.
        detached: true
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, timeoutSeconds * 1000)
    const exitCode = await new Promise<number>(done => child.on('close', code => done(code ?? -1)))
    clearTimeout(timer)
    const wallSeconds = (Date.now() - started) / 1000
    const rss = /HOSTILE_PEAK_RSS_KIB=(\d+)/.exec(stderr)
    const peakRssMiB = rss ? Number(rss[1]) / 1024 : NaN
    stderr = stderr.replace(/(Command (exited|terminated).*\n)?.*HOSTILE_PEAK_RSS_KIB=\d+\n?/, '')
    const strayFiles = filesUnder(work).filter(file => file !== 'sbom.json')
    const sbom = existsSync(output)
      ? (JSON.parse(readFileSync(output, 'utf8')) as MeasuredRun['sbom'])
      : undefined
    recordRun(name, { exitCode, timedOut, wallSeconds, peakRssMiB })
    return {
      exitCode,
      timedOut,
      stdout,
      stderr,
      peakRssMiB,
      wallSeconds,
      strayFiles,
      ...(sbom ? { sbom } : {})
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Names of the SBOM's components. */
export function componentNames(run: MeasuredRun): string[] {
  return (run.sbom?.components ?? []).map(c => c.name).sort()
}
