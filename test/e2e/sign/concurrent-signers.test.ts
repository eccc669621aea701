import { RegistryClient, parseReference } from '../../../src/oci'
import { startFaultProxy } from '../../stack/fault-proxy'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'

test('two runs signing one digest at once both end up discoverable', async () => {
  const { registry } = stackInfo()
  const image = await pushTestImage(registry.host, 'sign/concurrent')
  // 100 ms per request: both runs read the fallback index before either writes it.
  const proxy = await startFaultProxy({
    target: registry.url,
    every: 1,
    faults: ['slow'],
    slowMs: 100
  })
  try {
    const inputs = {
      image: `${proxy.host}/sign/concurrent@${image.digest}`,
      sbom: 'none',
      force: 'true'
    }
    const runs = await Promise.all([runAction(inputs), runAction(inputs)])
    for (const run of runs) {
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.stdout + run.stderr).toMatch(/1 referrer\(s\) listed where cosign and gh look/)
    }
    const refs = runs.map(r => r.outputs['signature-ref'])
    expect(new Set(refs).size).toBe(2)
    const listed = (
      await new RegistryClient().referrers(
        parseReference(`${registry.host}/sign/concurrent`),
        image.digest
      )
    ).map(d => d.digest)
    expect(listed.sort()).toEqual([...refs].sort())
  } finally {
    await proxy.stop()
  }
}, 120_000)
