/** Counts requests in flight and makes the rest wait their turn. */
export class Semaphore {
  private active = 0
  private readonly waiting: (() => void)[] = []
  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>(resolve => this.waiting.push(resolve))
    this.active++
    let released = false
    return () => {
      if (released) return
      released = true
      this.active--
      this.waiting.shift()?.()
    }
  }

  /** `fn()` once a place is free. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire()
    try {
      return await fn()
    } finally {
      release()
    }
  }
}

/** `fn` over `items` with at most `limit` running at once; results in the order of `items`. */
export function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const semaphore = new Semaphore(limit)
  return Promise.all(items.map(item => semaphore.run(() => fn(item))))
}
