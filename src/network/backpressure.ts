import type { Writable } from 'node:stream'

/**
 * Resolves once a writable that refused a write can take more, or has closed: waiting on
 * 'drain' alone would hang forever on a stream destroyed while full.
 */
export function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise<void>(resolve => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })
}
