import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setLogger, stderrLogger, type Logger } from '../../../src/log'
import { CredentialStore } from '../../../src/oci/credentials'
import { Transport } from '../../../src/oci/transport'

function configDir(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-creds-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config))
  return dir
}

describe('CredentialStore', () => {
  const masked: string[] = []
  beforeAll(() => {
    const capture: Logger = { ...stderrLogger, secret: v => void masked.push(v) }
    setLogger(capture)
  })
  afterAll(() => setLogger(stderrLogger))

  it('finds Docker Hub credentials under the index.docker.io/v1/ key and masks them', async () => {
    const auth = Buffer.from('hubuser:hub-secret').toString('base64')
    const store = new CredentialStore({
      dockerConfigDir: configDir({ auths: { 'https://index.docker.io/v1/': { auth } } })
    })
    const found = await store.get('docker.io')
    expect(found).toMatchObject({ username: 'hubuser', password: 'hub-secret' })
    expect(found?.source).toMatch(/config\.json$/)
    expect(masked).toEqual(expect.arrayContaining(['hub-secret', auth]))
    expect(await store.get('ghcr.io')).toBeUndefined()
  })

  it('matches auths keys written as URLs with paths', async () => {
    const store = new CredentialStore({
      dockerConfigDir: configDir({
        auths: { 'https://registry.example.com:5000/v2/': { username: 'u', password: 'p' } }
      })
    })
    expect(await store.get('registry.example.com:5000')).toMatchObject({
      username: 'u',
      password: 'p'
    })
  })

  it('uses GITHUB_TOKEN for ghcr.io only, with the actor as user', async () => {
    const store = new CredentialStore({
      githubToken: 'ghs_token123',
      dockerConfigDir: configDir({})
    })
    const previous = process.env.GITHUB_ACTOR
    process.env.GITHUB_ACTOR = 'octocat'
    try {
      expect(await store.get('ghcr.io')).toEqual({
        username: 'octocat',
        password: 'ghs_token123',
        source: 'GITHUB_TOKEN'
      })
      expect(await store.get('quay.io')).toBeUndefined()
    } finally {
      process.env.GITHUB_ACTOR = previous
    }
    expect(masked).toContain('ghs_token123')
    expect(store.searched('ghcr.io')).toContain('GITHUB_TOKEN')
  })

  it('prefers explicit credentials over the docker config and GITHUB_TOKEN', async () => {
    const store = new CredentialStore({
      username: 'me',
      password: 'explicit',
      githubToken: 'ghs_x',
      dockerConfigDir: configDir({ auths: { 'ghcr.io': { username: 'other', password: 'other' } } })
    })
    expect(await store.get('ghcr.io')).toMatchObject({ username: 'me', password: 'explicit' })
  })

  it('reads the config in $DOCKER_CONFIG when no directory is given', async () => {
    const previous = process.env.DOCKER_CONFIG
    process.env.DOCKER_CONFIG = configDir({
      auths: { 'quay.io': { username: 'q', password: 'quay-pass' } }
    })
    try {
      const store = new CredentialStore()
      expect(store.configPath).toBe(join(process.env.DOCKER_CONFIG, 'config.json'))
      expect(await store.get('quay.io')).toMatchObject({ username: 'q', password: 'quay-pass' })
    } finally {
      if (previous === undefined) delete process.env.DOCKER_CONFIG
      else process.env.DOCKER_CONFIG = previous
    }
  })

  it('ignores a docker config that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-creds-'))
    writeFileSync(join(dir, 'config.json'), '{not json')
    expect(await new CredentialStore({ dockerConfigDir: dir }).get('ghcr.io')).toBeUndefined()
  })
})

describe('Transport.baseUrl', () => {
  const transport = new Transport(new CredentialStore(), {
    insecureRegistries: ['registry.internal:5000', 'plain.example']
  })
  it.each([
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['127.8.9.10', 'http://127.8.9.10'],
    ['localhost:5000', 'http://localhost:5000'],
    ['[::1]:5000', 'http://[::1]:5000'],
    ['registry.internal:5000', 'http://registry.internal:5000'],
    ['registry.internal:5001', 'https://registry.internal:5001'],
    ['plain.example:8080', 'http://plain.example:8080'],
    ['ghcr.io', 'https://ghcr.io'],
    ['docker.io', 'https://registry-1.docker.io'],
    ['127.0.0.1.nip.io', 'https://127.0.0.1.nip.io']
  ])('%s → %s', (registry, url) => {
    expect(transport.baseUrl(registry)).toBe(url)
  })
})
