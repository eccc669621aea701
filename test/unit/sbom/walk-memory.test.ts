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
