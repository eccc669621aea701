import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SigstoreConfig } from '../../../src/config'
import { setLogger, stderrLogger } from '../../../src/log'
import { checkAttachFormat, selectServices } from '../../../src/sign'

const DIR = mkdtempSync(join(tmpdir(), 'root-'))
const ROOT = join(DIR, 'trusted_root.json')
writeFileSync(
  ROOT,
  JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' })
)

function config(overrides: Partial<SigstoreConfig>): SigstoreConfig {
  return { instance: 'custom', tlogUpload: true, offline: false, trustedRoot: ROOT, ...overrides }
}

let files = 0
function signingConfigFile(doc: object): string {
  const path = join(DIR, `signing_config_${files++}.json`)
  writeFileSync(path, JSON.stringify(doc))
  return path
}

const service = (url: string, majorApiVersion: number, start = '2024-01-01T00:00:00Z') => ({
  url,
  majorApiVersion,
  validFor: { start },
  operator: 'example.com'
})

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
      tlogs: [{ url: 'http://127.0.0.1:2', majorApiVersion: 1 }],
      tsaURLs: ['http://127.0.0.1:3/api/v1/timestamp']
    })
    expect(services.trustedRoot?.mediaType).toMatch(/trustedroot/)
  })

  test('a full timestamp URL, as cosign takes it, is kept', async () => {
    const services = await selectServices(
      config({ fulcioURL: 'https://f.example', tsaURL: 'https://tsa.example/api/v1/timestamp' })
    )
    expect(services.tsaURLs).toEqual(['https://tsa.example/api/v1/timestamp'])
    expect(services.tlogs).toEqual([])
  })

  test("GitHub's instance: its signing config names Fulcio and a TSA, no log", async () => {
    const services = await selectServices(config({ instance: 'github' }))
    expect(services).toMatchObject({
      name: 'github',
      fulcioURL: 'https://fulcio.githubapp.com',
      tlogs: [],
      tsaURLs: ['https://timestamp.githubapp.com/api/v1/timestamp']
    })
  })

  test('public-good without TUF uses the embedded signing config, with a notice', async () => {
    const notices: string[] = []
    setLogger({ ...stderrLogger, notice: m => notices.push(m) })
    try {
      const services = await selectServices(
        config({ instance: 'public-good', trustedRoot: undefined })
      )
      expect(services.source).toMatch(/^public-good \(embedded copy of \d{4}-\d\d-\d\d\)$/)
      expect(services.fulcioURL).toBe('https://fulcio.sigstore.dev')
      expect(services.tlogs).toEqual([{ url: 'https://rekor.sigstore.dev', majorApiVersion: 1 }])
      expect(services.tsaURLs).toEqual(['https://timestamp.sigstore.dev/api/v1/timestamp'])
      expect(notices.join('\n')).toMatch(
        /signing config could not be fetched through TUF .*using the copy embedded in this action, taken \d+ days ago/
      )
      expect(services.trustedRoot?.tlogs.length).toBeGreaterThan(0)
    } finally {
      setLogger(stderrLogger)
    }
  }, 60_000)

  test('a signing-config file picks the newest valid service of the highest API version', async () => {
    const path = signingConfigFile({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [
        service('https://old-ca.example', 1, '2020-01-01T00:00:00Z'),
        service('https://ca.example/', 1)
      ],
      rekorTlogUrls: [
        service('https://rekor.example', 1),
        service('https://log2030.example', 2, '2030-01-01T00:00:00Z'),
        service('https://log2024.example', 2),
        service('https://rekor-v3.example', 3)
      ],
      rekorTlogConfig: { selector: 'ANY' },
      tsaUrls: [service('https://tsa.example/api/v1/timestamp', 1)],
      tsaConfig: { selector: 'ANY' }
    })
    const services = await selectServices(config({ signingConfig: path }))
    expect(services.fulcioURL).toBe('https://ca.example')
    // v3 is unknown to this client, the 2030 log not valid yet: the 2024 v2 log wins over v1.
    expect(services.tlogs).toEqual([{ url: 'https://log2024.example', majorApiVersion: 2 }])
    expect(services.tsaURLs).toEqual(['https://tsa.example/api/v1/timestamp'])
    expect(services.source).toBe(path)
  })

  test('ALL takes one service per operator; EXACT fails when too few are usable', async () => {
    const other = {
      ...service('https://tsa2.example/api/v1/timestamp', 1),
      operator: 'other.example'
    }
    const base = {
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service('https://ca.example', 1)],
      tsaUrls: [
        service('https://tsa.example/api/v1/timestamp', 1),
        service('https://tsa-b.example/api/v1/timestamp', 1, '2023-01-01T00:00:00Z'),
        other
      ]
    }
    const all = await selectServices(
      config({ signingConfig: signingConfigFile({ ...base, tsaConfig: { selector: 'ALL' } }) })
    )
    expect(all.tsaURLs).toEqual([
      'https://tsa.example/api/v1/timestamp',
      'https://tsa2.example/api/v1/timestamp'
    ])
    await expect(
      selectServices(
        config({
          signingConfig: signingConfigFile({ ...base, tsaConfig: { selector: 'EXACT', count: 3 } })
        })
      )
    ).rejects.toThrow(/EXACT 3 timestamp service\(s\) requested, 2 usable/)
  })

  test('an expired service is skipped; none left is an error naming the file', async () => {
    const path = signingConfigFile({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service('https://ca.example', 1)],
      rekorTlogUrls: [
        {
          ...service('https://rekor.example', 1, '2020-01-01T00:00:00Z'),
          validFor: { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' }
        }
      ],
      rekorTlogConfig: { selector: 'ANY' }
    })
    await expect(selectServices(config({ signingConfig: path }))).rejects.toThrow(
      /ANY Rekor service\(s\) requested, 0 usable/
    )
  })

  test('a malformed signing config lists every problem', async () => {
    const path = signingConfigFile({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json',
      caUrls: [{ url: 'ftp://ca', majorApiVersion: 'one', validFor: {} }],
      tsaUrls: [service('https://tsa.example', 1)],
      tsaConfig: { selector: 'SOME' }
    })
    const error = (await selectServices(config({ signingConfig: path })).catch(e => e)) as Error
    expect(error).toMatchObject({ code: 'INPUT_INVALID' })
    for (const problem of [
      /v0\.1 signing configs are not read/,
      /caUrls\[0\]\.url is not an http/,
      /caUrls\[0\]\.majorApiVersion/,
      /caUrls\[0\]\.operator is missing/,
      /caUrls\[0\]\.validFor\.start is missing/,
      /tsaConfig\.selector must be ALL, ANY or EXACT/
    ])
      expect(error.message).toMatch(problem)
  })

  test('Rekor v2 without a TSA, or with a key, is refused with the reason', async () => {
    const v2Only = signingConfigFile({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service('https://ca.example', 1)],
      rekorTlogUrls: [service('https://log.example', 2)],
      rekorTlogConfig: { selector: 'ANY' }
    })
    await expect(selectServices(config({ signingConfig: v2Only }))).rejects.toThrow(
      /Rekor v2 needs a timestamp authority: v2 entries carry no signed time/
    )
    await expect(selectServices(config({ signingConfig: v2Only, key: 'k' }))).rejects.toThrow(
      /cannot log to Rekor v2/
    )
  })

  test('legacy attach formats are refused with Rekor v2, allowed with v1', async () => {
    const v2 = {
      name: 'custom' as const,
      source: 'f.json',
      tlogs: [{ url: 'https://log.example', majorApiVersion: 2 as const }],
      tsaURLs: []
    }
    expect(() => checkAttachFormat(v2, 'bundle')).not.toThrow()
    for (const format of ['legacy', 'both'] as const)
      expect(() => checkAttachFormat(v2, format)).toThrow(
        /legacy \.sig\/\.att tags.*SignedEntryTimestamp; Rekor v2 \(https:\/\/log\.example, from f\.json\) issues none/
      )
    const v1 = { ...v2, tlogs: [{ url: 'https://rekor.example', majorApiVersion: 1 as const }] }
    expect(() => checkAttachFormat(v1, 'legacy')).not.toThrow()
  })

  test('a key drops Fulcio, and the log unless tlog-upload', async () => {
    const withLog = await selectServices(
      config({ key: 'k', fulcioURL: 'https://f.example', rekorURL: 'https://r.example' })
    )
    expect(withLog.fulcioURL).toBeUndefined()
    expect(withLog.tlogs).toEqual([{ url: 'https://r.example', majorApiVersion: 1 }])
    const offline = await selectServices(
      config({ key: 'k', rekorURL: 'https://r.example', tlogUpload: false })
    )
    expect(offline.tlogs).toEqual([])
    // Air-gapped key signing: a named instance's TSA is not used unless asked for.
    const named = await selectServices(config({ instance: 'github', key: 'k', tlogUpload: false }))
    expect(named).toMatchObject({ tlogs: [], tsaURLs: [] })
    const asked = await selectServices(
      config({ instance: 'github', key: 'k', tsaURL: 'https://tsa.example' })
    )
    expect(asked.tsaURLs).toEqual(['https://tsa.example/api/v1/timestamp'])
  })

  test('keyless with tlog-upload false: no log even beside rekor-url, the TSA signs the time', async () => {
    const tsaOnly = await selectServices(
      config({
        fulcioURL: 'https://f.example',
        rekorURL: 'https://r.example',
        tsaURL: 'https://tsa.example',
        tlogUpload: false
      })
    )
    expect(tsaOnly).toMatchObject({
      fulcioURL: 'https://f.example',
      tlogs: [],
      tsaURLs: ['https://tsa.example/api/v1/timestamp']
    })
    await expect(
      selectServices(
        config({ fulcioURL: 'https://f.example', rekorURL: 'https://r.example', tlogUpload: false })
      )
    ).rejects.toThrow(/tlog-upload.*is false.*needs a timestamp authority/)
  })

  test('keyless without Fulcio, or without any timestamp source, is refused', async () => {
    await expect(selectServices(config({ rekorURL: 'https://r.example' }))).rejects.toThrow(
      /fulcio-url.*keyless signing needs a Fulcio/
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
