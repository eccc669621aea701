// The whole loop on this machine: start a registry and a Sigstore stack on loopback, push a real
// Debian-based image, run the bundled action to generate its SBOM, sign it and attach both, then
// run the action again in verify mode against the signer's identity. Prints what each step did.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStack } from '../test/stack'
import { fixture, pushFixture } from '../test/support/fixtures'
import { runAction, type ActionRun } from '../test/support/run-action'

function show(title: string, run: ActionRun): void {
  console.log(`\n=== ${title}: exit ${run.exitCode}`)
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name} = ${value}`)
  for (const error of run.errors) console.log(`  error: ${error}`)
  // The summary's collapsible full package list stays folded here as it is on the run page.
  const summary = run.summary.replace(
    /<details><summary>([^<]*)<\/summary>[\s\S]*?<\/details>/g,
    '<details><summary>$1</summary> … </details>'
  )
  if (summary) console.log(`\n--- job summary ---\n${summary.trim()}\n---`)
}

async function main(): Promise<number> {
  const started = Date.now()
  console.log('starting the local registry and Sigstore stack...')
  const stack = await startStack()
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-demo-'))
  try {
    // runAction points the step at the stack through this file, as the tests' global setup does.
    process.env.SBOM_SIGN_STACK = join(dir, 'stack.json')
    writeFileSync(process.env.SBOM_SIGN_STACK, JSON.stringify(stack.info))

    console.log('building (or reusing) the debian-app image from a debootstrap root filesystem...')
    await fixture('debian-app')
    const { ref, digest } = await pushFixture('debian-app', stack.info.registry.host, 'demo/app')
    const image = `${ref.replace(/:[^:/@]+$/, '')}@${digest}`
    console.log(`pushed ${ref} as ${digest}`)

    const sign = await runAction({ image })
    show('sign (SBOM → sign → attach)', sign)
    if (sign.exitCode !== 0) return 1

    const verify = await runAction({
      mode: 'verify',
      images: image,
      'certificate-identity': stack.info.sigstore.identity,
      'certificate-oidc-issuer': stack.info.sigstore.issuer,
      'require-sbom': 'true'
    })
    show('verify (discover → verify → report)', verify)
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return verify.exitCode === 0 && verify.outputs.verified === 'true' ? 0 : 1
  } finally {
    await stack.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exitCode = await main()
