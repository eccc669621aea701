import type { SerializedBundle } from '@sigstore/bundle'
import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto'
import { dsse } from '@sigstore/core'
import { toSignedEntity } from '@sigstore/verify'
import { bufferWithRoom } from '../../../src/heap'
import { PredicateJSON, imageStatement, isStatementPayload, bundleBytes } from '../../../src/sign'
import { serializeStatement } from '../../../src/sign/statements'
import {
  PartsDSSEBundleBuilder,
  preAuthHeader,
  withPreAuthInParts,
  type PartsSigner
} from '../../../src/sign/dsse'
import { carriesBytes } from '../../../src/sign/verify'

const DIGEST = `sha256:${'a1'.repeat(32)}`
const SBOM = Buffer.from('{\n  "bomFormat": "CycloneDX",\n  "components": [{"name": "é"}]\n}\n')

describe('a predicate signed as its JSON bytes', () => {
  const statement = imageStatement(
    'r.example/app',
    DIGEST,
    'https://cyclonedx.org/bom',
    new PredicateJSON(SBOM)
  )

  test('the payload is the statement around the SBOM bytes, which are not re-serialised', () => {
    const payload = serializeStatement(statement)
    expect(payload.includes(SBOM)).toBe(true)
    expect(JSON.parse(payload.toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'r.example/app', digest: { sha256: 'a1'.repeat(32) } }],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: JSON.parse(SBOM.toString())
    })
  })

  test('the payload check compares in place and notices any change', () => {
    const payload = serializeStatement(statement)
    expect(isStatementPayload(payload, statement)).toBe(true)
    const changed = Buffer.from(payload)
    changed.writeUInt8(
      changed.readUInt8(changed.indexOf('CycloneDX')) ^ 1,
      changed.indexOf('CycloneDX')
    )
    expect(isStatementPayload(changed, statement)).toBe(false)
    expect(isStatementPayload(payload.subarray(0, -1), statement)).toBe(false)
    const other = imageStatement(
      'r.example/app',
      `sha256:${'b2'.repeat(32)}`,
      'x',
      new PredicateJSON(SBOM)
    )
    expect(isStatementPayload(payload, other)).toBe(false)
    const plain = imageStatement('r.example/app', DIGEST, 'x', { a: 1 })
    expect(isStatementPayload(serializeStatement(plain), plain)).toBe(true)
  })
})

describe('carriesBytes', () => {
  test('matches base64 slice by slice across slice boundaries, and other spellings', () => {
    for (const size of [0, 1, 2, 3, 49_151, 49_152, 49_153, 2_000_000]) {
      const bytes = randomBytes(size)
      const base64 = bytes.toString('base64')
      expect(carriesBytes(base64, bytes)).toBe(true)
      expect(carriesBytes(base64.replace(/=+$/, ''), bytes)).toBe(true)
      if (size > 0) {
        const other = Buffer.from(bytes)
        other.writeUInt8(other.readUInt8(size - 1) ^ 1, size - 1)
        expect(carriesBytes(base64, other)).toBe(false)
        expect(carriesBytes(base64, bytes.subarray(1))).toBe(false)
      }
    }
  })
})

describe('bundleBytes', () => {
  const bundle = (payload: string) =>
    ({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: 'Y2VydA==' }, tlogEntries: [] },
      dsseEnvelope: {
        payload,
        payloadType: 'application/vnd.in-toto+json',
        signatures: [{ sig: 'c2ln', keyid: '' }]
      }
    }) as unknown as SerializedBundle
  const whole = (b: SerializedBundle) => {
    const bytes = bundleBytes(b)
    const joined = Buffer.concat([...bytes.chunks()])
    expect(joined.length).toBe(bytes.length)
    expect(bytes.digest).toBe(`sha256:${createHash('sha256').update(joined).digest('hex')}`)
    // Read again (file, then upload): the same bytes.
    expect(Buffer.concat([...bytes.chunks()]).equals(joined)).toBe(true)
    return joined
  }

  test('is the bundle JSON in pieces, with its length and digest', () => {
    const b = bundle(randomBytes(100_000).toString('base64'))
    expect(whole(b).toString()).toBe(JSON.stringify(b))
  })

  test('a payload that is not base64 goes through JSON.stringify (escaped as it must be)', () => {
    const b = bundle('"quoted"\u0000')
    expect(JSON.parse(whole(b).toString())).toEqual(b)
  })
})

describe('a predicate read with room around it', () => {
  const statement = (predicate: Buffer, digest = DIGEST) =>
    imageStatement(
      'r.example/app',
      digest,
      'https://cyclonedx.org/bom',
      new PredicateJSON(predicate)
    )
  const copied = (s: ReturnType<typeof statement>) =>
    serializeStatement({
      ...s,
      predicate: new PredicateJSON(Buffer.from((s.predicate as PredicateJSON).bytes))
    })

  test('gets its statement written around it in place, once', () => {
    const bytes = bufferWithRoom(SBOM.length, 4096, 1)
    SBOM.copy(bytes)
    const first = statement(bytes)
    const payload = serializeStatement(first)
    expect(payload.buffer).toBe(bytes.buffer)
    expect(payload.subarray(payload.length - 1 - SBOM.length, -1).byteOffset).toBe(bytes.byteOffset)
    expect(payload.equals(copied(first))).toBe(true)
    // The room is taken: another statement around the same bytes is a copy, the first intact.
    const second = statement(bytes, `sha256:${'b2'.repeat(32)}`)
    const again = serializeStatement(second)
    expect(again.buffer).not.toBe(bytes.buffer)
    expect(again.equals(copied(second))).toBe(true)
    expect(payload.equals(copied(first))).toBe(true)
  })

  test('is copied when the room is too small, or was not asked for', () => {
    const cramped = bufferWithRoom(SBOM.length, 16, 1)
    SBOM.copy(cramped)
    const payload = serializeStatement(statement(cramped))
    expect(payload.buffer).not.toBe(cramped.buffer)
    expect(payload.equals(copied(statement(cramped)))).toBe(true)
    const plain = Buffer.allocUnsafeSlow(4096 + SBOM.length + 1).subarray(4096, -1)
    SBOM.copy(plain)
    expect(serializeStatement(statement(plain)).buffer).not.toBe(plain.buffer)
  })
})

describe('the DSSE PAE in parts', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const signer: PartsSigner = {
    signParts: async parts => {
      const sign = createSign('sha256')
      for (const part of parts) sign.update(part)
      return { signature: sign.sign(privateKey), key: { $case: 'publicKey', publicKey: pem } }
    }
  }
  const TYPE = 'application/vnd.in-toto+json'
  const payload = randomBytes(100_000)

  test('is the PAE sigstore-js signs over', () => {
    expect(Buffer.concat([preAuthHeader(TYPE, payload.length), payload])).toEqual(
      dsse.preAuthEncoding(TYPE, payload)
    )
  })

  test('signed in parts, verifies with the library; checked in parts, as strictly', async () => {
    const bundle = await new PartsDSSEBundleBuilder(signer, [], TYPE).create({
      data: payload,
      type: TYPE
    })
    expect(bundle.content.dsseEnvelope.payload).toBe(payload)
    const entity = toSignedEntity(bundle)
    // The library's own one-shot check over the joined PAE.
    expect(entity.signature.verifySignature(publicKey)).toBe(true)
    const inParts = withPreAuthInParts(entity, bundle.content.dsseEnvelope)
    expect(inParts.signature.verifySignature(publicKey)).toBe(true)
    const pae = createHash('sha256').update(dsse.preAuthEncoding(TYPE, payload)).digest()
    expect(inParts.signature.compareSignedDigest(pae)).toBe(true)
    expect(inParts.signature.compareSignedDigest(randomBytes(32))).toBe(false)
    expect(inParts.signature.signature).toEqual(entity.signature.signature)
    // Another key, another payload, another type, or a broken signature do not verify.
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
    expect(inParts.signature.verifySignature(other)).toBe(false)
    const changed = Buffer.from(payload)
    changed[500] = (changed[500] ?? 0) ^ 1
    const envelope = bundle.content.dsseEnvelope
    expect(
      withPreAuthInParts(entity, { ...envelope, payload: changed }).signature.verifySignature(
        publicKey
      )
    ).toBe(false)
    expect(
      withPreAuthInParts(entity, {
        ...envelope,
        payloadType: 'text/plain'
      }).signature.verifySignature(publicKey)
    ).toBe(false)
    const garbled = toSignedEntity({
      ...bundle,
      content: {
        ...bundle.content,
        dsseEnvelope: { ...envelope, signatures: [{ keyid: '', sig: Buffer.from('not DER') }] }
      }
    })
    expect(withPreAuthInParts(garbled, envelope).signature.verifySignature(publicKey)).toBe(false)
  })

  test('a builder signs only its own payload type', async () => {
    await expect(
      new PartsDSSEBundleBuilder(signer, [], TYPE).create({ data: payload, type: 'text/plain' })
    ).rejects.toThrow(/payload type text\/plain/)
  })
})
