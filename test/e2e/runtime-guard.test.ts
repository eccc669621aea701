import { execFileSync } from 'node:child_process'
import { ACTION_ENTRY, CLI_ENTRY, CONFORMANCE_ENTRY, runProgram } from '../support/run-action'

// Node 22.14 as it was: no zstd in node:zlib. Loaded before the entry, as an older Node would be.
const OLD_NODE =
  'data:text/javascript,import zlib from "node:zlib"; delete zlib.createZstdDecompress; ' +
  'Object.defineProperty(process.versions, "node", { value: "22.14.0" })'

describe('the bundled entries refuse a Node too old for them, first and in one line', () => {
  test.each([
    ['the action', ACTION_ENTRY, { GITHUB_ACTIONS: 'true' }, 'stdout'],
    ['the CLI', CLI_ENTRY, {}, 'stderr'],
    ['the conformance CLI', CONFORMANCE_ENTRY, {}, 'stderr']
  ] as const)('%s', async (_name, entry, env, stream) => {
    const run = await runProgram(process.execPath, ['--import', OLD_NODE, entry, '--help'], env)
    expect(run.exitCode).toBe(1)
    const lines = run[stream].trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/needs Node 24\.15\.0 or newer; this is Node 22\.14\.0 \(no zstd/)
    if (stream === 'stdout') expect(lines[0]).toMatch(/^::error::/)
    // Nothing else ran: no usage text, no outputs.
    expect(run.stdout + run.stderr).not.toMatch(/Usage|Input required/)
  })

  // The machine's own Node, when it is an older one (Debian's Node 20 here).
  const systemNode = '/usr/bin/node'
  let systemVersion = ''
  try {
    systemVersion = execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    systemVersion = ''
  }
  const older = /^v(\d+)\./.exec(systemVersion)?.[1]
  ;(older && Number(older) < 24 ? test : test.skip)(
    `a real older Node (${systemVersion || 'none found'}) gets the same one line`,
    async () => {
      const run = await runProgram(systemNode, [CLI_ENTRY, '--version'])
      expect(run.exitCode).toBe(1)
      expect(run.stderr.trim()).toMatch(
        new RegExp(
          `^sbom-sign needs Node 24\\.15\\.0 or newer; this is Node ${systemVersion.slice(1)}`
        )
      )
    }
  )
})
