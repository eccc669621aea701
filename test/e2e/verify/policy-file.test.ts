import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attachReferrer, attestSbom, pushImage, signImage, stackSigner } from './images'

const stack = stackInfo()
const host = stack.registry.host
const { issuer, trustedRootPath } = stack.sigstore
const signer = stackSigner(stack.sigstore)

describe('a policy file with per-image rules', () => {
  test('each image gets its rule: identities, GitHub claims, requirements', async () => {
    const app = await pushImage(host, 'policy/team/app', 'v1')
    await attachReferrer(app.ref, app.digest, app.size, await signImage(signer, app.digest))
    await attachReferrer(
      app.ref,
      app.digest,
      app.size,
      await attestSbom(signer, `${host}/policy/team/app`, app.digest)
    )
    const vendor = await pushImage(host, 'policy/vendor/db', 'v1')
    await attachReferrer(
      vendor.ref,
      vendor.digest,
      vendor.size,
      await signImage(signer, vendor.digest)
    )
    const stray = await pushImage(host, 'elsewhere/tool', 'v1')

    const dir = mkdtempSync(join(tmpdir(), 'policy-'))
    const policy = join(dir, 'policy.yaml')
    writeFileSync(
      policy,
      [
        'version: 1',
        'policies:',
        '  - name: our images',
        `    images: ["${host}/policy/team/**"]`,
        '    identities:',
        `      - issuer: ${issuer}`,
        '        subjectRegExp: ^https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/heads/main$',
        '        claims:',
        '          sourceRepositoryURI: https://github.com/acme/app',
        '          sourceRepositoryRef: refs/heads/main',
        '          runnerEnvironment: github-hosted',
        '    require: { sbom: true, maxAge: 1d }',
        '  - name: vendor',
        `    images: ["${host}/policy/vendor/*"]`,
        '    identities:',
        `      - issuer: ${issuer}`,
        '        subject: https://github.com/vendor/db/.github/workflows/release.yml@refs/heads/main',
        ''
      ].join('\n')
    )
    const run = await runAction({
      mode: 'verify',
      images: [app.ref, vendor.ref, stray.ref].join('\n'),
      policy,
      'trusted-root': trustedRootPath
    })
    expect(run.outputs.verified).toBe('false')
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8'))
    const byImage = Object.fromEntries(
      report.images.map(
        (i: { image: string; verified: boolean; policy?: string; errors: string[] }) => [
          i.image,
          [i.verified, i.policy ?? i.errors.join('; ')]
        ]
      )
    )
    expect(byImage).toEqual({
      [app.ref]: [true, `${policy}: our images`],
      [vendor.ref]: [false, `${policy}: vendor`],
      [stray.ref]: [
        false,
        expect.stringContaining(`no rule of ${policy} matches ${host}/elsewhere/tool`)
      ]
    })
  })

  test('an invalid policy file stops the run with every problem listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'))
    const policy = join(dir, 'policy.yaml')
    writeFileSync(
      policy,
      'policies:\n  - images: ["x/*"]\n    identities:\n      - subjectRegExp: "("\n'
    )
    const run = await runAction({ mode: 'verify', images: 'example.com/a:1', policy })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('policies[0].identities[0].subjectRegExp regexp "(" is invalid')
    expect(run.errors[0]).toContain('"issuer" or "issuerRegExp"')
  })
})
