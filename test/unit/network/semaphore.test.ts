import { mapConcurrently } from '../../../src/network/semaphore'

describe('mapConcurrently', () => {
  test.each([1, 3, 8])('runs at most %i at once and keeps the order of the items', async limit => {
    let running = 0
    let most = 0
    const items = Array.from({ length: 20 }, (_, i) => i)
    const results = await mapConcurrently(items, limit, async i => {
      running++
      most = Math.max(most, running)
      // Later items finish first: the order of the results must not follow completion.
      await new Promise(done => setTimeout(done, (20 - i) * 2))
      running--
      return i * 10
    })
    expect(results).toEqual(items.map(i => i * 10))
    expect(most).toBe(Math.min(limit, items.length))
  })

  test('no items, no calls', async () => {
    let calls = 0
    expect(await mapConcurrently([], 4, () => Promise.resolve(++calls))).toEqual([])
    expect(calls).toBe(0)
  })
})
