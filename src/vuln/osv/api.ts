import { ActionError } from '../../errors'
import { RetryBudget, type Backoff } from '../../network/retry'
import { Semaphore } from '../../network/semaphore'
import type { OsvRecord, ScanPackage } from '../types'
import { queryIds, type Query } from './api-querybatch'
import { osvRequest } from './api-request'
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

export function osvApi(options: OsvApiOptions): VulnerabilitySource {
  const settings = { ...DEFAULTS, ...definedOnly(options) }
  const base = options.url.replace(/\/+$/, '')
  const host = hostOf(base)
  const budget = options.budget ?? new RetryBudget()
  const semaphore = new Semaphore(settings.concurrency)
  const records = new Map<string, Promise<OsvRecord | undefined>>()
  const call = osvRequest({
    base,
    host,
    budget,
    backoff: settings.backoff,
    attempts: settings.attempts
  })

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
      const fetching = queryIds(
        call,
        host,
        settings,
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
