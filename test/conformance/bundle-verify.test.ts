import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONFORMANCE_ENTRY, runConformance } from '../support/run-action'
import { BUNDLE_VERIFY_VECTORS } from '../support/paths'

const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

function optional(dir: string, file: string): string | undefined {
  const path = join(dir, file)
  return existsSync(path) ? path : undefined
}

/** The protocol's verify-bundle arguments for a vector, in the protocol's order. */
function verifyArgs(name: string, overrides: { artifact?: string; identity?: string } = {}) {
  const dir = join(BUNDLE_VERIFY_VECTORS, name)
  const args = ['verify-bundle', '--bundle', join(dir, 'bundle.sigstore.json')]
  const key = optional(dir, 'key.pub')
  if (key) args.push('--key', key)
  else {
    const identityFile = optional(dir, 'identity')
    const issuerFile = optional(dir, 'issuer')
    args.push(
      '--certificate-identity',
      overrides.identity ??
        (identityFile ? readFileSync(identityFile, 'utf8').trim() : DEFAULT_IDENTITY),
      '--certificate-oidc-issuer',
      issuerFile ? readFileSync(issuerFile, 'utf8').trim() : DEFAULT_ISSUER
    )
  }
  const root = optional(dir, 'trusted_root.json')
  if (root) args.push('--trusted-root', root)
  args.push(overrides.artifact ?? optional(dir, 'artifact') ?? join(BUNDLE_VERIFY_VECTORS, 'a.txt'))
  return args
}

const vectors = readdirSync(BUNDLE_VERIFY_VECTORS)
  .filter(name => statSync(join(BUNDLE_VERIFY_VECTORS, name)).isDirectory())
  .sort()

beforeAll(() => {
  if (!existsSync(CONFORMANCE_ENTRY))
    throw new Error(`${CONFORMANCE_ENTRY} is missing: run npm run bundle`)
})

describe('sigstore-conformance bundle-verify vectors through dist/conformance/index.js', () => {
  test('the vectors are present', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(35)
  })

  test.each(vectors)('%s', async name => {
    const run = await runConformance(verifyArgs(name))
    if (name.endsWith('_fail')) {
      expect(run.exitCode).toBe(1)
      // A decision, not a crash: one error line, no stack trace.
      expect(run.stderr).toMatch(/^error: /m)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    } else {
      expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' })
    }
  })
})

describe('what the library alone would accept', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'conformance-'))
  const other = join(scratch, 'other.txt')
  writeFileSync(other, 'not the subject\n')

  test('a DSSE bundle checked against an artifact that is not its subject', async () => {
    const ok = await runConformance(verifyArgs('intoto-with-custom-trust-root'))
    expect(ok.exitCode).toBe(0)
    const run = await runConformance(
      verifyArgs('intoto-with-custom-trust-root', { artifact: other })
    )
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('no subject of the signed statement')
  })

  test('a prefix of the identity is not the identity (no unanchored matching)', async () => {
    const prefix = DEFAULT_IDENTITY.replace(/@refs\/heads\/main$/, '')
    const run = await runConformance(verifyArgs('happy-path-v0.3', { identity: prefix }))
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('does not match')
  })

  test('regexp metacharacters in an exact identity are literal', async () => {
    const wildcard = DEFAULT_IDENTITY.replace('github.com', 'github.co.')
    expect(
      (await runConformance(verifyArgs('happy-path-v0.3', { identity: wildcard }))).exitCode
    ).toBe(1)
  })

  test('a message signature is checked against a digest given instead of the file', async () => {
    const digest = `sha256:${createHash('sha256')
      .update(readFileSync(join(BUNDLE_VERIFY_VECTORS, 'a.txt')))
      .digest('hex')}`
    expect(
      (await runConformance(verifyArgs('happy-path-v0.3', { artifact: digest }))).exitCode
    ).toBe(0)
    // Same digest, broken signature: the signature itself is checked over the digest.
    const broken = await runConformance(verifyArgs('signature-mismatch_fail', { artifact: digest }))
    expect(broken.exitCode).toBe(1)
    const wrong = await runConformance(
      verifyArgs('happy-path-v0.3', { artifact: `sha256:${'0'.repeat(64)}` })
    )
    expect(wrong.exitCode).toBe(1)
  })

  test('a DSSE bundle is checked against a subject digest given instead of the file', async () => {
    const subject = readFileSync(
      join(BUNDLE_VERIFY_VECTORS, 'intoto-with-custom-trust-root', 'artifact')
    )
    const digest = `sha256:${createHash('sha256').update(subject).digest('hex')}`
    const run = await runConformance(
      verifyArgs('intoto-with-custom-trust-root', { artifact: digest })
    )
    expect(run.exitCode).toBe(0)
  })

  test('a trusted root whose log has no validity start is rejected, not trusted forever', async () => {
    const rootPath = join(
      BUNDLE_VERIFY_VECTORS,
      'intoto-with-custom-trust-root',
      'trusted_root.json'
    )
    const root = JSON.parse(readFileSync(rootPath, 'utf8'))
    delete root.tlogs[0].publicKey.validFor.start
    const patched = join(scratch, 'trusted_root.json')
    writeFileSync(patched, JSON.stringify(root))
    const args = verifyArgs('intoto-with-custom-trust-root')
    args[args.indexOf(rootPath)] = patched
    const run = await runConformance(args)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('tlogs[0]')
    expect(run.stderr).toContain('validFor.start is missing')
  })
})
