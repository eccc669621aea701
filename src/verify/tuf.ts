import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { initTUF, type TUF } from '@sigstore/tuf'
import githubRoot from './roots/tuf-repo.github.com.root.json' with { type: 'json' }

/** The Sigstore instances whose TUF repositories the action knows. */
export type TufInstance = 'public-good' | 'github'

export const TUF_MIRRORS: Record<TufInstance, string> = {
  'public-good': 'https://tuf-repo-cdn.sigstore.dev',
  github: 'https://tuf-repo.github.com'
}

const clients = new Map<string, Promise<TUF>>()

/**
 * A target of an instance's TUF repository, its metadata checked by @sigstore/tuf from the
 * root it trusts: the one in @sigstore/tuf's seeds for public-good, GitHub's root.json
 * (embedded here, as `gh` embeds it) for GitHub. `cached` reads only what an earlier run
 * left in the TUF cache (no network), for offline runs.
 */
export async function tufTarget(
  instance: TufInstance,
  target: string,
  cached = false
): Promise<string> {
  const key = `${instance}:${cached}`
  let client = clients.get(key)
  if (!client) {
    client = initTUF({
      mirrorURL: TUF_MIRRORS[instance],
      rootPath: instance === 'github' ? embeddedRootFile() : undefined,
      forceCache: cached,
      timeout: 10_000,
      retry: 1
    })
    clients.set(key, client)
    client.catch(() => clients.delete(key))
  }
  return (await client).getTarget(target)
}

/** @sigstore/tuf takes the initial root as a file; ncc bundles the JSON into the code. */
function embeddedRootFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sbom-sign-tuf-')), 'root.json')
  writeFileSync(path, JSON.stringify(githubRoot))
  return path
}
