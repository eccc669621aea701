import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setLogger, stderrLogger } from '../../../src/log'
import { parseReference, RegistryClient, selectPlatform, sha256Digest } from '../../../src/oci'
import { actionErrorOf } from '../../support/action-error'
import { buildLayout, skopeoCopy, uniqueRepo } from './images'
import { startTokenRegistry, type TokenRegistry } from './token-server'

function dockerConfig(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-docker-config-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config))
  return dir
}

describe('bearer token flow against Distribution with token auth', () => {
  let server: TokenRegistry
  let repo: string

  beforeAll(async () => {
    server = await startTokenRegistry()
    repo = `${server.registry.host}/${uniqueRepo('token')}`
    await skopeoCopy(buildLayout({ 'etc/hello': 'hi' }), `docker://${repo}:1`, {
      extra: ['--dest-creds', `${server.username}:${server.password}`]
    })
  })

  afterAll(() => server.stop())

  beforeEach(() => {
    server.requests.length = 0
  })

  it('pulls anonymously with a pull-scoped token and reuses it', async () => {
    const client = new RegistryClient({ dockerConfigDir: dockerConfig({}) })
    const ref = parseReference(`${repo}:1`)
    const image = await selectPlatform(await client.resolve(ref))
    for await (const chunk of await image.layers[0]!.blob()) void chunk
    expect(server.requests).toEqual([
      { method: 'GET', scopes: [`repository:${ref.repository}:pull`], as: 'anonymous' }
    ])
  })

  it('refuses an anonymous push, naming the registry and where it looked', async () => {
    const configDir = dockerConfig({})
    const client = new RegistryClient({ dockerConfigDir: configDir })
    const error = await actionErrorOf(
      client.putBlob(parseReference(`${repo}-anon:1`), Buffer.from('x'))
    )
    expect(error.code).toBe('REGISTRY_AUTH')
    expect(error.message).toContain(`authentication failed for ${server.registry.host}`)
    expect(error.message).toContain(join(configDir, 'config.json'))
  })

  it('masks every token the token service issues and the password it was asked with', async () => {
    const masked: string[] = []
    setLogger({ ...stderrLogger, secret: value => void masked.push(value) })
    try {
      const client = new RegistryClient({ username: server.username, password: server.password })
      await client.putBlob(parseReference(`${repo}-masked:1`), Buffer.from(`m ${Math.random()}`))
    } finally {
      setLogger(stderrLogger)
    }
    expect(masked).toContain(server.password)
    expect(
      masked.filter(value => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(value)).length
    ).toBeGreaterThan(0)
  })

  it('pushes with credentials from docker config auths, asking for pull,push', async () => {
    const auth = Buffer.from(`${server.username}:${server.password}`).toString('base64')
    const client = new RegistryClient({
      dockerConfigDir: dockerConfig({ auths: { [`http://${server.registry.host}`]: { auth } } })
    })
    const ref = parseReference(`${repo}-push:1`)
    const data = Buffer.from(`pushed ${Math.random()}`)
    expect(await client.putBlob(ref, data)).toBe(sha256Digest(data))
    expect(server.requests.every(r => r.as === `basic:${server.username}`)).toBe(true)
    expect(server.requests.map(r => r.scopes)).toContainEqual([
      `repository:${ref.repository}:pull,push`
    ])
  })

  it('asks for pull on the source repository of a cross-repository mount', async () => {
    const client = new RegistryClient({ username: server.username, password: server.password })
    const from = parseReference(`${repo}-from:1`)
    const to = parseReference(`${repo}-to:1`)
    const data = Buffer.from(`mounted ${Math.random()}`)
    const digest = await client.putBlob(from, data)
    server.requests.length = 0
    await client.putBlob(to, data, digest, { mountFrom: from.repository })
    expect(await client.hasBlob(to, digest)).toBe(true)
    expect(server.requests.map(r => r.scopes)).toContainEqual([
      `repository:${from.repository}:pull`,
      `repository:${to.repository}:pull,push`
    ])
  })

  it('exchanges an identitytoken with an OAuth2 refresh_token grant', async () => {
    const client = new RegistryClient({
      dockerConfigDir: dockerConfig({
        auths: { [server.registry.host]: { identitytoken: server.refreshToken } }
      })
    })
    const ref = parseReference(`${repo}-identity:1`)
    await client.putBlob(ref, Buffer.from(`identity ${Math.random()}`))
    expect(server.requests.length).toBeGreaterThan(0)
    expect(server.requests.every(r => r.method === 'POST' && r.as === 'refresh')).toBe(true)
  })

  it('asks a docker-credential helper named in credHelpers, then credsStore', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'sbom-sign-helper-'))
    const asked = join(bin, 'asked')
    const helper = (name: string) => {
      const path = join(bin, `docker-credential-${name}`)
      writeFileSync(
        path,
        `#!/bin/sh\nread server\necho "${name} $server" >> ${asked}\necho '{"ServerURL":"'$server'","Username":"${server.username}","Secret":"${server.password}"}'\n`
      )
      chmodSync(path, 0o755)
    }
    helper('testhelper')
    helper('teststore')
    const path = process.env.PATH
    process.env.PATH = `${bin}:${path}`
    try {
      const viaHelper = new RegistryClient({
        dockerConfigDir: dockerConfig({ credHelpers: { [server.registry.host]: 'testhelper' } })
      })
      await viaHelper.putBlob(parseReference(`${repo}-helper:1`), Buffer.from(`h ${Math.random()}`))
      const viaStore = new RegistryClient({
        dockerConfigDir: dockerConfig({ credsStore: 'teststore' })
      })
      await viaStore.putBlob(parseReference(`${repo}-store:1`), Buffer.from(`s ${Math.random()}`))
    } finally {
      process.env.PATH = path
    }
    expect(readFileSync(asked, 'utf8').trim().split('\n')).toEqual([
      `testhelper ${server.registry.host}`,
      `teststore ${server.registry.host}`
    ])
  })

  it('reports a credential helper that is not installed', async () => {
    const client = new RegistryClient({
      dockerConfigDir: dockerConfig({
        credHelpers: { [server.registry.host]: 'absent-helper-xyz' }
      })
    })
    const error = await actionErrorOf(
      client.putBlob(parseReference(`${repo}-nohelper:1`), Buffer.from('x'))
    )
    expect(error.code).toBe('REGISTRY_AUTH')
    expect(error.message).toMatch(/docker-credential-absent-helper-xyz .* is not installed/)
  })

  it('says which credentials the token service rejected', async () => {
    const client = new RegistryClient({ username: server.username, password: 'wrong' })
    const error = await actionErrorOf(
      client.putBlob(parseReference(`${repo}-wrong:1`), Buffer.from('x'))
    )
    expect(error.message).toMatch(
      /authentication failed for .*registry-username input were rejected/
    )
  })

  it('keeps explicit credentials to the registry they are for', async () => {
    const client = new RegistryClient({
      username: server.username,
      password: server.password,
      credentialsRegistry: 'ghcr.io',
      dockerConfigDir: dockerConfig({})
    })
    await actionErrorOf(client.putBlob(parseReference(`${repo}-scoped:1`), Buffer.from('x')))
    expect(server.requests.every(r => r.as === 'anonymous')).toBe(true)
  })
})
