import type { TarEntryType } from './tar'

/** One version of a file a cataloger parsed: the layer it came from and what parsing gave. */
export interface FileVersion<R> {
  layer: number
  /** Undefined when the file could not be parsed (a warning was logged). */
  result: R | undefined
}

/** A path in the squashed filesystem. */
export interface ViewEntry {
  type: TarEntryType
  /** Layer that wrote the current version. */
  layer: number
  linkName: string
}

interface Node {
  entry?: ViewEntry
  children?: Map<string, Node>
  /** Per cataloger: versions of this file since it last appeared (oldest first). */
  versions?: Map<number, FileVersion<unknown>[]>
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

const MAX_SYMLINK_HOPS = 40

/**
 * The squashed filesystem of an image as a tree of paths, built by applying each
 * layer's changes in order (OCI image-spec layer.md whiteout rules). It keeps
 * directories, symlinks and the files catalogers read, with link targets and
 * parse results; other files only delete what they replace, and no contents are
 * ever kept.
 */
export class SquashedView {
  private readonly root: Node = { children: new Map() }

  /** Applies one layer. Whiteouts hide lower layers only, so they go first. */
  apply(layer: number, changes: readonly LayerChange[]): void {
    for (const change of changes) {
      if (change.kind === 'opaque') {
        const node = this.find(change.path)
        if (node?.children) node.children.clear()
      } else if (change.kind === 'whiteout') this.remove(change.path)
    }
    for (const change of changes) {
      if (change.kind === 'entry') this.add(layer, change)
    }
  }

  private add(layer: number, change: Extract<LayerChange, { kind: 'entry' }>): void {
    if (change.type === 'file' && !change.parsed) {
      // No cataloger reads it and no path resolves through a plain file: it only
      // replaces what was there (a directory's whole subtree included).
      this.remove(change.path)
      return
    }
    const parts = change.path.split('/')
    let node = this.root
    for (let i = 0; i < parts.length - 1; i++) {
      node = this.child(node, parts[i] as string, layer)
    }
    const name = parts[parts.length - 1] as string
    const siblings = (node.children ??= new Map())
    let target = siblings.get(name)
    if (!target) {
      target = {}
      siblings.set(name, target)
    }
    const previous = target.entry
    if (change.type !== 'dir') {
      // A non-directory replaces whatever was there, including a directory's contents.
      target.children = undefined
    } else if (previous && previous.type !== 'dir') {
      target.children = undefined
    }
    if (change.type !== 'file' || !previous || previous.type !== 'file') target.versions = undefined
    target.entry = { type: change.type, layer, linkName: change.linkName }
    if (change.type === 'dir') target.children ??= new Map()
    if (change.parsed) {
      target.versions ??= new Map()
      for (const [cataloger, result] of change.parsed) {
        const list = target.versions.get(cataloger) ?? []
        list.push({ layer, result })
        target.versions.set(cataloger, list)
      }
    }
  }

  /** A parent directory, created implicitly (or replacing a non-directory) when the tar lacks it. */
  private child(node: Node, name: string, layer: number): Node {
    const children = (node.children ??= new Map())
    let next = children.get(name)
    if (!next) {
      next = { entry: { type: 'dir', layer, linkName: '' }, children: new Map() }
      children.set(name, next)
    } else if (next.entry && next.entry.type !== 'dir') {
      next.entry = { type: 'dir', layer, linkName: '' }
      next.versions = undefined
      next.children = new Map()
    }
    return next
  }

  private remove(path: string): void {
    const slash = path.lastIndexOf('/')
    const parent = slash < 0 ? this.root : this.find(path.slice(0, slash))
    parent?.children?.delete(slash < 0 ? path : path.slice(slash + 1))
  }

  private find(path: string): Node | undefined {
    if (path === '') return this.root
    let node: Node | undefined = this.root
    for (const part of path.split('/')) {
      node = node.children?.get(part)
      if (!node) return undefined
    }
    return node
  }

  /** The entry at a path, without following symlinks. */
  lstat(path: string): ViewEntry | undefined {
    return this.find(path)?.entry
  }

  /** Resolves symlinks in every component (absolute links are relative to the image root). */
  resolve(path: string): string | undefined {
    let hops = 0
    let pending = path.split('/').filter(p => p !== '' && p !== '.')
    const done: string[] = []
    while (pending.length > 0) {
      const part = pending.shift() as string
      if (part === '..') {
        done.pop()
        continue
      }
      const candidate = [...done, part].join('/')
      const entry = this.find(candidate)?.entry
      if (!entry) return undefined
      if (entry.type === 'symlink') {
        if (++hops > MAX_SYMLINK_HOPS) return undefined
        const target = entry.linkName.split('/').filter(p => p !== '' && p !== '.')
        if (entry.linkName.startsWith('/')) done.length = 0
        pending = [...target, ...pending]
        continue
      }
      done.push(part)
    }
    return done.join('/')
  }

  /** Versions of a file parsed by one cataloger, following symlinks to the file. */
  versions<R>(path: string, cataloger: number): FileVersion<R>[] | undefined {
    const real = this.resolve(path)
    if (real === undefined) return undefined
    return this.find(real)?.versions?.get(cataloger) as FileVersion<R>[] | undefined
  }

  /** Every file a cataloger parsed in the squashed view, sorted by path. */
  parsedFiles<R>(cataloger: number): { path: string; versions: FileVersion<R>[] }[] {
    const out: { path: string; versions: FileVersion<R>[] }[] = []
    const visit = (node: Node, prefix: string): void => {
      const versions = node.versions?.get(cataloger)
      if (versions && node.entry?.type === 'file')
        out.push({ path: prefix, versions: versions as FileVersion<R>[] })
      if (!node.children) return
      for (const name of [...node.children.keys()].sort()) {
        visit(node.children.get(name) as Node, prefix ? `${prefix}/${name}` : name)
      }
    }
    visit(this.root, '')
    return out
  }
}
