import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SigstoreConfig } from '../../../src/config'
import { GITHUB_INSTANCE, selectServices } from '../../../src/sign'

const ROOT = join(mkdtempSync(join(tmpdir(), 'root-')), 'trusted_root.json')
writeFileSync(
  ROOT,
  JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' })
)

function config(overrides: Partial<SigstoreConfig>): SigstoreConfig {
  return { instance: 'custom', tlogUpload: true, offline: false, trustedRoot: ROOT, ...overrides }
}

describe('selectServices', () => {
  test('custom URLs: base URLs lose trailing slashes, a TSA base URL gets the endpoint', async () => {
    const services = await selectServices(
      config({
        fulcioURL: 'http://127.0.0.1:1/',
        rekorURL: 'http://127.0.0.1:2',
        tsaURL: 'http://127.0.0.1:3/'
      })
    )
    expect(services).toMatchObject({
      name: 'custom',
      fulcioURL: 'http://127.0.0.1:1',
      rekorURL: 'http://127.0.0.1:2',
      tsaURL: 'http://127.0.0.1:3/api/v1/timestamp'
    })
    expect(services.trustedRoot?.mediaType).toMatch(/trustedroot/)
  })

  test('a full timestamp URL, as cosign takes it, is kept', async () => {
    const services = await selectServices(
      config({ fulcioURL: 'https://f.example', tsaURL: 'https://tsa.example/api/v1/timestamp' })
    )
    expect(services.tsaURL).toBe('https://tsa.example/api/v1/timestamp')
    expect(services.rekorURL).toBeUndefined()
  })

  test("GitHub's instance: Fulcio and TSA, no transparency log", async () => {
    const services = await selectServices(config({ instance: 'github' }))
    expect(services).toMatchObject({ name: 'github', ...GITHUB_INSTANCE })
    expect(services.rekorURL).toBeUndefined()
  })

  test('a key drops Fulcio, and the log unless tlog-upload', async () => {
    const withLog = await selectServices(
      config({ key: 'k', fulcioURL: 'https://f.example', rekorURL: 'https://r.example' })
    )
    expect(withLog.fulcioURL).toBeUndefined()
    expect(withLog.rekorURL).toBe('https://r.example')
    const offline = await selectServices(
      config({ key: 'k', rekorURL: 'https://r.example', tlogUpload: false })
    )
    expect(offline.rekorURL).toBeUndefined()
  })

  test('keyless without Fulcio, or without any timestamp source, is refused', async () => {
    await expect(selectServices(config({ rekorURL: 'https://r.example' }))).rejects.toThrow(
      /fulcio-url.*required/
    )
    await expect(selectServices(config({ fulcioURL: 'https://f.example' }))).rejects.toThrow(
      /needs a transparency log or a timestamp authority/
    )
    await expect(selectServices(config({ fulcioURL: 'ftp://f' }))).rejects.toThrow(/not an http/)
  })

  test('an unreadable or foreign trusted root is TRUST_ROOT_INVALID', async () => {
    await expect(
      selectServices(
        config({ fulcioURL: 'https://f', rekorURL: 'https://r', trustedRoot: '/nope' })
      )
    ).rejects.toMatchObject({ code: 'TRUST_ROOT_INVALID' })
    const other = join(mkdtempSync(join(tmpdir(), 'root-')), 'x.json')
    writeFileSync(other, '{"mediaType":"application/json"}')
    await expect(
      selectServices(config({ fulcioURL: 'https://f', rekorURL: 'https://r', trustedRoot: other }))
    ).rejects.toMatchObject({ code: 'TRUST_ROOT_INVALID' })
  })
})
