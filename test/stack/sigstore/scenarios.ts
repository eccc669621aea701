import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { json, notFound, notFoundReply, reply, type Reply, type Route } from './http'
import type { SigstoreStackInfo } from './index'

/*
 * Faults for retry tests are injected per scenario: a scenario gets its own URL prefix
 * (`/scenario/<id>`) on every service, so tests running in parallel do not see each other's
 * faults. The control server creates scenarios and reports how many requests each received.
 */

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

export interface ScenarioState {
  faults: Record<SigstoreService, Fault[]>
  requests: Record<SigstoreService, number>
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

/**
 * The control server's route: `POST /scenarios` creates a scenario, `GET /scenarios/<id>` shows
 * its state, `POST /token` mints a token with the given claims over the defaults.
 */
export function controlRoute(
  scenarios: Map<string, ScenarioState>,
  urls: Record<SigstoreService, string>,
  mint: (claims: Record<string, string>) => string
): Route {
  return async (method, path, body) => {
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
      return json(200, { value: mint(claims) })
    }
    return notFound()
  }
}

/**
 * Reads a request to service `name`, takes the scenario prefix off its path (counting the
 * request and taking the scenario's next fault), and answers with `route` through that fault.
 */
export function serve(
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
