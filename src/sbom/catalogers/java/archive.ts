import { normaliseLicense } from '../../licenses'
import { pastBudget } from '../../walk/lines'
import { parseManifest, parsePom, parseProperties } from './metadata'
import type { RandomAccess } from '../../../archive/random-access'
import { entryBytes, walkEntries, type ZipEntry } from '../../../archive/zip'

/** Which evidence decided a package's coordinates, strongest first. */
export type CoordinatesSource =
  'pom.properties' | 'pom.xml' | 'debian-maven-repo' | 'manifest' | 'filename'

export interface JavaPackage {
  /** Absent when no evidence establishes one: the package then gets no Maven purl. */
  group?: string
  artifact: string
  version: string
  source: CoordinatesSource
  licenses: string[]
  classifier?: string
  /** Where inside the archive, for nested jars: `WEB-INF/lib/x.jar`. */
  nested?: string
}

export interface JavaArchive {
  kind: 'archive'
  packages: JavaPackage[]
  problems: string[]
}

const ARCHIVE_EXTENSIONS = ['jar', 'war', 'ear', 'jpi', 'hpi', 'par', 'sar', 'nar', 'kar', 'rar']
export const ARCHIVE = new RegExp(`\\.(${ARCHIVE_EXTENSIONS.join('|')})$`, 'i')
/** A nested archive's size; a stored one is read in place, a deflated one expanded in memory. */
export const MAX_ARCHIVE = 64 * 1024 * 1024
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

const POM_PROPERTIES = /^META-INF\/maven\/([^/]+)\/([^/]+)\/pom\.properties$/
const POM_XML = /^META-INF\/maven\/([^/]+)\/([^/]+)\/pom\.xml$/
/** `name-1.2.3.jar`, `name-1.2.3-jre.jar`: a version starts with a digit after a hyphen. */
const VERSIONED_NAME = /^(.+?)-(\d[^/]*)\.[a-z]+$/i
/** A dotted Java package name of at least two parts. */
const PACKAGE_NAME = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/

const META_INF = Buffer.from('META-INF/')
/** The last three bytes before `end` as one number, ASCII letters lower-cased. */
const lastThree = (bytes: Uint8Array, end: number): number =>
  ((bytes[end - 3] ?? 0) << 16) | ((bytes[end - 2] ?? 0) << 8) | (bytes[end - 1] ?? 0) | 0x202020
const ARCHIVE_KEYS = new Set(ARCHIVE_EXTENSIONS.map(e => lastThree(Buffer.from(e), 3)))

/**
 * The entries the reader looks at, from the raw name: `META-INF/` (manifest and Maven
 * metadata) and names ending like a nested archive. The classes and resources that make up
 * nearly all of a jar are passed over before their names are decoded (byte by byte: this
 * runs for every entry of every jar). A name let through still has to match the patterns
 * below.
 */
function readsEntry(name: Buffer, start: number, end: number): boolean {
  if (end - start > META_INF.length) {
    let i = 0
    while (i < META_INF.length && name[start + i] === META_INF[i]) i++
    if (i === META_INF.length) return true
  }
  return end - start >= 4 && name[end - 4] === 0x2e && ARCHIVE_KEYS.has(lastThree(name, end))
}

/** Reads a Java archive and the archives nested in it, within the expansion budget. */
export function readJavaArchive(path: string, bytes: RandomAccess): JavaArchive {
  const archive: JavaArchive = { kind: 'archive', packages: [], problems: [] }
  readArchive(bytes, path.slice(path.lastIndexOf('/') + 1), undefined, 0, archive, {
    bytes: MAX_EXPANDED,
    nested: MAX_NESTED
  })
  return archive
}

function readArchive(
  zip: RandomAccess,
  fileName: string,
  nested: string | undefined,
  depth: number,
  out: JavaArchive,
  budget: Budget
): void {
  const where = nested ?? fileName
  let entries: ZipEntry[]
  try {
    entries = [...walkEntries(zip, { wanted: readsEntry })]
  } catch (error) {
    out.problems.push(`${where}: ${(error as Error).message}`)
    return
  }
  // An entry whose data another entry of the directory already names is an alias: read once.
  const offsets = new Set<number>()
  let aliases = 0
  const read = (entry: ZipEntry, limit: number): RandomAccess | undefined => {
    if (offsets.has(entry.localOffset)) {
      aliases++
      return undefined
    }
    offsets.add(entry.localOffset)
    try {
      const data = entryBytes(zip, entry, Math.min(limit, budget.bytes))
      budget.bytes -= data.size
      return data
    } catch (error) {
      out.problems.push(`${where}: ${(error as Error).message}`)
      return undefined
    }
  }
  const text = (entry: ZipEntry | undefined): string | undefined => {
    const data = entry && read(entry, MAX_METADATA)
    return data?.read(0, data.size).toString('utf8')
  }
  const manifestText = text(entries.find(e => e.name === 'META-INF/MANIFEST.MF'))
  const manifest = manifestText ? parseManifest(manifestText) : new Map<string, string>()
  const license = manifest.get('bundle-license')
  const licenses = license ? [licenseName(license)] : []
  const at = nested ? { nested } : {}

  // Maven metadata: pom.properties, or the pom.xml beside it when there is none.
  const poms: JavaPackage[] = []
  const described = new Set<string>()
  for (const e of entries) {
    const m = POM_PROPERTIES.exec(e.name)
    const data = m ? text(e) : undefined
    if (!data) continue
    const props = parseProperties(data)
    const [group, artifact, version] = ['groupId', 'artifactId', 'version'].map(k => props.get(k))
    if (!group || !artifact || !version) continue
    described.add(`${m?.[1]}/${m?.[2]}`)
    poms.push({ group, artifact, version, source: 'pom.properties', licenses: [], ...at })
  }
  for (const e of entries) {
    const m = POM_XML.exec(e.name)
    if (!m || described.has(`${m[1]}/${m[2]}`)) continue
    const data = text(e)
    if (!data) continue
    try {
      const pom = parsePom(data)
      if (pom.group && pom.artifact && pom.version)
        poms.push({
          group: pom.group,
          artifact: pom.artifact,
          version: pom.version,
          source: 'pom.xml',
          licenses: [],
          ...at
        })
    } catch (error) {
      out.problems.push(`${where}: ${e.name}: ${(error as Error).message}`)
    }
  }

  const fromName = VERSIONED_NAME.exec(fileName)
  const baseName = fromName?.[1] ?? fileName.replace(/\.[a-z]+$/i, '')
  // The archive's own pom: the one named like the file, or the only one; others are shaded in.
  const own = poms.find(p => p.artifact === baseName) ?? (poms.length === 1 ? poms[0] : undefined)
  if (own) own.licenses = licenses
  else {
    const identity = manifestIdentity(manifest, baseName, fromName?.[2])
    if (identity) out.packages.push({ ...identity, licenses, ...at })
  }
  out.packages.push(...poms)

  if (depth + 1 < MAX_DEPTH) {
    for (const e of entries) {
      if (!ARCHIVE.test(e.name) || e.name.endsWith('/')) continue
      if (budget.nested === 0) {
        if (!budget.nestedReported) out.problems.push(pastBudget(MAX_NESTED, 'nested archives'))
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

/**
 * Name and version from the manifest (else the file name), and a groupId only where
 * the manifest states one beyond doubt: an OSGi `Bundle-SymbolicName` of the form
 * `<groupId>.<artifactId>` whose artifactId is the file's name and contains a `-`,
 * which no Java package name can. `Implementation-Vendor-Id` (`org.apache` for
 * commons-logging), `Automatic-Module-Name` and package-like symbolic names
 * (`org.objectweb.asm` for asm) are Java names, not Maven coordinates.
 */
function manifestIdentity(
  manifest: Map<string, string>,
  baseName: string,
  nameVersion: string | undefined
): Omit<JavaPackage, 'licenses'> | undefined {
  const manifestVersion = manifest.get('implementation-version') ?? manifest.get('bundle-version')
  const version = manifestVersion ?? nameVersion
  const artifact = baseName || manifest.get('implementation-title')
  if (!artifact || !version) return undefined
  const symbolic = manifest.get('bundle-symbolicname')?.split(';')[0]?.trim()
  const group =
    artifact.includes('-') && symbolic?.endsWith(`.${artifact}`)
      ? symbolic.slice(0, -artifact.length - 1)
      : undefined
  if (group && PACKAGE_NAME.test(group))
    return { group, artifact, version: manifestVersion ?? version, source: 'manifest' }
  return { artifact, version, source: manifestVersion ? 'manifest' : 'filename' }
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
