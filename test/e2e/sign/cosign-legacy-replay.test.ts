import { X509Certificate, createHash, verify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { RFC3161Timestamp } from '@sigstore/core'
import { verifyBundleTimestamp } from '@freedomofpress/sigstore-browser'
import { RegistryClient, parseReference, type ImageManifest } from '../../../src/oci'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyMessageIndependently, verifyRekorSet } from './verify-helpers'

/**
 * Replays what `cosign verify --use-signed-timestamps` / `cosign verify-attestation` check on
 * a legacy `.sig` / `.att` layer (cosign pkg/cosign/verify.go: the signature over the layer,
 * the SET over the Rekor payload, the entry's hashes, and VerifyRFC3161Timestamp: over the
 * raw signature when the signature annotation is set, over the layer bytes when it is empty).
 */
const client = new RegistryClient()
const A = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
}

function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest()
}

function trustedRoot() {
  return JSON.parse(readFileSync(stackInfo().sigstore.trustedRootPath, 'utf8'))
}

async function legacyLayer(name: string, digest: string, suffix: 'sig' | 'att') {
  const ref = parseReference(name)
  const { bytes } = await client.getManifest(ref, `${digest.replace(':', '-')}.${suffix}`)
  const manifest = JSON.parse(bytes.toString()) as ImageManifest
  expect(manifest.layers).toHaveLength(1)
  const layer = manifest.layers[0] as ImageManifest['layers'][number]
  const blob = await client.getBlob(ref, layer.digest)
  expect(`sha256:${sha256(blob).toString('hex')}`).toBe(layer.digest)
  return { blob, annotations: layer.annotations ?? {} }
}

/** cosign's VerifyRFC3161Timestamp: the token's messageImprint is sha256(`covered`), field by field. */
async function checkTimestamp(annotation: string | undefined, covered: Buffer, notCovered: Buffer) {
  const token = JSON.parse(annotation ?? '{}').SignedRFC3161Timestamp as string
  const timestamp = RFC3161Timestamp.parse(Buffer.from(token, 'base64'))
  expect(timestamp.status).toBe(0n)
  expect(timestamp.tstInfo.messageImprintHashAlgorithm).toBe('sha256')
  expect(timestamp.tstInfo.messageImprintHashedMessage.toString('hex')).toBe(
    sha256(covered).toString('hex')
  )
  expect(timestamp.tstInfo.messageImprintHashedMessage.equals(sha256(notCovered))).toBe(false)
  // The token's signature chains to the trusted root's TSA (independent implementation).
  const tsas = trustedRoot().timestampAuthorities
  const data = { rfc3161Timestamps: [{ signedTimestamp: token }] }
  const [time] = await verifyBundleTimestamp(data, new Uint8Array(covered), tsas)
  await expect(verifyBundleTimestamp(data, new Uint8Array(notCovered), tsas)).rejects.toThrow()
  return time as Date
}

function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `), payload])
}

const instances = {
  'Rekor and a TSA': () => ({}),
  'a TSA and no Rekor': () => {
    const { sigstore } = stackInfo()
    return {
      'fulcio-url': sigstore.fulcioURL,
      'tsa-url': `${sigstore.tsaURL}/api/v1/timestamp`,
      'trusted-root': sigstore.trustedRootPath
    }
  }
}

describe("legacy .sig/.att replayed through cosign's verification steps", () => {
  for (const [label, services] of Object.entries(instances))
    test(`${label}: signature, SET, entry hashes and RFC 3161 imprints hold`, async () => {
      const { registry, sigstore } = stackInfo()
      const repo = `replay/${label.includes('no Rekor') ? 'tsaonly' : 'rekor'}`
      const image = await pushTestImage(registry.host, repo)
      const name = `${registry.host}/${repo}`
      const logged = !label.includes('no Rekor')
      const run = await runAction({
        image: `${name}@${image.digest}`,
        'attach-format': 'legacy',
        ...services()
      })
      expect(run.errors).toEqual([])

      // .sig: signature over the simple-signing layer; timestamp over the raw signature.
      const sig = await legacyLayer(name, image.digest, 'sig')
      const cert = new X509Certificate(sig.annotations[A.certificate] ?? '')
      expect(cert.subjectAltName).toBe(`URI:${sigstore.identity}`)
      expect(cert.checkIssued(new X509Certificate(sig.annotations[A.chain] ?? ''))).toBe(true)
      const rawSignature = Buffer.from(sig.annotations[A.signature] ?? '', 'base64')
      expect(verify('sha256', sig.blob, cert.publicKey, rawSignature)).toBe(true)
      const sigTime = await checkTimestamp(sig.annotations[A.timestamp], rawSignature, sig.blob)
      expect(sigTime.getTime()).toBeGreaterThanOrEqual(new Date(cert.validFrom).getTime())
      expect(sigTime.getTime()).toBeLessThanOrEqual(new Date(cert.validTo).getTime())
      if (logged) {
        const { body } = verifyRekorSet(sig.annotations[A.bundle] ?? '')
        expect(body.kind).toBe('hashedrekord')
        expect(body.spec.data.hash).toEqual({
          algorithm: 'sha256',
          value: sha256(sig.blob).toString('hex')
        })
        expect(body.spec.signature.content).toBe(sig.annotations[A.signature])
        // The message-signature bundle behind the layer, by the second implementation.
        await verifyMessageIndependently(
          readBundle(run.outputs['signature-bundle-path'] ?? ''),
          sig.blob
        )
      } else expect(sig.annotations[A.bundle]).toBeUndefined()

      // .att: DSSE signature over PAE; timestamp over the whole layer (the envelope JSON).
      const att = await legacyLayer(name, image.digest, 'att')
      expect(att.annotations[A.signature]).toBe('')
      expect(att.annotations.predicateType).toBe('https://cyclonedx.org/bom')
      const envelope = JSON.parse(att.blob.toString()) as {
        payloadType: string
        payload: string
        signatures: { sig: string }[]
      }
      const payload = Buffer.from(envelope.payload, 'base64')
      const dsseSignature = Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64')
      const attCert = new X509Certificate(att.annotations[A.certificate] ?? '')
      expect(
        verify('sha256', pae(envelope.payloadType, payload), attCert.publicKey, dsseSignature)
      ).toBe(true)
      expect(JSON.parse(payload.toString()).subject[0].digest.sha256).toBe(
        image.digest.slice('sha256:'.length)
      )
      await checkTimestamp(att.annotations[A.timestamp], att.blob, dsseSignature)
      if (logged) {
        const { body } = verifyRekorSet(att.annotations[A.bundle] ?? '')
        expect(body.kind).toBe('dsse')
        expect(body.spec.envelopeHash.value).toBe(sha256(att.blob).toString('hex'))
        expect(body.spec.payloadHash.value).toBe(sha256(payload).toString('hex'))
        expect(body.spec.signatures[0].signature).toBe(envelope.signatures[0]?.sig)
      } else expect(att.annotations[A.bundle]).toBeUndefined()

      // This project's verify mode reads both back by the same rules.
      const verified = await runAction(
        verifyInputs(sigstore, `${name}@${image.digest}`, { 'require-sbom': 'true' })
      )
      expect(verified.errors).toEqual([])
      const report = JSON.parse(readFileSync(verified.outputs['report-path'] ?? '', 'utf8'))
      const kinds = report.images[0].platforms[0].findings
        .filter((f: { verified: boolean }) => f.verified)
        .map((f: { origin: string; kind: string }) => `${f.origin.split(' ')[0]} ${f.kind}`)
      expect(kinds.sort()).toEqual([
        `${image.digest.replace(':', '-')}.att sbom`,
        `${image.digest.replace(':', '-')}.sig signature`
      ])
    })
})
