import type { SerializedBundle } from '@sigstore/bundle'
import { storeAttestation } from '../../../src/attach/github'
import { startGitHubApi, type GitHubApiStub } from '../../support/github-api'

const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'r/app', digest: { sha256: 'e5'.repeat(32) } }],
  predicateType: 'https://cyclonedx.org/bom',
  predicate: {}
}
const BUNDLE = {
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: {},
  dsseEnvelope: {
    payload: Buffer.from(JSON.stringify(STATEMENT)).toString('base64'),
    payloadType: 'application/vnd.in-toto+json',
    signatures: [{ sig: 'AA==', keyid: '' }]
  }
} as unknown as SerializedBundle

let api: GitHubApiStub
beforeEach(async () => {
  api = await startGitHubApi()
})
afterEach(() => api.close())

function target(token = api.token) {
  return { apiURL: api.url, serverURL: 'https://github.com', repository: 'acme/app', token }
}

describe('storeAttestation', () => {
  test('POSTs {bundle} and returns the id and its web address; GET by digest finds it', async () => {
    const stored = await storeAttestation(target(), BUNDLE)
    expect(stored).toEqual({ id: '1', url: 'https://github.com/acme/app/attestations/1' })
    expect(api.stored[0]?.bundle).toEqual(BUNDLE)
    const list = await fetch(`${api.url}/repos/acme/app/attestations/sha256:${'e5'.repeat(32)}`, {
      headers: { authorization: `Bearer ${api.token}` }
    })
    expect(((await list.json()) as { attestations: unknown[] }).attestations).toHaveLength(1)
  })

  test('retries 5xx and 429, then succeeds', async () => {
    api.failNext.push(502, 429)
    await expect(storeAttestation(target(), BUNDLE)).resolves.toMatchObject({ id: '1' })
  })

  test('a missing permission names attestations: write', async () => {
    await expect(storeAttestation(target('wrong'), BUNDLE)).rejects.toMatchObject({
      code: 'ATTACH_FAILED',
      hint: expect.stringMatching(/attestations: write/)
    })
    expect(api.stored).toHaveLength(0)
  })
})
