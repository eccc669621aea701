import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { heapFlags } from '../../src/heap'

const HEAP = resolve(import.meta.dirname, '../../src/heap.ts')

/**
 * A fresh process's new-space size after it kept ~60 MiB of small objects, with or
 * without limitHeapGrowth (run in a child: the flags are process-wide).
 */
function newSpaceAfterWork(limit: boolean, nodeOptions = ''): number {
  const dir = mkdtempSync(join(tmpdir(), 'heap-test-'))
  const script = join(dir, 'work.mts')
  writeFileSync(
    script,
    `import { getHeapSpaceStatistics } from 'node:v8'
import { limitHeapGrowth } from ${JSON.stringify(HEAP)}
const newSpace = () => getHeapSpaceStatistics().find(s => s.space_name === 'new_space')?.space_size ?? 0
if (${limit}) limitHeapGrowth()
const kept: string[][] = []
for (let i = 0; i < 300_000; i++) kept.push(['entry', String(i), 'x'.repeat(i % 50)])
console.log(newSpace(), kept.length)
`
  )
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: nodeOptions }
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return Number(run.stdout.split(' ')[0])
}

describe('limitHeapGrowth', () => {
  test('keeps the young generation small while work retains memory', () => {
    // V8 alone doubles it up to 32 MiB per semi-space; limited, it stays a few MiB.
    const grown = newSpaceAfterWork(false)
    const limited = newSpaceAfterWork(true)
    expect(grown).toBeGreaterThanOrEqual(32 * 1024 * 1024)
    expect(limited).toBeLessThanOrEqual(grown / 4)
  })

  test('leaves alone what the user set', () => {
    expect(heapFlags('')).toEqual(['--semi-space-growth-factor=1', '--optimize-for-size'])
    expect(heapFlags('--max-semi-space-size=64')).toEqual(['--optimize-for-size'])
    expect(heapFlags('--no-optimize-for-size --semi-space-growth-factor=2')).toEqual([])
  })
})
