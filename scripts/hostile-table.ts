/**
 * Prints the table of hostile classes from runs of `npm run test:hostile` recorded with
 * HOSTILE_REPORT: each class, its test, its budget, and wall time and peak RSS of each run
 * given (e.g. an older build measured through HOSTILE_CLI, then this one).
 *
 *   HOSTILE_REPORT=after.jsonl npm run test:hostile
 *   HOSTILE_CLI=/old/dist/cli/index.js HOSTILE_REPORT=before.jsonl npm run test:hostile
 *   npx tsx scripts/hostile-table.ts before.jsonl after.jsonl
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

interface Run {
  file: string
  test: string
  name: string
  exitCode: number
  timedOut: boolean
  wallSeconds: number
  /** null when the process was killed before /usr/bin/time could report it. */
  peakRssMiB: number | null
}

/** The class of hostile input a test stands for, and the budget or rule it exercises (docs/sbom.md). */
const CLASSES: [RegExp, string, string][] = [
  [/oci-archive/, 'archive: huge PAX size', 'header sizes within the archive'],
  [
    /tampered|diff_id|same-size/,
    'integrity: blob ≠ digest',
    'every byte hashed before results count'
  ],
  [
    /trailing data after|data after the end/,
    'integrity: data after the tar',
    'hashed, ignored (containerd)'
  ],
  [
    /gzip member|zstd frame|padding containerd/,
    'compression framing',
    'as containerd: no bytes after the last member/frame'
  ],
  [
    /zero block|hard link|climb|symlink loop/,
    'tar semantics',
    'as containerd; 40 symlinks per path'
  ],
  [/PAX/, 'tar: huge PAX size', 'PAX record ≤ 1 MiB, size within the stream'],
  [/200,000-level|opaque/, 'whiteouts: depth, re-walks', 'linear: each node pruned once per layer'],
  [/million tar entries/, 'a million tar entries', '500,000 entries per layer'],
  [/300,000 package\.json/, '300,000 manifests', '300,000 view paths, 100,000 packages'],
  [/parse time|per-layer time/, 'slow layer', 'per-layer parse time (300 s; 0.1 s in the test)'],
  [/zstd bomb|2 GiB of zeros/, 'zstd bomb', 'streamed, bounded memory'],
  [/Mach-O/, 'Go: universal Mach-O', '16 slices within the file'],
  [/fat jar/, 'Java: archive over 64 MiB', 'on disk past 8 MiB, read in place'],
  [/rpmdb\.sqlite of/, 'rpm: large databases', 'on disk, a row or a page at a time'],
  [/jar:/, 'zip: aliased nested jar', '200,000 central directory entries; data read once'],
  [/BerkeleyDB/, 'rpm BerkeleyDB: shared overflow', 'each page read once'],
  [/rpm header/, 'rpm header: quadratic', 'tags read once, strings within data'],
  [/apk/, 'apk: 1,000,000 packages', '50,000 packages per database'],
  [/dpkg: a 26 MB/, 'dpkg: large status database', 'line by line, wanted fields only'],
  [
    /Composer: a 26 MB/,
    'Composer: large installed.json',
    'one package entry at a time, 4 MiB each'
  ],
  [/\.NET: a 26 MB/, '.NET: large deps.json', 'one entry at a time, asset lists unparsed'],
  [/96 MiB of read-only/, 'Rust: large read-only segments', 'streamed, not kept'],
  [/Rust|zlib headers/, 'Rust probe: zlib headers', '65,536 headers, 1,024 inflates'],
  [/surrogate|whitespace/, 'invalid text in names', 'one bad record skips or sanitises itself']
]

function load(file: string): Map<string, Run> {
  const runs = new Map<string, Run>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const run = JSON.parse(line) as Run
    runs.set(`${run.test}\u0000${run.name}`, run)
  }
  return runs
}

function cell(run: Run | undefined): string {
  if (!run) return '—'
  const outcome = run.timedOut ? 'killed at the limit' : `exit ${run.exitCode}`
  return `${run.wallSeconds.toFixed(1)} s, ${run.peakRssMiB ?? '?'} MiB, ${outcome}`
}

const files = process.argv.slice(2)
if (files.length === 0) {
  process.stderr.write('usage: tsx scripts/hostile-table.ts REPORT.jsonl [REPORT.jsonl …]\n')
  process.exit(2)
}
const reports = files.map(load)
const keys = [...new Set(reports.flatMap(r => [...r.keys()]))]
const first = (key: string) => reports.map(r => r.get(key)).find(Boolean) as Run
const rows = keys.map(key => {
  const run = first(key)
  const text = `${run.test} ${run.name}`
  const [, hostileClass, budget] = CLASSES.find(([pattern]) => pattern.test(text)) ?? [
    undefined,
    'other',
    ''
  ]
  return { hostileClass, key, run, budget }
})
rows.sort((a, b) => a.hostileClass.localeCompare(b.hostileClass))
const header = ['class', 'test', 'budget', ...files.map(f => basename(f, '.jsonl'))]
const lines = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map(({ hostileClass, key, run, budget }) => {
    const test = `${basename(run.file)}: ${run.name}`
    return `| ${[hostileClass, test.replace(/\|/g, '\\|'), budget, ...reports.map(r => cell(r.get(key)))].join(' | ')} |`
  })
]
process.stdout.write(`${lines.join('\n')}\n`)
