import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import { readEntry, zipEntries, type ZipEntry } from './zip'

interface JavaPackage {
  group: string
  artifact: string
  version: string
  licenses: string[]
  /** Where inside the archive, for nested jars: `WEB-INF/lib/x.jar`. */
  nested?: string
}

interface JavaArchive {
  packages: JavaPackage[]
  problems: string[]
}

const ARCHIVE = /\.(jar|war|ear|jpi|hpi|par|sar|nar|kar|rar)$/i
const MAX_ARCHIVE = 64 * 1024 * 1024
const MAX_METADATA = 1024 * 1024
const MAX_DEPTH = 3
/** Total bytes inflated for one top-level archive, nested ones included. */
const MAX_EXPANDED = 256 * 1024 * 1024
/** Nested archives opened for one top-level archive, at every depth. */
const MAX_NESTED = 2_000

/** What is left of one top-level archive's budgets while it is read. */
interface Budget {
  bytes: number
  nested: number
  /** Set once the nested-archive budget has been reported. */
  nestedReported?: boolean
}

/** Java archives (nested too): pom.properties, else MANIFEST.MF, else the file name. */
export const javaCataloger: Cataloger<JavaArchive> = {
  name: 'java-archive',
  maxFileSize: MAX_ARCHIVE,
  wants: path => ARCHIVE.test(path),
  parse(path, content) {
    const archive: JavaArchive = { packages: [], problems: [] }
    readArchive(content, path.slice(path.lastIndexOf('/') + 1), undefined, 0, archive, {
      bytes: MAX_EXPANDED,
      nested: MAX_NESTED
    })
    return archive
  },
  collect(files, context) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const archive = latest(versions)
      if (!archive) continue
      for (const problem of archive.problems) context.warn(path, problem)
      for (const p of archive.packages) {
        // Without a groupId the artifact names itself, as Maven's own "groupId = artifactId" convention does.
        const group = p.group || p.artifact
        const id = `${p.group}:${p.artifact}:${p.version}:${p.nested ?? ''}`
        out.push({
          ecosystem: 'maven',
          name: p.artifact,
          version: p.version,
          purl: purl('maven', group, p.artifact, p.version),
          licenses: p.licenses,
          path,
          layer: introducedIn(versions, r =>
            r.packages.some(q => `${q.group}:${q.artifact}:${q.version}:${q.nested ?? ''}` === id)
          ),
          os: false,
          properties: [
            ...(p.group ? [['sbom-sign-action:java:groupId', p.group] as [string, string]] : []),
            ...(p.nested
              ? [['sbom-sign-action:java:nestedPath', p.nested] as [string, string]]
              : [])
          ]
        })
      }
    }
    return out
  }
}

function readArchive(
  zip: Buffer,
  fileName: string,
  nested: string | undefined,
  depth: number,
  out: JavaArchive,
  budget: Budget
): void {
  const where = nested ?? fileName
  let entries: ZipEntry[]
  try {
    entries = zipEntries(zip)
  } catch (error) {
    out.problems.push(`${where}: ${(error as Error).message}`)
    return
  }
  // An entry whose data another entry of the directory already names is an alias: read once.
  const offsets = new Set<number>()
  let aliases = 0
  const read = (entry: ZipEntry, limit: number): Buffer | undefined => {
    if (offsets.has(entry.localOffset)) {
      aliases++
      return undefined
    }
    offsets.add(entry.localOffset)
    try {
      const data = readEntry(zip, entry, Math.min(limit, budget.bytes))
      budget.bytes -= data.length
      return data
    } catch (error) {
      out.problems.push(`${where}: ${(error as Error).message}`)
      return undefined
    }
  }
  const manifestEntry = entries.find(e => e.name === 'META-INF/MANIFEST.MF')
  const manifestBytes = manifestEntry ? read(manifestEntry, MAX_METADATA) : undefined
  const manifest = manifestBytes
    ? parseManifest(manifestBytes.toString('utf8'))
    : new Map<string, string>()
  const licenses = manifest.get('bundle-license')
    ? [licenseName(manifest.get('bundle-license') as string)]
    : []

  const poms: JavaPackage[] = []
  for (const e of entries) {
    if (!/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(e.name)) continue
    const data = read(e, MAX_METADATA)
    if (!data) continue
    const props = parseProperties(data.toString('utf8'))
    const group = props.get('groupId')
    const artifact = props.get('artifactId')
    const version = props.get('version')
    if (group && artifact && version)
      poms.push({ group, artifact, version, licenses: [], ...(nested ? { nested } : {}) })
  }

  const fromName = /^(.+?)-(\d[^/]*)\.[a-z]+$/i.exec(fileName)
  const baseName = fromName?.[1] ?? fileName.replace(/\.[a-z]+$/i, '')
  // The archive's own pom: the one named like the file, or the only one.
  const own = poms.find(p => p.artifact === baseName) ?? (poms.length === 1 ? poms[0] : undefined)
  if (own) {
    own.licenses = licenses
  } else {
    const title =
      manifest.get('implementation-title') ?? manifest.get('bundle-symbolicname')?.split(';')[0]
    const version =
      manifest.get('implementation-version') ?? manifest.get('bundle-version') ?? fromName?.[2]
    const artifact = baseName || title
    const group =
      manifest.get('implementation-vendor-id') ??
      (manifest.get('bundle-symbolicname')?.split(';')[0] ?? manifest.get('automatic-module-name'))
        ?.split('.')
        .slice(0, -1)
        .join('.') ??
      ''
    if (artifact && version)
      out.packages.push({ group, artifact, version, licenses, ...(nested ? { nested } : {}) })
  }
  out.packages.push(...poms)

  if (depth + 1 < MAX_DEPTH) {
    for (const e of entries) {
      if (!ARCHIVE.test(e.name) || e.name.endsWith('/')) continue
      if (budget.nested === 0) {
        if (!budget.nestedReported)
          out.problems.push(
            `more than ${MAX_NESTED} nested archives: the rest are skipped (budget)`
          )
        budget.nestedReported = true
        break
      }
      const data = read(e, MAX_ARCHIVE)
      if (!data) continue
      budget.nested--
      const inner = e.name.slice(e.name.lastIndexOf('/') + 1)
      readArchive(data, inner, nested ? `${nested}:${e.name}` : e.name, depth + 1, out, budget)
    }
  }
  if (aliases > 0)
    out.problems.push(`${where}: ${aliases} entries share another entry's data: read once`)
}

/** The main section of a JAR manifest: `Name: value`, continuation lines start with one space. */
export function parseManifest(text: string): Map<string, string> {
  const out = new Map<string, string>()
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break
    if (line.startsWith(' ') && last) {
      out.set(last, `${out.get(last) ?? ''}${line.slice(1)}`)
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    last = line.slice(0, colon).trim().toLowerCase()
    out.set(last, line.slice(colon + 1).trim())
  }
  return out
}

function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('!')) continue
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(trimmed)
    if (m) out.set(m[1] as string, (m[2] as string).trim())
  }
  return out
}

const LICENSE_URLS: [RegExp, string][] = [
  [/apache\.org\/licenses\/LICENSE-2\.0/i, 'Apache-2.0'],
  [/opensource\.org\/licenses\/MIT/i, 'MIT'],
  [/eclipse\.org\/legal\/epl-2\.0/i, 'EPL-2.0'],
  [/eclipse\.org\/legal\/epl-v10/i, 'EPL-1.0']
]

function licenseName(value: string): string {
  const first = value.split(',')[0]?.trim() ?? value
  for (const [pattern, id] of LICENSE_URLS) if (pattern.test(first)) return id
  return normaliseLicense(first.replace(/;.*$/, ''))
}
