import { readFileSync } from 'node:fs'
import { startGitHubApi, type GitHubApiStub } from '../../support/github-api'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attestSbom, pushImage, signImage, stackSigner } from './images'

const stack = stackInfo()
const host = stack.registry.host
const signer = stackSigner(stack.sigstore)

/**
 * A base image of another organization (`base-org`, not the workflow's `acme`), laid out as on
 * ghcr.io (`<owner>/<name>`) but in the local registry, whose signature and SBOM attestation
 * exist only in GitHub's attestations API of that organization.
 */
describe("GitHub attestations of the image owner's organization", () => {
  let api: GitHubApiStub
  let image: { ref: string; digest: string }
  beforeAll(async () => {
    api = await startGitHubApi()
    image = await pushImage(host, 'base-org/debian', '12')
    const signature = await signImage(signer, image.digest)
    const sbom = await attestSbom(signer, `${host}/base-org/debian`, image.digest)
    api.stored.push(
      {
        id: 1,
        repository: 'base-org/images',
        bundle: signature.bundle as Record<string, unknown>,
        delivery: 'inline'
      },
      {
        id: 2,
        repository: 'base-org/images',
        bundle: sbom.bundle as Record<string, unknown>,
        delivery: 'snappy'
      }
    )
  })
  afterAll(() => api.close())

  const inputs = (extra: Record<string, string> = {}) =>
    verifyInputs(stack.sigstore, image.ref, {
      'require-sbom': 'true',
      'github-attestations': 'true',
      'github-token': api.token,
      ...extra
    })
  const env = () => ({ GITHUB_API_URL: api.url })
  const report = (path = '') =>
    JSON.parse(readFileSync(path, 'utf8')) as { images: { errors: string[] }[] }

  test('found under /orgs/{owner}, the SBOM fetched by bundle_url: verified', async () => {
    api.requests.length = 0
    const run = await runAction(inputs(), env())
    expect(run.errors).toEqual([])
    expect(run.outputs.verified).toBe('true')
    expect(api.requests).toContain(`GET /orgs/base-org/attestations/${image.digest}?per_page=100`)
    expect(api.requests).toContain('GET /bundles/2')
  })

  test('without github-attestations the same image is not verified', async () => {
    const run = await runAction(inputs({ 'github-attestations': 'false' }), env())
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('no signatures or attestations found')
  })

  test('a token without access fails the image naming the permission, not as unsigned', async () => {
    const run = await runAction(inputs({ 'github-token': 'ghs_without_access' }), env())
    expect(run.outputs.verified).toBe('false')
    const errors = report(run.outputs['report-path']).images[0]?.errors.join('\n')
    expect(errors).toMatch(/HTTP 401.*attestations: read/)
    expect(run.errors.join('\n')).not.toContain('no signatures')
  })

  test('an API answering 503 on every attempt fails the image, not as unsigned', async () => {
    api.failReads.push(503, 503, 503)
    const run = await runAction(inputs(), env())
    expect(run.outputs.verified).toBe('false')
    expect(report(run.outputs['report-path']).images[0]?.errors.join('\n')).toMatch(
      /could not list attestations .*HTTP 503/
    )
    expect(run.errors.join('\n')).not.toContain('no signatures')
  })
})
