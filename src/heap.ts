import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Keeps V8's heap near what the run really holds. Streaming image layers allocates
 * hundreds of MiB of short-lived objects alongside a few MiB that stay (the squashed
 * view, parse results), and V8 answers that by doubling its young generation up to
 * 32 MiB and letting old space fill with promoted garbage: together about a third
 * of the step's memory. The runner starts the action without node flags, so the
 * settings V8 consults while running are made here, first thing:
 * - the young generation stops doubling, and the collector favours size over speed;
 * - old space may grow to twice what the last full collection kept before the next
 *   one (size-favouring alone allows 1.1 times: pulling from a registry, that ran a
 *   full collection every ~100 ms, 23 to 38 per image, for no lower peak);
 * - hot code is optimised by Maglev only. TurboFan's compilations (their zones, the
 *   optimised code, the compiler's pages of the node binary) cost 10–15 MiB, a tenth
 *   of the peak, to speed up JavaScript that is a small share of the work: the bytes
 *   go through zlib and SHA-256, native code either way, and Maglev still compiles
 *   the hot loops (tar headers, the view).
 * Flags the user gives in NODE_OPTIONS or on the command line win. It also lets the
 * SBOM steps collect garbage between phases (see collectGarbage).
 */
export function limitHeapGrowth(): void {
  for (const flag of heapFlags(givenFlags())) setFlagsFromString(flag)
  // A new context gets V8's gc() once the flag is on; this process keeps that one.
  setFlagsFromString('--expose-gc')
  fullCollection = runInNewContext('gc') as typeof fullCollection
}

let fullCollection: ((options?: GcOptions) => void) | undefined

/** The options V8's gc() takes. */
interface GcOptions {
  type: 'major'
  execution: 'sync'
  /** Collects until nothing more is freed, and hands freed pages back to the system. */
  flavor: 'last-resort'
}

/**
 * A full garbage collection, where the entry point allowed it (a no-op otherwise).
 * Called where a phase ends and leaves only its result: the walk's garbage would
 * otherwise still sit in old space while the next phase builds on top of it. On a
 * 185 MiB image the two calls take ~20 ms and lower the peak by ~8 MiB.
 */
export function collectGarbage(): void {
  fullCollection?.()
}

/**
 * A full collection that also hands the pages it frees back to the system: V8 otherwise
 * keeps them for its own heap, where memory outside it (a large buffer) cannot use them.
 * For after a phase that leaves tens of MiB of garbage (a large parsed document) when the
 * next one needs a large buffer. Slower than collectGarbage (it collects until nothing
 * more is freed).
 */
export function releaseGarbage(): void {
  fullCollection?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}

/** The flags limitHeapGrowth sets, given the flags the process was started with. */
export function heapFlags(given: string): string[] {
  const flags: string[] = []
  if (!/--(semi-space-growth-factor|max-semi-space-size|min-semi-space-size)\b/.test(given))
    flags.push('--semi-space-growth-factor=1')
  if (!/--(no-)?optimize-for-size\b/.test(given)) flags.push('--optimize-for-size')
  if (!/--heap-growing-percent\b/.test(given)) flags.push('--heap-growing-percent=100')
  if (!/--((no-)?(turbofan|opt)|max-opt|jitless)\b/.test(given)) flags.push('--no-turbofan')
  return flags
}

function givenFlags(): string {
  return [process.env.NODE_OPTIONS ?? '', ...process.execArgv].join(' ').replaceAll('_', '-')
}

/** Buffers from bufferWithRoom whose room is not yet taken. */
const roomy = new WeakSet<ArrayBufferLike>()

/**
 * A buffer for `length` bytes, with `before` and `after` spare bytes around it in the same
 * memory: wrapBytes can then put a header and a trailer around them in place. A large
 * payload (an SBOM read for signing) is then never held twice while it is wrapped.
 */
export function bufferWithRoom(length: number, before: number, after: number): Buffer {
  const whole = Buffer.allocUnsafeSlow(before + length + after)
  roomy.add(whole.buffer)
  return whole.subarray(before, before + length)
}

/**
 * `head`, `bytes` and `tail` joined: in place around `bytes` when they came from
 * bufferWithRoom with room enough (the room is taken once: later calls copy), else a copy.
 */
export function wrapBytes(head: Buffer, bytes: Buffer, tail: Buffer): Buffer {
  const memory = bytes.buffer
  const start = bytes.byteOffset - head.length
  const end = bytes.byteOffset + bytes.length + tail.length
  if (start < 0 || end > memory.byteLength || !roomy.delete(memory))
    return Buffer.concat([head, bytes, tail])
  const whole = Buffer.from(memory, start, end - start)
  head.copy(whole, 0)
  tail.copy(whole, head.length + bytes.length)
  return whole
}
