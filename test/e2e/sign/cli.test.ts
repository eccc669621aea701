import { mintToken } from '../../stack/sigstore'
import { runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyKeyless } from './verify-helpers'

describe('sbom-sign sign (CLI)', () => {
  test('signs with SIGSTORE_ID_TOKEN and prints the outputs as JSON', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'cli/app')
    const run = await runCli(
      [
        'sign',
        `${registry.host}/cli/app@${image.digest}`,
        '--sbom',
        'none',
        '--fulcio-url',
        sigstore.fulcioURL,
        '--rekor-url',
        sigstore.rekorURL,
        '--trusted-root',
        sigstore.trustedRootPath
      ],
      {
        SIGSTORE_ID_TOKEN: await mintToken(sigstore, {})
      }
    )
    expect(run.stderr).not.toMatch(/error/)
    expect(run.exitCode).toBe(0)
    const outputs = JSON.parse(run.stdout) as Record<string, string>
    expect(outputs.digest).toBe(image.digest)
    expect(outputs['signature-ref']).toMatch(/^sha256:/)
    await verifyKeyless(
      readBundle(outputs['signature-bundle-path'] ?? ''),
      image.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
  })

  test('without any OIDC token it exits 1 naming SIGSTORE_ID_TOKEN', async () => {
    const { registry } = stackInfo()
    const run = await runCli(['sign', `${registry.host}/cli/none:latest`, '--sbom', 'none'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/set SIGSTORE_ID_TOKEN/)
    // Worded for a shell, not for a workflow.
    expect(run.stderr).not.toMatch(/permissions|the job/)
  })
})
