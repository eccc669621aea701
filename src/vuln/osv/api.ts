import { ActionError } from '../../errors'
import { checkDeadline } from '../../network/deadline'
import { formatDuration } from '../../network/duration'
import {
  backoffMs,
  MAX_TIMEOUTS,
  retryAfterMs,
  RetryBudget,
  type Backoff
} from '../../network/retry'
import { Semaphore } from '../../network/semaphore'
import { send } from '../../oci/http'
import { HttpTimeout, stoppedWhile } from '../../oci/http-limits'
import type { HttpResponse } from '../../oci/http-response'
import { describeUrl } from '../../oci/url'
import { formatBytes } from '../../oci/limits'
import { isTlsFailure, networkReason, RETRY_STATUS } from '../../oci/transport'
import type { OsvRecord, ScanPackage } from '../types'
import { isOsvRecord, type VulnerabilitySource } from './source'

/**
 * OSV's API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` names the records
 * per package (IDs only), `GET /v1/vulns/{id}` returns each record. Every record is fetched
 * once per run, however many packages name it.
 */
export interface OsvApiOptions {
  /** https://api.osv.dev, or a mirror with the same paths. */
  url: string
  /** Shared with the run's other services; a fresh default budget when absent. */
  budget?: RetryBudget
  /** Queries per querybatch request; OSV accepts up to 1000. */
  batchSize?: number
  /** Record requests in flight at once. */
  concurrency?: number
  /** Caps on response bodies, read whole. */
  maxBatchBytes?: number
  maxRecordBytes?: number
  /** Rounds of `next_page_token` followed before giving up. */
  maxPages?: number
  backoff?: Backoff
  /** Attempts per request, the first included (the retry budget usually ends them first). */
  attempts?: number
}

export const OSV_API_URL = 'https://api.osv.dev'
const DEFAULTS = {
  batchSize: 1000,
  concurrency: 8,
  // A full batch answer is about 1000 × a few dozen IDs of ~60 bytes each.
  maxBatchBytes: 32 << 20,
  // The largest records (kernel CVEs, packages with thousands of versions) are a few MiB.
  maxRecordBytes: 8 << 20,
  maxPages: 100,
  backoff: { baseDelayMs: 500, maxDelayMs: 30_000 },
  attempts: 10
}

interface Query {
  package: { ecosystem: string; name: string }
  version: string
  page_token?: string
}

interface BatchAnswer {
  results: { vulns?: { id: string }[]; next_page_token?: string }[]
}

export function osvApi(options: OsvApiOptions): VulnerabilitySource {
  const settings = { ...DEFAULTS, ...definedOnly(options) }
  const base = options.url.replace(/\/+$/, '')
  const host = hostOf(base)
  const budget = options.budget ?? new RetryBudget()
  const semaphore = new Semaphore(settings.concurrency)
  const records = new Map<string, Promise<OsvRecord | undefined>>()

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    cap: number,
    accept404 = false
  ) {
    const url = `${base}${path}`
    const what = `${method} ${describeUrl(url)}`
    const fail = (message: string, cause?: unknown) =>
      new ActionError('NETWORK_ERROR', `OSV at ${host}: ${message}`, {
        hint: {
          action: `Check that ${host} is reachable, point "osv-url" at a mirror, or scan offline with "vulnerability-db"`,
          cli: `Check that ${host} is reachable, pass --osv-url for a mirror, or scan offline with --vulnerability-db`
        },
        ...(cause === undefined ? {} : { cause })
      })
    const sequence = budget.sequence()
    try {
      for (let attempt = 0; ; attempt++) {
        let response: HttpResponse
        let failure: string
        let delay = backoffMs(attempt, settings.backoff)
        try {
          response = await send(url, {
            method,
            headers: {
              'user-agent': 'sbom-sign-action',
              accept: 'application/json',
              ...(body === undefined ? {} : { 'content-type': 'application/json' })
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
          })
          if (response.status === 404 && accept404) {
            response.discard()
            return undefined
          }
          if (response.ok) return parse<T>(await readCapped(response, cap, what, fail), what, fail)
          if (!RETRY_STATUS.has(response.status)) {
            const detail = await response.text(4096).catch(() => '')
            throw fail(
              `${what} answered ${response.status}${detail ? `: ${detail.slice(0, 300)}` : ''}`
            )
          }
          failure = `${what} answered ${response.status}`
          delay = retryAfterMs(response.headers.get('retry-after')) ?? delay
          response.discard()
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (isTlsFailure(error)) throw fail(`${what} failed: ${networkReason(error)}`, error)
          if (error instanceof HttpTimeout) sequence.timeouts++
          failure = `${what} failed (${networkReason(error)})`
        }
        if (attempt + 1 >= settings.attempts)
          throw fail(`${failure}; gave up after ${attempt + 1} attempts`)
        if (sequence.timeouts >= MAX_TIMEOUTS)
          throw fail(`${failure}; no answer in time ${MAX_TIMEOUTS} times`)
        checkDeadline()
        let waited: boolean
        try {
          waited = await sequence.wait(`OSV at ${host}: ${failure}`, delay)
        } catch (error) {
          throw stoppedWhile(error, `waiting to retry after: ${failure}`)
        }
        if (!waited)
          throw fail(
            `${failure}; retrying in ${formatDuration(delay)} would exceed the ${sequence.describeBudget()}`
          )
      }
    } finally {
      sequence.close()
    }
  }

  /**
   * IDs per query, following each query's pages; `found(index, id)` hears of each ID as its
   * answer arrives, so records are fetched while later batches and pages are still asked for.
   */
  async function idsOf(
    queries: Query[],
    found: (index: number, id: string) => void
  ): Promise<void> {
    for (let start = 0; start < queries.length; start += settings.batchSize) {
      let pending = queries
        .slice(start, start + settings.batchSize)
        .map((query, i) => ({ query, index: start + i }))
      for (let page = 0; pending.length > 0; page++) {
        if (page >= settings.maxPages)
          throw new ActionError(
            'NETWORK_ERROR',
            `OSV at ${host} kept answering with more pages after ${settings.maxPages} rounds of querybatch`,
            {
              hint: 'The server is broken or hostile; try again later or scan offline with "vulnerability-db"'
            }
          )
        const answer = await call<BatchAnswer>(
          'POST',
          '/v1/querybatch',
          { queries: pending.map(p => p.query) },
          settings.maxBatchBytes
        )
        const results = answer?.results
        if (!Array.isArray(results) || results.length !== pending.length)
          throw new ActionError(
            'NETWORK_ERROR',
            `OSV at ${host} answered querybatch with ${Array.isArray(results) ? results.length : 'no'} results for ${pending.length} queries`,
            { hint: 'The server is not an OSV API; check "osv-url"' }
          )
        const next: typeof pending = []
        results.forEach((result, i) => {
          const item = pending[i] as (typeof pending)[number]
          for (const vuln of Array.isArray(result?.vulns) ? result.vulns : [])
            if (typeof vuln?.id === 'string' && vuln.id) found(item.index, vuln.id)
          if (typeof result?.next_page_token === 'string' && result.next_page_token)
            next.push({
              index: item.index,
              query: { ...item.query, page_token: result.next_page_token }
            })
        })
        pending = next
      }
    }
  }

  function record(id: string): Promise<OsvRecord | undefined> {
    let cached = records.get(id)
    if (!cached) {
      cached = semaphore.run(async () => {
        const value = await call<unknown>(
          'GET',
          `/v1/vulns/${encodeURIComponent(id)}`,
          undefined,
          settings.maxRecordBytes,
          true
        )
        if (value === undefined) return undefined
        if (!isOsvRecord(value) || value.id !== id)
          throw new ActionError(
            'NETWORK_ERROR',
            `OSV at ${host} answered /v1/vulns/${id} with something that is not that OSV record`,
            {
              hint: 'The server is not an OSV API; check "osv-url"'
            }
          )
        return value
      })
      // Awaited later (after the batches): a failure meanwhile is not an unhandled rejection.
      cached.catch(() => undefined)
      records.set(id, cached)
    }
    return cached
  }

  return {
    description: base,
    async lookup(packages: ScanPackage[]) {
      // One query per distinct ecosystem/name/version; packages share its answer.
      const byQuery = new Map<string, { query: Query; packages: ScanPackage[] }>()
      for (const pkg of packages) {
        const { ecosystem, name, version } = pkg.osv
        const key = JSON.stringify([ecosystem, name, version])
        const entry = byQuery.get(key) ?? {
          query: { package: { ecosystem, name }, version },
          packages: []
        }
        entry.packages.push(pkg)
        byQuery.set(key, entry)
      }
      const entries = [...byQuery.values()]
      const ids = entries.map(() => new Map<string, Promise<OsvRecord | undefined>>())
      const fetching = idsOf(
        entries.map(e => e.query),
        (index, id) => {
          const named = ids[index]
          if (named && !named.has(id)) named.set(id, record(id))
        }
      )
      // A batch that fails leaves fetches in flight: they end before the error is reported.
      await fetching.catch(async error => {
        await Promise.allSettled(ids.flatMap(named => [...named.values()]))
        throw error
      })
      const found = await Promise.all(
        ids.map(async named =>
          (await Promise.all(named.values())).filter((r): r is OsvRecord => r !== undefined)
        )
      )
      const out = new Map<ScanPackage, OsvRecord[]>()
      entries.forEach((entry, i) => {
        for (const pkg of entry.packages) out.set(pkg, found[i] ?? [])
      })
      return out
    },
    async fetch(ids: string[]) {
      const found = await Promise.all([...new Set(ids)].map(record))
      return found.filter((r): r is OsvRecord => r !== undefined)
    }
  }
}

async function readCapped(
  response: HttpResponse,
  cap: number,
  what: string,
  fail: (message: string) => ActionError
): Promise<string> {
  const length = Number(response.headers.get('content-length'))
  if (Number.isFinite(length) && length > cap) {
    response.discard()
    throw fail(`${what} answered ${length} bytes, over the ${formatBytes(cap)} cap for its kind`)
  }
  try {
    return await response.text(cap)
  } catch (error) {
    if (error instanceof ActionError) throw error
    if (/answered more than/.test((error as Error).message))
      throw fail(`${what} answered more than the ${formatBytes(cap)} cap for its kind`)
    throw error
  }
}

function parse<T>(text: string, what: string, fail: (message: string) => ActionError): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw fail(`${what} answered something that is not JSON`)
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    throw new ActionError('INPUT_INVALID', `"${url}" is not a URL of an OSV API`, {
      hint: 'Give the API base URL, e.g. https://api.osv.dev'
    })
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
