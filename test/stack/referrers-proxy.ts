import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { forwardRequest, readBody, serveProxy, type ProxyServer } from './proxy-server'

/**
 * The distribution-spec v1.1 referrers API, added in front of a registry that lacks it
 * (Distribution 2.8). Everything is forwarded; successful manifest PUTs with a `subject`
 * are remembered, and `GET /v2/<name>/referrers/<digest>` answers an OCI index of them
 * and of the referrers the registry already lists in the subject's `sha256-<hex>` tag
 * (as a registry enabling the API must).
 */
export interface ReferrersProxyOptions {
  /** The registry behind the proxy, e.g. http://127.0.0.1:5000 */
  target: string
  /** Apply `?artifactType=` on the server and say so with `OCI-Filters-Applied` (default true). */
  filtering?: boolean
  /** Answer a manifest PUT with a subject with `OCI-Subject: <subject digest>` (default true). */
  subjectHeader?: boolean
  /** Descriptors per response, with a `Link` to the next page; 0 = all in one (default). */
  pageSize?: number
  /**
   * How the `Link` names the next page: an absolute path (`</v2/…?…>`, default) or a
   * query-only reference relative to the request URL (`<?…>`), both valid RFC 5988 targets.
   */
  link?: 'path' | 'query'
}

export interface ReferrersProxy extends ProxyServer {
  /** Referrers API requests answered, and manifests with a subject that were indexed. */
  stats: { referrersRequests: number; filtered: number; indexed: number }
  /** Changes the behaviour and resets the counters; the referrers seen so far stay. */
  configure(options: Omit<ReferrersProxyOptions, 'target'>): void
}

interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
}

interface PushedManifest {
  mediaType?: string
  artifactType?: string
  config?: { mediaType?: string }
  manifests?: unknown[]
  subject?: { digest?: string }
  annotations?: Record<string, string>
}

const INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const MANIFEST = /^\/v2\/(.+)\/manifests\/([^/?]+)$/
const REFERRERS = /^\/v2\/(.+)\/referrers\/([^/?]+)$/
// The digest grammar of the image spec: algorithm ":" encoded.
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/

/** The subject of a pushed manifest or index, and the descriptor the spec lists it with. */
function asReferrer(
  bytes: Buffer,
  contentType: string | undefined
): { subject: string; descriptor: Descriptor } | null {
  let manifest: PushedManifest
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as PushedManifest
  } catch {
    return null
  }
  if (typeof manifest.subject?.digest !== 'string') return null
  const mediaType = manifest.mediaType ?? contentType ?? ''
  const isIndex = Array.isArray(manifest.manifests)
  // An image manifest without artifactType is typed by its config; an index stays untyped.
  const artifactType = manifest.artifactType || (isIndex ? undefined : manifest.config?.mediaType)
  return {
    subject: manifest.subject.digest,
    descriptor: {
      mediaType,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      size: bytes.length,
      ...(artifactType ? { artifactType } : {}),
      ...(manifest.annotations ? { annotations: manifest.annotations } : {})
    }
  }
}

function registryError(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ errors: [{ code, message }] }))
}

export async function startReferrersProxy(options: ReferrersProxyOptions): Promise<ReferrersProxy> {
  const target = new URL(options.target)
  const stats: ReferrersProxy['stats'] = { referrersRequests: 0, filtered: 0, indexed: 0 }
  let plan: Required<Omit<ReferrersProxyOptions, 'target'>>
  const configure = (next: Omit<ReferrersProxyOptions, 'target'>) => {
    plan = {
      filtering: next.filtering ?? true,
      subjectHeader: next.subjectHeader ?? true,
      pageSize: next.pageSize ?? 0,
      link: next.link ?? 'path'
    }
    Object.assign(stats, { referrersRequests: 0, filtered: 0, indexed: 0 })
  }
  configure(options)
  // `<name>@<subject digest>` → referrer digest → descriptor, in push order.
  const referrers = new Map<string, Map<string, Descriptor>>()

  const pass = (req: IncomingMessage, res: ServerResponse) =>
    forwardRequest(target, req, answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })

  const putManifest = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    const body = await readBody(req)
    const referrer = asReferrer(body, req.headers['content-type'])
    forwardRequest(
      target,
      req,
      answer => {
        const headers = { ...answer.headers }
        const ok = (answer.statusCode ?? 500) < 300
        if (ok && referrer) {
          const key = `${name}@${referrer.subject}`
          const list = referrers.get(key) ?? new Map<string, Descriptor>()
          list.set(referrer.descriptor.digest, referrer.descriptor)
          referrers.set(key, list)
          stats.indexed++
          if (plan.subjectHeader) headers['oci-subject'] = referrer.subject
        }
        res.writeHead(answer.statusCode ?? 502, headers)
        answer.pipe(res)
      },
      body
    )
  }

  const deleteManifest = (req: IncomingMessage, res: ServerResponse, name: string, ref: string) =>
    forwardRequest(target, req, answer => {
      // A deleted referrer leaves the lists it was in.
      if ((answer.statusCode ?? 500) < 300)
        for (const [key, list] of referrers) if (key.startsWith(`${name}@`)) list.delete(ref)
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })

  /**
   * Referrers listed in the subject's `sha256-<hex>` tag index whose manifests do have that
   * subject: the spec requires a registry enabling the API to keep answering them.
   */
  const taggedReferrers = async (req: IncomingMessage, name: string, digest: string) => {
    // Distribution answers an OCI manifest only to a request that accepts its type.
    const headers: Record<string, string> = { accept: `${INDEX}, ${OCI_MANIFEST}` }
    if (req.headers.authorization) headers.authorization = req.headers.authorization
    const get = (reference: string) =>
      fetch(new URL(`/v2/${name}/manifests/${reference}`, target), { headers })
    const tagged = await get(digest.replace(':', '-'))
    if (!tagged.ok || tagged.headers.get('content-type') !== INDEX) {
      await tagged.body?.cancel()
      return []
    }
    const index = (await tagged.json()) as { manifests?: Descriptor[] }
    const found: Descriptor[] = []
    for (const listed of index.manifests ?? []) {
      const manifest = await get(listed.digest)
      if (!manifest.ok) {
        await manifest.body?.cancel()
        continue
      }
      const bytes = Buffer.from(await manifest.arrayBuffer())
      const referrer = asReferrer(bytes, manifest.headers.get('content-type') ?? undefined)
      if (referrer?.subject === digest) found.push(referrer.descriptor)
    }
    return found
  }

  const listReferrers = async (
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    digest: string
  ) => {
    stats.referrersRequests++
    req.resume()
    if (!DIGEST.test(digest))
      return registryError(res, 400, 'DIGEST_INVALID', `invalid digest ${digest}`)
    const url = new URL(req.url ?? '/', 'http://proxy')
    const wanted = plan.filtering ? url.searchParams.get('artifactType') : null
    const indexed = referrers.get(`${name}@${digest}`) ?? new Map<string, Descriptor>()
    const tagged = (await taggedReferrers(req, name, digest)).filter(d => !indexed.has(d.digest))
    let all = [...tagged, ...indexed.values()]
    if (wanted) {
      all = all.filter(d => d.artifactType === wanted)
      stats.filtered++
    }
    const start = Number(url.searchParams.get('page') ?? 0)
    const page = plan.pageSize > 0 ? all.slice(start, start + plan.pageSize) : all
    const headers: Record<string, string> = { 'content-type': INDEX }
    if (wanted) headers['oci-filters-applied'] = 'artifactType'
    if (plan.pageSize > 0 && start + plan.pageSize < all.length) {
      const next = new URLSearchParams(url.searchParams)
      next.set('page', String(start + plan.pageSize))
      headers.link = `<${plan.link === 'path' ? url.pathname : ''}?${next.toString()}>; rel="next"`
    }
    const body = JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: page })
    headers['content-length'] = String(Buffer.byteLength(body))
    res.writeHead(200, headers)
    res.end(body)
  }

  const server = await serveProxy((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const referrersRoute = REFERRERS.exec(path)
    const manifestRoute = MANIFEST.exec(path)
    if (referrersRoute && req.method === 'GET')
      return void listReferrers(req, res, referrersRoute[1] ?? '', referrersRoute[2] ?? '').catch(
        () => req.socket.destroy()
      )
    if (manifestRoute && req.method === 'PUT')
      return void putManifest(req, res, manifestRoute[1] ?? '').catch(() => req.socket.destroy())
    if (manifestRoute && req.method === 'DELETE')
      return deleteManifest(req, res, manifestRoute[1] ?? '', manifestRoute[2] ?? '')
    pass(req, res)
  })
  return { ...server, stats, configure }
}
