import fc from 'fast-check'
import { LineSplitter } from '../../../src/sbom/walk/lines'

/** The lines of `chunks`, and the count of lines dropped. */
function split(chunks: Buffer[], maxLine: number): { lines: string[]; long: number } {
  const lines: string[] = []
  const splitter = new LineSplitter(line => lines.push(line), maxLine)
  for (const chunk of chunks) splitter.write(chunk)
  splitter.end()
  return { lines, long: splitter.longLines }
}

/** `bytes` cut at the given places. */
const cut = (bytes: Buffer, at: number[]): Buffer[] => {
  const points = [...new Set(at.map(a => a % (bytes.length + 1)))].sort((a, b) => a - b)
  return [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length))
}

describe('LineSplitter', () => {
  test('gives the same lines however the file is cut, characters split across chunks included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, at) => {
          const text = lines.map(l => l.replaceAll('\n', ' ')).join('\n')
          // A final newline ends the last line; it does not start another.
          const expected = Buffer.from(text).toString().split('\n')
          if (expected[expected.length - 1] === '') expected.pop()
          expect(split(cut(Buffer.from(text), at), 1 << 20)).toEqual({ lines: expected, long: 0 })
        }
      )
    )
  })

  test('a line longer than the budget is dropped whole and counted, wherever the chunks end', () => {
    const text = Buffer.from(`short\n${'x'.repeat(100)}\nnext\n${'y'.repeat(50)}`)
    for (const size of [1, 7, 64, 200]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.subarray(i * size, (i + 1) * size)
      )
      expect(split(chunks, 40)).toEqual({ lines: ['short', 'next'], long: 2 })
    }
  })

  test('the bytes of a line waiting for its end are a copy: the chunk may be freed', () => {
    const chunk = Buffer.from('abc')
    const lines: string[] = []
    const splitter = new LineSplitter(line => lines.push(line), 100)
    splitter.write(chunk)
    chunk.fill(0x7a)
    splitter.write(Buffer.from('d\n'))
    expect(lines).toEqual(['abcd'])
  })
})
