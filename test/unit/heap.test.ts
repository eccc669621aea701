import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { heapFlags } from '../../src/heap'

const HEAP = resolve(import.meta.dirname, '../../src/heap.ts')

/**
 * Runs `body` in a fresh process (the flags are process-wide), after limitHeapGrowth
 * when `limit` is set; returns what it prints. Node strips the types itself, so that
 * nothing runs before the call, as in the action's entry point. Through a loader (tsx),
 * whose compiling had grown the young generation to 4 MiB by then, 1 run in 15 on a busy
 * machine still ended at 15 MiB; called first, none of 40 went past 2 MiB.
 */
function inChild(limit: boolean, body: string): string {
  const script = join(mkdtempSync(join(tmpdir(), 'heap-test-')), 'work.mts')
  writeFileSync(
    script,
    `import { getHeapSpaceStatistics } from 'node:v8'
import { collectGarbage, limitHeapGrowth } from ${JSON.stringify(HEAP)}
if (${limit}) limitHeapGrowth()
${body}
`
  )
  const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return run.stdout.trim()
}

/** New-space size before and after keeping ~60 MiB of small objects. */
const newSpaceAroundWork = (limit: boolean): number[] =>
  inChild(
    limit,
    `const newSpace = () =>
  getHeapSpaceStatistics().find(s => s.space_name === 'new_space')?.space_size ?? 0
const before = newSpace()
const kept: string[][] = []
for (let i = 0; i < 300_000; i++) kept.push(['entry', String(i), 'x'.repeat(i % 50)])
console.log(before, newSpace(), kept.length)`
  )
    .split(' ')
    .map(Number)

/** Heap in use (MiB) after dropping ~60 MiB of objects, before and after collectGarbage. */
const collected = (limit: boolean): number[] =>
  inChild(
    limit,
    `let kept: string[][] | undefined = []
for (let i = 0; i < 300_000; i++) kept.push(['entry', String(i), 'x'.repeat(i % 50)])
kept = undefined
const before = process.memoryUsage().heapUsed
collectGarbage()
console.log(before >> 20, process.memoryUsage().heapUsed >> 20)`
  )
    .split(' ')
    .map(Number)

describe('limitHeapGrowth', () => {
  test('keeps the young generation small while work retains memory', () => {
    // V8 alone doubles it up to 32 MiB per semi-space; limited, it stays a few MiB.
    const [, grown = 0] = newSpaceAroundWork(false)
    const [start = 0, limited = 0] = newSpaceAroundWork(true)
    expect(grown).toBeGreaterThanOrEqual(32 * 1024 * 1024)
    expect(start).toBeLessThanOrEqual(2 * 1024 * 1024)
    expect(limited).toBeLessThanOrEqual(grown / 4)
  })

  test('lets collectGarbage free what a phase left behind; without it, that is a no-op', () => {
    const [before, after] = collected(true) as [number, number]
    expect(before).toBeGreaterThan(20)
    expect(after).toBeLessThan(before / 2)
    const [untouched, still] = collected(false) as [number, number]
    expect(still).toBeGreaterThan(untouched / 2)
  })

  test('leaves alone what the user set', () => {
    expect(heapFlags('')).toEqual([
      '--semi-space-growth-factor=1',
      '--optimize-for-size',
      '--heap-growing-percent=100',
      '--no-turbofan'
    ])
    expect(heapFlags('--max-semi-space-size=64 --heap-growing-percent=20')).toEqual([
      '--optimize-for-size',
      '--no-turbofan'
    ])
    expect(
      heapFlags(
        '--no-optimize-for-size --semi-space-growth-factor=2 --heap-growing-percent=50 --turbofan'
      )
    ).toEqual([])
    expect(heapFlags('--max-opt=1')).toEqual([
      '--semi-space-growth-factor=1',
      '--optimize-for-size',
      '--heap-growing-percent=100'
    ])
  })
})
