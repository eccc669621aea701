import {
  closeSync,
  fstatSync,
  opendirSync,
  openSync,
  readSync,
  statSync,
  type Dirent
} from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import { fileBytes, readAhead } from '../../archive/random-access'
import { readEntry, walkEntries, ZipError } from '../../archive/zip'
import { ActionError } from '../../errors'
import { formatBytes } from '../../oci/limits'

/**
 * The files of an offline OSV copy in its own export layout: `gs://osv-vulnerabilities/
 * <ecosystem>/all.zip` (a zip of `<ID>.json`), given as that zip or as a directory of such
 * zips or of `*.json` records, possibly in per-ecosystem subdirectories.
 *
 * What is held between reads is the zips and the directories that hold records, never a
 * list of records: a directory is listed again, entry by entry, each time it is read, so
 * memory stays flat in the number of records however they are laid out.
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

/** A zip, a JSON record, or a directory of JSON records, and the ecosystem its directory is named after. */
export interface Container {
  path: string
  kind: 'zip' | 'json' | 'directory'
  ecosystem?: string
}

/** One record's bytes and the ID its file is named after. */
export interface RecordBytes {
  data: Buffer
  id: string
}

/** Zips, JSON files and directories of JSON files under `path` (or `path` itself), in a stable order. */
export function listContainers(path: string, limits: DatabaseBudgets): Container[] {
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
    const kind = kindOf(path)
    if (kind) return [{ path, kind }]
    throw invalid(
      path,
      'is neither a zip nor a directory',
      'Give an OSV export zip (all.zip) or a directory of OSV records'
    )
  }
  const out: Container[] = []
  let files = 0
  const walk = (dir: string, depth: number) => {
    const first = relative(path, dir).split(sep)[0]
    const ecosystem = first ? { ecosystem: first } : {}
    const subdirectories: string[] = []
    const zips: string[] = []
    let records = false
    // Only zips and subdirectories are kept (few); JSON records are counted, not listed.
    eachEntry(dir, entry => {
      if (entry.isDirectory()) {
        if (depth < limits.maxDepth) subdirectories.push(entry.name)
        return
      }
      const kind = entry.isFile() ? kindOf(entry.name) : undefined
      if (!kind) return
      if (++files > limits.maxFiles)
        throw invalid(
          path,
          `holds more than ${limits.maxFiles} files`,
          "Point at one ecosystem's export or a smaller directory"
        )
      if (kind === 'zip') zips.push(entry.name)
      else records = true
    })
    if (records) out.push({ path: dir, kind: 'directory', ...ecosystem })
    for (const name of zips.sort()) out.push({ path: join(dir, name), kind: 'zip', ...ecosystem })
    for (const name of subdirectories.sort()) walk(join(dir, name), depth + 1)
  }
  walk(path, 0)
  return out
}

/**
 * Records' bytes, one at a time, each dropped before the next is read. With `only`, only
 * records named `<ID>.json` for those IDs are read (decided from names alone, nothing is
 * read or expanded for the others). Every record is bounded, and all of them together by
 * `budget`, which the caller shares across containers.
 */
export function* readRecords(
  container: Container,
  limits: DatabaseBudgets,
  budget: { left: number },
  only?: Set<string>
): Generator<RecordBytes> {
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
    if (!only || only.has(id)) yield { data: readFile(container.path, take), id }
    return
  }
  if (container.kind === 'directory') {
    for (const name of entryNames(container.path)) {
      const id = basename(name, '.json')
      if (!only || only.has(id)) yield { data: readFile(join(container.path, name), take), id }
    }
    return
  }
  const fd = open(container.path)
  try {
    const bytes = readAhead(fileBytes(fd, fstatSync(fd).size))
    for (const entry of walkEntries(bytes, { maxEntries: limits.maxEntries })) {
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
      yield { data, id }
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
 * OSV's export puts each ecosystem in a directory of its name (`npm/all.zip`,
 * `Debian/all.zip`): one named after an ecosystem no package is in is skipped. Directories
 * with other names are always read.
 */
export function mayHold(container: Container, ecosystems: Set<string>): boolean {
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

export function invalid(path: string, problem: string, hint: string): ActionError {
  return new ActionError('INPUT_INVALID', `The vulnerability database ${path} ${problem}`, { hint })
}

function kindOf(name: string): 'zip' | 'json' | undefined {
  return /\.zip$/i.test(name) ? 'zip' : /\.json$/i.test(name) ? 'json' : undefined
}

/** A directory's entries one batch at a time (never the whole listing at once). */
function eachEntry(dir: string, visit: (entry: Dirent) => void): void {
  const handle = opendirSync(dir)
  try {
    for (let entry = handle.readSync(); entry; entry = handle.readSync()) visit(entry)
  } finally {
    handle.closeSync()
  }
}

/** Names of the JSON records directly in `dir`, as the directory lists them. */
function* entryNames(dir: string): Generator<string> {
  const handle = opendirSync(dir)
  try {
    for (let entry = handle.readSync(); entry; entry = handle.readSync())
      if (entry.isFile() && kindOf(entry.name) === 'json') yield entry.name
  } finally {
    handle.closeSync()
  }
}

/** A record file, its size checked (and charged) before anything is read. */
function readFile(path: string, take: (size: number, what: string) => void): Buffer {
  const fd = open(path)
  try {
    const size = fstatSync(fd).size
    take(size, basename(path))
    const out = Buffer.allocUnsafe(size)
    let done = 0
    while (done < size) {
      const n = readSync(fd, out, done, size - done, done)
      if (n === 0) break
      done += n
    }
    return out.subarray(0, done)
  } finally {
    closeSync(fd)
  }
}

function open(path: string): number {
  try {
    return openSync(path, 'r')
  } catch (error) {
    throw invalid(
      path,
      `cannot be read (${(error as Error).message})`,
      'Check the path and its permissions'
    )
  }
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
