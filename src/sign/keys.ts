import {
  createHash,
  createPrivateKey,
  createPublicKey,
  scryptSync,
  type KeyObject
} from 'node:crypto'
import { readFileSync } from 'node:fs'
import nacl from 'tweetnacl'
import { ActionError, inputError } from '../errors'

/** A signing key given by the user, with what bundles say about it. */
export interface SigningKey {
  privateKey: KeyObject
  publicKey: KeyObject
  /** PEM (SPKI) of the public key. */
  publicKeyPEM: string
  /** Public-key hint in bundles: base64 of the SHA-256 of the DER public key. */
  hint: string
}

/** cosign's and sigstore's encrypted key PEM types: scrypt + NaCl secretbox over PKCS#8. */
const ENCRYPTED_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']
/** scrypt parameters cosign has written; others are refused so a key file cannot demand
 *  gigabytes of memory. */
const SCRYPT_N = new Set([32768, 65536])

interface EncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string }
  cipher: { name: string; nonce: string }
  ciphertext: string
}

/** Reads `key` (a path or the PEM itself) as an ECDSA P-256 private key. */
export function loadSigningKey(key: string, password?: string): SigningKey {
  const text = key.includes('-----BEGIN') ? key : readKeyFile(key)
  const block = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text)
  if (!block)
    throw inputError('key', 'holds no PEM block', 'Give a cosign key file or a PKCS#8 PEM key')
  const [, type, body] = block as unknown as [string, string, string]
  const der = Buffer.from(body.replace(/\s+/g, ''), 'base64')
  let privateKey: KeyObject
  if (ENCRYPTED_TYPES.includes(type)) {
    privateKey = createPrivateKey({ key: decrypt(der, password), format: 'der', type: 'pkcs8' })
  } else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
    try {
      privateKey = createPrivateKey(block[0])
    } catch (error) {
      throw inputError('key', `is not a readable private key: ${(error as Error).message}`)
    }
  } else {
    throw inputError(
      'key',
      `holds a "${type}" block, not a private key`,
      'Sign with the private key; verifiers use the public key'
    )
  }
  if (privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
    throw inputError(
      'key',
      `is a ${privateKey.asymmetricKeyType} key; only ECDSA P-256 keys are supported`,
      'Create one with "cosign generate-key-pair" or "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256"'
    )
  const publicKey = createPublicKey(privateKey)
  const spki = publicKey.export({ format: 'der', type: 'spki' })
  return {
    privateKey,
    publicKey,
    publicKeyPEM: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    hint: createHash('sha256').update(spki).digest('base64')
  }
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw inputError('key', `cannot read ${path}: ${(error as Error).message}`)
  }
}

function decrypt(json: Buffer, password = ''): Buffer {
  let sealed: EncryptedKey
  try {
    sealed = JSON.parse(json.toString()) as EncryptedKey
  } catch {
    throw inputError('key', 'is an encrypted key whose content is not readable')
  }
  const { kdf, cipher } = sealed
  if (kdf?.name !== 'scrypt' || cipher?.name !== 'nacl/secretbox')
    throw inputError('key', `uses ${kdf?.name}/${cipher?.name}; expected scrypt/nacl/secretbox`)
  if (!SCRYPT_N.has(kdf.params.N) || kdf.params.r !== 8 || kdf.params.p !== 1)
    throw inputError('key', 'has unexpected scrypt parameters')
  const secret = scryptSync(
    Buffer.from(password),
    Buffer.from(kdf.salt, 'base64'),
    nacl.secretbox.keyLength,
    { N: kdf.params.N, r: kdf.params.r, p: kdf.params.p, maxmem: 256 * 1024 * 1024 }
  )
  const opened = nacl.secretbox.open(
    Buffer.from(sealed.ciphertext, 'base64'),
    Buffer.from(cipher.nonce, 'base64'),
    secret
  )
  if (!opened)
    throw new ActionError('INPUT_INVALID', 'input "key": cannot decrypt the key', {
      hint: password
        ? 'Check "key-password"'
        : 'The key is encrypted: set "key-password" (e.g. from secrets.COSIGN_PASSWORD)'
    })
  return Buffer.from(opened)
}
