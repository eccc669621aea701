import { startOsv, type OsvStandIn } from './osv'
import { startRegistry, type RegistryServer } from './registry'
import { startSigstore, type SigstoreStack, type SigstoreStackInfo } from './sigstore'

/** What tests need to know about the running services; serialisable to JSON. */
export interface StackInfo {
  /** Anonymous registry. */
  registry: { host: string; url: string }
  /** Registry behind htpasswd basic auth. */
  authRegistry: { host: string; url: string; username: string; password: string }
  /** Local Fulcio, Rekor, TSA, OIDC token endpoint and their trusted_root.json. */
  sigstore: SigstoreStackInfo
  /** OSV API stand-in serving the vendored real records (test/stack/osv.ts). */
  osv: { url: string }
  pids: number[]
}

export interface Stack {
  info: StackInfo
  stop(): Promise<void>
}

export const AUTH_USER = { username: 'sbom-sign', password: 'local-registry-password' }

/** Starts every service the end-to-end tests and the demo talk to, on loopback. */
export async function startStack(): Promise<Stack> {
  const started: (RegistryServer | SigstoreStack | OsvStandIn)[] = []
  const registries: RegistryServer[] = []
  const stopAll = async () => {
    await Promise.all(started.map(s => s.stop()))
  }
  try {
    const registry = await startRegistry()
    registries.push(registry)
    started.push(registry)
    const authRegistry = await startRegistry({ credentials: AUTH_USER })
    registries.push(authRegistry)
    started.push(authRegistry)
    const sigstore = await startSigstore()
    started.push(sigstore)
    const osv = await startOsv()
    started.push(osv)
    return {
      info: {
        registry: { host: registry.host, url: registry.url },
        authRegistry: { host: authRegistry.host, url: authRegistry.url, ...AUTH_USER },
        sigstore: sigstore.info,
        osv: { url: osv.url },
        pids: registries.map(s => s.pid)
      },
      stop: stopAll
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
