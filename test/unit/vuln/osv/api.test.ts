import { RetryBudget } from '../../../../src/network/retry'
import { osvApi } from '../../../../src/vuln/osv'
import type { ScanPackage } from '../../../../src/vuln/types'
import { startOsv, type OsvStandIn } from '../../../stack/osv'
import { actionErrorOf } from '../../../support/action-error'
import { scanPackage } from './records'

const fast = { backoff: { baseDelayMs: 1, maxDelayMs: 5 } }
const ids = (found: Map<ScanPackage, { id: string }[]>, pkg: ScanPackage) =>
  found
    .get(pkg)
    ?.map(r => r.id)
    .sort()

describe('osvApi against the OSV stand-in', () => {
  let osv: OsvStandIn
  afterEach(() => osv?.stop())

  test('pages, batches of at most batchSize queries, and every record fetched once', async () => {
    osv = await startOsv({ pageSize: 2, maxQueries: 3 })
    const stdlib = scanPackage('pkg:golang/stdlib@1.19.8')
    const also = scanPackage('pkg:golang/stdlib@1.19.8?x=1')
    const others = ['semver@7.6.3', 'ms@2.1.3', 'debug@4.3.7', 'left-pad@1.0.0'].map(p =>
      scanPackage(`pkg:npm/${p}`)
    )
    const source = osvApi({ url: osv.url, batchSize: 3, ...fast })
    const found = await source.lookup([stdlib, also, ...others])
    // Four stdlib records at two per page: the query is asked twice.
    expect(ids(found, stdlib)).toEqual([
      'GO-2023-1702',
      'GO-2023-1751',
      'GO-2023-1840',
      'GO-2023-1878'
    ])
    expect(ids(found, also)).toEqual(ids(found, stdlib))
    expect(ids(found, others[0] as ScanPackage)).toEqual(['GHSA-c2qf-rxjj-qqgw'])
    // Five distinct queries in batches of three (2 requests), then stdlib's second page.
    expect(osv.requests).toEqual({ querybatch: 3, vulns: 5, queries: 6 })
    const again = await source.fetch(['GO-2023-1840', 'GHSA-c2qf-rxjj-qqgw', 'CVE-0000-0000'])
    expect(again.map(r => r.id)).toEqual(['GO-2023-1840', 'GHSA-c2qf-rxjj-qqgw'])
    // Cached: only the unknown ID cost a request.
    expect(osv.requests.vulns).toBe(6)
  })

  test('records are fetched as each batch answers, while later batches are still asked for', async () => {
    osv = await startOsv()
    const packages = ['pkg:golang/stdlib@1.19.8', 'pkg:npm/semver@7.6.3', 'pkg:npm/ms@2.1.3'].map(
      p => scanPackage(p)
    )
    const found = await osvApi({ url: osv.url, batchSize: 1, ...fast }).lookup(packages)
    expect(ids(found, packages[1] as ScanPackage)).toEqual(['GHSA-c2qf-rxjj-qqgw'])
    const firstRecord = osv.log.findIndex(line => line.startsWith('GET /v1/vulns/'))
    const lastBatch = osv.log.lastIndexOf('POST /v1/querybatch')
    expect(osv.log.filter(line => line === 'POST /v1/querybatch')).toHaveLength(3)
    expect(firstRecord).toBeGreaterThan(0)
    expect(firstRecord).toBeLessThan(lastBatch)
  })

  test('503s are retried within the retry budget', async () => {
    osv = await startOsv()
    osv.failNext(2)
    const found = await osvApi({ url: osv.url, ...fast }).lookup([
      scanPackage('pkg:npm/semver@7.6.3')
    ])
    expect([...found.values()][0]?.map(r => r.id)).toEqual(['GHSA-c2qf-rxjj-qqgw'])
    expect(osv.requests.querybatch).toBe(1)
  })

  test('a service that keeps failing ends in a NETWORK_ERROR naming the host', async () => {
    osv = await startOsv()
    osv.failNext(100)
    const source = osvApi({ url: osv.url, attempts: 3, ...fast, budget: new RetryBudget(60_000) })
    const error = await actionErrorOf(source.lookup([scanPackage('pkg:npm/semver@7.6.3')]))
    expect(error.code).toBe('NETWORK_ERROR')
    expect(error.message).toMatch(
      new RegExp(
        `^OSV at ${osv.url.replace('http://', '')}: POST .*/v1/querybatch answered 503; gave up after 3 attempts`
      )
    )
  })

  test('answers over the size caps are refused', async () => {
    osv = await startOsv()
    const pkg = scanPackage('pkg:golang/stdlib@1.19.8')
    const small = osvApi({ url: osv.url, maxRecordBytes: 1024, ...fast })
    const error = await actionErrorOf(small.lookup([pkg]))
    expect(error.message).toMatch(
      /GET .*\/v1\/vulns\/GO-2023-\d+ answered \d+ bytes, over the 1 KiB cap/
    )
    const batch = osvApi({ url: osv.url, maxBatchBytes: 64, ...fast })
    await expect(batch.lookup([pkg])).rejects.toThrow(
      /querybatch answered \d+ bytes, over the 64 bytes cap/
    )
  })

  test('a server that is no OSV API is a clear error', async () => {
    osv = await startOsv()
    const wrong = osvApi({ url: `${osv.url}/elsewhere`, ...fast })
    const error = await actionErrorOf(wrong.lookup([scanPackage('pkg:npm/semver@7.6.3')]))
    expect(error.message).toMatch(/answered 404/)
  })
})
