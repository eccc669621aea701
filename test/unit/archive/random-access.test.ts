import { bufferBytes, pages, Scratch, type RandomAccess } from '../../../src/archive/random-access'

/** A file of `count` pages of `size` bytes, each filled with its number. */
const numbered = (count: number, size: number): Buffer =>
  Buffer.concat(Array.from({ length: count }, (_, i) => Buffer.alloc(size, i & 0xff)))

describe('pages', () => {
  test('every page once, in order, across batch boundaries, with its own bytes', () => {
    const file = numbered(1_100, 512)
    const seen: number[] = []
    for (const [page, bytes] of pages(bufferBytes(file), 512, 3, 1_100)) {
      expect(bytes.equals(file.subarray(page * 512, (page + 1) * 512))).toBe(true)
      seen.push(page)
    }
    expect(seen).toEqual(Array.from({ length: 1_097 }, (_, i) => i + 3))
  })

  test('stops at the end of the file, leaving out a last page cut short', () => {
    const file = numbered(10, 512).subarray(0, 512 * 7 + 100)
    expect([...pages(bufferBytes(file), 512, 0, 10)].map(([page]) => page)).toEqual([
      0, 1, 2, 3, 4, 5, 6
    ])
  })

  test('reads a batch at a time into one buffer', () => {
    const file = numbered(2_000, 512)
    const inner = bufferBytes(file)
    const targets = new Set<ArrayBufferLike>()
    let reads = 0
    const counted: RandomAccess = {
      size: inner.size,
      read: (offset, length) => inner.read(offset, length),
      readInto: (target, offset) => {
        reads++
        targets.add(target.buffer)
        return inner.readInto(target, offset)
      }
    }
    expect([...pages(counted, 512, 0, 2_000)]).toHaveLength(2_000)
    expect(reads).toBe(Math.ceil(2_000 / 512))
    expect(targets.size).toBe(1)
  })
})

test('Scratch hands out the same memory until a larger length is asked for', () => {
  const scratch = new Scratch()
  const a = scratch.take(100)
  const b = scratch.take(60_000)
  expect(b.buffer).toBe(a.buffer)
  expect(b.length).toBe(60_000)
  const c = scratch.take(70_000)
  expect(c.buffer).not.toBe(a.buffer)
  expect(scratch.take(10).buffer).toBe(c.buffer)
})
