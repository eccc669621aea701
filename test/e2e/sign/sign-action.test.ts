import { existsSync, readFileSync } from 'node:fs'
import { MediaType, RegistryClient, parseReference } from '../../../src/oci'
import { pushFixture } from '../../support/fixtures'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyKeyless } from './verify-helpers'

const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const client = new RegistryClient()

async function manifestOf(repo: string, digest: string) {
  const { bytes } = await client.getManifest(parseReference(repo), digest)
  return JSON.parse(bytes.toString())
}

describe('sign mode, bundle format (default)', () => {
  test('signs, attests the SBOM as OCI referrers, and every bundle verifies', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/bundle')
    const run = await runAction({ image: `${registry.host}/sign/bundle@${image.digest}` })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const out = run.outputs
    expect(out.digest).toBe(image.digest)
    expect(existsSync(out['sbom-path'] ?? '')).toBe(true)
    expect(out['rekor-log-index']).toMatch(/^\d+$/)
    expect(out['rekor-entry-url']).toContain(
      `/api/v1/log/entries?logIndex=${out['rekor-log-index']}`
    )

    await verifyKeyless(
      readBundle(out['signature-bundle-path'] ?? ''),
      image.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
    const statement = await verifyKeyless(
      readBundle(out['sbom-attestation-bundle-path'] ?? ''),
      image.digest,
      'https://cyclonedx.org/bom'
    )
    expect(statement.subject[0]?.name).toBe(`${registry.host}/sign/bundle`)
    expect(statement.predicate).toEqual(JSON.parse(readFileSync(out['sbom-path'] ?? '', 'utf8')))

    const name = `${registry.host}/sign/bundle`
    for (const [refName, predicateType] of [
      ['signature-ref', 'https://sigstore.dev/cosign/sign/v1'],
      ['attestation-ref', 'https://cyclonedx.org/bom']
    ] as const) {
      const manifest = await manifestOf(name, out[refName] ?? '')
      expect(manifest).toMatchObject({
        schemaVersion: 2,
        mediaType: MediaType.OCI_MANIFEST,
        artifactType: BUNDLE_TYPE,
        config: {
          mediaType: 'application/vnd.oci.empty.v1+json',
          digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
          size: 2
        },
        subject: { mediaType: MediaType.OCI_MANIFEST, digest: image.digest },
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': predicateType,
          'org.opencontainers.image.created': expect.stringMatching(
            /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
          )
        }
      })
      expect(manifest.layers).toHaveLength(1)
      expect(manifest.layers[0].mediaType).toBe(BUNDLE_TYPE)
      const layer = await client.getBlob(parseReference(name), manifest.layers[0].digest)
      await verifyKeyless(JSON.parse(layer.toString()), image.digest, predicateType)
    }
    // Distribution 2.8 has no referrers API: the fallback tag lists both, with annotations.
    const fallback = await manifestOf(name, image.digest.replace(':', '-'))
    expect(fallback.mediaType).toBe(MediaType.OCI_INDEX)
    expect(fallback.manifests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          digest: out['signature-ref'],
          artifactType: BUNDLE_TYPE,
          annotations: expect.objectContaining({
            'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1'
          })
        }),
        expect.objectContaining({ digest: out['attestation-ref'], artifactType: BUNDLE_TYPE })
      ])
    )
    expect(run.summary).toContain('| Image signature |')
    expect(run.summary).toContain(stackInfo().sigstore.identity)
  })

  test('re-signing the same digest is idempotent; force signs again', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/resign')
    const inputs = { image: `${registry.host}/sign/resign@${image.digest}`, sbom: 'none' }
    const first = await runAction(inputs)
    const second = await runAction(inputs)
    expect(second.exitCode).toBe(0)
    expect(second.outputs['signature-ref']).toBe(first.outputs['signature-ref'])
    expect(second.stderr + second.stdout).toMatch(/already attached/)
    expect(second.summary).toMatch(/Nothing new was signed/)
    const referrers = () =>
      client.referrers(parseReference(`${registry.host}/sign/resign`), image.digest)
    expect(await referrers()).toHaveLength(1)
    const forced = await runAction({ ...inputs, force: 'true' })
    expect(forced.exitCode).toBe(0)
    expect(forced.outputs['signature-ref']).not.toBe(first.outputs['signature-ref'])
    expect(await referrers()).toHaveLength(2)
  })

  test('SPDX SBOMs, and a given SBOM file, are attested with their predicate type', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/spdx')
    const spdx = await runAction({
      image: `${registry.host}/sign/spdx@${image.digest}`,
      'sbom-format': 'spdx-json'
    })
    expect(spdx.errors).toEqual([])
    const statement = await verifyKeyless(
      readBundle(spdx.outputs['sbom-attestation-bundle-path'] ?? ''),
      image.digest,
      'https://spdx.dev/Document'
    )
    expect((statement.predicate as { spdxVersion: string }).spdxVersion).toBe('SPDX-2.3')

    const other = await pushTestImage(registry.host, 'sign/given')
    const given = await runAction({
      image: `${registry.host}/sign/given@${other.digest}`,
      sbom: spdx.outputs['sbom-path'] ?? ''
    })
    expect(given.errors).toEqual([])
    const attested = await verifyKeyless(
      readBundle(given.outputs['sbom-attestation-bundle-path'] ?? ''),
      other.digest,
      'https://spdx.dev/Document'
    )
    expect(attested.predicate).toEqual(statement.predicate)
  })

  test('an instance with Fulcio and a TSA but no log (as GitHub runs for private repos)', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/tsaonly')
    const run = await runAction({
      image: `${registry.host}/sign/tsaonly@${image.digest}`,
      sbom: 'none',
      'fulcio-url': sigstore.fulcioURL,
      'tsa-url': `${sigstore.tsaURL}/api/v1/timestamp`,
      'trusted-root': sigstore.trustedRootPath
    })
    expect(run.errors).toEqual([])
    const bundle = readBundle(run.outputs['signature-bundle-path'] ?? '')
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    expect(run.outputs['rekor-log-index']).toBeUndefined()
    await verifyKeyless(bundle, image.digest, 'https://sigstore.dev/cosign/sign/v1', 0)
  })

  test('a registry behind basic auth, with registry-username/-password', async () => {
    const { authRegistry } = stackInfo()
    const credentials = { username: authRegistry.username, password: authRegistry.password }
    const image = await pushTestImage(authRegistry.host, 'sign/auth', { credentials })
    const inputs = { image: `${authRegistry.host}/sign/auth@${image.digest}`, sbom: 'none' }
    const anonymous = await runAction(inputs)
    expect(anonymous.exitCode).toBe(1)
    const run = await runAction({
      ...inputs,
      'registry-username': credentials.username,
      'registry-password': credentials.password
    })
    expect(run.errors).toEqual([])
    const found = await new RegistryClient(credentials).referrers(
      parseReference(`${authRegistry.host}/sign/auth`),
      image.digest
    )
    expect(found.map(d => d.digest)).toEqual([run.outputs['signature-ref']])
  })

  test('a tag is resolved to its digest, with a warning', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/tagged', { tag: 'v1' })
    const run = await runAction({ image: image.ref, sbom: 'none' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(image.digest)
    expect(run.warnings.join('\n')).toMatch(/has no digest/)
  })

  test('without id-token permission it fails first and writes nothing', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/noperm')
    const run = await runAction(
      { image: `${registry.host}/sign/noperm@${image.digest}` },
      { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }
    )
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/permissions: id-token: write/)
    expect(
      await client.referrers(parseReference(`${registry.host}/sign/noperm`), image.digest)
    ).toEqual([])
  })

  test('an SBOM over max-predicate-size fails before anything is signed', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/large')
    const run = await runAction({
      image: `${registry.host}/sign/large@${image.digest}`,
      'max-predicate-size': '100'
    })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors[0]).toMatch(/over "max-predicate-size" \(100\)/)
    expect(
      await client.referrers(parseReference(`${registry.host}/sign/large`), image.digest)
    ).toEqual([])
  })
})

describe('on the real Debian fixtures', () => {
  test('debian-app: the attested SBOM lists its packages; all bundles verify', async () => {
    const { registry } = stackInfo()
    const pushed = await pushFixture('debian-app', registry.host, 'real/debian-app')
    const run = await runAction({ image: `${registry.host}/real/debian-app@${pushed.digest}` })
    expect(run.errors).toEqual([])
    const statement = await verifyKeyless(
      readBundle(run.outputs['sbom-attestation-bundle-path'] ?? ''),
      pushed.digest,
      'https://cyclonedx.org/bom'
    )
    const components = (statement.predicate as { components?: { purl?: string }[] }).components
    expect(components?.some(c => c.purl?.startsWith('pkg:deb/debian/libc6@'))).toBe(true)
    await verifyKeyless(
      readBundle(run.outputs['signature-bundle-path'] ?? ''),
      pushed.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
  })

  test('multiarch: index and both platforms signed, an SBOM on each platform', async () => {
    const { registry } = stackInfo()
    const name = `${registry.host}/real/multiarch`
    const pushed = await pushFixture('multiarch', registry.host, 'real/multiarch')
    const run = await runAction({ image: `${name}@${pushed.digest}` })
    expect(run.errors).toEqual([])
    const index = await manifestOf(name, pushed.digest)
    const children = (index.manifests as { digest: string; platform?: { os: string } }[]).filter(
      d => d.platform?.os === 'linux'
    )
    expect(children).toHaveLength(2)
    for (const child of children) {
      const found = await client.referrers(parseReference(name), child.digest)
      expect(found.map(d => d.annotations?.['dev.sigstore.bundle.predicateType']).sort()).toEqual([
        'https://cyclonedx.org/bom',
        'https://sigstore.dev/cosign/sign/v1'
      ])
    }
  })
})
