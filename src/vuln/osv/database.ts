import { closeSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import { fileBytes, readEntry, walkEntries, ZipError, type ZipBytes } from '../../archive/zip'
import { ActionError } from '../../errors'
import { formatBytes } from '../../oci/limits'
import type { OsvRecord, ScanPackage } from '../types'
import { isOsvRecord, namesPackage, normaliseName, type VulnerabilitySource } from './source'

/**
 * An offline copy of OSV in its own export layout: `gs://osv-vulnerabilities/<ecosystem>/all.zip`
 * (a zip of `<ID>.json`), given as that zip or as a directory of such zips or of `*.json`
 * records, possibly in per-ecosystem subdirectories.
 *
 * Nothing is held between lookups but the list of files. A lookup streams every record
 * once: a cheap scan of its text for the names asked about picks the few worth parsing,
 * and only the records that name an asked-for package are kept. Memory stays flat in the
 * number of records; zips are read from disk by position, never loaded whole.
 */
export interface DatabaseBudgets {
  /** Entries in one zip's central directory. */
  maxEntries: number
  /** One record, expanded. */
  maxRecordBytes: number
  /** All records read by one lookup, expanded (the zip-bomb bound across entries). */
  maxTotalBytes: number
  /** Zips and JSON files in a directory, and how deep it is walked. */
  maxFiles: number
  maxDepth: number
}

export const DEFAULT_DATABASE_BUDGETS: DatabaseBudgets = {
  // OSV's largest export (all ecosystems together) has well under 2 million records.
  maxEntries: 2_000_000,
  maxRecordBytes: 8 << 20,
  maxTotalBytes: 32 * (1 << 30),
  maxFiles: 2_000_000,
  maxDepth: 3
}

/** A zip, or a JSON record, and the ecosystem its directory is named after, if any. */
interface Container {
  path: string
  kind: 'zip' | 'json'
  ecosystem?: string
}

export async function osvDatabase(
  path: string,
  budgets: Partial<DatabaseBudgets> = {}
): Promise<VulnerabilitySource> {
  const limits = { ...DEFAULT_DATABASE_BUDGETS, ...budgets }
  const containers = listContainers(path, limits)
  if (containers.length === 0)
    throw invalid(
      path,
      'holds no OSV records (no .zip, no .json)',
      'Download an export, e.g. gs://osv-vulnerabilities/Debian/all.zip, or point at a directory of OSV JSON records'
    )

  return {
    description: path,
    async lookup(packages: ScanPackage[]) {
      const wanted = new Map<string, ScanPackage[]>()
      const names = new Set<string>()
      const ecosystems = new Set<string>()
      for (const pkg of packages) {
        const key = keyOf(pkg.osv.ecosystem, pkg.osv.name)
        wanted.set(key, [...(wanted.get(key) ?? []), pkg])
        names.add(normaliseName(pkg.osv.name))
        ecosystems.add(pkg.osv.ecosystem)
      }
      const out = new Map<ScanPackage, OsvRecord[]>(packages.map(p => [p, []]))
      if (packages.length === 0) return out
      const budget = { left: limits.maxTotalBytes }
      for (const container of containers) {
        if (!mayHold(container, ecosystems)) continue
        for (const { text } of records(container, limits, budget)) {
          if (!mentionsAny(text, names)) continue
          const record = parseRecord(text, container.path)
          if (!record) continue
          const hits = new Set<ScanPackage>()
          for (const affected of record.affected ?? []) {
            const pkg = affected?.package
            if (!pkg) continue
            const candidates = wanted.get(keyOf(pkg.ecosystem, pkg.name)) ?? []
            for (const candidate of candidates)
              if (namesPackage(pkg, candidate.osv)) hits.add(candidate)
          }
          for (const hit of hits) out.get(hit)?.push(record)
        }
      }
      return out
    },
    async fetch(ids: string[]) {
      const missing = new Set(ids)
      const found: OsvRecord[] = []
      const budget = { left: limits.maxTotalBytes }
      for (const container of containers) {
        if (missing.size === 0) break
        for (const { text, id } of records(container, limits, budget, missing)) {
          const record = parseRecord(text, container.path)
          if (record && record.id === id && missing.delete(id)) found.push(record)
        }
      }
      return found
    }
  }
}

/**
 * Records' text, one at a time. With `only`, only entries named `<ID>.json` for those IDs
 * are read (decided from names alone, nothing is expanded for the others).
 */
function* records(
  container: Container,
  limits: DatabaseBudgets,
  budget: { left: number },
  only?: Set<string>
): Generator<{ text: string; id: string }> {
  const take = (size: number, what: string) => {
    if (size > limits.maxRecordBytes)
      throw invalid(
        container.path,
        `${what} is ${size} bytes, over the ${formatBytes(limits.maxRecordBytes)} cap for one record`,
        'Nothing in OSV is that large; the database is broken or hostile'
      )
    budget.left -= size
    if (budget.left < 0)
      throw invalid(
        container.path,
        `expands past the ${formatBytes(limits.maxTotalBytes)} budget for one scan`,
        'The database is far larger than OSV itself, or a zip bomb'
      )
  }
  if (container.kind === 'json') {
    const id = basename(container.path, '.json')
    if (only && !only.has(id)) return
    const size = statSync(container.path).size
    take(size, basename(container.path))
    yield { text: readFileSync(container.path, 'utf8'), id }
    return
  }
  let fd: number
  try {
    fd = openSync(container.path, 'r')
  } catch (error) {
    throw invalid(
      container.path,
      `cannot be read (${(error as Error).message})`,
      'Check the path and its permissions'
    )
  }
  try {
    const bytes: ZipBytes = fileBytes(fd, statSync(container.path).size)
    for (const entry of walkEntries(bytes, limits.maxEntries)) {
      if (!entry.name.endsWith('.json') || entry.name.endsWith('/')) continue
      const id = basename(entry.name, '.json')
      if (only && !only.has(id)) continue
      take(entry.size, entry.name)
      // The header's size is a claim: inflating stops at the cap whatever it says.
      const data = readEntry(
        bytes,
        entry,
        Math.min(limits.maxRecordBytes, budget.left + entry.size)
      )
      yield { text: data.toString('utf8'), id }
    }
  } catch (error) {
    if (error instanceof ZipError)
      throw invalid(
        container.path,
        `is not a readable zip: ${error.message}`,
        'Download the export again; OSV publishes <ecosystem>/all.zip'
      )
    throw error
  } finally {
    closeSync(fd)
  }
}

/**
 * Whether a record's text names any of `names`: every JSON string value directly after a
 * `"name":` key, normalised. Cheaper than parsing; records it picks are parsed and checked.
 */
function mentionsAny(text: string, names: Set<string>): boolean {
  const pattern = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[1] as string
    const name = raw.includes('\\') ? (safeJsonString(raw) ?? raw) : raw
    if (names.has(normaliseName(name))) return true
  }
  return false
}

function safeJsonString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return undefined
  }
}

function parseRecord(text: string, where: string): OsvRecord | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw invalid(where, 'holds a record that is not JSON', 'Download the export again')
  }
  // A JSON document that is not an OSV record (a manifest, a schema) is not a record.
  return isOsvRecord(value) ? value : undefined
}

/** Zips and JSON files under `path` (or `path` itself), in a stable order. */
function listContainers(path: string, limits: DatabaseBudgets): Container[] {
  let stat
  try {
    stat = statSync(path)
  } catch {
    throw invalid(
      path,
      'does not exist',
      'Give the path of an OSV export zip or of a directory of them'
    )
  }
  if (stat.isFile()) {
    if (/\.zip$/i.test(path)) return [{ path, kind: 'zip' }]
    if (/\.json$/i.test(path)) return [{ path, kind: 'json' }]
    throw invalid(
      path,
      'is neither a zip nor a directory',
      'Give an OSV export zip (all.zip) or a directory of OSV records'
    )
  }
  const out: Container[] = []
  const walk = (dir: string, depth: number) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1
    )
    for (const entry of entries) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (depth < limits.maxDepth) walk(full, depth + 1)
        continue
      }
      if (!entry.isFile()) continue
      const kind = /\.zip$/i.test(entry.name)
        ? 'zip'
        : /\.json$/i.test(entry.name)
          ? 'json'
          : undefined
      if (!kind) continue
      if (out.length >= limits.maxFiles)
        throw invalid(
          path,
          `holds more than ${limits.maxFiles} files`,
          "Point at one ecosystem's export or a smaller directory"
        )
      const first = relative(path, dir).split(sep)[0]
      out.push({ path: full, kind, ...(first ? { ecosystem: first } : {}) })
    }
  }
  walk(path, 0)
  return out
}

/**
 * OSV's export puts each ecosystem in a directory of its name (`npm/all.zip`,
 * `Debian/all.zip`): one named after an ecosystem no package is in is skipped. Directories
 * with other names are always read.
 */
function mayHold(container: Container, ecosystems: Set<string>): boolean {
  const directory = container.ecosystem
  if (!directory || !KNOWN_ECOSYSTEMS.has(directory.split(':')[0] as string)) return true
  for (const ecosystem of ecosystems)
    if (
      ecosystem === directory ||
      ecosystem.startsWith(`${directory}:`) ||
      directory.startsWith(`${ecosystem}:`)
    )
      return true
  return false
}

/** Ecosystems OSV exports under their own directory (https://osv-vulnerabilities.storage.googleapis.com/ecosystems.txt). */
const KNOWN_ECOSYSTEMS = new Set([
  'AlmaLinux',
  'Alpine',
  'Azure Linux',
  'Bitnami',
  'Chainguard',
  'CRAN',
  'crates.io',
  'Debian',
  'GHC',
  'GitHub Actions',
  'Go',
  'Hackage',
  'Hex',
  'Linux',
  'Mageia',
  'Maven',
  'Mariner',
  'npm',
  'NuGet',
  'openSUSE',
  'OSS-Fuzz',
  'Packagist',
  'Pub',
  'PyPI',
  'Red Hat',
  'Rocky Linux',
  'RubyGems',
  'SUSE',
  'SwiftURL',
  'Ubuntu',
  'Wolfi'
])

function keyOf(ecosystem: string, name: string): string {
  return `${ecosystem}\n${ecosystem === 'PyPI' ? normaliseName(name) : name}`
}

function invalid(path: string, problem: string, hint: string): ActionError {
  return new ActionError('INPUT_INVALID', `The vulnerability database ${path} ${problem}`, { hint })
}
