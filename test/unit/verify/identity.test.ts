import { generateKeyPairSync } from 'node:crypto'
import { initializeCA } from '@sigstore/mock'
import { X509Certificate } from '@sigstore/core'
import { certificateIdentity, identityMismatch } from '../../../src/verify/identity'

const ISSUER = 'https://token.actions.githubusercontent.com'
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'
const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'

/** A Fulcio-style certificate with these extensions (raw bytes when `legacy`). */
async function certificate(extensions: { oid: string; value: string; legacy?: boolean }[]) {
  const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }))
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const der = await ca.issueCertificate({
    publicKey: publicKey.export({ type: 'spki', format: 'der' }),
    subjectAltName: SAN,
    extensions
  })
  return X509Certificate.parse(Buffer.from(der.buffer, der.byteOffset, der.byteLength))
}

const policy = { identity: { exact: SAN }, issuer: { exact: ISSUER } }

describe('Fulcio claims', () => {
  test('the DER issuer extension is read, and the deprecated raw one when it is absent', async () => {
    const v2 = certificateIdentity(await certificate([{ oid: ISSUER_V2, value: ISSUER }]))
    expect(v2).toMatchObject({ identity: SAN, issuer: ISSUER })
    expect(identityMismatch(v2, policy)).toBeUndefined()
    const v1 = certificateIdentity(
      await certificate([{ oid: ISSUER_V1, value: ISSUER, legacy: true }])
    )
    expect(v1.issuer).toBe(ISSUER)
  })

  // A present but malformed .8 must not fall back to .1: otherwise one certificate can
  // carry two issuers and the verifier picks the one the attacker wants.
  test.each([
    ['a raw string', Buffer.from(ISSUER)],
    ['an IA5String', Buffer.concat([Buffer.from([0x16, ISSUER.length]), Buffer.from(ISSUER)])],
    [
      'a UTF8String with bytes after it',
      Buffer.concat([Buffer.from([0x0c, 3]), Buffer.from('abcXYZ')])
    ],
    ['a UTF8String of invalid UTF-8', Buffer.from([0x0c, 2, 0xc3, 0x28])],
    ['a truncated UTF8String', Buffer.from([0x0c, 0x40, 0x61])]
  ])('an issuer extension that is %s rejects the certificate', async (_, value) => {
    const cert = await certificate([
      // The mock CA writes a legacy value with Buffer.from(value): these exact bytes.
      { oid: ISSUER_V2, value: value as unknown as string, legacy: true },
      { oid: ISSUER_V1, value: ISSUER, legacy: true }
    ])
    expect(() => certificateIdentity(cert)).toThrow(
      /issuer extension \(1\.3\.6\.1\.4\.1\.57264\.1\.8\) is not a DER UTF8String/
    )
  })
})
