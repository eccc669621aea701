import type { SerializedBundle } from '@sigstore/bundle'
import { createHash, randomBytes } from 'node:crypto'
import { PredicateJSON, imageStatement, isStatementPayload, bundleBytes } from '../../../src/sign'
import { serializeStatement } from '../../../src/sign/statements'
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
