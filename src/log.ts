/**
 * The library logs through this one seam so that the same code runs inside the
 * Actions runner (workflow commands, masking) and as a plain CLI (stderr).
 */
export interface Logger {
  info(message: string): void
  notice(message: string): void
  warning(message: string, location?: SourceLocation): void
  error(message: string, location?: SourceLocation): void
  debug(message: string): void
  /** Registers a value that must never appear in logs. */
  secret(value: string): void
}

/** Where an annotation points, so it shows next to the line in a pull request. */
export interface SourceLocation {
  file: string
  startLine: number
}

const secrets = new Set<string>()

function redact(message: string): string {
  let out = message
  for (const s of secrets) out = out.split(s).join('***')
  return out
}

function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1' || process.env.ACTIONS_STEP_DEBUG === 'true'
}

/** Plain stderr logging for the CLI; debug lines appear with --debug or RUNNER_DEBUG=1. */
export const stderrLogger: Logger = {
  info: m => process.stderr.write(`${redact(m)}\n`),
  notice: m => process.stderr.write(`notice: ${redact(m)}\n`),
  warning: (m, at) => process.stderr.write(`warning: ${where(at)}${redact(m)}\n`),
  error: (m, at) => process.stderr.write(`error: ${where(at)}${redact(m)}\n`),
  debug: m => {
    if (isDebug()) process.stderr.write(`debug: ${redact(m)}\n`)
  },
  secret: v => {
    if (v) secrets.add(v)
  }
}

function where(at?: SourceLocation): string {
  return at ? `${at.file}:${at.startLine}: ` : ''
}

let current: Logger = stderrLogger

export function setLogger(logger: Logger): void {
  current = logger
}

/** The active logger; modules call `log.info(...)` and never import @actions/core. */
export const log: Logger = {
  info: m => current.info(m),
  notice: m => current.notice(m),
  warning: (m, at) => current.warning(m, at),
  error: (m, at) => current.error(m, at),
  debug: m => current.debug(m),
  secret: v => {
    if (v) {
      secrets.add(v)
      current.secret(v)
    }
  }
}

export { isDebug }
