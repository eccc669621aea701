import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
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
import { mockClock } from './clock'
import { fulcioRoute } from './fulcio'
import { closeServer, listen, reply, type Route } from './http'
import { DEFAULT_CLAIMS, GITHUB, GITHUB_ISSUER, issueToken, oidcRoute } from './oidc'
import { rekorRoute } from './rekor'
import { rekorV2Route } from './rekor-v2'
import { controlRoute, serve, type ScenarioState, type SigstoreService } from './scenarios'
import { logId, writeTrustedRoot } from './trusted-root'
import { tsaRoute } from './tsa'

export { DEFAULT_CLAIMS, GITHUB_ISSUER, mintToken } from './oidc'
export {
  createScenario,
  scenarioRequests,
  type Fault,
  type Scenario,
  type SigstoreService
} from './scenarios'

/**
 * A local Sigstore instance: Fulcio, Rekor v1 and v2 and an RFC 3161 timestamp authority built
 * from @sigstore/mock's handlers, a GitHub Actions style OIDC token endpoint, and the matching
 * trusted_root.json. Each service is a real HTTP server on its own loopback port; a control
 * server lets tests inject faults per scenario (./scenarios.ts) and mint other tokens.
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

type ServerName = SigstoreService | 'control'

/** Starts the services; the returned stop() closes them and removes the trusted root. */
export async function startSigstore(): Promise<SigstoreStack> {
  const servers: Partial<Record<ServerName, Server>> = {}
  const routes: Partial<Record<ServerName, Route>> = {}
  const scenarios = new Map<string, ScenarioState>()
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-sigstore-'))
  const stop = async () => {
    await Promise.all(Object.values(servers).map(closeServer))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    // Servers first: the logs' and the trusted root's URLs are their ports.
    const urls = {} as Record<ServerName, string>
    for (const name of ['fulcio', 'rekor', 'rekor2', 'tsa', 'oidc', 'control'] as const) {
      const server = createServer((req, res) => {
        const route = routes[name]
        if (!route) return void reply(res, { status: 503, body: 'starting' })
        serve(name, route, scenarios, req, res)
      })
      servers[name] = server
      urls[name] = await listen(server)
    }

    const { clock, validFrom, serialise } = mockClock()
    const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const ctLog = await initializeCTLog(ecKey(), clock)
    const ca = await initializeCA(ecKey(), ctLog, clock)
    const tlog = await initializeTLog(urls.rekor, ecKey(), clock)
    const tlogV2Key = ecKey()
    const tlogV2 = await initializeTLog(urls.rekor2, tlogV2Key, clock)
    const tsa = await initializeTSA(ecKey(), clock)
    const oidcKey = ecKey()
    const oidcRequestToken = randomBytes(24).toString('hex')

    const trustedRootPath = join(dir, 'trusted_root.json')
    writeTrustedRoot(trustedRootPath, {
      fulcio: { url: urls.fulcio, ca },
      rekor: { url: urls.rekor, publicKey: tlog.publicKey },
      rekorV2: { url: urls.rekor2, publicKey: tlogV2.publicKey },
      ctLog: { publicKey: ctLog.publicKey },
      tsa: { url: urls.tsa, tsa },
      validFrom
    })

    routes.fulcio = fulcioRoute(fulcioHandler(ca), oidcKey.publicKey, serialise)
    routes.rekor = rekorRoute(rekorHandler(tlog), urls.rekor, serialise)
    const rekor2 = rekorV2Route(
      rekorV2Handler(tlogV2),
      urls.rekor2,
      tlogV2Key.privateKey,
      logId(tlogV2.publicKey).keyId
    )
    routes.rekor2 = (method, path, body, req) => serialise(() => rekor2(method, path, body, req))
    routes.tsa = tsaRoute(tsaHandler(tsa), serialise)
    routes.oidc = oidcRoute(oidcKey.privateKey, oidcRequestToken, urls.oidc)
    routes.control = controlRoute(scenarios, urls, claims =>
      issueToken(oidcKey.privateKey, { aud: 'sigstore', ...claims })
    )

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
