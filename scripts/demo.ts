// The whole loop on this machine: start a registry and a Sigstore stack on loopback, push a real
// Debian-based image, run the bundled action to generate its SBOM, sign it and attach both, then
// check the result twice: with the action in verify mode and with the `sbom-sign verify` CLI.
// Says in plain words what each step did, and keeps what it wrote under ./.demo.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { startStack } from '../test/stack'
import { fixture, pushFixture } from '../test/support/fixtures'
import { REPO_ROOT } from '../test/support/paths'
import { runAction, runCli, type ActionRun } from '../test/support/run-action'

/** Everything the demo writes: kept after it exits, replaced by the next run. */
const DEMO_DIR = join(REPO_ROOT, '.demo')
const here = (path: string) => relative(process.cwd(), path) || '.'

function step(n: number, title: string, explanation: string): void {
  console.log(`\n── ${n}. ${title}\n${explanation.replace(/^/gm, '   ')}`)
}

function show(run: ActionRun): void {
  console.log(`   exit code ${run.exitCode}; the step's outputs:`)
  for (const [name, value] of Object.entries(run.outputs)) {
    const local = /^https?:\/\/(127\.|localhost)/.test(value)
      ? '   (local service: gone after the demo)'
      : value.startsWith(join(DEMO_DIR, 'work'))
        ? "   (the runner's temporary directory: a copy is kept, see the end)"
        : ''
    console.log(`     ${name} = ${value}${local}`)
  }
  for (const error of run.errors) console.log(`   error: ${error}`)
  // The summary's collapsible full package list stays folded here as it is on the run page.
  const summary = run.summary.replace(
    /<details><summary>([^<]*)<\/summary>[\s\S]*?<\/details>/g,
    '<details><summary>$1</summary> … </details>'
  )
  if (summary)
    console.log(
      `\n   The job summary GitHub would show on the run page (its links point at the local services):\n` +
        `${summary.trim().replace(/^/gm, '   │ ')}`
    )
}

/** Copies an output file under a name that says what it is; returns the new path. */
function keep(from: string | undefined, name: string): string {
  const to = join(DEMO_DIR, name)
  if (from) copyFileSync(from, to)
  return to
}

async function main(): Promise<number> {
  const started = Date.now()
  rmSync(DEMO_DIR, { recursive: true, force: true })
  // The services' storage and the runner's temp directory live here too, not in /tmp.
  process.env.TMPDIR = join(DEMO_DIR, 'work')
  mkdirSync(process.env.TMPDIR, { recursive: true })

  step(
    1,
    'Start the local services',
    'A container registry (Distribution) and a Sigstore stack: Fulcio (issues short-lived signing\n' +
      'certificates), Rekor (the transparency log), a timestamp authority, and an OIDC token endpoint\n' +
      'standing in for GitHub Actions. All on loopback, nothing leaves this machine.'
  )
  const stack = await startStack()
  try {
    // runAction points the step at the stack through this file, as the tests' global setup does.
    process.env.SBOM_SIGN_STACK = join(process.env.TMPDIR, 'stack.json')
    writeFileSync(process.env.SBOM_SIGN_STACK, JSON.stringify(stack.info))
    const { identity, issuer } = stack.info.sigstore
    console.log(`   registry at ${stack.info.registry.host}`)

    step(
      2,
      'Build and push an image',
      'A Debian root filesystem made with debootstrap, plus layers with an npm app, a Go binary and\n' +
        'deleted files. Built once into ~/.cache/sbom-sign-action/fixtures (the first time takes one\n' +
        'to three minutes, progress below), then reused.'
    )
    await fixture('debian-app')
    const { ref, digest } = await pushFixture('debian-app', stack.info.registry.host, 'demo/app')
    const image = `${ref.replace(/:[^:/@]+$/, '')}@${digest}`
    console.log(`   pushed ${ref}, digest ${digest}`)

    step(
      3,
      'Sign mode: SBOM → sign → attach',
      'The bundled action (dist/index.js) runs as a workflow step would. It reads every layer to list\n' +
        'the packages (the SBOM), asks the OIDC endpoint for a token, exchanges it at Fulcio for a\n' +
        `certificate naming the signer, signs, logs the signature in Rekor, and pushes the signature\n` +
        'and the SBOM attestation next to the image in the registry.\n' +
        `The signer identity is a local stand-in for a GitHub workflow identity:\n  ${identity}\n` +
        `(issuer ${issuer}). On GitHub it is your workflow's, from "permissions: id-token: write".`
    )
    const sign = await runAction({ image })
    show(sign)
    if (sign.exitCode !== 0) return 1

    step(
      4,
      'Verify mode: discover → verify → report',
      'The action again, as a pull-request check would run it: it finds the signature and attestations\n' +
        'attached to the image, checks them against the trusted root, requires that signer identity\n' +
        'and issuer, and requires a signed SBOM (require-sbom).'
    )
    const verify = await runAction({
      mode: 'verify',
      images: image,
      'certificate-identity': identity,
      'certificate-oidc-issuer': issuer,
      'require-sbom': 'true'
    })
    show(verify)

    mkdirSync(DEMO_DIR, { recursive: true })
    const files = {
      sbom: keep(sign.outputs['sbom-path'], 'sbom.cdx.json'),
      signature: keep(sign.outputs['signature-bundle-path'], 'signature.sigstore.json'),
      attestation: keep(
        sign.outputs['sbom-attestation-bundle-path'],
        'sbom-attestation.sigstore.json'
      ),
      report: keep(verify.outputs['report-path'], 'verify-report.json'),
      root: keep(stack.info.sigstore.trustedRootPath, 'trusted_root.json')
    }

    step(
      5,
      'The same check with the CLI',
      'sbom-sign is the command-line form of the action (options = action inputs):'
    )
    const cliArgs = [
      'verify',
      image,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      issuer,
      '--trusted-root',
      here(files.root),
      '--require-sbom',
      '--output-dir',
      here(join(DEMO_DIR, 'cli-verify'))
    ]
    console.log(`   $ sbom-sign ${cliArgs.join(' ')}`)
    const cli = await runCli(cliArgs, {}, process.cwd())
    console.log(
      `   exit code ${cli.exitCode}, verified = ${JSON.parse(cli.stdout || '{}').verified}`
    )

    console.log(`
── What the demo wrote (kept in ${here(DEMO_DIR)} until the next run)
   ${here(files.sbom)}                   the SBOM (CycloneDX 1.6)
   ${here(files.signature)}        the image signature (Sigstore bundle: certificate, signature, Rekor entry)
   ${here(files.attestation)} the SBOM attestation (the SBOM, signed, as an in-toto statement)
   ${here(files.report)}             verify mode's report, per image and platform
   ${here(files.root)}              the local Sigstore stack's trust root

── How to look at them
   jq '.components | length' ${here(files.sbom)}
   jq -r .dsseEnvelope.payload ${here(files.attestation)} | base64 -d | jq '{predicateType, subject}'
   jq '.images[] | {image, verified}' ${here(files.report)}
   The registry and the Sigstore stack stopped with the demo; run it again to repeat step 5.

── The same checks for a real image signed on GitHub
   sbom-sign verify ghcr.io/OWNER/APP@sha256:… --require-sbom \\
     --certificate-identity https://github.com/OWNER/APP/.github/workflows/release.yml@refs/heads/main \\
     --certificate-oidc-issuer https://token.actions.githubusercontent.com
   cosign verify ghcr.io/OWNER/APP@sha256:… --certificate-identity … --certificate-oidc-issuer …
   cosign verify-attestation --type cyclonedx ghcr.io/OWNER/APP@sha256:… --certificate-identity … --certificate-oidc-issuer …
   gh attestation verify oci://ghcr.io/OWNER/APP@sha256:… --owner OWNER --bundle-from-oci --predicate-type https://cyclonedx.org/bom

done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return verify.exitCode === 0 && verify.outputs.verified === 'true' && cli.exitCode === 0 ? 0 : 1
  } finally {
    await stack.stop()
    rmSync(join(DEMO_DIR, 'work'), { recursive: true, force: true })
  }
}

process.exitCode = await main()
