/** What every recipe shares: its context, timing and the Debian base. */
import type { AptArchive } from './apt'
import { trimDebianRoot } from './rootfs'
import { run, secondsSince } from './run'

export interface BuildContext {
  /** The OCI layout to write; the result is tagged FIXTURE_TAG. */
  layout: string
  /** Scratch space, removed after the build. */
  work: string
  apt: AptArchive
  goCache: string
  npmCache: string
  log(message: string): void
  /** Seconds per step, reported in fixture.json. */
  timings: Record<string, number>
}

export interface Recipe {
  description: string
  /** Everything that decides the content; its hash keys the cache. */
  spec: Record<string, unknown>
  build(context: BuildContext): Promise<void>
}

export const SUITE = 'bookworm'

export async function timed<T>(
  context: BuildContext,
  step: string,
  fn: () => Promise<T>
): Promise<T> {
  const start = performance.now()
  context.log(`${step}...`)
  // Long steps (debootstrap takes over a minute) say they are still going.
  const ticker = setInterval(
    () => context.log(`${step}: still running, ${Math.round(secondsSince(start))} s`),
    15_000
  )
  const result = await fn().finally(() => clearInterval(ticker))
  context.timings[step] = secondsSince(start)
  context.log(`${step}: ${context.timings[step]} s`)
  return result
}

export async function debootstrap(context: BuildContext, rootfs: string, include: string[]) {
  const mirror = await context.apt.mirror(SUITE)
  const options = [
    '--variant=minbase',
    ...(include.length > 0 ? [`--include=${include.join(',')}`] : [])
  ]
  await timed(context, 'debootstrap', () => run('debootstrap', [...options, SUITE, rootfs, mirror]))
  trimDebianRoot(rootfs)
  return ['debootstrap', ...options, SUITE].join(' ')
}
