import { generateKeyPairSync, randomBytes, scryptSync, sign, verify } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nacl from 'tweetnacl'
import { ActionError } from '../../../src/errors'
import { loadSigningKey } from '../../../src/sign'

/** A key file as `cosign generate-key-pair` writes it: scrypt + secretbox over PKCS#8. */
function cosignKey(password: string, type = 'ENCRYPTED SIGSTORE PRIVATE KEY', N = 32768) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const salt = randomBytes(32)
  const nonce = randomBytes(24)
  const secret = scryptSync(password, salt, 32, { N, r: 8, p: 1, maxmem: 256 * 1024 * 1024 })
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' })
  const sealed = {
    kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(nacl.secretbox(pkcs8, nonce, secret)).toString('base64')
  }
  const body = Buffer.from(JSON.stringify(sealed))
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
  return { pem: `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`, publicKey }
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof ActionError ? `${error.code}: ${error.message}` : String(error)
  }
  return undefined
}

describe('loadSigningKey', () => {
  test('decrypts a cosign key and signs with it', () => {
    const { pem, publicKey } = cosignKey('s3cret')
    const key = loadSigningKey(pem, 's3cret')
    const data = Buffer.from('payload')
    expect(verify('sha256', data, publicKey, sign('sha256', data, key.privateKey))).toBe(true)
    expect(key.publicKeyPEM).toBe(publicKey.export({ format: 'pem', type: 'spki' }).toString())
    expect(key.hint).toMatch(/^[A-Za-z0-9+/]{43}=$/)
  })

  test('reads the older COSIGN type and N=65536 from a file path', () => {
    const { pem } = cosignKey('pw', 'ENCRYPTED COSIGN PRIVATE KEY', 65536)
    const file = join(mkdtempSync(join(tmpdir(), 'key-')), 'cosign.key')
    writeFileSync(file, pem)
    expect(loadSigningKey(file, 'pw').privateKey.asymmetricKeyType).toBe('ec')
  })

  test('a wrong or missing password says what to set', () => {
    const { pem } = cosignKey('right')
    expect(codeOf(() => loadSigningKey(pem, 'wrong'))).toBe(
      'INPUT_INVALID: input "key": cannot decrypt the key'
    )
    try {
      loadSigningKey(pem)
    } catch (error) {
      expect((error as ActionError).hint).toMatch(/key-password/)
    }
  })

  test('plain PKCS#8 and SEC1 PEM keys load', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    const sec1 = privateKey.export({ format: 'pem', type: 'sec1' }).toString()
    expect(loadSigningKey(pkcs8).hint).toBe(loadSigningKey(sec1).hint)
  })

  test('refuses public keys, other curves and tampered scrypt parameters', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' })
    expect(
      codeOf(() => loadSigningKey(publicKey.export({ format: 'pem', type: 'spki' }).toString()))
    ).toMatch(/holds a "PUBLIC KEY" block/)
    expect(
      codeOf(() => loadSigningKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()))
    ).toMatch(/only ECDSA P-256/)
    const { pem } = cosignKey('pw')
    const body = pem.split('\n').slice(1, -2).join('')
    const sealed = JSON.parse(Buffer.from(body, 'base64').toString())
    sealed.kdf.params.N = 1 << 24
    const tampered = `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(sealed)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`
    expect(codeOf(() => loadSigningKey(tampered, 'pw'))).toMatch(/unexpected scrypt parameters/)
    expect(codeOf(() => loadSigningKey('/nonexistent/cosign.key'))).toMatch(/cannot read/)
  })
})
