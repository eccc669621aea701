import type { OsvRecord, ScanPackage } from '../types'
import {
  DEFAULT_DATABASE_BUDGETS,
  invalid,
  listContainers,
  mayHold,
  readRecords,
  type DatabaseBudgets
} from './export-files'
import { isOsvRecord, namesPackage, normaliseName, type VulnerabilitySource } from './source'

export { DEFAULT_DATABASE_BUDGETS, type DatabaseBudgets } from './export-files'

/**
 * An offline copy of OSV in its own export layout (see export-files.ts).
 *
 * A lookup streams every record once, one at a time: a search of its bytes for the names
 * asked about picks the few worth parsing (no decoding, no parsing for the others), and only
 * the records that name an asked-for package are parsed, checked and kept. What is kept
 * (those records, per package) is the run's cache: a later lookup (another platform's SBOM)
 * reads the database again only for packages not asked about before. Memory stays flat in
 * the number of records; it grows with the records that name the SBOM's packages, which the
 * scan reports on anyway.
 */
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
  /** Records by package key, for every key looked up so far (empty when none names it). */
  const known = new Map<string, OsvRecord[]>()

  /** One pass over the database for `keys` (none of them known yet); known once it completes. */
  function read(keys: Map<string, { ecosystem: string; name: string }>): void {
    const found = new Map<string, OsvRecord[]>()
    const names = new Set<string>()
    const ecosystems = new Set<string>()
    for (const [key, pkg] of keys) {
      found.set(key, [])
      names.add(normaliseName(pkg.name))
      ecosystems.add(pkg.ecosystem)
    }
    const budget = { left: limits.maxTotalBytes }
    for (const container of containers) {
      if (!mayHold(container, ecosystems)) continue
      for (const { data } of readRecords(container, limits, budget)) {
        if (!mentionsAny(data, names)) continue
        const record = parseRecord(data, container.path)
        if (!record) continue
        const hits = new Set<string>()
        for (const affected of record.affected ?? []) {
          const pkg = affected?.package
          if (!pkg || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string') continue
          const key = keyOf(pkg.ecosystem, pkg.name)
          const wanted = keys.get(key)
          if (wanted && namesPackage(pkg, wanted)) hits.add(key)
        }
        for (const key of hits) found.get(key)?.push(record)
      }
    }
    for (const [key, records] of found) known.set(key, records)
  }

  return {
    description: path,
    async lookup(packages: ScanPackage[]) {
      const unknown = new Map<string, { ecosystem: string; name: string }>()
      for (const pkg of packages) {
        const key = keyOf(pkg.osv.ecosystem, pkg.osv.name)
        if (!known.has(key)) unknown.set(key, pkg.osv)
      }
      if (unknown.size > 0) read(unknown)
      return new Map(
        packages.map(pkg => [pkg, [...(known.get(keyOf(pkg.osv.ecosystem, pkg.osv.name)) ?? [])]])
      )
    },
    async fetch(ids: string[]) {
      const missing = new Set(ids)
      const found: OsvRecord[] = []
      const budget = { left: limits.maxTotalBytes }
      for (const container of containers) {
        if (missing.size === 0) break
        for (const { data, id } of readRecords(container, limits, budget, missing)) {
          const record = parseRecord(data, container.path)
          if (record && record.id === id && missing.delete(id)) found.push(record)
        }
      }
      return found
    }
  }
}

/**
 * Whether a record names any of `names`: every JSON string value directly after a `"name":`
 * key, normalised. Read from the bytes as they are (a native search for the key, a few
 * bytes decoded per hit), so records that name nothing asked for are never decoded or
 * parsed; the few it picks are parsed and checked.
 */
function mentionsAny(data: Buffer, names: Set<string>): boolean {
  for (let at = data.indexOf(NAME_KEY); at >= 0; at = data.indexOf(NAME_KEY, at + 1)) {
    let i = skipBlanks(data, at + NAME_KEY.length)
    if (data[i] !== COLON) continue
    i = skipBlanks(data, i + 1)
    if (data[i] !== QUOTE) continue
    const start = i + 1
    let escaped = false
    for (i = start; i < data.length && data[i] !== QUOTE; i++)
      if (data[i] === BACKSLASH) {
        escaped = true
        i++
      }
    const raw = data.toString('utf8', start, i)
    const name = escaped ? (safeJsonString(raw) ?? raw) : raw
    if (names.has(normaliseName(name))) return true
    at = i
  }
  return false
}

const NAME_KEY = Buffer.from('"name"')
const COLON = 0x3a
const QUOTE = 0x22
const BACKSLASH = 0x5c

function skipBlanks(data: Buffer, at: number): number {
  let i = at
  while (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09) i++
  return i
}

function safeJsonString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return undefined
  }
}

function parseRecord(data: Buffer, where: string): OsvRecord | undefined {
  let value: unknown
  try {
    value = JSON.parse(data.toString('utf8'))
  } catch {
    throw invalid(where, 'holds a record that is not JSON', 'Download the export again')
  }
  // A JSON document that is not an OSV record (a manifest, a schema) is not a record.
  return isOsvRecord(value) ? value : undefined
}

function keyOf(ecosystem: string, name: string): string {
  return `${ecosystem}\n${ecosystem === 'PyPI' ? normaliseName(name) : name}`
}
