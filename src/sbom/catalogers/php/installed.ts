import { JsonCutter, type JsonPath } from '../../walk/json-cutter'

/** One package entry of installed.json; real ones are a few KiB. */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024
/** Top-level member names are read to find `packages`; real ones are short. */
const MAX_NAME_BYTES = 4096

/**
 * Composer's `installed.json` read as it streams: the package list (a top-level array in
 * Composer 1, the `packages` member of a top-level object in Composer 2, wherever it
 * stands) is cut into its elements, and each object element alone goes to JSON.parse
 * (walk/json-cutter.ts).
 */
export class InstalledJsonScanner {
  private found = false
  private readonly json: JsonCutter

  /** `onEntry` gets each element of the package list that is an object, parsed. */
  constructor(onEntry: (entry: unknown) => void) {
    this.json = new JsonCutter(
      'installed.json',
      (path, kind) => this.select(path, kind),
      (_path, entry) => onEntry(entry),
      { maxValueBytes: MAX_ENTRY_BYTES, maxNameBytes: MAX_NAME_BYTES }
    )
  }

  write(chunk: Buffer): void {
    this.json.write(chunk)
  }

  /** Throws when the file ended inside its value, or holds no package list. */
  end(): void {
    this.json.end()
    if (!this.found) throw new Error('installed.json has no package list')
  }

  /** What the limits skipped, for the file's problems. */
  problems(): string[] {
    return this.json.problems('package entries')
  }

  private select(path: JsonPath, kind: 'object' | 'array'): 'value' | 'inside' | 'skip' {
    if (path.length === 0) {
      this.found = kind === 'array'
      return 'inside'
    }
    // The first `packages` array only: a later duplicate member is passed over.
    if (path.length === 1 && path[0] === 'packages' && kind === 'array' && !this.found) {
      this.found = true
      return 'inside'
    }
    const inList = path.length === 1 ? typeof path[0] === 'number' : path[0] === 'packages'
    return inList && kind === 'object' ? 'value' : 'skip'
  }
}
