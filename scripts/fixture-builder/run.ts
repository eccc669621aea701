import { spawn } from 'node:child_process'

export interface RunOptions {
  cwd?: string
  /** Added to the parent's environment. */
  env?: Record<string, string>
}

/** Runs a command to completion and returns its stdout; a failure names the command and its stderr. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: debootstrap and npm can be chatty.
      stderr = (stderr + String(chunk)).slice(-8000)
    })
    child.on('error', error =>
      reject(new Error(`cannot run ${command}: ${error.message}`, { cause: error }))
    )
    child.on('close', code => {
      if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'))
      else {
        const shown = [command, ...args].join(' ')
        const tail = stderr.trim() || Buffer.concat(stdout).toString('utf8').slice(-4000)
        reject(new Error(`${shown} exited with ${code}\n${tail}`))
      }
    })
  })
}

/** Seconds since `start` (a performance.now() value), to one decimal. */
export function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10
}
