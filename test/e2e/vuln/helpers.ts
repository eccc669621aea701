import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { RegistryClient, parseReference } from '../../../src/oci'
import { pushLayout, writeLayout } from '../../support/oci-layout'
import { REPO_ROOT } from '../../support/paths'
import { filesFrom } from '../../unit/sbom/images'

const client = new RegistryClient()

/**
 * What the registry holds about a digest besides the image: its referrers, and which of the
 * tags a signer writes (the referrers fallback index, cosign's .sig and .att) exist.
 */
export async function attachedTo(repo: string, digest: string) {
  const ref = parseReference(repo)
  const tag = digest.replace(':', '-')
  const tags: string[] = []
  for (const candidate of [tag, `${tag}.sig`, `${tag}.att`])
    if (await client.headManifest(ref, candidate)) tags.push(candidate)
  return { referrers: await client.referrers(ref, digest), tags }
}

/**
 * Pushes `host/repo`: one layer holding /app, an npm application that requires minimist at
 * `minimist` as `npm install` leaves it: its package.json and package-lock.json, and
 * minimist's real package.json in node_modules (vendored under __fixtures__/npm, see its
 * NOTICE). 1.2.5 is affected by GHSA-xvch-5gv4-984h, 1.2.6 is its fix.
 */
export async function pushArgvApp(host: string, repo: string, minimist: '1.2.5' | '1.2.6') {
  const npm = join(REPO_ROOT, '__fixtures__', 'npm')
  const dir = mkdtempSync(join(tmpdir(), 'argv-app-'))
  try {
    await writeLayout(dir, [
      {
        files: {
          ...filesFrom(join(npm, `argv-app-${minimist}`), 'app'),
          'app/node_modules/minimist/package.json': readFileSync(
            join(npm, `minimist-${minimist}`, 'package.json')
          )
        },
        createdBy: 'RUN /bin/sh -c cd /app && npm ci --omit=dev # buildkit'
      }
    ])
    const image = pushLayout(dir, host, repo)
    return { name: `${host}/${repo}`, image, digest: image.slice(image.indexOf('@') + 1) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The official SARIF 2.1.0 schema vendored under __fixtures__/sarif (see its NOTICE). */
export function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(join(REPO_ROOT, '__fixtures__', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')
  )
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  const validate = ajv.compile(schema)
  return (log: unknown) => {
    const ok = validate(log)
    return ok ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
  }
}

/** An OpenVEX 0.2.0 document with one statement per vulnerability about `product`. */
export function vexDocument(
  product: string,
  vulnerabilities: string[],
  status = 'not_affected',
  justification = 'vulnerable_code_not_in_execute_path'
): string {
  const dir = mkdtempSync(join(tmpdir(), 'vex-'))
  const path = join(dir, 'app.vex.json')
  writeFileSync(
    path,
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/app-1',
      author: 'acme security',
      timestamp: '2026-11-01T00:00:00Z',
      version: 1,
      statements: vulnerabilities.map(name => ({
        vulnerability: { name },
        products: [{ '@id': product }],
        status,
        ...(status === 'not_affected' ? { justification } : {}),
        timestamp: '2026-11-01T00:00:00Z'
      }))
    })
  )
  return path
}

export interface JsonReport {
  passed: boolean
  counts: Record<string, number>
  scans: {
    artifact: string
    digest?: string
    platform?: string
    failOn: string
    passed: boolean
    findings: {
      id: string
      aliases: string[]
      package: { name: string; version: string; purl: string }
      fixedIn: string[]
      severity: string
      score?: number
      vector?: string
      ratingSource: string
      failing: boolean
      suppressed?: { by: string; reason: string }
    }[]
  }[]
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

/** The Sigstore bundles a run left in its output directory. */
export function bundleFiles(runnerTemp: string): string[] {
  const dir = join(runnerTemp, 'sbom-sign')
  return existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.sigstore.json')) : []
}

/**
 * Writes a CycloneDX 1.6 document (`members` over a minimal head) to a new temporary file
 * and returns its path.
 */
export function writeCycloneDx(members: Record<string, unknown>, name = 'sbom.cdx.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vuln-sbom-')), name)
  writeFileSync(
    path,
    JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, ...members })
  )
  return path
}
