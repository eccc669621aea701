import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPairSync } from 'node:crypto'
import { parseReference } from '../../../src/oci/reference'
import { loadPolicyFile, ruleForImage, type PolicyFile } from '../../../src/verify/policy'

const ruleFor = (policy: PolicyFile, image: string) => ruleForImage(policy, parseReference(image))

const dir = mkdtempSync(join(tmpdir(), 'policy-'))
let n = 0
function policyFile(text: string): string {
  const path = join(dir, `policy-${n++}.yaml`)
  writeFileSync(path, text)
  return path
}

function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return (error as Error).message
  }
  return ''
}

describe('policy files', () => {
  test('rules are read with identities, claims, keys and requirements', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    writeFileSync(join(dir, 'vendor.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
    const policy = loadPolicyFile(
      policyFile(`
version: 1
policies:
  - name: ours
    images: ["ghcr.io/acme/**"]
    identities:
      - issuer: https://token.actions.githubusercontent.com
        subjectRegExp: ^https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/heads/main$
        claims:
          sourceRepositoryOwnerURI: https://github.com/acme
    require: { sbom: true, maxAge: 30d }
  - name: vendor
    images: ["docker.io/vendor/*"]
    key: vendor.pub
`)
    )
    expect(policy.rules).toHaveLength(2)
    const ours = ruleFor(policy, 'ghcr.io/acme/team/app')
    expect(ours?.source).toMatch(/: ours$/)
    expect(ours?.identities[0]?.identity).toEqual({
      regexp: '^https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/heads/main$'
    })
    expect(ours?.identities[0]?.claims).toEqual({
      sourceRepositoryOwnerURI: 'https://github.com/acme'
    })
    expect(ours?.requirements).toEqual({ sbom: true, provenance: false, maxAge: 30 * 86400 })
    const vendor = ruleFor(policy, 'docker.io/vendor/db')
    expect(vendor?.keyPem).toContain('BEGIN PUBLIC KEY')
    expect(ruleFor(policy, 'docker.io/vendor/db/sub')).toBeUndefined()
    expect(ruleFor(policy, 'ghcr.io/acme-evil/app')).toBeUndefined()
  })

  // An alias of a registry must get the rule its canonical name gets, never a looser one
  // further down (here the catch-all "**" accepts anyone from the evil organisation).
  test.each([
    ['index.docker.io/library/nginx', 'hub'],
    ['registry-1.docker.io/library/nginx:1', 'hub'],
    ['docker.io/nginx', 'hub'],
    ['nginx', 'hub'],
    ['INDEX.DOCKER.IO/library/nginx', 'hub'],
    ['GHCR.io/acme/app', 'ours'],
    ['ghcr.io:443/acme/app', 'ours'],
    ['127.0.0.1:5000/team/app', 'local'],
    ['[::1]:5000/team/app', 'local'],
    ['LOCALHOST:5000/team/app', 'local'],
    ['localhost:5000/team/app', 'local'],
    // Other loopback addresses and other ports are other servers.
    ['127.0.0.2:5000/team/app', 'anything else'],
    ['localhost:5001/team/app', 'anything else'],
    ['ghcr.io:8443/acme/app', 'anything else'],
    ['docker.io/nginxx/app', 'anything else']
  ])('%s is matched under its canonical name (rule %s)', (image, rule) => {
    const policy = loadPolicyFile(
      policyFile(`
policies:
  - name: hub
    images: ["nginx", "index.docker.io/library/redis"]
    identities: [{ subject: a, issuer: b }]
  - name: ours
    images: ["ghcr.io/acme/**"]
    identities: [{ subject: a, issuer: b }]
  - name: local
    images: ["127.0.0.1:5000/team/*"]
    identities: [{ subject: a, issuer: b }]
  - name: anything else
    images: ["**"]
    identities: [{ subjectRegExp: "https://github.com/evil/.*", issuer: b }]
`)
    )
    expect(ruleFor(policy, image)?.source).toMatch(new RegExp(`: ${rule}$`))
    expect(ruleFor(policy, 'docker.io/library/redis:7')?.source).toMatch(/: hub$/)
  })

  test('every problem is named with its place', () => {
    const message = errorOf(() =>
      loadPolicyFile(
        policyFile(`
policies:
  - images: []
    identities:
      - subject: x
        subjectRegExp: y
        issuer: z
      - issuerRegExp: "("
        subject: a
        claims: { repository: acme/app }
    require: { sbom: "yes", maxAge: soon, signature: true }
    extra: 1
`)
      )
    )
    expect(message).toContain('policies[0]: "images" must be a non-empty list of globs')
    expect(message).toContain(
      'policies[0].identities[0]: give "subject" or "subjectRegExp", not both'
    )
    expect(message).toContain('policies[0].identities[1].issuerRegExp regexp "(" is invalid')
    expect(message).toContain('unknown claim "repository"')
    expect(message).toContain('policies[0].require.sbom must be true or false')
    expect(message).toContain('policies[0].require.maxAge must be a duration')
    expect(message).toContain('policies[0].require: unknown key "signature"')
    expect(message).toContain('policies[0]: unknown key "extra"')
  })

  test('maxSeverity is one of the severities, in any case; anything else is named', () => {
    const rule = (value: string) => `
policies:
  - images: ["ghcr.io/acme/**"]
    identities: [{ subject: a, issuer: b }]
    require: { sbom: true, maxSeverity: ${value} }
`
    for (const [given, read] of [
      ['high', 'high'],
      ['MEDIUM', 'medium'],
      ['none', 'none'],
      ['critical', 'critical']
    ]) {
      const policy = loadPolicyFile(policyFile(rule(given as string)))
      expect(ruleFor(policy, 'ghcr.io/acme/app')?.requirements.maxSeverity).toBe(read)
    }
    for (const bad of ['severe', 'unknown', '7', 'true'])
      expect(errorOf(() => loadPolicyFile(policyFile(rule(bad))))).toContain(
        'policies[0].require.maxSeverity must be one of critical, high, medium, low, none'
      )
  })

  test('completeSbom is true or false, and absent unless given', () => {
    const rule = (require: string) => `
policies:
  - images: ["ghcr.io/acme/**"]
    identities: [{ subject: a, issuer: b }]
    require: { ${require} }
`
    const read = (require: string) =>
      ruleFor(loadPolicyFile(policyFile(rule(require))), 'ghcr.io/acme/app')?.requirements
    expect(read('maxSeverity: high')).not.toHaveProperty('completeSbom')
    expect(read('maxSeverity: high, completeSbom: false')?.completeSbom).toBe(false)
    expect(read('maxSeverity: high, completeSbom: true')?.completeSbom).toBe(true)
    expect(errorOf(() => loadPolicyFile(policyFile(rule('completeSbom: "no"'))))).toContain(
      'policies[0].require.completeSbom must be true or false'
    )
  })

  test('a rule needs signers; a file needs rules; YAML must parse', () => {
    expect(errorOf(() => loadPolicyFile(policyFile('policies:\n  - images: ["a/*"]\n')))).toContain(
      'give "identities" (keyless signers) or "key"'
    )
    expect(errorOf(() => loadPolicyFile(policyFile('rules: []\n')))).toContain(
      'needs a non-empty "policies" list'
    )
    expect(errorOf(() => loadPolicyFile(policyFile('policies: [\n')))).toContain('not valid YAML')
    expect(errorOf(() => loadPolicyFile(join(dir, 'missing.yaml')))).toContain('ENOENT')
  })
})
