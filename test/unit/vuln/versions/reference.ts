import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  compareVersions,
  InvalidVersionError,
  type VersionScheme
} from '../../../../src/vuln/versions'

/**
 * The reference implementations the comparators are tested against, each fed all its pairs
 * at once: one answer line per "A<TAB>B" line, `-1`, `0`, `1` or `invalid`.
 */
export type Answer = -1 | 0 | 1 | 'invalid'

function parseAnswers(out: string, count: number, what: string): Answer[] {
  const lines = out.trimEnd().split('\n')
  if (lines.length !== count) throw new Error(`${what}: ${lines.length} answers for ${count} pairs`)
  return lines.map(l => (l === 'invalid' ? 'invalid' : (Number(l) as -1 | 0 | 1)))
}

const input = (pairs: [string, string][]): string => pairs.map(([a, b]) => `${a}\t${b}\n`).join('')

/** dpkg's library (libdpkg-dev), the code `dpkg --compare-versions` runs, in one process. */
export function libdpkgCompare(pairs: [string, string][]): Answer[] {
  const dir = mkdtempSync(join(tmpdir(), 'dpkg-compare-'))
  const binary = join(dir, 'dpkg-compare')
  const source = resolve(import.meta.dirname, '../../../support/dpkg-compare.c')
  const flags = execFileSync('pkg-config', ['--cflags', '--libs', 'libdpkg'], { encoding: 'utf8' })
  execFileSync('cc', ['-O2', '-o', binary, source, ...flags.trim().split(/\s+/).filter(Boolean)])
  const out = execFileSync(binary, { input: input(pairs), encoding: 'utf8', maxBuffer: 64 << 20 })
  return parseAnswers(out, pairs.length, 'libdpkg')
}

/**
 * `dpkg --compare-versions` itself: a shell loop per worker (one or two dpkg runs per pair),
 * the pairs split across `workers` loops running at once.
 */
export async function dpkgCompare(pairs: [string, string][], workers = 2): Promise<Answer[]> {
  const loop = `while IFS="$(printf '\\t')" read -r a b; do
  if dpkg --compare-versions "$a" lt "$b" 2>/dev/null; then echo -1
  elif dpkg --compare-versions "$a" eq "$b" 2>/dev/null; then echo 0
  elif dpkg --compare-versions "$a" gt "$b" 2>/dev/null; then echo 1
  else echo invalid; fi
done`
  const size = Math.ceil(pairs.length / workers)
  const chunks = Array.from({ length: workers }, (_, i) => pairs.slice(i * size, (i + 1) * size))
  const outs = await Promise.all(
    chunks.map(
      chunk =>
        new Promise<string>((done, fail) => {
          const child = spawn('sh', ['-c', loop], { stdio: ['pipe', 'pipe', 'inherit'] })
          let out = ''
          child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
          child.on('error', fail)
          child.on('close', code =>
            code === 0 ? done(out) : fail(new Error(`dpkg loop exited ${code}`))
          )
          child.stdin.end(input(chunk))
        })
    )
  )
  return outs.flatMap((out, i) => parseAnswers(out, chunks[i]!.length, 'dpkg --compare-versions'))
}

/**
 * Python's `packaging.version` from Debian's python3-packaging. /usr/bin/python3 is Debian's
 * interpreter: a python3 earlier on PATH (pyenv, a venv) may not have that package.
 */
export function packagingCompare(pairs: [string, string][]): Answer[] {
  const script = `
import sys
from packaging.version import Version, InvalidVersion
def parse(s):
    try:
        return Version(s)
    except InvalidVersion:
        return None
out = []
for line in sys.stdin:
    a, b = line.rstrip("\\n").split("\\t")
    x, y = parse(a), parse(b)
    out.append("invalid" if x is None or y is None else str((x > y) - (x < y)))
sys.stdout.write("\\n".join(out) + "\\n")
`
  const out = execFileSync('/usr/bin/python3', ['-c', script], {
    input: input(pairs),
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  return parseAnswers(out, pairs.length, 'packaging.version')
}

/** Ours, in the same form. */
export function ours(scheme: VersionScheme, pairs: [string, string][]): Answer[] {
  return pairs.map(([a, b]) => {
    try {
      return compareVersions(scheme, a, b) as -1 | 0 | 1
    } catch (error) {
      if (error instanceof InvalidVersionError) return 'invalid'
      throw error
    }
  })
}

/** The pairs where two answer lists differ, for a readable failure. */
export function disagreements(pairs: [string, string][], expected: Answer[], actual: Answer[]) {
  return pairs
    .map((pair, i) => ({ pair, reference: expected[i], ours: actual[i] }))
    .filter(d => d.reference !== d.ours)
}

/** rpm's own rpm.vercmp ([epoch:]version[-release]) through its Lua interpreter, in one process. */
export function rpmCompare(pairs: [string, string][]): Answer[] {
  const lua =
    '%{lua: for line in io.lines() do local a, b = line:match("^(.-)\\t(.*)$"); ' +
    'local ok, r = pcall(rpm.vercmp, a, b); io.write(ok and tostring(r) or "invalid", "\\n") end}'
  const out = execFileSync('rpm', ['--eval', lua], {
    input: input(pairs),
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  return parseAnswers(out, pairs.length, 'rpm.vercmp')
}
