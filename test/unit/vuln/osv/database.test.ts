import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { osvDatabase } from '../../../../src/vuln/osv'
import type { ScanPackage } from '../../../../src/vuln/types'
import { actionErrorOf } from '../../../support/action-error'
import { RECORDS, scanPackage } from './records'

/** A zip of `files` (name → path or content), made with Info-ZIP's zip as OSV's exports are zips. */
function zipOf(path: string, files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'osv-zip-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  execFileSync('zip', ['-q', '-j', path, ...Object.keys(files).map(n => join(dir, n))])
  return path
}

const record = (id: string) => join(RECORDS, `${id}.json`)
const ids = (found: Map<ScanPackage, { id: string }[]>) =>
  [...found].map(([p, records]) => [p.osv.name, records.map(r => r.id).sort()])

describe('osvDatabase', () => {
  let dir: string
  const stdlib = scanPackage('pkg:golang/stdlib@1.19.8')
  const semver = scanPackage('pkg:npm/semver@7.6.3')
  const guava = scanPackage('pkg:maven/com.google.guava/guava@31.1-jre')
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'osv-db-'))
  })

  test('an export zip: records by package, and by ID', async () => {
    const files = Object.fromEntries(
      ['GO-2023-1751', 'GO-2023-1840', 'GHSA-c2qf-rxjj-qqgw', 'GHSA-7g45-4rm6-3mm3'].map(id => [
        `${id}.json`,
        readFileSync(record(id))
      ])
    )
    const db = await osvDatabase(zipOf(join(dir, 'all.zip'), files))
    expect(ids(await db.lookup([stdlib, semver, guava]))).toEqual([
      ['stdlib', ['GO-2023-1751', 'GO-2023-1840']],
      ['semver', ['GHSA-c2qf-rxjj-qqgw']],
      ['com.google.guava:guava', ['GHSA-7g45-4rm6-3mm3']]
    ])
    expect((await db.fetch(['GO-2023-1840', 'CVE-0000-0000'])).map(r => r.id)).toEqual([
      'GO-2023-1840'
    ])
    expect(db.description).toBe(join(dir, 'all.zip'))
  })

  test('a directory of per-ecosystem zips and JSON records; an ecosystem no package is in is not read', async () => {
    mkdirSync(join(dir, 'npm'))
    mkdirSync(join(dir, 'Go'))
    mkdirSync(join(dir, 'Maven'))
    zipOf(join(dir, 'npm', 'all.zip'), {
      'GHSA-c2qf-rxjj-qqgw.json': readFileSync(record('GHSA-c2qf-rxjj-qqgw'))
    })
    copyFileSync(record('GHSA-7g45-4rm6-3mm3'), join(dir, 'Maven', 'GHSA-7g45-4rm6-3mm3.json'))
    // Not a zip: reading it would fail, so a scan without Go packages shows it is skipped.
    writeFileSync(join(dir, 'Go', 'all.zip'), 'not a zip')
    const db = await osvDatabase(dir)
    expect(ids(await db.lookup([semver, guava]))).toEqual([
      ['semver', ['GHSA-c2qf-rxjj-qqgw']],
      ['com.google.guava:guava', ['GHSA-7g45-4rm6-3mm3']]
    ])
    const error = await actionErrorOf(db.lookup([stdlib]))
    expect(error.code).toBe('INPUT_INVALID')
    expect(error.message).toMatch(/Go\/all\.zip is not a readable zip/)
  })

  test('a package is read once per run: a later lookup reads the database only for new packages', async () => {
    const zip = zipOf(join(dir, 'all.zip'), {
      'GO-2023-1751.json': readFileSync(record('GO-2023-1751')),
      'GHSA-c2qf-rxjj-qqgw.json': readFileSync(record('GHSA-c2qf-rxjj-qqgw'))
    })
    const db = await osvDatabase(zip)
    expect(ids(await db.lookup([stdlib]))).toEqual([['stdlib', ['GO-2023-1751']]])
    rmSync(zip)
    // Known: answered from what the first pass kept, the file no longer needed.
    expect(ids(await db.lookup([stdlib]))).toEqual([['stdlib', ['GO-2023-1751']]])
    // New: a pass over the database, which is gone.
    await expect(db.lookup([stdlib, semver])).rejects.toThrow(/all\.zip cannot be read/)
  })

  test('a directory of JSON records is listed as it is read; names are found however the JSON is spaced or escaped', async () => {
    const records = join(dir, 'records')
    mkdirSync(records)
    copyFileSync(record('GO-2023-1751'), join(records, 'GO-2023-1751.json'))
    writeFileSync(
      join(records, 'X-1.json'),
      '{"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name" :\n "sem\\u0076er"}}]}'
    )
    writeFileSync(
      join(records, 'X-2.json'),
      '{"id":"X-2","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"semver-x"}}]}'
    )
    writeFileSync(join(records, 'notes.txt'), 'not a record')
    const db = await osvDatabase(dir)
    expect(ids(await db.lookup([stdlib, semver]))).toEqual([
      ['stdlib', ['GO-2023-1751']],
      ['semver', ['X-1']]
    ])
    expect((await db.fetch(['X-2', 'X-3'])).map(r => r.id)).toEqual(['X-2'])
  })

  test('budgets: entries, one record, all records', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [
        `R-${i}.json`,
        JSON.stringify({ id: `R-${i}`, modified: '2024-01-01T00:00:00Z' })
      ])
    )
    const zip = zipOf(join(dir, 'many.zip'), many)
    await expect((await osvDatabase(zip, { maxEntries: 3 })).lookup([semver])).rejects.toThrow(
      /5 entries in the central directory \(budget 3\)/
    )
    // A record that expands to 4 MiB of blanks: a few KiB compressed.
    const big = zipOf(join(dir, 'big.zip'), {
      'BIG-1.json': `{"id":"BIG-1","details":"semver${' '.repeat(4 << 20)}"}`
    })
    const error = await actionErrorOf(
      (await osvDatabase(big, { maxRecordBytes: 1 << 20 })).lookup([semver])
    )
    expect(error.message).toMatch(/BIG-1\.json is 4194\d+ bytes, over the 1 MiB cap for one record/)
    await expect((await osvDatabase(zip, { maxTotalBytes: 100 })).lookup([semver])).rejects.toThrow(
      /expands past the 100 bytes budget for one scan/
    )
  })

  test('a path that holds no records is an input error', async () => {
    await expect(osvDatabase(join(dir, 'missing'))).rejects.toThrow(/does not exist/)
    await expect(osvDatabase(dir)).rejects.toThrow(/holds no OSV records/)
  })
})
