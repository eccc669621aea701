import { ActionError } from '../../errors'
import type { OsvRequest } from './api-request'

/** One package version asked about; `page_token` continues an answer OSV paginated. */
export interface Query {
  package: { ecosystem: string; name: string }
  version: string
  page_token?: string
}

interface BatchAnswer {
  results: { vulns?: { id: string }[]; next_page_token?: string }[]
}

export interface QueryBatchLimits {
  /** Queries per querybatch request; OSV accepts up to 1000. */
  batchSize: number
  maxBatchBytes: number
  /** Rounds of `next_page_token` followed before giving up. */
  maxPages: number
}

/**
 * IDs per query, following each query's pages; `found(index, id)` hears of each ID as its
 * answer arrives, so records are fetched while later batches and pages are still asked for.
 */
export async function queryIds(
  call: OsvRequest,
  host: string,
  limits: QueryBatchLimits,
  queries: Query[],
  found: (index: number, id: string) => void
): Promise<void> {
  for (let start = 0; start < queries.length; start += limits.batchSize) {
    let pending = queries
      .slice(start, start + limits.batchSize)
      .map((query, i) => ({ query, index: start + i }))
    for (let page = 0; pending.length > 0; page++) {
      if (page >= limits.maxPages)
        throw new ActionError(
          'NETWORK_ERROR',
          `OSV at ${host} kept answering with more pages after ${limits.maxPages} rounds of querybatch`,
          {
            hint: 'The server is broken or hostile; try again later or scan offline with "vulnerability-db"'
          }
        )
      const answer = await call<BatchAnswer>(
        'POST',
        '/v1/querybatch',
        { queries: pending.map(p => p.query) },
        limits.maxBatchBytes
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
