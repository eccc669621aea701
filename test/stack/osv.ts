import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

/**
 * A stand-in for OSV's API on loopback, with its paths and answers
 * (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` → `{results:[{vulns:[{id,
 * modified}], next_page_token?}]}`, `GET /v1/vulns/{id}` → the record's bytes as stored.
 *
 * It answers a query with every record that names the queried package (ecosystem and
 * name), whatever the version: the scanner evaluates versions itself and must not lean on
 * the server doing it, and the stand-in stays independent of the code it tests. It counts
 * requests, pages long answers when asked to, and can fail requests on purpose.
 */
export interface OsvStandIn {
  url: string
  /** Requests so far, by path. */
  readonly requests: { querybatch: number; vulns: number; queries: number }
  /** Every request so far, `METHOD path`, in the order they arrived. */
  readonly log: string[]
  /** The next `count` requests answer `status` (with `Retry-After: 0`). */
  failNext(count: number, status?: number): void
  stop(): Promise<void>
}

export interface OsvStandInOptions {
  /** Directories of `<ID>.json` records, or records as [id, bytes]. Default: the vendored real records. */
  records?: string[] | [string, Buffer][]
  /** IDs per query per page; OSV pages long answers too. Default: no paging. */
  pageSize?: number
  /** Queries accepted per querybatch, as OSV's 1000. */
  maxQueries?: number
}

/** Real OSV records, vendored unchanged with their NOTICE. */
// Jest's global setup runs this file as CommonJS (no import.meta): tests run from the root.
export const OSV_FIXTURES = join(process.cwd(), '__fixtures__', 'osv', 'records')

interface Stored {
  bytes: Buffer
  modified: string
}

export async function startOsv(options: OsvStandInOptions = {}): Promise<OsvStandIn> {
  const byId = new Map<string, Stored>()
  /** `ecosystem\nname` → IDs, in a stable order. */
  const byPackage = new Map<string, string[]>()
  const add = (id: string, bytes: Buffer) => {
    const record = JSON.parse(bytes.toString('utf8')) as {
      id: string
      modified: string
      affected?: { package?: { ecosystem: string; name: string } }[]
    }
    byId.set(record.id, { bytes, modified: record.modified })
    for (const affected of record.affected ?? []) {
      if (!affected.package) continue
      const key = packageKey(affected.package.ecosystem, affected.package.name)
      const ids = byPackage.get(key) ?? []
      if (!ids.includes(record.id)) ids.push(record.id)
      byPackage.set(key, ids)
    }
  }
  const sources = options.records ?? [OSV_FIXTURES]
  for (const source of sources) {
    if (typeof source !== 'string') add(source[0], source[1])
    else
      for (const file of readdirSync(source).sort())
        if (file.endsWith('.json')) add(file.slice(0, -5), readFileSync(join(source, file)))
  }

  const requests = { querybatch: 0, vulns: 0, queries: 0 }
  const log: string[] = []
  let failures: { count: number; status: number } = { count: 0, status: 503 }
  const pageSize = options.pageSize ?? Infinity
  const maxQueries = options.maxQueries ?? 1000

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://osv')
    log.push(`${req.method} ${url.pathname}`)
    const body = await readBody(req)
    if (failures.count > 0) {
      failures.count--
      return send(
        res,
        failures.status,
        { code: failures.status, message: 'failing on purpose' },
        { 'retry-after': '0' }
      )
    }
    if (req.method === 'POST' && url.pathname === '/v1/querybatch') {
      requests.querybatch++
      let queries: {
        package?: { ecosystem?: string; name?: string }
        version?: string
        page_token?: string
      }[]
      try {
        queries = (JSON.parse(body.toString('utf8')) as { queries: typeof queries }).queries
      } catch {
        return send(res, 400, { code: 3, message: 'Invalid JSON' })
      }
      if (!Array.isArray(queries)) return send(res, 400, { code: 3, message: 'queries missing' })
      if (queries.length > maxQueries)
        return send(res, 400, { code: 3, message: `Too many queries (max ${maxQueries})` })
      requests.queries += queries.length
      const results = queries.map(query => {
        const ids =
          byPackage.get(packageKey(query.package?.ecosystem ?? '', query.package?.name ?? '')) ?? []
        const start = query.page_token
          ? Number(Buffer.from(query.page_token, 'base64url').toString())
          : 0
        const page = ids.slice(start, start + pageSize)
        const next =
          start + pageSize < ids.length
            ? Buffer.from(String(start + pageSize)).toString('base64url')
            : undefined
        return {
          ...(page.length > 0
            ? { vulns: page.map(id => ({ id, modified: byId.get(id)?.modified })) }
            : {}),
          ...(next ? { next_page_token: next } : {})
        }
      })
      return send(res, 200, { results })
    }
    const vuln = /^\/v1\/vulns\/([^/]+)$/.exec(url.pathname)
    if (req.method === 'GET' && vuln) {
      requests.vulns++
      const stored = byId.get(decodeURIComponent(vuln[1] as string))
      if (!stored) return send(res, 404, { code: 5, message: 'Bug not found.' })
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': stored.bytes.length
      })
      return res.end(stored.bytes)
    }
    if (req.method === 'GET' && url.pathname === '/_stand-in/requests')
      return send(res, 200, requests)
    return send(res, 404, { code: 5, message: 'Not Found' })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(error => {
      if (!res.headersSent) send(res, 500, { code: 13, message: String(error) })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    log,
    failNext(count, status = 503) {
      failures = { count, status }
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** OSV compares PyPI names in PEP 503's normal form; other names as they are. */
function packageKey(ecosystem: string, name: string): string {
  return `${ecosystem}\n${ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name}`
}

function send(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {}
) {
  const bytes = Buffer.from(JSON.stringify(value))
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': bytes.length,
    ...headers
  })
  res.end(bytes)
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > 64 << 20) throw new Error('request body over 64 MiB')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
