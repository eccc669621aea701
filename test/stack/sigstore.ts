import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject
} from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  rekorV2Handler,
  tsaHandler
} from '@sigstore/mock'
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'
import { canonicalJSON, rekorV2Route } from './rekor-v2'

/**
 * A local Sigstore instance: Fulcio, Rekor v1 and an RFC 3161 timestamp authority built from
 * @sigstore/mock's handlers, a GitHub Actions style OIDC token endpoint, and the matching
 * trusted_root.json. Each service is a real HTTP server on its own loopback port.
 *
 * Faults for retry tests are injected per scenario: a scenario gets its own URL prefix
 * (`/scenario/<id>`) on every service, so tests running in parallel do not see each other's
 * faults.
 */
export interface SigstoreStackInfo {
  fulcioURL: string
  rekorURL: string
  /** Rekor v2 (its own log key and checkpoint origin; in the trusted root too). */
  rekorV2URL: string
  tsaURL: string
  /** What ACTIONS_ID_TOKEN_REQUEST_URL points at (already carries a query, like GitHub's). */
  oidcURL: string
  /** What ACTIONS_ID_TOKEN_REQUEST_TOKEN holds. */
  oidcRequestToken: string
  trustedRootPath: string
  /** Certificate SAN of tokens from oidcURL: the workflow URL at its ref, as Fulcio sets it. */
  identity: string
  /** OIDC issuer of those tokens. */
  issuer: string
  /** Test control API: scenarios with faults, tokens with other claims. */
  controlURL: string
}

export interface SigstoreStack {
  info: SigstoreStackInfo
  stop(): Promise<void>
}

export type SigstoreService = 'fulcio' | 'rekor' | 'rekor2' | 'tsa' | 'oidc'

/** One injected misbehaviour, consumed by the next request to that service in the scenario. */
export type Fault =
  /** Answer with `status` without handling the request. */
  | { status: number }
  /** Handle the request (Rekor logs the entry), then answer with `status` instead. */
  | { status: number; afterHandling: true }
  /** Handle the request, but answer only after `delayMs`. */
  | { delayMs: number }
  /** An outage: answer `status` to every request for `forMs` from the first one it meets. */
  | { status: number; forMs: number; since?: number }

export interface Scenario {
  id: string
  fulcioURL: string
  rekorURL: string
  rekorV2URL: string
  /** The full timestamp URL (…/api/v1/timestamp), as cosign takes it. */
  tsaURL: string
  oidcURL: string
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/** Claims of the token the OIDC endpoint hands out: a push to main of acme/app. */
export const DEFAULT_CLAIMS: Readonly<Record<string, string>> = {
  iss: GITHUB_ISSUER,
  sub: 'repo:acme/app:ref:refs/heads/main',
  ref: 'refs/heads/main',
  ref_type: 'branch',
  sha: '1111111111111111111111111111111111111111',
  repository: 'acme/app',
  repository_id: '1000',
  repository_owner: 'acme',
  repository_owner_id: '2000',
  repository_visibility: 'public',
  actor: 'octocat',
  actor_id: '3000',
  workflow: 'release',
  workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  workflow_sha: '1111111111111111111111111111111111111111',
  job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  job_workflow_sha: '1111111111111111111111111111111111111111',
  event_name: 'push',
  run_id: '42',
  run_number: '7',
  run_attempt: '1',
  runner_environment: 'github-hosted'
}

const GITHUB = 'https://github.com'
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'

type Reply = { status: number; body: string | Uint8Array; headers?: Record<string, string> }
type Route = (method: string, path: string, body: Buffer, req: IncomingMessage) => Promise<Reply>

interface ScenarioState {
  faults: Record<SigstoreService, Fault[]>
  requests: Record<SigstoreService, number>
}

/** Starts the services; the returned stop() closes them and removes the trusted root. */
export async function startSigstore(): Promise<SigstoreStack> {
  const servers: Partial<Record<SigstoreService | 'control', Server>> = {}
  const routes: Partial<Record<SigstoreService | 'control', Route>> = {}
  const scenarios = new Map<string, ScenarioState>()
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-sigstore-'))
  const stop = async () => {
    await Promise.all(Object.values(servers).map(closeServer))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const urls = {} as Record<SigstoreService | 'control', string>
    for (const name of ['fulcio', 'rekor', 'rekor2', 'tsa', 'oidc', 'control'] as const) {
      const server = createServer((req, res) => {
        const route = routes[name]
        if (!route) return void reply(res, { status: 503, body: 'starting' })
        serve(name, route, scenarios, req, res)
      })
      servers[name] = server
      urls[name] = await listen(server)
    }

    // The mock services read one shared Date; it is set before each request (serialised) to
    // whole seconds: the mock TSA drops trailing zeros of a millisecond genTime, which then
    // fails verification now and then. Whole seconds also never precede the certificates'
    // notBefore, which X.509 encodes in whole seconds.
    const clock = new Date(wholeSecond())
    const validFrom = new Date(wholeSecond() - 60_000)
    const serialise = queue(() => clock.setTime(wholeSecond()))

    const ctLog = await initializeCTLog(generateKeyPairSync('ec', { namedCurve: 'P-256' }), clock)
    const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }), ctLog, clock)
    const tlog = await initializeTLog(
      urls.rekor,
      generateKeyPairSync('ec', { namedCurve: 'P-256' }),
      clock
    )
    const tlogV2Key = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const tlogV2 = await initializeTLog(urls.rekor2, tlogV2Key, clock)
    const tsa = await initializeTSA(generateKeyPairSync('ec', { namedCurve: 'P-256' }), clock)
    const oidcKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const oidcRequestToken = randomBytes(24).toString('hex')

    const trustedRootPath = join(dir, 'trusted_root.json')
    const trustedRoot: TrustedRoot = {
      mediaType: TRUSTED_ROOT_MEDIA_TYPE,
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: urls.fulcio,
          certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate) }] },
          validFor: { start: validFrom, end: undefined },
          operator: 'local test stack'
        }
      ],
      tlogs: [
        logInstance(urls.rekor, tlog.publicKey, validFrom),
        {
          ...logInstance(urls.rekor2, tlogV2.publicKey, validFrom),
          checkpointKeyId: logId(tlogV2.publicKey)
        }
      ],
      ctlogs: [logInstance('https://ctfe.local.test', ctLog.publicKey, validFrom)],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: `${urls.tsa}/api/v1/timestamp`,
          certChain: {
            certificates: [
              { rawBytes: bytes(tsa.intCertificate) },
              { rawBytes: bytes(tsa.rootCertificate) }
            ]
          },
          validFor: { start: validFrom, end: undefined },
          operator: 'local test stack'
        }
      ]
    }
    writeFileSync(trustedRootPath, JSON.stringify(TrustedRoot.toJSON(trustedRoot), null, 2))

    const fulcio = fulcioHandler(ca)
    routes.fulcio = async (method, path, body) => {
      if (method !== 'POST' || path !== fulcio.path) return notFound()
      const request = githubPrincipal(body, oidcKey.publicKey)
      if ('status' in request) return request
      return serialise(() => fulcio.fn(request.body)).then(fromHandler)
    }

    routes.rekor = rekorRoute(rekorHandler(tlog), urls.rekor, serialise)
    const rekor2 = rekorV2Route(
      rekorV2Handler(tlogV2),
      urls.rekor2,
      tlogV2Key.privateKey,
      logId(tlogV2.publicKey).keyId
    )
    routes.rekor2 = (method, path, body) => serialise(() => rekor2(method, path, body))

    const timestamp = tsaHandler(tsa)
    routes.tsa = async (method, path, body) => {
      if (method !== 'POST' || path !== timestamp.path) return notFound()
      return serialise(() => timestamp.fn(body.toString())).then(fromHandler)
    }

    routes.oidc = async (method, path, _body, req) => {
      if (method !== 'GET' || path !== '/token') return notFound()
      const auth = req.headers.authorization ?? ''
      if (auth.toLowerCase() !== `bearer ${oidcRequestToken}`)
        return json(401, { message: 'bad ACTIONS_ID_TOKEN_REQUEST_TOKEN' })
      const audience = new URL(req.url ?? '/', urls.oidc).searchParams.get('audience')
      return json(200, { value: issueToken(oidcKey.privateKey, { aud: audience ?? urls.oidc }) })
    }

    routes.control = async (method, path, body) => {
      const input = body.length ? (JSON.parse(body.toString()) as Record<string, unknown>) : {}
      if (method === 'POST' && path === '/scenarios') {
        const id = randomBytes(6).toString('hex')
        const faults = (input.faults ?? {}) as Partial<Record<SigstoreService, Fault[]>>
        scenarios.set(id, {
          faults: {
            fulcio: [...(faults.fulcio ?? [])],
            rekor: [...(faults.rekor ?? [])],
            rekor2: [...(faults.rekor2 ?? [])],
            tsa: [...(faults.tsa ?? [])],
            oidc: [...(faults.oidc ?? [])]
          },
          requests: { fulcio: 0, rekor: 0, rekor2: 0, tsa: 0, oidc: 0 }
        })
        const prefix = `/scenario/${id}`
        return json(201, {
          id,
          fulcioURL: `${urls.fulcio}${prefix}`,
          rekorURL: `${urls.rekor}${prefix}`,
          rekorV2URL: `${urls.rekor2}${prefix}`,
          tsaURL: `${urls.tsa}${prefix}/api/v1/timestamp`,
          oidcURL: `${urls.oidc}${prefix}/token?api-version=2.0`
        } satisfies Scenario)
      }
      const match = /^\/scenarios\/([0-9a-f]+)$/.exec(path)
      if (method === 'GET' && match) {
        const state = scenarios.get(match[1] as string)
        return state ? json(200, state) : notFound()
      }
      if (method === 'POST' && path === '/token') {
        const claims = (input.claims ?? {}) as Record<string, string>
        return json(200, { value: issueToken(oidcKey.privateKey, { aud: 'sigstore', ...claims }) })
      }
      return notFound()
    }

    return {
      info: {
        fulcioURL: urls.fulcio,
        rekorURL: urls.rekor,
        rekorV2URL: urls.rekor2,
        tsaURL: urls.tsa,
        oidcURL: `${urls.oidc}/token?api-version=2.0`,
        oidcRequestToken,
        trustedRootPath,
        identity: `${GITHUB}/${DEFAULT_CLAIMS.job_workflow_ref}`,
        issuer: GITHUB_ISSUER,
        controlURL: urls.control
      },
      stop
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Creates a scenario whose URLs answer with `faults` first (test side of the control API). */
export async function createScenario(
  stack: SigstoreStackInfo,
  faults: Partial<Record<SigstoreService, Fault[]>> = {}
): Promise<Scenario> {
  const response = await fetch(`${stack.controlURL}/scenarios`, {
    method: 'POST',
    body: JSON.stringify({ faults })
  })
  return (await response.json()) as Scenario
}

/** How many requests each service of a scenario received. */
export async function scenarioRequests(
  stack: SigstoreStackInfo,
  id: string
): Promise<Record<SigstoreService, number>> {
  const response = await fetch(`${stack.controlURL}/scenarios/${id}`)
  return ((await response.json()) as ScenarioState).requests
}

/** A token signed by the stack's OIDC key with `claims` over the defaults (e.g. another repo). */
export async function mintToken(
  stack: SigstoreStackInfo,
  claims: Record<string, string>
): Promise<string> {
  const response = await fetch(`${stack.controlURL}/token`, {
    method: 'POST',
    body: JSON.stringify({ claims })
  })
  return ((await response.json()) as { value: string }).value
}

function serve(
  name: SigstoreService | 'control',
  route: Route,
  scenarios: Map<string, ScenarioState>,
  req: IncomingMessage,
  res: ServerResponse
) {
  res.on('error', () => undefined)
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    let path = new URL(req.url ?? '/', 'http://local').pathname
    let fault: Fault | undefined
    const scoped = /^\/scenario\/([0-9a-f]+)(\/.*)$/.exec(path)
    if (scoped && name !== 'control') {
      const state = scenarios.get(scoped[1] as string)
      if (!state) return void reply(res, notFoundReply())
      path = scoped[2] as string
      state.requests[name]++
      const next = state.faults[name][0]
      if (next && 'forMs' in next) {
        next.since ??= Date.now()
        if (Date.now() - next.since < next.forMs) fault = { status: next.status }
        else state.faults[name].shift()
      } else fault = state.faults[name].shift()
    }
    handleWithFault(fault, () => route(req.method ?? 'GET', path, body, req))
      .then(answer => reply(res, answer))
      .catch((error: unknown) =>
        reply(res, { status: 500, body: error instanceof Error ? error.message : String(error) })
      )
  })
}

async function handleWithFault(fault: Fault | undefined, handle: () => Promise<Reply>) {
  if (!fault) return handle()
  if ('delayMs' in fault) {
    await new Promise(resolve => setTimeout(resolve, fault.delayMs))
    return handle()
  }
  const injected = { status: fault.status, body: JSON.stringify({ message: 'injected fault' }) }
  if ('afterHandling' in fault) await handle()
  return { ...injected, headers: { 'content-type': 'application/json' } }
}

/**
 * Rekor v1 over the mock transparency log, with what the mock lacks: proposed `dsse` entries
 * are stored in their canonical form (as Rekor does; verifiers compare against it), an entry
 * that exists already answers 409 with its Location, and entries can be fetched by UUID.
 */
function rekorRoute(
  handler: ReturnType<typeof rekorHandler>,
  baseURL: string,
  serialise: <T>(work: () => Promise<T>) => Promise<T>
): Route {
  const entries = new Map<string, Record<string, unknown>>()
  const byBody = new Map<string, string>()
  return async (method, path, body) => {
    const entryPath = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(path)
    if (method === 'GET' && entryPath) {
      const uuid = entryPath[1] as string
      const entry = entries.get(uuid)
      return entry ? json(200, { [uuid]: entry }) : json(404, { message: 'entry not found' })
    }
    if (method !== 'POST' || path !== handler.path) return notFound()
    let proposed: Record<string, unknown>
    try {
      proposed = canonicalEntry(JSON.parse(body.toString()) as Record<string, unknown>)
    } catch (error) {
      return json(400, { code: 400, message: (error as Error).message })
    }
    const key = sha256Hex(canonicalJSON(proposed))
    const existing = byBody.get(key)
    if (existing)
      return json(
        409,
        { code: 409, message: `an equivalent entry already exists with UUID ${existing}` },
        { location: `${baseURL}/api/v1/log/entries/${existing}` }
      )
    return serialise(async () => {
      const result = await handler.fn(JSON.stringify(proposed))
      if (result.statusCode !== 201) return fromHandler(result)
      const created = JSON.parse(String(result.response)) as Record<string, Record<string, unknown>>
      const [uuid, entry] = Object.entries(created)[0] as [string, Record<string, unknown>]
      entries.set(uuid, entry)
      byBody.set(key, uuid)
      return json(201, created, { location: `${baseURL}/api/v1/log/entries/${uuid}` })
    })
  }
}

/** Rekor's canonical body of a dsse v0.0.1 entry; other kinds are stored as proposed. */
function canonicalEntry(proposed: Record<string, unknown>): Record<string, unknown> {
  if (proposed.kind !== 'dsse') return proposed
  const spec = proposed.spec as { proposedContent?: { envelope: string; verifiers: string[] } }
  const content = spec.proposedContent
  if (!content) return proposed
  const envelope = JSON.parse(content.envelope) as {
    payload: string
    signatures: { sig: string }[]
  }
  const verifier = content.verifiers[0]
  if (!verifier || envelope.signatures.length !== 1)
    throw new Error('dsse entry needs exactly one signature and one verifier')
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256Hex(content.envelope) },
      payloadHash: {
        algorithm: 'sha256',
        value: sha256Hex(Buffer.from(envelope.payload, 'base64'))
      },
      signatures: [{ signature: envelope.signatures[0]?.sig, verifier }]
    }
  }
}

/**
 * What Fulcio does for GitHub's issuer: checks the token is ours and names the certificate
 * after the workflow (SAN = https://github.com/<job_workflow_ref>), not after `sub`.
 */
function githubPrincipal(body: Buffer, oidcPublicKey: KeyObject): Reply | { body: string } {
  let request: { credentials: { oidcIdentityToken: string } }
  try {
    request = JSON.parse(body.toString()) as typeof request
  } catch {
    return json(400, { code: 400, message: 'body is not JSON' })
  }
  const token = request.credentials?.oidcIdentityToken ?? ''
  const claims = verifyToken(token, oidcPublicKey)
  if (!claims) return json(401, { code: 401, message: 'invalid identity token' })
  if (claims.iss === GITHUB_ISSUER && claims.job_workflow_ref)
    claims.sub = `${GITHUB}/${claims.job_workflow_ref}`
  request.credentials.oidcIdentityToken = [
    base64url(JSON.stringify({ alg: 'none' })),
    base64url(JSON.stringify(claims)),
    ''
  ].join('.')
  return { body: JSON.stringify(request) }
}

function issueToken(privateKey: KeyObject, extra: Record<string, string>): string {
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    ...DEFAULT_CLAIMS,
    jti: randomBytes(8).toString('hex'),
    iat: now,
    nbf: now,
    exp: now + 300,
    ...extra
  }
  const signingInput = [
    base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'local' })),
    base64url(JSON.stringify(claims))
  ].join('.')
  const signature = sign('sha256', Buffer.from(signingInput), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363'
  })
  return `${signingInput}.${signature.toString('base64url')}`
}

function verifyToken(token: string, publicKey: KeyObject): Record<string, string> | undefined {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return undefined
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url')
  )
  if (!valid) return undefined
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, string>
  if (Number(claims.exp) < Date.now() / 1000) return undefined
  return claims
}

function logInstance(baseUrl: string, publicKey: Buffer, start: Date) {
  return {
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: {
      rawBytes: publicKey,
      keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
      validFor: { start, end: undefined }
    },
    logId: logId(publicKey),
    checkpointKeyId: undefined,
    operator: 'local test stack'
  }
}

/** A log's ID: SHA-256 of its SPKI (for ECDSA keys also its C2SP checkpoint key ID). */
function logId(publicKey: Buffer) {
  return { keyId: createHash('sha256').update(publicKey).digest() }
}

/** Runs work one at a time, calling `before` right before each. */
function queue(before: () => void) {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => {
      before()
      return work()
    })
    tail = run.catch(() => undefined)
    return run
  }
}

function wholeSecond(): number {
  return Math.floor(Date.now() / 1000) * 1000
}

function fromHandler(result: {
  statusCode: number
  response: string | ArrayBufferView
  contentType?: string
}): Reply {
  const body = typeof result.response === 'string' ? result.response : bytes(result.response)
  return {
    status: result.statusCode,
    body,
    headers: { 'content-type': result.contentType ?? 'text/plain' }
  }
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json', ...headers }
  }
}

function notFoundReply(): Reply {
  return json(404, { message: 'not found' })
}

async function notFound(): Promise<Reply> {
  return notFoundReply()
}

function reply(res: ServerResponse, answer: Reply) {
  res.writeHead(answer.status, answer.headers ?? {})
  res.end(answer.body)
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength)
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url')
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve(`http://127.0.0.1:${port}`)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
