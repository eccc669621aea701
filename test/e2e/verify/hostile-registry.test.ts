import { readFileSync } from 'node:fs'
import { startHostileRegistry, type HostileRegistry } from '../../stack/hostile-registry'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushImage } from './images'

/**
 * A registry a pull request names is the attacker's: these runs of dist/index.js must end
 * with a clear error naming the host within the documented deadlines. The deadlines are
 * set small through the `timeout` input (each image gets half of it). How long the
 * registry held the step is measured at the registry (first request to last connection
 * closed), so the process start-up on a loaded machine does not count.
 */
const stack = stackInfo()
const TIMEOUT_S = 8
const SLACK_MS = 1500

interface Report {
  verified: boolean
  images: { image: string; verified: boolean; errors: string[] }[]
}

async function verifyThrough(hostility: HostileRegistry, image: string, extra = {}) {
  const started = Date.now()
  const run = await runAction(
    verifyInputs(stack.sigstore, image.replace(stack.registry.host, hostility.host), {
      timeout: `${TIMEOUT_S}s`,
      ...extra
    })
  )
  const wall = Date.now() - started
  const elapsed = (hostility.stats.lastClosedAt ?? 0) - (hostility.stats.firstRequestAt ?? 0)
  const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report
  console.log(
    `${hostility.host}: held the step ${elapsed} ms (${wall} ms with start-up): ${report.images[0]?.errors[0]}`
  )
  return { run, elapsed, report }
}

describe('verify mode against a hostile registry', () => {
  let image: { ref: string; digest: string }
  const started: HostileRegistry[] = []
  const start = async (options: Omit<Parameters<typeof startHostileRegistry>[0], 'target'>) => {
    const server = await startHostileRegistry({ target: stack.registry.url, ...options })
    started.push(server)
    return server
  }

  beforeAll(async () => {
    image = await pushImage(stack.registry.host, 'hostile/base', 'v1')
  })
  afterAll(() => Promise.all(started.map(s => s.stop())))

  test('referrers pages that never end: stopped at the page cap, well before the deadline', async () => {
    const hostile = await start({ hostility: 'endless-referrers' })
    // A deadline long enough that the page cap, not the clock, has to stop it.
    const { run, elapsed, report } = await verifyThrough(hostile, `${image.ref}@${image.digest}`, {
      timeout: '60s'
    })
    expect(run.exitCode).toBe(1)
    expect(report.verified).toBe(false)
    expect(report.images[0]?.errors[0]).toMatch(
      new RegExp(`${hostile.host} lists the referrers of sha256:[a-f0-9]{64} on more than 50 pages`)
    )
    expect(hostile.stats.referrerPages).toBe(50)
    expect(elapsed).toBeLessThan(30_000)
  })

  test('a manifest dripped one byte a second: cut at the image deadline, naming the host', async () => {
    const hostile = await start({ hostility: 'drip-manifest', dripMs: 1000 })
    const { run, elapsed, report } = await verifyThrough(hostile, `${image.ref}@${image.digest}`)
    expect(run.exitCode).toBe(1)
    const error = report.images[0]?.errors[0] ?? ''
    expect(error).toContain(`did not finish within ${TIMEOUT_S / 2} s`)
    expect(error).toContain(`reading http://${hostile.host}/v2/hostile/base/manifests/`)
    expect(run.errors.join('\n')).toContain(hostile.host)
    // The image deadline is half the run's; the drip was cut there, not at its end.
    expect(elapsed).toBeGreaterThanOrEqual((TIMEOUT_S / 2) * 1000 - SLACK_MS)
    expect(elapsed).toBeLessThan((TIMEOUT_S / 2) * 1000 + SLACK_MS)
    expect(hostile.stats.dripped).toBeLessThan(TIMEOUT_S)
  })

  test('a registry that never answers: cut at the image deadline, naming the host', async () => {
    const hostile = await start({ hostility: 'silent' })
    const { run, elapsed, report } = await verifyThrough(hostile, `${image.ref}@${image.digest}`)
    expect(run.exitCode).toBe(1)
    const error = report.images[0]?.errors[0] ?? ''
    expect(error).toContain(`checking ${hostile.host}/hostile/base`)
    expect(error).toContain(`did not finish within ${TIMEOUT_S / 2} s`)
    expect(error).toContain(`waiting for GET http://${hostile.host}/v2/hostile/base/manifests/`)
    expect(elapsed).toBeGreaterThanOrEqual((TIMEOUT_S / 2) * 1000 - SLACK_MS)
    expect(elapsed).toBeLessThan((TIMEOUT_S / 2) * 1000 + SLACK_MS)
  })

  test('two silent images: each gets its own deadline, and the run still writes its report', async () => {
    const hostile = await start({ hostility: 'silent' })
    const ref = `${image.ref}@${image.digest}`.replace(stack.registry.host, hostile.host)
    const run = await runAction(
      verifyInputs(stack.sigstore, `${ref}\n${ref.split('@')[0]}`, {
        timeout: `${TIMEOUT_S}s`
      })
    )
    const elapsed = (hostile.stats.lastClosedAt ?? 0) - (hostile.stats.firstRequestAt ?? 0)
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report
    expect(report.images).toHaveLength(2)
    for (const checked of report.images) expect(checked.errors[0]).toMatch(/did not finish within/)
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_S * 1000 - 2 * SLACK_MS)
    expect(elapsed).toBeLessThan(TIMEOUT_S * 1000 + SLACK_MS)
  })
})
