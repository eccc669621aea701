import { createHash, createSign, generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setLogger, stderrLogger, type Logger } from '../../../src/log'
import {
  artifactDigests,
  compileMatcher,
  embeddedPublicGoodRoot,
  parseBundle,
  parseStatement,
  subjectMatches,
  validateTrustedRoot,
  verifyPrehashed,
  warnIfUnanchored
} from '../../../src/verify'
import { BUNDLE_VERIFY_VECTORS, REPO_ROOT } from '../../support/paths'

describe('trusted root validation', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const embedded = () => readEmbeddedJson() as Record<string, any>

  function readEmbeddedJson(): unknown {
    const seeds = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules', '@sigstore', 'tuf', 'seeds.json'), 'utf8')
    )
    return JSON.parse(
      Buffer.from(
        seeds['https://tuf-repo-cdn.sigstore.dev'].targets['trusted_root.json'],
        'base64'
      ).toString('utf8')
    )
  }

  test('the embedded public-good root loads and has Fulcio, Rekor and CT logs', () => {
    const { root, source } = embeddedPublicGoodRoot()
    expect(source).toBe('public-good (embedded)')
    expect(root.certificateAuthorities.length).toBeGreaterThan(0)
    expect(root.tlogs.map(t => t.baseUrl)).toContain('https://rekor.sigstore.dev')
    expect(root.ctlogs.length).toBeGreaterThan(0)
  })

  test('a tlog without validFor.start is invalid', () => {
    const json = embedded()
    delete json.tlogs[0].publicKey.validFor.start
    expect(() => validateTrustedRoot(json, 'root.json')).toThrow(
      /trusted root root.json is invalid: tlogs\[0\] \(https:\/\/rekor.sigstore.dev\) publicKey.validFor.start is missing/
    )
  })

  test('a CA without validity, a bad key and a wrong media type are all reported', () => {
    const json = embedded()
    delete json.certificateAuthorities[1].validFor
    json.ctlogs[0].publicKey.rawBytes = 'AAAA'
    json.mediaType = 'application/json'
    let message = ''
    try {
      validateTrustedRoot(json, 'x')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(
      'certificateAuthorities[1] (https://fulcio.sigstore.dev) validFor.start is missing'
    )
    expect(message).toContain(
      'ctlogs[0] (https://ctfe.sigstore.dev/test) publicKey.rawBytes is not a public key'
    )
    expect(message).toContain('mediaType "application/json" is not a Sigstore trusted root')
  })

  test('an end before the start is invalid; a null end is open-ended', () => {
    const json = embedded()
    json.tlogs[0].publicKey.validFor.end = '2020-01-01T00:00:00Z'
    expect(() => validateTrustedRoot(json, 'x')).toThrow(/validFor.end is before its start/)
    json.tlogs[0].publicKey.validFor.end = null
    expect(() => validateTrustedRoot(json, 'x')).not.toThrow()
  })
})

describe('identity matchers', () => {
  const identity = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'

  test('exact means exact', () => {
    const match = compileMatcher({ exact: identity }, 'identity')
    expect(match(identity)).toBe(true)
    expect(match(`${identity}x`)).toBe(false)
    expect(match(identity.slice(0, -1))).toBe(false)
  })

  test('a regexp must match the whole value even when written without anchors', () => {
    const match = compileMatcher({ regexp: 'https://github.com/acme/app/.*' }, 'identity')
    expect(match(identity)).toBe(true)
    expect(match('https://github.com/acme/app-evil/.github/workflows/x.yml@refs/heads/main')).toBe(
      false
    )
    expect(match(`https://evil.example/?u=${identity}`)).toBe(false)
    const prefix = compileMatcher({ regexp: '^https://github.com/acme/app' }, 'identity')
    expect(prefix(identity)).toBe(false)
  })

  test('alternation stays inside the anchors', () => {
    const match = compileMatcher({ regexp: 'a|b' }, 'identity')
    expect(match('a')).toBe(true)
    expect(match('xa')).toBe(false)
    expect(match('bx')).toBe(false)
  })

  test('an invalid regexp is an input error', () => {
    expect(() => compileMatcher({ regexp: '(' }, 'identity')).toThrow(
      /identity regexp "\(" is invalid/
    )
  })

  test('an unanchored pattern draws a warning; an anchored one does not', () => {
    const warnings: string[] = []
    const capture: Logger = { ...stderrLogger, warning: m => void warnings.push(m) }
    setLogger(capture)
    try {
      warnIfUnanchored('^https://github.com/acme/app/.*$', 'identity')
      expect(warnings).toEqual([])
      warnIfUnanchored('^https://github.com/acme/app', 'identity')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain('not anchored')
    } finally {
      setLogger(stderrLogger)
    }
  })
})

describe('in-toto subjects', () => {
  const payload = (statement: unknown) => Buffer.from(JSON.stringify(statement))
  const hex = createHash('sha256').update('image').digest('hex')

  test('a statement parses only with the in-toto payload type and shape', () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'x', digest: { sha256: hex } }],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: {}
    }
    expect(parseStatement('application/vnd.in-toto+json', payload(statement))).toEqual(statement)
    expect(parseStatement('text/plain', payload(statement))).toBeUndefined()
    expect(
      parseStatement('application/vnd.in-toto+json', payload({ ...statement, subject: 'x' }))
    ).toBeUndefined()
    expect(parseStatement('application/vnd.in-toto+json', Buffer.from('{'))).toBeUndefined()
  })

  test('subjects match by shared algorithms only', () => {
    const digests = artifactDigests({ digest: `sha256:${hex}` })
    expect(subjectMatches({ digest: { sha256: hex } }, digests)).toBe(true)
    expect(subjectMatches({ digest: { sha256: hex.toUpperCase() } }, digests)).toBe(true)
    expect(subjectMatches({ digest: { sha256: '0'.repeat(64) } }, digests)).toBe(false)
    expect(subjectMatches({ digest: { sha512: 'ab' } }, digests)).toBe(false)
    const fromBytes = artifactDigests({ bytes: Buffer.from('image') })
    expect(subjectMatches({ digest: { sha256: hex, sha512: 'bad' } }, fromBytes)).toBe(false)
  })
})

describe('signatures over a digest', () => {
  const data = Buffer.from('signed content')
  for (const [name, options] of [
    ['P-256', { namedCurve: 'P-256' }],
    ['P-384', { namedCurve: 'P-384' }]
  ] as const) {
    test(`ECDSA ${name}`, () => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', options)
      for (const hash of ['sha256', 'sha384']) {
        const signature = createSign(hash).update(data).sign(privateKey)
        const digest = createHash(hash).update(data).digest()
        expect(verifyPrehashed(publicKey, digest, signature)).toBe(true)
        const other = createHash(hash).update('other').digest()
        expect(verifyPrehashed(publicKey, other, signature)).toBe(false)
        const flipped = Buffer.from(signature)
        flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1
        expect(verifyPrehashed(publicKey, digest, flipped)).toBe(false)
      }
    })
  }

  test('RSA PKCS#1 v1.5', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const signature = createSign('sha256').update(data).sign(privateKey)
    expect(verifyPrehashed(publicKey, createHash('sha256').update(data).digest(), signature)).toBe(
      true
    )
    expect(verifyPrehashed(publicKey, createHash('sha256').update('x').digest(), signature)).toBe(
      false
    )
  })

  test('Ed25519 has no prehashed form and is refused', () => {
    const { publicKey } = generateKeyPairSync('ed25519')
    expect(verifyPrehashed(publicKey, Buffer.alloc(32), Buffer.alloc(64))).toBe(false)
  })
})

describe('bundle parsing', () => {
  const vector = (name: string) =>
    JSON.parse(readFileSync(join(BUNDLE_VERIFY_VECTORS, name, 'bundle.sigstore.json'), 'utf8'))

  test('a chain carrying its root is rejected by name', () => {
    expect(() => parseBundle(vector('bundle-with-root-cert_fail'))).toThrow(
      /certificates\[\d\] is a self-signed root/
    )
  })

  test('corrupt base64 is rejected rather than decoded leniently', () => {
    expect(() => parseBundle(vector('bundle-invalid-base64-signature_fail'))).toThrow(
      'messageSignature.signature is not valid base64'
    )
  })

  test('unknown media types and non-objects are rejected', () => {
    expect(() => parseBundle({ ...vector('happy-path-v0.3'), mediaType: 'x' })).toThrow(
      /unknown media type/
    )
    expect(() => parseBundle([])).toThrow(/not a JSON object/)
  })

  test('v0.1 needs inclusion promises, v0.3 inclusion proofs', () => {
    const v01 = vector('happy-path-v0.1')
    delete v01.verificationMaterial.tlogEntries[0].inclusionPromise
    expect(() => parseBundle(v01)).toThrow(/inclusionPromise/)
    const v03 = vector('happy-path-v0.3')
    delete v03.verificationMaterial.tlogEntries[0].inclusionProof
    expect(() => parseBundle(v03)).toThrow(/inclusionProof/)
    expect(parseBundle(vector('happy-path-v0.3')).mediaType).toContain('0.3')
  })
})
