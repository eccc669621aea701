import { constants, publicDecrypt, type KeyObject } from 'node:crypto'

/**
 * Verifies a signature when only the digest of the signed data is known (a
 * message-signature bundle checked against an artifact digest). Node's crypto
 * always hashes the message itself, so ECDSA is checked here from the curve
 * equations and RSA PKCS#1 v1.5 by recovering the DigestInfo.
 */
export function verifyPrehashed(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  try {
    if (key.asymmetricKeyType === 'ec') return verifyEcdsa(key, digest, signature)
    if (key.asymmetricKeyType === 'rsa') return verifyRsaPkcs1(key, digest, signature)
  } catch {
    return false
  }
  return false
}

interface Curve {
  p: bigint
  a: bigint
  n: bigint
  g: Point
  bytes: number
}
type Point = { x: bigint; y: bigint } | null

// NIST curve parameters (FIPS 186-4, D.1.2).
const CURVES: Record<string, Curve> = {
  prime256v1: {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    g: {
      x: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
      y: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n
    },
    bytes: 32
  },
  secp384r1: {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    g: {
      x: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
      y: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn
    },
    bytes: 48
  }
}

function verifyEcdsa(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const curve = CURVES[key.asymmetricKeyDetails?.namedCurve ?? '']
  if (!curve) return false
  const jwk = key.export({ format: 'jwk' })
  if (!jwk.x || !jwk.y) return false
  const q = {
    x: toBigInt(Buffer.from(jwk.x, 'base64url')),
    y: toBigInt(Buffer.from(jwk.y, 'base64url'))
  }
  const rs = parseDerSignature(signature)
  if (!rs) return false
  const { r, s } = rs
  const { n } = curve
  if (r <= 0n || r >= n || s <= 0n || s >= n) return false
  // The digest is truncated to the bit length of n (SEC 1, 4.1.4 step 5).
  const e = toBigInt(digest.subarray(0, curve.bytes))
  const w = inverse(s, n)
  const point = add(
    curve,
    multiply(curve, curve.g, mod(e * w, n)),
    multiply(curve, q, mod(r * w, n))
  )
  return point !== null && mod(point.x, n) === r
}

function parseDerSignature(der: Buffer): { r: bigint; s: bigint } | undefined {
  let at = 0
  const read = (): number => {
    const byte = der[at++]
    if (byte === undefined) throw new Error('truncated signature')
    return byte
  }
  const length = (): number => {
    const first = read()
    if (first < 0x80) return first
    let value = 0
    for (let i = 0; i < (first & 0x7f); i++) value = value * 256 + read()
    return value
  }
  if (read() !== 0x30) return undefined
  if (length() !== der.length - at) return undefined
  const integer = (): bigint => {
    if (read() !== 0x02) throw new Error('not an INTEGER')
    const size = length()
    const value = der.subarray(at, at + size)
    if (value.length !== size) throw new Error('truncated INTEGER')
    at += size
    return toBigInt(value)
  }
  const r = integer()
  const s = integer()
  return at === der.length ? { r, s } : undefined
}

function toBigInt(bytes: Buffer): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`)
}

function mod(a: bigint, m: bigint): bigint {
  const r = a % m
  return r < 0n ? r + m : r
}

function inverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [mod(a, m), m]
  let [oldS, s] = [1n, 0n]
  while (r !== 0n) {
    const q = oldR / r
    ;[oldR, r] = [r, oldR - q * r]
    ;[oldS, s] = [s, oldS - q * s]
  }
  return mod(oldS, m)
}

function add(curve: Curve, p1: Point, p2: Point): Point {
  if (p1 === null) return p2
  if (p2 === null) return p1
  const { p } = curve
  let lambda: bigint
  if (p1.x === p2.x) {
    if (mod(p1.y + p2.y, p) === 0n) return null
    lambda = mod((3n * p1.x * p1.x + curve.a) * inverse(2n * p1.y, p), p)
  } else {
    lambda = mod((p2.y - p1.y) * inverse(p2.x - p1.x, p), p)
  }
  const x = mod(lambda * lambda - p1.x - p2.x, p)
  return { x, y: mod(lambda * (p1.x - x) - p1.y, p) }
}

function multiply(curve: Curve, point: Point, k: bigint): Point {
  let result: Point = null
  let addend = point
  for (let bits = k; bits > 0n; bits >>= 1n) {
    if (bits & 1n) result = add(curve, result, addend)
    addend = add(curve, addend, addend)
  }
  return result
}

// DER DigestInfo prefixes (RFC 8017, 9.2 note 1).
const DIGEST_INFO: Record<number, Buffer> = {
  32: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  48: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  64: Buffer.from('3051300d060960864801650304020305000440', 'hex')
}

function verifyRsaPkcs1(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const prefix = DIGEST_INFO[digest.length]
  if (!prefix) return false
  const recovered = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature)
  return recovered.equals(Buffer.concat([prefix, digest]))
}
