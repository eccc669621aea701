import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attachReferrer, attestSbom, signImage, stackSigner } from '../verify/images'
import type { DebPackage } from '../../support/debian'
import { pushTestImage, pushTestIndex } from '../../support/registry-images'

/**
 * `find` over signed and unsigned images in the local registry, signed through the action
 * (sign mode generates each SBOM from the image's dpkg database) on the local Sigstore stack.
 * liblzma5 is built from the xz-utils source package: the query names the source.
 */
const stack = stackInfo()
const host = stack.registry.host
const { identity, issuer, trustedRootPath } = stack.sigstore
const XZ_QUERY = 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2'
const SIGNER = [
  '--certificate-identity',
  identity,
  '--certificate-oidc-issuer',
  issuer,
  '--trusted-root',
  trustedRootPath
]

const base: DebPackage[] = [
  { name: 'base-files', version: '12.4+deb12u5' },
  { name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc' }
]
const backdoored: DebPackage[] = [
  ...base,
  { name: 'liblzma5', version: '5.6.1-1', source: 'xz-utils' }
]
const clean: DebPackage[] = [
  ...base,
  { name: 'liblzma5', version: '5.4.1-0.2', source: 'xz-utils' }
]

interface Report {
  query: { kind: string; note?: string }
  counts: { contains: number; mayContain: number; doesNotContain: number; unchecked: number }
  images: {
    image: string
    digest?: string
    error?: string
    platforms: {
      platform?: string
      status: string
      reason?: string
      sbom?: { kind: string; signer?: string }
      matches: { name: string; version?: string; via: string; source?: string; location?: string }[]
    }[]
  }[]
}

const images: Record<'signed' | 'clean' | 'unsigned' | 'other' | 'index', string> = {
  signed: '',
  clean: '',
  unsigned: '',
  other: '',
  index: ''
}

async function signWithAction(name: string, digest: string): Promise<void> {
  const run = await runAction({ image: `${name}@${digest}` })
  if (run.exitCode !== 0) throw new Error(`signing ${name} failed: ${run.errors.join('; ')}`)
}

beforeAll(async () => {
  const signed = await pushTestImage(host, 'find/signed', { packages: backdoored })
  await signWithAction(signed.name, signed.digest)
  const cleanImage = await pushTestImage(host, 'find/clean', { packages: clean })
  await signWithAction(cleanImage.name, cleanImage.digest)
  const unsigned = await pushTestImage(host, 'find/unsigned', { packages: backdoored })
  const index = await pushTestIndex(host, 'find/index', {
    packages: { amd64: backdoored, arm64: clean }
  })
  await signWithAction(index.name, index.digest)
  // Signed, SBOM included, by a workflow of another repository: not an identity we trust.
  const other = await pushTestImage(host, 'find/other', { packages: backdoored })
  const evil = stackSigner(stack.sigstore, {
    claims: { job_workflow_ref: 'evil/app/.github/workflows/release.yml@refs/heads/main' }
  })
  const sbom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [
      {
        type: 'library',
        name: 'liblzma5',
        version: '5.6.1-1',
        purl: 'pkg:deb/debian/liblzma5@5.6.1-1?arch=amd64&distro=debian-12&upstream=xz-utils'
      }
    ]
  }
  await attachReferrer(other.ref, other.digest, other.size, await signImage(evil, other.digest))
  await attachReferrer(
    other.ref,
    other.digest,
    other.size,
    await attestSbom(evil, other.name, other.digest, sbom)
  )
  Object.assign(images, {
    signed: signed.ref,
    clean: cleanImage.ref,
    unsigned: unsigned.ref,
    other: other.ref,
    index: index.ref
  })
})

const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report
const byImage = (report: Report, ref: string) => report.images.find(i => i.image === ref)

describe('sbom-sign find (dist/cli)', () => {
  test('contains / does not / no verified SBOM, per image and platform', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'find-')), 'found.json')
    const run = await runCli([
      'find',
      XZ_QUERY,
      images.signed,
      images.clean,
      images.unsigned,
      images.other,
      images.index,
      ...SIGNER,
      '--json',
      out
    ])
    // Two images could not be checked: exit 1, and the table still says what was found.
    expect(run.exitCode).toBe(1)
    const report = readReport(out)
    expect(report.counts).toEqual({ contains: 2, mayContain: 0, doesNotContain: 2, unchecked: 2 })

    const signed = byImage(report, images.signed)?.platforms
    expect(signed).toEqual([
      expect.objectContaining({
        status: 'contains',
        sbom: expect.objectContaining({ kind: 'verified attestation', signer: identity }),
        matches: [
          {
            name: 'liblzma5',
            version: '5.6.1-1',
            purl: expect.stringContaining('pkg:deb/debian/liblzma5@5.6.1-1'),
            location: '/var/lib/dpkg/status',
            via: 'source',
            source: 'xz-utils'
          }
        ]
      })
    ])
    expect(byImage(report, images.clean)?.platforms).toEqual([
      expect.objectContaining({ status: 'does not contain', matches: [] })
    ])
    expect(byImage(report, images.unsigned)?.platforms).toEqual([
      expect.objectContaining({
        status: 'no verified SBOM',
        reason: 'no signatures or attestations found'
      })
    ])
    const other = byImage(report, images.other)?.platforms[0]
    expect(other?.status).toBe('no verified SBOM')
    expect(other?.reason).toMatch(/none of the 2 signatures\/attestations found verifies/)
    expect(other?.reason).toContain('evil/app')
    expect(
      byImage(report, images.index)?.platforms.map(p => [p.platform, p.status, p.matches.length])
    ).toEqual([
      ['linux/amd64', 'contains', 1],
      ['linux/arm64', 'does not contain', 0]
    ])

    const row = (ref: string) => run.stdout.split('\n').find(l => l.startsWith(`${ref} `)) ?? ''
    expect(row(images.signed)).toMatch(
      /contains\s+liblzma5 5\.6\.1-1 \(source xz-utils\) at \/var\/lib\/dpkg\/status/
    )
    expect(row(images.clean)).toMatch(/does not contain/)
    expect(row(images.unsigned)).toMatch(/no verified SBOM\s+no signatures or attestations found/)
    expect(run.stderr).toContain('2 image(s)/platform(s) could not be checked')
  })

  test('--generate reads an unsigned image from its layers, and says so', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'find-')), 'found.json')
    const run = await runCli([
      'find',
      XZ_QUERY,
      images.unsigned,
      images.clean,
      ...SIGNER,
      '--generate',
      '--json',
      out
    ])
    expect(run.exitCode).toBe(0)
    const report = readReport(out)
    expect(byImage(report, images.unsigned)?.platforms).toEqual([
      expect.objectContaining({
        status: 'contains',
        sbom: { kind: 'generated' },
        reason: 'no signatures or attestations found',
        matches: [expect.objectContaining({ name: 'liblzma5', via: 'source' })]
      })
    ])
    // A verified SBOM is still preferred where there is one.
    expect(byImage(report, images.clean)?.platforms[0]?.sbom?.kind).toBe('verified attestation')
    expect(run.stdout).toMatch(/contains \(generated SBOM, not verified\)/)
  })

  test('the same unsigned image with --generate, when it does not contain the package', async () => {
    const run = await runCli([
      'find',
      'pkg:deb/debian/xz-utils@<5.0.0',
      images.unsigned,
      ...SIGNER,
      '--generate'
    ])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/does not contain \(generated SBOM, not verified\)/)
  })

  test('--fail-if-found exits 3 when found, 0 when not; a plain name query says how it matched', async () => {
    const found = await runCli([
      'find',
      'liblzma5@5.6.1-1',
      images.signed,
      ...SIGNER,
      '--fail-if-found'
    ])
    expect(found.exitCode).toBe(3)
    expect(found.stdout).toContain('matched against package names in every ecosystem')
    expect(found.stdout).toMatch(/contains\s+liblzma5 5\.6\.1-1 at/)
    const none = await runCli([
      'find',
      'liblzma5@5.6.1-1',
      images.clean,
      ...SIGNER,
      '--fail-if-found'
    ])
    expect(none.exitCode).toBe(0)
  })

  test('a query that is no purl or range is a usage error (exit 2)', async () => {
    const run = await runCli(['find', 'pkg:npm/lodash@', images.signed, ...SIGNER])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('nothing follows "@"')
  })
})

describe('mode: find (dist/index.js)', () => {
  test('writes the report, the counts and a job-summary table', async () => {
    const run = await runAction({
      mode: 'find',
      query: XZ_QUERY,
      images: [images.signed, images.clean, images.index].join('\n'),
      'certificate-identity': identity,
      'certificate-oidc-issuer': issuer,
      'trusted-root': trustedRootPath
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ found: '2', 'may-contain': '0', unchecked: '0' })
    const report = readReport(run.outputs['find-report-path'] ?? '')
    expect(report.images.map(i => i.platforms.map(p => p.status))).toEqual([
      ['contains'],
      ['does not contain'],
      ['contains', 'does not contain']
    ])
    expect(run.summary).toContain('### Which images contain it?')
    expect(run.summary).toContain(
      `| ${images.signed} |  | 🔴 contains | liblzma5 5.6.1-1 (source xz-utils) at /var/lib/dpkg/status |`
    )
    expect(run.summary).toContain(`| ${images.index} | linux/arm64 | 🟢 does not contain |`)
  })

  test('fail-if-found fails the step; an image it cannot check fails it too', async () => {
    const common = {
      mode: 'find',
      query: XZ_QUERY,
      'certificate-identity': identity,
      'certificate-oidc-issuer': issuer,
      'trusted-root': trustedRootPath
    }
    const found = await runAction({ ...common, images: images.signed, 'fail-if-found': 'true' })
    expect(found.exitCode).toBe(1)
    expect(found.errors).toEqual([expect.stringContaining(`contain or may contain ${XZ_QUERY}`)])
    const unchecked = await runAction({ ...common, images: images.unsigned })
    expect(unchecked.exitCode).toBe(1)
    expect(unchecked.outputs.unchecked).toBe('1')
    expect(unchecked.errors).toEqual([
      expect.stringContaining('1 image(s)/platform(s) could not be checked')
    ])
  })
})
