import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseReference, RegistryClient } from '../../../src/oci'
import {
  startHostileRegistry,
  startRecorder,
  type HostileRegistry
} from '../../stack/hostile-registry'
import { buildLayout, skopeoCopy, uniqueRepo } from './images'
import { startTokenRegistry, type TokenRegistry } from './token-server'

/**
 * A registry behind token auth, fronted by one that answers the referrers API with a
 * `Link` to another origin: the next page is fetched, without the registry's token.
 */
describe('a referrers Link to another origin', () => {
  let server: TokenRegistry
  let hostile: HostileRegistry
  let recorder: Awaited<ReturnType<typeof startRecorder>>
  let repo = ''

  beforeAll(async () => {
    server = await startTokenRegistry()
    recorder = await startRecorder()
    hostile = await startHostileRegistry({
      target: server.registry.url,
      hostility: 'link-elsewhere',
      elsewhere: recorder.url
    })
    repo = uniqueRepo('link')
    await skopeoCopy(
      buildLayout({ 'etc/hello': 'hi' }),
      `docker://${server.registry.host}/${repo}:1`,
      {
        extra: ['--dest-creds', `${server.username}:${server.password}`]
      }
    )
  })

  afterAll(async () => {
    await hostile.stop()
    await recorder.stop()
    await server.stop()
  })

  it('gets no token, while the registry itself got one', async () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), 'sbom-sign-docker-config-'))
    writeFileSync(join(dockerConfig, 'config.json'), '{}')
    const client = new RegistryClient({
      username: server.username,
      password: server.password,
      credentialsRegistry: hostile.host,
      dockerConfigDir: dockerConfig
    })
    const ref = parseReference(`${hostile.host}/${repo}:1`)
    // The manifest request meets the registry's challenge: the client holds a token now.
    const { digest } = await client.getManifest(ref)
    expect(await client.referrers(ref, digest)).toEqual([])
    expect(hostile.stats.referrerAuthorizations).toHaveLength(1)
    expect(hostile.stats.referrerAuthorizations[0]).toMatch(/^Bearer \S+/)
    expect(recorder.seen).toEqual([{ path: `/v2/${repo}/referrers/${digest}?page=2` }])
  })
})
