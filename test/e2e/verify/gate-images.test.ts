import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MediaType, parseReference, type Descriptor, type ImageIndex } from '../../../src/oci'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attachReferrer, client, pushImage, signImage, stackSigner } from './images'

const stack = stackInfo()
const host = stack.registry.host
const { issuer, trustedRootPath } = stack.sigstore
const ours = stackSigner(stack.sigstore)
const EVIL_WORKFLOW = 'evil/app/.github/workflows/release.yml@refs/heads/main'
const evil = stackSigner(stack.sigstore, { claims: { job_workflow_ref: EVIL_WORKFLOW } })

interface Report {
  verified: boolean
  images: {
    image: string
    verified: boolean
    policy?: string
    errors: string[]
    platforms: { platform?: string; verified: boolean; failures: string[] }[]
  }[]
}
const reportOf = (path: string | undefined) =>
  JSON.parse(readFileSync(path ?? '', 'utf8')) as Report

type Pushed = Awaited<ReturnType<typeof pushImage>>

async function signed(
  repository: string,
  tag: string,
  platform?: { os: string; architecture: string }
) {
  const image = await pushImage(host, repository, tag, platform)
  await attachReferrer(image.ref, image.digest, image.size, await signImage(ours, image.digest))
  return image
}

/** Pushes an index of these children, each listed with the platform given (or none). */
async function pushIndexOf(
  repository: string,
  tag: string,
  children: { image: Pushed; platform?: string; annotations?: Record<string, string> }[]
): Promise<string> {
  const manifests: Descriptor[] = children.map(({ image, platform, annotations }) => {
    const [os, architecture, variant] = (platform ?? '').split('/')
    return {
      mediaType: MediaType.OCI_MANIFEST,
      digest: image.digest,
      size: image.size,
      ...(platform
        ? {
            platform: {
              os: os ?? '',
              architecture: architecture ?? '',
              ...(variant ? { variant } : {})
            }
          }
        : {}),
      ...(annotations ? { annotations } : {})
    }
  })
  const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OCI_INDEX, manifests }
  await client.putManifest(
    parseReference(`${host}/${repository}:${tag}`),
    tag,
    Buffer.from(JSON.stringify(index)),
    MediaType.OCI_INDEX
  )
  return `${host}/${repository}:${tag}`
}

describe('index children are the ones containerd would pull', () => {
  test('an unsigned child without a platform field is checked, not skipped', async () => {
    const arm64 = await signed('gate/bare-child', 'arm64', { os: 'linux', architecture: 'arm64' })
    const amd64 = await pushImage(host, 'gate/bare-child', 'amd64')
    const index = await pushIndexOf('gate/bare-child', 'v1', [
      { image: arm64, platform: 'linux/arm64' },
      { image: amd64 }
    ])
    for (const platforms of ['', 'linux/amd64']) {
      const run = await runAction(verifyInputs(stack.sigstore, index, { platforms }))
      expect(run.outputs.verified).toBe('false')
      const report = reportOf(run.outputs['report-path'])
      const amd64Report = report.images[0]?.platforms.find(p => p.platform === 'linux/amd64')
      expect(amd64Report?.verified).toBe(false)
      expect(amd64Report?.failures.join('; ')).toContain('no signatures')
    }
  })

  test('a child whose platform is unknown everywhere is checked anyway', async () => {
    const mystery = await pushImage(host, 'gate/unknown-child', 'mystery', {})
    const index = await pushIndexOf('gate/unknown-child', 'v1', [{ image: mystery }])
    const run = await runAction(verifyInputs(stack.sigstore, index, { platforms: 'linux/amd64' }))
    expect(run.outputs.verified).toBe('false')
    const report = reportOf(run.outputs['report-path'])
    expect(report.images[0]?.platforms[0]?.platform).toMatch(/^unknown/)
    expect(report.images[0]?.platforms[0]?.verified).toBe(false)
  })

  test('the best-fitting child is checked: an unsigned exact match is not hidden by a signed older one', async () => {
    const v2 = await pushImage(host, 'gate/variants', 'v2', {
      os: 'linux',
      architecture: 'amd64',
      variant: 'v2'
    })
    const v1 = await signed('gate/variants', 'v1', { os: 'linux', architecture: 'amd64' })
    const index = await pushIndexOf('gate/variants', 'index', [
      { image: v1, platform: 'linux/amd64' },
      { image: v2, platform: 'linux/amd64/v2' }
    ])
    const onV2 = await runAction(
      verifyInputs(stack.sigstore, index, { platforms: 'linux/amd64/v2' })
    )
    expect(onV2.outputs.verified).toBe('false')
    expect(reportOf(onV2.outputs['report-path']).images[0]?.platforms[0]?.platform).toBe(
      'linux/amd64/v2'
    )
    const onV1 = await runAction(verifyInputs(stack.sigstore, index, { platforms: 'linux/amd64' }))
    expect(onV1.errors).toEqual([])
    expect(onV1.outputs.verified).toBe('true')
  })

  test('arm64/v8 names the same platform as arm64, and attestation manifests are not images', async () => {
    const arm64 = await signed('gate/arm64', 'arm64', { os: 'linux', architecture: 'arm64' })
    const attestation = await pushImage(host, 'gate/arm64', 'attestation', {
      os: 'unknown',
      architecture: 'unknown'
    })
    const index = await pushIndexOf('gate/arm64', 'v1', [
      { image: arm64, platform: 'linux/arm64' },
      {
        image: attestation,
        platform: 'unknown/unknown',
        annotations: {
          'vnd.docker.reference.type': 'attestation-manifest',
          'vnd.docker.reference.digest': arm64.digest
        }
      }
    ])
    for (const platforms of ['linux/arm64/v8', 'linux/aarch64', 'linux/arm64', '']) {
      const run = await runAction(verifyInputs(stack.sigstore, index, { platforms }))
      expect(run.errors).toEqual([])
      expect(run.outputs.verified).toBe('true')
      const report = reportOf(run.outputs['report-path'])
      expect(report.images[0]?.platforms.map(p => p.platform)).toEqual(['linux/arm64'])
    }
  })
})

describe('policy rules match canonical image names', () => {
  // The strict rule is written for localhost; the image is named by 127.0.0.1. Matched as
  // written, the name would fall through to the catch-all rule that trusts another signer.
  const port = host.split(':')[1]
  const policyFile = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gate-policy-')), 'policy.yaml')
    writeFileSync(
      path,
      [
        'policies:',
        '  - name: ours',
        `    images: ["LOCALHOST:${port}/gate/canonical/**"]`,
        `    identities: [{ issuer: "${issuer}", subject: "${stack.sigstore.identity}" }]`,
        '  - name: anything else',
        '    images: ["**"]',
        `    identities: [{ issuer: "${issuer}", subjectRegExp: "^https://github\\\\.com/evil/.*$" }]`,
        ''
      ].join('\n')
    )
    return path
  }

  test('an image named by an alias of its registry gets the rule of its canonical name', async () => {
    const attacker = await pushImage(host, 'gate/canonical/app', 'evil')
    await attachReferrer(
      attacker.ref,
      attacker.digest,
      attacker.size,
      await signImage(evil, attacker.digest)
    )
    const legit = await signed('gate/canonical/app', 'good')
    const policy = policyFile()
    const run = await runAction({
      mode: 'verify',
      images: [attacker.ref, legit.ref].join('\n'),
      policy,
      'trusted-root': trustedRootPath
    })
    expect(run.outputs.verified).toBe('false')
    const report = reportOf(run.outputs['report-path'])
    expect(report.images.map(i => [i.image, i.verified, i.policy])).toEqual([
      [attacker.ref, false, `${policy}: ours`],
      [legit.ref, true, `${policy}: ours`]
    ])
  })
})
