import type { SerializedBundle } from '@sigstore/bundle'
import { ActionError } from '../../../src/errors'
import { bundleReferrer, legacyTag, runAttachSteps } from '../../../src/attach'

const IMAGE = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 1234,
  annotations: { dropped: 'yes' }
}

describe('bundleReferrer', () => {
  test('builds the cosign v3 / actions/attest referrer manifest', () => {
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {},
      dsseEnvelope: { payload: '', payloadType: 'application/vnd.in-toto+json', signatures: [] }
    } as unknown as SerializedBundle
    const { manifest, bundleBytes } = bundleReferrer(
      bundle,
      IMAGE,
      'https://cyclonedx.org/bom',
      new Date('2026-01-02T03:04:05.678Z')
    )
    expect(JSON.parse(bundleBytes.toString())).toEqual(bundle)
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2
      },
      layers: [
        {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
          size: bundleBytes.length
        }
      ],
      subject: { mediaType: IMAGE.mediaType, digest: IMAGE.digest, size: 1234 },
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://cyclonedx.org/bom',
        'org.opencontainers.image.created': '2026-01-02T03:04:05Z'
      }
    })
  })
})

describe('legacyTag', () => {
  test('is sha256-<hex>.sig / .att', () => {
    expect(legacyTag(IMAGE.digest, 'sig')).toBe(`sha256-${'ab'.repeat(32)}.sig`)
    expect(legacyTag(IMAGE.digest, 'att')).toBe(`sha256-${'ab'.repeat(32)}.att`)
  })
})

describe('runAttachSteps', () => {
  test('runs in order and returns what was written', async () => {
    const order: string[] = []
    const written = await runAttachSteps(
      ['a', 'b'].map(what => ({ what, run: async () => (order.push(what), `ref-${what}`) }))
    )
    expect(order).toEqual(['a', 'b'])
    expect(written).toEqual([
      { what: 'a', ref: 'ref-a' },
      { what: 'b', ref: 'ref-b' }
    ])
  })

  test('stops at the first failure and names what was and was not written', async () => {
    const ran: string[] = []
    const steps = ['first', 'second', 'third'].map(what => ({
      what,
      run: async () => {
        ran.push(what)
        if (what === 'second') throw new Error('HTTP 500')
        return `sha256:${what}`
      }
    }))
    const error = await runAttachSteps(steps).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).code).toBe('ATTACH_FAILED')
    expect((error as ActionError).message).toBe(
      'attaching failed at second: HTTP 500. Written: first (sha256:first). Not written: second; third'
    )
    expect(ran).toEqual(['first', 'second'])
  })
})
