import { distroQualifier } from '../../distro'
import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import { scanLines } from '../../walk/lines'
import { ControlReader } from './control'

interface DpkgRecord {
  name: string
  version: string
  arch: string
  source?: string
  sourceVersion?: string
  maintainer?: string
}

type DpkgFile =
  | { kind: 'db'; packages: DpkgRecord[]; keys: Set<string>; problems: string[] }
  | { kind: 'copyright'; licenses: string[] }
  | { kind: 'list'; files: string[] }

const STATUS = 'var/lib/dpkg/status'
const STATUS_D = 'var/lib/dpkg/status.d/'
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/
const INFO = 'var/lib/dpkg/info/'
/**
 * Of the files a package owns, the kinds other catalogers find packages in; the rest
 * of a .list file is dropped to keep memory small.
 */
const CATALOGED =
  /(\.dist-info\/METADATA|\.egg-info\/PKG-INFO|\.egg-info|\/node_modules\/[^/]+\/package\.json|\.gemspec|\.[jwe]ar|composer\/installed\.json|\.deps\.json|\/s?bin\/[^/]+|\/libexec\/.+)$/

/** Budgets of one status database, read as it streams: real ones list a few thousand packages. */
export const MAX_DPKG_PACKAGES = 50_000
const MAX_LINE = 64 * 1024
/** Status files (read as they stream), copyright and .list files (parsed whole) up to this size. */
const MAX_FILE = 32 * 1024 * 1024

const key = (p: DpkgRecord): string => `${p.name}\u0000${p.version}\u0000${p.arch}`

/** Debian packages from dpkg's status database (and distroless status.d), licenses from copyright files. */
export const dpkgCataloger: Cataloger<DpkgFile> = {
  name: 'dpkg',
  maxFileSize: MAX_FILE,
  wants(path) {
    if (path === STATUS) return true
    if (path.startsWith(STATUS_D)) {
      return !path.endsWith('.md5sums') && path.indexOf('/', STATUS_D.length) < 0
    }
    if (path.startsWith(INFO)) return path.endsWith('.list') && path.indexOf('/', INFO.length) < 0
    return path.startsWith('usr/share/doc/') && COPYRIGHT.test(path)
  },
  parse: (path, content) => ownedFile(path, content),
  // The status database is parsed line by line as it streams: it can run to tens of MiB.
  // Copyright and .list files are small, and parsed whole.
  scan(path) {
    if (path.startsWith(INFO) || path.startsWith('usr/share/doc/')) return undefined
    return scanLines(
      new StatusReader(),
      { maxPackages: MAX_DPKG_PACKAGES, maxLine: MAX_LINE },
      (packages, problems): DpkgFile => ({
        kind: 'db',
        packages,
        keys: new Set(packages.map(key)),
        problems
      })
    )
  },
  collect(files, context) {
    const qualifier = distroQualifier(context.distro)
    const namespace = context.distro?.id ?? 'debian'
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const db = latest(versions)
      if (db?.kind !== 'db') continue
      for (const problem of db.problems) context.warn(path, problem)
      for (const p of db.packages) {
        const copyright = latest(files.get(`usr/share/doc/${p.name}/copyright`))
        const licenses = copyright?.kind === 'copyright' ? copyright.licenses : []
        const upstream =
          p.source && (p.source !== p.name || (p.sourceVersion && p.sourceVersion !== p.version))
            ? p.sourceVersion && p.sourceVersion !== p.version
              ? `${p.source}@${p.sourceVersion}`
              : p.source
            : undefined
        const k = key(p)
        const list =
          latest(files.get(`${INFO}${p.name}:${p.arch}.list`)) ??
          latest(files.get(`${INFO}${p.name}.list`))
        out.push({
          ecosystem: 'deb',
          name: p.name,
          version: p.version,
          purl: purl('deb', namespace, p.name, p.version, {
            arch: p.arch,
            distro: qualifier,
            upstream
          }),
          licenses,
          path,
          layer: introducedIn(versions, r => r.kind === 'db' && r.keys.has(k)),
          os: true,
          ...(list?.kind === 'list' && list.files.length > 0 ? { ownedFiles: list.files } : {}),
          ...(p.source
            ? { properties: [['sbom-sign-action:package:source', upstream ?? p.source]] }
            : {}),
          ...(p.maintainer ? { supplier: p.maintainer } : {})
        })
      }
    }
    return out
  }
}

/** A copyright file's licenses, or the files of a package's .list that other catalogers read. */
function ownedFile(path: string, content: Buffer): DpkgFile {
  if (path.startsWith(INFO)) {
    const files = content
      .toString('utf8')
      .split('\n')
      .filter(line => CATALOGED.test(line))
      .map(line => line.replace(/^\/+/, ''))
    return { kind: 'list', files }
  }
  return { kind: 'copyright', licenses: copyrightLicenses(content.toString('utf8')) }
}

const STATUS_FIELDS = new Set([
  'package',
  'version',
  'status',
  'architecture',
  'source',
  'maintainer'
])

/** Installed packages of a status file, line by line, up to MAX_DPKG_PACKAGES. */
class StatusReader {
  private readonly out: DpkgRecord[] = []
  private readonly control = new ControlReader(STATUS_FIELDS, fields => this.paragraph(fields))
  full = false

  line(line: string): void {
    if (!this.full) this.control.line(line)
  }

  end(): DpkgRecord[] {
    if (!this.full) this.control.end()
    return this.out
  }

  /** Entries only half-installed or removed are left out. */
  private paragraph(fields: Map<string, string>): void {
    const name = fields.get('package')
    const version = fields.get('version')
    if (!name || !version) return
    const status = fields.get('status')
    // Distroless status.d entries have no Status; dpkg's own DB always does.
    if (status !== undefined && status.split(/\s+/)[2] !== 'installed') return
    if (this.out.length === MAX_DPKG_PACKAGES) {
      this.full = true
      return
    }
    const record: DpkgRecord = { name, version, arch: fields.get('architecture') ?? '' }
    const source = fields.get('source')
    if (source) {
      const m = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(source)
      if (m?.[1]) record.source = m[1]
      if (m?.[2]) record.sourceVersion = m[2]
    }
    const maintainer = fields.get('maintainer')
    if (maintainer) record.maintainer = maintainer
    this.out.push(record)
  }
}

/** Installed packages of a status file's text. */
export function parseStatus(text: string): DpkgRecord[] {
  const reader = new StatusReader()
  for (const line of text.split('\n')) reader.line(line)
  return reader.end()
}

/** A DEP-5 license short name: one token, no spaces. */
const LICENSE_SHORT_NAME = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/

/**
 * License names in a Debian copyright file: the `License:` fields of a machine-readable
 * (DEP-5) file, and references to /usr/share/common-licenses, mapped to SPDX where clear.
 * Files without the DEP-5 `Format:` header often put license text after `License:`, so only
 * DEP-5 fields count, and only parts shaped like short names (`GPL-2+`, `BSD-3-clause`).
 */
export function copyrightLicenses(text: string): string[] {
  const found = new Set<string>()
  const machineReadable = /^Format:[ \t]*\S*copyright-format/m.test(text.slice(0, 2000))
  for (const m of machineReadable ? text.matchAll(/^License:[ \t]*([^\n]+)/gm) : []) {
    for (const part of (m[1] as string).split(/\s*,\s*(?:and|or)?\s*|\s+(?:or|and)\s+|\s*\|\s*/i)) {
      const name = part.replace(/\s+with\s+.*$/i, '').trim()
      if (LICENSE_SHORT_NAME.test(name)) found.add(normaliseLicense(name))
    }
  }
  // Free-form files only point at the common licenses; in DEP-5 files those pointers repeat the fields.
  if (found.size > 0) return [...found].sort()
  for (const m of text.matchAll(/\/usr\/share\/common-licenses\/([A-Za-z0-9._+-]+)/g)) {
    const name = (m[1] as string).replace(/\.$/, '')
    if (name) found.add(normaliseLicense(name))
  }
  return [...found].sort()
}
