import type { TarEntryType } from '../../archive/tar-header'

/*
 * The shapes the squashed view is made of: what a layer changes, and the nodes and entries
 * that hold the result.
 */

/** One version of a file a cataloger parsed: the layer it came from and what parsing gave. */
export interface FileVersion<R> {
  layer: number
  /** Undefined when the file could not be parsed (a warning was logged). */
  result: R | undefined
}

/** A path in the squashed filesystem. */
export interface ViewEntry {
  readonly type: TarEntryType
  /** Layer that wrote the current version. */
  readonly layer: number
  readonly linkName: string
}

/** The versions of a file one cataloger parsed since it last appeared (oldest first). */
interface ReaderVersions {
  readonly reader: number
  readonly list: FileVersion<unknown>[]
}

/**
 * A path of the view. A class with every field set, so nodes share one shape and keep
 * their fields in the object; a hostile layer can make hundreds of thousands of them.
 */
export class Node {
  children: Map<string, Node> | undefined = undefined
  /** Per cataloger that parsed this file; most files have one, so a list beats a Map. */
  versions: ReaderVersions[] | undefined = undefined
  constructor(public entry: ViewEntry | undefined) {}

  versionsOf(reader: number): FileVersion<unknown>[] | undefined {
    return this.versions?.find(v => v.reader === reader)?.list
  }
}

/** A change one layer makes to the filesystem, in tar order. */
export type LayerChange =
  | { kind: 'whiteout'; path: string }
  | { kind: 'opaque'; path: string }
  | {
      kind: 'entry'
      path: string
      type: TarEntryType
      linkName: string
      parsed?: Map<number, unknown>
    }
