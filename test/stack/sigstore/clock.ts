/** Runs mock work one at a time, on the shared clock set right before each. */
export type Serialise = <T>(work: () => Promise<T>) => Promise<T>

/**
 * The one Date the mock services read, and the queue their work runs through. The clock is
 * set before each request (serialised) to whole seconds: the mock TSA drops trailing zeros of
 * a millisecond genTime, which then fails verification now and then. Whole seconds also never
 * precede the certificates' notBefore, which X.509 encodes in whole seconds.
 */
export function mockClock(): { clock: Date; validFrom: Date; serialise: Serialise } {
  const clock = new Date(wholeSecond())
  const validFrom = new Date(wholeSecond() - 60_000)
  return { clock, validFrom, serialise: queue(() => clock.setTime(wholeSecond())) }
}

/** Runs work one at a time, calling `before` right before each. */
function queue(before: () => void): Serialise {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => {
      before()
      return work()
    })
    tail = run.catch(() => undefined)
    return run
  }
}

function wholeSecond(): number {
  return Math.floor(Date.now() / 1000) * 1000
}
