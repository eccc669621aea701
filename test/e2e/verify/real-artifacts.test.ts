import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MediaType, parseReference, sha256Digest, type ImageManifest } from '../../../src/oci'
import { startRegistry, type RegistryServer } from '../../stack/registry'
import { REPO_ROOT } from '../../support/paths'
import { runAction, runConformance } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { client } from './images'

/** Real artifacts made by cosign and GitHub (see NOTICE there). */
const FIXTURES = join(REPO_ROOT, '__fixtures__', 'real-artifacts')
const fixture = (name: string) => join(FIXTURES, name)

/**
 * go-containerregistry's `empty.Image` (FROM scratch): its config and manifest bytes as
 * go-containerregistry serialises them. The cosign attestation below names this manifest's
 * digest, which the test checks before relying on it.
 */
const EMPTY_CONFIG =
  '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"layers","diff_ids":null},"config":{}}'
const EMPTY_IMAGE_DIGEST = 'sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4'
/** Who signed the cosign attestation (Fulcio certificate of 2025-02-28, public-good). */
const COSIGN_SIGNER = { identity: 'cody@soyland.com', issuer: 'https://github.com/login/oauth' }

/** Lays out the empty image and the real cosign bundle as its OCI 1.1 referrer. */
async function pushCosignAttestedImage(repository: string): Promise<string> {
  const { registry } = stackInfo()
  const ref = parseReference(`${registry.host}/${repository}`)
  const config = Buffer.from(EMPTY_CONFIG)
  await client.putBlob(ref, config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.DOCKER_MANIFEST,
      config: {
        mediaType: MediaType.DOCKER_CONFIG,
        size: config.length,
        digest: sha256Digest(config)
      },
      layers: []
    })
  )
  expect(sha256Digest(manifest)).toBe(EMPTY_IMAGE_DIGEST)
  await client.putManifest(ref, 'latest', manifest, MediaType.DOCKER_MANIFEST)

  // As cosign (--new-bundle-format) writes it: an OCI 1.1 referrer holding the bundle.
  const bundleType = 'application/vnd.dev.sigstore.bundle.v0.3+json'
  const bundle = readFileSync(fixture('cosign-oci-attestation.sigstore.json'))
  const empty = Buffer.from('{}')
  await client.putBlob(ref, empty)
  await client.putBlob(ref, bundle)
  const referrer: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    artifactType: bundleType,
    config: { mediaType: MediaType.OCI_EMPTY, digest: sha256Digest(empty), size: 2 },
    layers: [{ mediaType: bundleType, digest: sha256Digest(bundle), size: bundle.length }],
    subject: {
      mediaType: MediaType.DOCKER_MANIFEST,
      digest: EMPTY_IMAGE_DIGEST,
      size: manifest.length
    },
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://cosign.sigstore.dev/attestation/v1'
    }
  }
  await client.pushReferrer(ref, referrer)
  return `${registry.host}/${repository}@${EMPTY_IMAGE_DIGEST}`
}

function verifyCosignImage(image: string, extra: Record<string, string> = {}) {
  return runAction({
    mode: 'verify',
    images: image,
    sigstore: 'public-good',
    offline: 'true',
    'certificate-identity': COSIGN_SIGNER.identity,
    'certificate-oidc-issuer': COSIGN_SIGNER.issuer,
    ...extra
  })
}

/**
 * A real cosign v2 keyless signature (public-good Fulcio and Rekor, 2026-02-27) of a
 * multi-platform index built by rules_oci: the index bytes, and the `.sig` image cosign
 * pushed beside it (its manifest, config blob and simple-signing payload).
 */
const LEGACY = (name: string) => fixture(join('cosign-legacy-signature', name))
const LEGACY_INDEX_DIGEST =
  'sha256:c05263d2ff654c3a94243662440913f045075d59c436e2c69e9145ec2b87a321'
const LEGACY_SIGNER =
  'https://github.com/salrashid123/go-bazel-github-workflow/.github/workflows/release.yaml@refs/tags/v0.0.30'
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

/**
 * Puts manifest bytes into a Distribution registry's filesystem storage under a tag. The
 * registry refuses a PUT of an index whose platform images it does not hold, and those
 * images are not public data; the index itself, which is what was signed, is served as is.
 */
function placeManifest(registry: RegistryServer, repository: string, bytes: Buffer, tag: string) {
  const hex = sha256Digest(bytes).slice('sha256:'.length)
  const v2 = join(registry.storageDir, 'docker/registry/v2')
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, content)
  }
  write(join(v2, 'blobs/sha256', hex.slice(0, 2), hex, 'data'), bytes)
  const manifests = join(v2, 'repositories', repository, '_manifests')
  write(join(manifests, 'revisions/sha256', hex, 'link'), `sha256:${hex}`)
  write(join(manifests, 'tags', tag, 'current/link'), `sha256:${hex}`)
  write(join(manifests, 'tags', tag, 'index/sha256', hex, 'link'), `sha256:${hex}`)
}

/** The signed index and cosign's `.sig` image, laid out as Docker Hub holds them. */
async function layOutLegacySignature(registry: RegistryServer, repository: string) {
  const index = readFileSync(LEGACY('index.json'))
  expect(sha256Digest(index)).toBe(LEGACY_INDEX_DIGEST)
  placeManifest(registry, repository, index, 'server')
  const ref = parseReference(`${registry.host}/${repository}`)
  const signature = readFileSync(LEGACY('signature-manifest.json'))
  const manifest = JSON.parse(signature.toString()) as ImageManifest
  for (const [name, descriptor] of [
    ['config.json', manifest.config],
    ['simple-signing-payload.json', manifest.layers[0]]
  ] as const) {
    const blob = readFileSync(LEGACY(name))
    // The blobs are rebuilt from what the signature names; their digests prove them exact.
    expect(sha256Digest(blob)).toBe(descriptor?.digest)
    await client.putBlob(ref, blob)
  }
  const tag = `sha256-${LEGACY_INDEX_DIGEST.slice('sha256:'.length)}.sig`
  await client.putManifest(ref, tag, signature, MediaType.OCI_MANIFEST)
  return `${registry.host}/${repository}@${LEGACY_INDEX_DIGEST}`
}

/** GitHub's trusted root (fulcio.githubapp.com, timestamp.githubapp.com; no logs). */
const GITHUB_ROOT = fixture('github-trusted-root.json')

function verifyGithubDemoBundle(identityRef: string, trustedRoot: string) {
  const bundle = readFileSync(fixture('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'))
  // gh keeps bundles as JSON lines; the conformance CLI reads one bundle per file.
  const path = join(mkdtempSync(join(tmpdir(), 'github-bundle-')), 'bundle.sigstore.json')
  writeFileSync(path, bundle.toString().trim())
  return runConformance([
    'verify-bundle',
    '--bundle',
    path,
    '--certificate-identity',
    `https://github.com/actions/attest-demo/.github/workflows/build-python.yml@${identityRef}`,
    '--certificate-oidc-issuer',
    GITHUB_ACTIONS_ISSUER,
    '--trusted-root',
    trustedRoot,
    fixture('github_provenance_demo-0.0.12-py3-none-any.whl')
  ])
}

describe('real artifacts made by cosign and GitHub', () => {
  test('a cosign attestation on an image verifies with its real identity against public-good', async () => {
    const image = await pushCosignAttestedImage('real/cosign-empty')
    const run = await verifyCosignImage(image)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verified).toBe('true')
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as {
      trustRoot: string
      images: { findings?: unknown }[]
    }
    expect(report.trustRoot).toBe('public-good (embedded)')
    expect(JSON.stringify(report.images)).toContain('https://cosign.sigstore.dev/attestation/v1')
    expect(JSON.stringify(report.images)).toContain('cody@soyland.com')
  })

  test('the same attestation fails for another identity and against a foreign trust root', async () => {
    const image = await pushCosignAttestedImage('real/cosign-empty-rejected')
    const other = await verifyCosignImage(image, {
      'certificate-identity': 'someone@example.com'
    })
    expect(other.exitCode).not.toBe(0)
    expect(other.outputs.verified).toBe('false')
    expect(other.errors.join('\n')).toContain(
      'certificate identity "cody@soyland.com" does not match "someone@example.com"'
    )
    const foreign = await verifyCosignImage(image, {
      'trusted-root': stackInfo().sigstore.trustedRootPath
    })
    expect(foreign.exitCode).not.toBe(0)
    expect(foreign.outputs.verified).toBe('false')
    expect(foreign.errors.join('\n')).toContain('Failed to verify certificate chain')
  })

  test("a public-good bundle made by sigstore-js's release workflow verifies with its identity", async () => {
    const run = await runConformance([
      'verify-bundle',
      '--bundle',
      fixture('sigstore-js-2.1.0-bundle.json'),
      '--certificate-identity',
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      fixture('sigstore-js-2.1.0.tgz')
    ])
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
  })

  test("a bundle from GitHub's instance (Fulcio + GitHub TSA, no Rekor) is rejected against public-good", async () => {
    const bundle = readFileSync(fixture('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'))
    // gh keeps bundles as JSON lines; the conformance CLI reads one bundle per file.
    const path = join(mkdtempSync(join(tmpdir(), 'github-bundle-')), 'bundle.sigstore.json')
    writeFileSync(path, bundle.toString().trim())
    const run = await runConformance([
      'verify-bundle',
      '--bundle',
      path,
      '--certificate-identity',
      'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      fixture('github_provenance_demo-0.0.12-py3-none-any.whl')
    ])
    expect(run.exitCode).not.toBe(0)
    // Its only signed time is from GitHub's TSA, which public-good does not trust.
    expect(run.stderr).toMatch(/timestamp could not be verified/)
  })

  test("verify mode with GitHub's instance and no way to reach its TUF repository fails closed", async () => {
    const { registry } = stackInfo()
    const run = await runAction({
      mode: 'verify',
      images: `${registry.host}/real/none:latest`,
      sigstore: 'github',
      offline: 'true',
      'certificate-identity':
        'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
      'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
    })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /GitHub's trust root could not be fetched from https:\/\/tuf-repo\.github\.com \(offline is set\) and no earlier copy is cached\. Allow the runner to reach tuf-repo\.github\.com, or give "trusted-root"/
    )
  })

  test('a real cosign legacy .sig signature of an index verifies in verify mode', async () => {
    const registry = await startRegistry()
    try {
      const image = await layOutLegacySignature(registry, 'salrashid123/server_image')
      const run = await runAction({
        mode: 'verify',
        images: image,
        sigstore: 'public-good',
        offline: 'true',
        'certificate-identity': LEGACY_SIGNER,
        'certificate-oidc-issuer': GITHUB_ACTIONS_ISSUER
      })
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.outputs.verified).toBe('true')
      const report = readFileSync(run.outputs['report-path'] ?? '', 'utf8')
      // The index's signature covers both platforms it lists.
      expect(report).toContain('linux/amd64')
      // containerd normalises arm64/v8 to arm64.
      expect(report).toContain('"platform": "linux/arm64"')
      expect(report).toContain(`.sig layer 0`)

      const other = await runAction({
        mode: 'verify',
        images: image,
        sigstore: 'public-good',
        offline: 'true',
        'certificate-identity': LEGACY_SIGNER.replace('v0.0.30', 'v0.0.31'),
        'certificate-oidc-issuer': GITHUB_ACTIONS_ISSUER
      })
      expect(other.exitCode).not.toBe(0)
      expect(other.outputs.verified).toBe('false')
      expect(other.errors.join('\n')).toContain('does not match')
    } finally {
      await registry.stop()
    }
  })

  test("a bundle from GitHub's instance verifies against GitHub's real trusted root", async () => {
    const run = await verifyGithubDemoBundle('refs/heads/main', GITHUB_ROOT)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const other = await verifyGithubDemoBundle('refs/heads/other', GITHUB_ROOT)
    expect(other.exitCode).not.toBe(0)
    expect(other.stderr).toContain('does not match')
  })

  test('an SCT is required wherever the trusted root names a CT log', async () => {
    // GitHub's root with a CT log added: its SCT-less certificates no longer pass.
    const root = JSON.parse(readFileSync(GITHUB_ROOT, 'utf8')) as Record<string, unknown>
    const publicGood = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules/@sigstore/tuf/seeds.json'), 'utf8')
    ) as Record<string, { targets: Record<string, string> }>
    const embedded = JSON.parse(
      Buffer.from(
        (Object.values(publicGood)[0] as { targets: Record<string, string> }).targets[
          'trusted_root.json'
        ] as string,
        'base64'
      ).toString()
    ) as { ctlogs: unknown[] }
    root.ctlogs = embedded.ctlogs
    const path = join(mkdtempSync(join(tmpdir(), 'root-with-ct-')), 'trusted_root.json')
    writeFileSync(path, JSON.stringify(root))
    const run = await verifyGithubDemoBundle('refs/heads/main', path)
    expect(run.exitCode).not.toBe(0)
    expect(run.stderr).toMatch(/expected 1 SCTs, got 0/)
  })
})
