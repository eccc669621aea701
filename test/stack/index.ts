import { startRegistry, type RegistryServer } from './registry'

/** What tests need to know about the running services; serialisable to JSON. */
export interface StackInfo {
  /** Anonymous registry. */
  registry: { host: string; url: string }
  /** Registry behind htpasswd basic auth. */
  authRegistry: { host: string; url: string; username: string; password: string }
  pids: number[]
}

export interface Stack {
  info: StackInfo
  stop(): Promise<void>
}

export const AUTH_USER = { username: 'sbom-sign', password: 'local-registry-password' }

/** Starts every service the end-to-end tests and the demo talk to, on loopback. */
export async function startStack(): Promise<Stack> {
  const started: RegistryServer[] = []
  const stopAll = async () => {
    await Promise.all(started.map(s => s.stop()))
  }
  try {
    const registry = await startRegistry()
    started.push(registry)
    const authRegistry = await startRegistry({ credentials: AUTH_USER })
    started.push(authRegistry)
    return {
      info: {
        registry: { host: registry.host, url: registry.url },
        authRegistry: { host: authRegistry.host, url: authRegistry.url, ...AUTH_USER },
        pids: started.map(s => s.pid)
      },
      stop: stopAll
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
