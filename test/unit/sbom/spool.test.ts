import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogImage } from '../../../src/sbom'
import { IN_MEMORY, Spool, type SpooledFile } from '../../../src/sbom/walk/spool'
import { fatJar } from '../../support/hostile-inputs'
import { rpmSqlite } from '../../support/rpmdb'
import { makeImage } from './images'

describe('files larger than memory should hold (jars, rpm databases)', () => {
  const runnerTemp = process.env.RUNNER_TEMP
  const temp = mkdtempSync(join(tmpdir(), 'sbom-spool-test-'))
  beforeAll(() => {
    process.env.RUNNER_TEMP = temp
  })
  afterAll(() => {
    if (runnerTemp === undefined) delete process.env.RUNNER_TEMP
    else process.env.RUNNER_TEMP = runnerTemp
  })
  /** The files in the process's spool directory (under RUNNER_TEMP, made on first use). */
  const spooled = (): string[] => {
    const [directory, ...others] = readdirSync(temp)
    expect(others).toEqual([])
    if (!directory) return []
    expect(directory).toMatch(/^sbom-sign-spool-/)
    // Readable by this user only.
    expect(statSync(join(temp, directory)).mode & 0o777).toBe(0o700)
    return readdirSync(join(temp, directory))
  }

  test('a fat jar over the in-memory size is read from a temporary file, removed once read', async () => {
    const catalog = await catalogImage(
      makeImage([{ files: { 'app/app.jar': fatJar(2 * IN_MEMORY) } }])
    )
    expect(catalog.packages.map(p => p.purl).sort()).toEqual([
      'pkg:maven/org.acme/app@2.0',
      'pkg:maven/org.acme/leaf@1.0'
    ])
    expect(catalog.warnings).toEqual([])
    expect(readdirSync(temp)).toHaveLength(1)
    expect(spooled()).toEqual([])
  })

  test('a large file is on disk only while it is gathered; a small one stays in memory', () => {
    const whole = ({ bytes }: SpooledFile) => bytes.read(0, bytes.size).length
    const large = new Spool(IN_MEMORY + 2, IN_MEMORY + 2, whole)
    large.write(Buffer.alloc(IN_MEMORY))
    expect(spooled()).toHaveLength(1)
    large.write(Buffer.alloc(2))
    expect(large.end()).toBe(IN_MEMORY + 2)
    expect(spooled()).toEqual([])
    const small = new Spool(4, 10, whole)
    small.write(Buffer.from('abcd'))
    expect(spooled()).toEqual([])
    expect(small.end()).toBe(4)
  })

  test('a reader that needs a path gets one even for a small or empty file, removed after', () => {
    const seen = ({ bytes, path }: SpooledFile) => {
      expect(spooled()).toHaveLength(1)
      return [path === undefined ? '' : readFileSync(path, 'utf8'), bytes.size]
    }
    const small = new Spool(4, 10, seen, 'always')
    small.write(Buffer.from('abcd'))
    expect(small.end()).toEqual(['abcd', 4])
    expect(new Spool(0, 10, seen, 'always').end()).toEqual(['', 0])
    expect(spooled()).toEqual([])
  })

  test('an rpm SQLite database, whatever its size, is read from a temporary file removed after', async () => {
    const db = rpmSqlite(2_000, 40)
    const catalog = await catalogImage(makeImage([{ files: { 'var/lib/rpm/rpmdb.sqlite': db } }]))
    expect(catalog.warnings).toEqual([])
    expect(catalog.packages).toHaveLength(2_000)
    expect(catalog.packages.find(p => p.name === 'pkg-1999')).toMatchObject({
      version: '1.1999-1.el9'
    })
    expect(spooled()).toEqual([])
  })

  test('past its limit, or cut short, the file is refused with the reason and not kept', () => {
    expect(() => new Spool(11, 10, () => 0).write(Buffer.alloc(1))).toThrow('11 bytes (limit 10)')
    const short = new Spool(IN_MEMORY + 4, IN_MEMORY + 4, () => 0)
    short.write(Buffer.alloc(2))
    expect(() => short.end()).toThrow(`2 of its ${IN_MEMORY + 4} bytes arrived`)
    expect(spooled()).toEqual([])
  })
})
