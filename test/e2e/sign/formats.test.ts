import { X509Certificate, createHash, verify } from 'node:crypto'
import { generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nacl from 'tweetnacl'
import { MediaType, RegistryClient, parseReference } from '../../../src/oci'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage, pushTestIndex } from '../../support/registry-images'
import { readBundle, verifyKeyless, verifyRekorSet } from './verify-helpers'

const client = new RegistryClient()

async function manifestOf(name: string, tagOrDigest: string) {
  const { bytes, digest } = await client.getManifest(parseReference(name), tagOrDigest)
  return { digest, manifest: JSON.parse(bytes.toString()) }
}

describe('legacy format (cosign v2 .sig / .att tags)', () => {
  test('the .sig and .att manifests have cosign layout, field by field', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'legacy/app')
    const name = `${registry.host}/legacy/app`
    const run = await runAction({ image: `${name}@${image.digest}`, 'attach-format': 'legacy' })
    expect(run.errors).toEqual([])
    const tag = image.digest.replace(':', '-')

    const sig = await manifestOf(name, `${tag}.sig`)
    expect(run.outputs['signature-ref']).toBe(sig.digest)
    expect(sig.manifest.mediaType).toBe(MediaType.OCI_MANIFEST)
    expect(sig.manifest.config.mediaType).toBe('application/vnd.oci.image.config.v1+json')
    expect(sig.manifest.layers).toHaveLength(1)
    const layer = sig.manifest.layers[0]
    expect(layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json')
    const payload = await client.getBlob(parseReference(name), layer.digest)
    expect(JSON.parse(payload.toString())).toEqual({
      critical: {
        identity: { 'docker-reference': name },
        image: { 'docker-manifest-digest': image.digest },
        type: 'cosign container image signature'
      },
      optional: null
    })
    const config = JSON.parse(
      (await client.getBlob(parseReference(name), sig.manifest.config.digest)).toString()
    )
    expect(config.rootfs).toEqual({ type: 'layers', diff_ids: [layer.digest] })
    // signature over the payload with the certificate's key
    const a = layer.annotations
    const cert = new X509Certificate(a['dev.sigstore.cosign/certificate'])
    expect(cert.subjectAltName).toBe(`URI:${sigstore.identity}`)
    expect(
      verify(
        'sha256',
        payload,
        cert.publicKey,
        Buffer.from(a['dev.cosignproject.cosign/signature'], 'base64')
      )
    ).toBe(true)
    // chain = the CA of the trusted root, which issued the leaf
    const chain = new X509Certificate(a['dev.sigstore.cosign/chain'])
    expect(cert.checkIssued(chain)).toBe(true)
    // Rekor bundle: hashedrekord body over the payload, SET signed by the log key over the canonical Payload
    const { entry, body } = verifyRekorSet(a['dev.sigstore.cosign/bundle'])
    expect(Object.keys(entry).sort()).toEqual(['body', 'integratedTime', 'logID', 'logIndex'])
    expect(body.kind).toBe('hashedrekord')
    expect(body.spec.data.hash.value).toBe(createHash('sha256').update(payload).digest('hex'))
    expect(String(entry.logIndex)).toBe(run.outputs['rekor-log-index'])
    expect(JSON.parse(a['dev.sigstore.cosign/rfc3161timestamp']).SignedRFC3161Timestamp).toMatch(
      /^[A-Za-z0-9+/]+=*$/
    )

    const att = await manifestOf(name, `${tag}.att`)
    expect(run.outputs['attestation-ref']).toBe(att.digest)
    const attLayer = att.manifest.layers[0]
    expect(attLayer.mediaType).toBe('application/vnd.dsse.envelope.v1+json')
    expect(attLayer.annotations.predicateType).toBe('https://cyclonedx.org/bom')
    expect(attLayer.annotations['dev.cosignproject.cosign/signature']).toBe('')
    const envelope = await client.getBlob(parseReference(name), attLayer.digest)
    const attBody = JSON.parse(
      Buffer.from(
        JSON.parse(attLayer.annotations['dev.sigstore.cosign/bundle']).Payload.body,
        'base64'
      ).toString()
    )
    expect(attBody.kind).toBe('dsse')
    expect(attBody.spec.envelopeHash.value).toBe(
      createHash('sha256').update(envelope).digest('hex')
    )
    const bundle = readBundle(run.outputs['sbom-attestation-bundle-path'] ?? '')
    expect(JSON.parse(envelope.toString()).payload).toBe(bundle.dsseEnvelope?.payload)
    await verifyKeyless(bundle, image.digest, 'https://cyclonedx.org/bom')
    // no referrers in legacy mode
    expect(await client.referrers(parseReference(name), image.digest)).toEqual([])
  })

  test('re-signing in legacy format finds the valid .sig/.att and appends nothing', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'legacy/resign')
    const name = `${registry.host}/legacy/resign`
    const inputs = { image: `${name}@${image.digest}`, 'attach-format': 'legacy' }
    const first = await runAction(inputs)
    const second = await runAction(inputs)
    expect(second.errors).toEqual([])
    expect(second.outputs['signature-ref']).toBe(first.outputs['signature-ref'])
    expect(second.outputs['attestation-ref']).toBe(first.outputs['attestation-ref'])
    const tag = image.digest.replace(':', '-')
    expect((await manifestOf(name, `${tag}.sig`)).manifest.layers).toHaveLength(1)
    expect((await manifestOf(name, `${tag}.att`)).manifest.layers).toHaveLength(1)
    const forced = await runAction({ ...inputs, force: 'true' })
    expect(forced.errors).toEqual([])
    expect((await manifestOf(name, `${tag}.sig`)).manifest.layers).toHaveLength(2)
  })

  test('both: referrers and legacy tags', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'legacy/both')
    const name = `${registry.host}/legacy/both`
    const run = await runAction({
      image: `${name}@${image.digest}`,
      'attach-format': 'both',
      sbom: 'none'
    })
    expect(run.errors).toEqual([])
    expect(await client.referrers(parseReference(name), image.digest)).toHaveLength(1)
    const sig = await manifestOf(name, `${image.digest.replace(':', '-')}.sig`)
    expect(sig.manifest.layers).toHaveLength(1)
    await verifyKeyless(
      readBundle(run.outputs['signature-bundle-path'] ?? ''),
      image.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
  })
})

describe('multi-platform images', () => {
  test('signs the index and each platform; one SBOM per platform on its manifest and on the index', async () => {
    const { registry } = stackInfo()
    const index = await pushTestIndex(registry.host, 'multi/app')
    const name = `${registry.host}/multi/app`
    const run = await runAction({ image: `${name}@${index.digest}` })
    expect(run.errors).toEqual([])
    expect(run.outputs.digest).toBe(index.digest)
    const types = async (digest: string) =>
      (await client.referrers(parseReference(name), digest))
        .map(d => d.annotations?.['dev.sigstore.bundle.predicateType'])
        .sort()
    // Each platform's SBOM attestation also on the index (see docs/signing.md).
    expect(await types(index.digest)).toEqual([
      'https://cyclonedx.org/bom',
      'https://cyclonedx.org/bom',
      'https://sigstore.dev/cosign/sign/v1'
    ])
    for (const child of Object.values(index.children))
      expect(await types(child)).toEqual([
        'https://cyclonedx.org/bom',
        'https://sigstore.dev/cosign/sign/v1'
      ])
    expect(run.summary).toContain('linux/arm64')
  })

  test('platforms limits the platforms; an absent one is an input error', async () => {
    const { registry } = stackInfo()
    const index = await pushTestIndex(registry.host, 'multi/some')
    const name = `${registry.host}/multi/some`
    const run = await runAction({ image: `${name}@${index.digest}`, platforms: 'linux/arm64' })
    expect(run.errors).toEqual([])
    expect(await client.referrers(parseReference(name), index.children['linux/amd64'])).toEqual([])
    expect(
      await client.referrers(parseReference(name), index.children['linux/arm64'])
    ).toHaveLength(2)
    const bad = await runAction({ image: `${name}@${index.digest}`, platforms: 'linux/s390x' })
    expect(bad.exitCode).toBe(1)
    expect(bad.errors[0]).toMatch(/linux\/s390x is not in .* It has: linux\/amd64, linux\/arm64/)
  })
})

/** A cosign encrypted key file (scrypt + secretbox over PKCS#8) and its public key PEM. */
function cosignKeyFile(password: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const salt = randomBytes(32)
  const nonce = randomBytes(24)
  const secret = scryptSync(password, salt, 32, { N: 32768, r: 8, p: 1, maxmem: 256 * 1024 * 1024 })
  const sealed = {
    kdf: { name: 'scrypt', params: { N: 32768, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(
      nacl.secretbox(privateKey.export({ format: 'der', type: 'pkcs8' }), nonce, secret)
    ).toString('base64')
  }
  const dir = mkdtempSync(join(tmpdir(), 'key-'))
  const file = join(dir, 'cosign.key')
  writeFileSync(
    file,
    `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(sealed)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`
  )
  return { file, publicKey }
}

const NO_OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }

describe('key-based signing', () => {
  test('a cosign encrypted key, no transparency log: the bundle carries the key hint', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'keyed/app')
    const { file, publicKey } = cosignKeyFile('pw')
    const run = await runAction(
      {
        image: `${registry.host}/keyed/app@${image.digest}`,
        key: file,
        'key-password': 'pw',
        'tlog-upload': 'false',
        sbom: 'none',
        'trusted-root': stackInfo().sigstore.trustedRootPath
      },
      NO_OIDC
    )
    expect(run.errors).toEqual([])
    const logged = run.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    expect(logged.join('\n')).not.toContain('-----BEGIN')
    const bundle = readBundle(run.outputs['signature-bundle-path'] ?? '')
    const spki = publicKey.export({ format: 'der', type: 'spki' })
    expect(bundle.verificationMaterial.publicKey?.hint).toBe(
      createHash('sha256').update(spki).digest('base64')
    )
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(run.outputs['rekor-log-index']).toBeUndefined()
    const envelope = bundle.dsseEnvelope
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${envelope?.payloadType.length} ${envelope?.payloadType} `),
      Buffer.from(`${Buffer.from(envelope?.payload ?? '', 'base64').length} `),
      Buffer.from(envelope?.payload ?? '', 'base64')
    ])
    expect(
      verify('sha256', pae, publicKey, Buffer.from(envelope?.signatures[0]?.sig ?? '', 'base64'))
    ).toBe(true)
  })
})
