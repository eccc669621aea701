import { walkImage, type FileReader } from '../../../src/sbom/walk'
import { makeImage } from './images'

// The walk frees a parsed file's buffer as soon as its readers are done: whatever a result
// keeps of the bytes must be a copy, or it would read a freed (detached) buffer later.
describe('parsed file contents', () => {
  test('bytes a result keeps survive the freeing of the file it came from', async () => {
    const data = Buffer.alloc(256 * 1024, 7)
    data.write('magic', 0)
    const reader: FileReader<{ head: Buffer; view: Uint16Array; name: string }> = {
      name: 'keeper',
      maxFileSize: 1024 * 1024,
      wants: path => path === 'opt/blob.bin',
      parse: (_path, content) => ({
        head: content.subarray(0, 5),
        view: new Uint16Array(content.buffer, content.byteOffset + 8, 2),
        name: content.toString('latin1', 0, 5)
      })
    }
    const warnings: string[] = []
    const { view } = await walkImage(
      makeImage([{ files: { 'opt/blob.bin': data } }]),
      [reader as FileReader],
      { warn: message => warnings.push(message) }
    )
    const result = view.parsedFiles<{ head: Buffer; view: Uint16Array; name: string }>(0)[0]
      ?.versions[0]?.result
    expect(warnings).toEqual([])
    expect(result?.name).toBe('magic')
    expect(result?.head.toString('latin1')).toBe('magic')
    // Copies of their own bytes only, not views keeping (or having lost) the whole file.
    expect(result?.head.buffer.byteLength).toBe(5)
    expect(result?.view).toBeInstanceOf(Uint16Array)
    expect([...(result?.view ?? [])]).toEqual([0x0707, 0x0707])
    expect(result?.view.buffer.byteLength).toBe(4)
  })
})

describe('the per-layer parse time budget', () => {
  test('a streaming reader finishes the file it began past the budget; the next file is left out and named', async () => {
    const busy = (ms: number): void => {
      const until = performance.now() + ms
      while (performance.now() < until);
    }
    // Counts a file's bytes, 30 ms of work per chunk: the first file alone spends the budget.
    const reader: FileReader<number> = {
      name: 'slow',
      maxFileSize: Number.MAX_SAFE_INTEGER,
      wants: path => path.startsWith('data/'),
      scan: () => {
        let bytes = 0
        return {
          write: chunk => {
            busy(30)
            bytes += chunk.length
          },
          end: () => bytes
        }
      }
    }
    const big = Buffer.alloc(4 << 20, 1)
    const warnings: string[] = []
    const { view } = await walkImage(
      makeImage([{ files: { 'data/a.bin': big, 'data/b.bin': 'later' } }]),
      [reader as FileReader],
      { warn: message => warnings.push(message), layerParseBudgetMs: 10 }
    )
    const results = new Map(
      view.parsedFiles<number>(0).map(f => [f.path, f.versions[0]?.result] as const)
    )
    expect(results.get('data/a.bin')).toBe(big.length)
    expect(results.get('data/b.bin')).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringMatching(
        /^layer 1 \(sha256:[0-9a-f]{64}\): its files took more than 0\.01 s to parse .*; \/data\/b\.bin and the files after it in this layer were not cataloged/
      )
    ])
  })
})

describe('a reader that streams some files and parses others whole', () => {
  test('scan returning undefined hands the file to parse, with the whole contents', async () => {
    // Streams `.log` files chunk by chunk (counting the chunks), parses the others whole.
    const reader: FileReader<string> = {
      name: 'mixed',
      maxFileSize: Number.MAX_SAFE_INTEGER,
      wants: path => path.startsWith('data/'),
      parse: (_path, content) => `whole:${content.length}`,
      scan: path => {
        if (!path.endsWith('.log')) return undefined
        let chunks = 0
        let bytes = 0
        return {
          write: chunk => {
            chunks++
            bytes += chunk.length
          },
          end: () => `streamed:${bytes}:${chunks > 1 ? 'chunks' : 'one'}`
        }
      }
    }
    const big = Buffer.alloc(3 << 20, 1)
    const warnings: string[] = []
    const { view } = await walkImage(
      makeImage([{ files: { 'data/a.log': big, 'data/b.txt': big, 'data/c.txt': 'short' } }]),
      [reader as FileReader],
      { warn: message => warnings.push(message) }
    )
    const results = new Map(
      view.parsedFiles<string>(0).map(f => [f.path, f.versions[0]?.result] as const)
    )
    expect(warnings).toEqual([])
    expect(results.get('data/a.log')).toBe(`streamed:${big.length}:chunks`)
    expect(results.get('data/b.txt')).toBe(`whole:${big.length}`)
    expect(results.get('data/c.txt')).toBe('whole:5')
  })
})
