import { compareCodePoints } from '../compare'
import type { TarEntryType } from '../../archive/tar-header'
import { Node, type FileVersion, type LayerChange, type ViewEntry } from './view-node'

const MAX_SYMLINK_HOPS = 40

const parts = (path: string): string[] => path.split('/').filter(p => p !== '' && p !== '.')

/** Thrown inside the view when its node budget is spent. */
const FULL = Symbol('view full')

/**
 * Paths the view holds at most (directories, symlinks and cataloged files, each costing
 * about 500 bytes with its parse result): new paths past this are left out, with a warning
 * from the walk. Real images hold a few thousand to tens of thousands.
 */
export const MAX_VIEW_PATHS = 300_000

/**
 * Of the budget, the share kept for each layer above the one being applied: half the budget,
 * split among the layers. A hostile lower layer that fills its share cannot starve the layers
 * above it, where the application usually is.
 */
function layerReserve(maxNodes: number, layers: number): number {
  return Math.floor(maxNodes / (2 * Math.max(1, layers)))
}

/**
 * The squashed filesystem of an image as a tree of paths, built by applying each
 * layer's changes in order (OCI image-spec layer.md whiteout rules). It keeps
 * directories, symlinks and the files catalogers read, with link targets and
 * parse results; other files only delete what they replace, and no contents are
 * ever kept.
 */
export class SquashedView {
  /** The layers (0-based, ascending) some of whose new paths were left out: their share was spent. */
  readonly cut: number[] = []
  /** Paths kept for each layer above the one being applied. */
  readonly reserve: number
  private nodes = 0
  private readonly root = new Node(undefined)
  /** Per cataloger: the nodes that ever had a version it parsed, by path (checked when read). */
  private readonly parsed = new Map<number, Map<string, Node>>()
  /**
   * Within the layer being applied: the nodes already pruned (their lower content is gone,
   * and all that was added since is this layer's) and the directories already made opaque.
   * Each node is pruned at most once per layer, however many whiteouts name it or a parent.
   */
  private pruned = { layer: -1, nodes: new Set<Node>(), opaque: new Set<Node>() }

  /**
   * @param maxNodes the budget of paths
   * @param layers how many layers the image has: each gets its share of the budget
   */
  constructor(
    readonly maxNodes = MAX_VIEW_PATHS,
    readonly layers = 1
  ) {
    this.root.children = new Map()
    this.reserve = layerReserve(maxNodes, layers)
  }

  /** Paths the view may hold once `layer` (0-based) is applied: the budget less the later layers' reserve. */
  limit(layer: number): number {
    return this.maxNodes - Math.max(0, this.layers - 1 - layer) * this.reserve
  }

  /**
   * Entries without a link target are shared, one per type and layer: most paths are
   * directories and cataloged files, and entries are never changed once made.
   */
  private readonly sharedEntries = new Map<string, ViewEntry>()
  private entry(type: TarEntryType, layer: number, linkName: string): ViewEntry {
    if (linkName !== '') return { type, layer, linkName }
    const key = `${type}:${layer}`
    let entry = this.sharedEntries.get(key)
    if (!entry) this.sharedEntries.set(key, (entry = Object.freeze({ type, layer, linkName })))
    return entry
  }

  /** Applies one layer's changes. */
  apply(layer: number, changes: readonly LayerChange[]): void {
    for (const change of changes) this.change(layer, change)
  }

  /**
   * Applies one change, in the layer's tar order. Whiteouts hide only what lower layers
   * wrote, wherever they stand in the tar, so same-layer entries before them stay.
   */
  change(layer: number, change: LayerChange): void {
    if (change.kind === 'entry') return this.add(layer, change)
    if (this.pruned.layer !== layer) this.pruned = { layer, nodes: new Set(), opaque: new Set() }
    if (change.kind === 'opaque') {
      const node = this.find(change.path)
      if (!node || this.pruned.opaque.has(node)) return
      this.pruned.opaque.add(node)
      for (const [name, child] of node.children ?? []) {
        if (!this.prune(child, layer)) node.children?.delete(name)
      }
      return
    }
    const { parent, name } = this.locate(change.path)
    const node = parent?.children?.get(name)
    if (node && !this.prune(node, layer)) parent?.children?.delete(name)
  }

  /**
   * Drops what layers below `layer` wrote under a node; true if something of `layer`
   * remains. Iterative, since a path may be hundreds of thousands of directories deep.
   */
  private prune(top: Node, layer: number): boolean {
    const done = this.pruned.nodes
    if (done.has(top)) return true
    // Breadth first, so every node comes after its parent; then handled children first.
    const order = [top]
    for (let i = 0; i < order.length; i++) {
      for (const child of (order[i] as Node).children?.values() ?? [])
        if (!done.has(child)) order.push(child)
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i] as Node
      let keep = node.entry?.layer === layer
      for (const [name, child] of node.children ?? []) {
        if (done.has(child)) keep = true
        else node.children?.delete(name)
      }
      if (keep) done.add(node)
    }
    return done.has(top)
  }

  /** A new node, unless the layer's share is spent (then the change that needed it is dropped). */
  private node(layer: number, entry?: ViewEntry): Node {
    if (this.nodes >= this.limit(layer)) {
      if (this.cut[this.cut.length - 1] !== layer) this.cut.push(layer)
      throw FULL
    }
    this.nodes++
    return new Node(entry)
  }

  private add(layer: number, change: Extract<LayerChange, { kind: 'entry' }>): void {
    if (change.type === 'file' && !change.parsed) {
      // No cataloger reads it and no path resolves through a plain file: it only
      // replaces what was there (a directory's whole subtree included).
      this.remove(change.path)
      return
    }
    try {
      this.insert(layer, change)
    } catch (error) {
      if (error !== FULL) throw error
    }
  }

  private insert(layer: number, change: Extract<LayerChange, { kind: 'entry' }>): void {
    let node = this.root
    let start = 0
    for (
      let slash = change.path.indexOf('/');
      slash >= 0;
      slash = change.path.indexOf('/', start)
    ) {
      node = this.child(node, change.path.slice(start, slash), layer)
      start = slash + 1
    }
    const name = change.path.slice(start)
    const siblings = (node.children ??= new Map())
    let target = siblings.get(name)
    if (!target) {
      target = this.node(layer)
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
    target.entry = this.entry(change.type, layer, change.linkName)
    if (change.parsed) {
      target.versions ??= []
      for (const [cataloger, result] of change.parsed) {
        const list = target.versionsOf(cataloger)
        if (list) list.push({ layer, result })
        else target.versions.push({ reader: cataloger, list: [{ layer, result }] })
        let index = this.parsed.get(cataloger)
        if (!index) this.parsed.set(cataloger, (index = new Map()))
        index.set(change.path, target)
      }
    }
  }

  /** A parent directory, created implicitly (or replacing a non-directory) when the tar lacks it. */
  private child(node: Node, name: string, layer: number): Node {
    const children = (node.children ??= new Map())
    let next = children.get(name)
    if (!next) {
      next = this.node(layer, this.entry('dir', layer, ''))
      children.set(name, next)
    } else if (next.entry && next.entry.type !== 'dir') {
      next.entry = this.entry('dir', layer, '')
      next.versions = undefined
      next.children = undefined
    }
    return next
  }

  private remove(path: string): void {
    const { parent, name } = this.locate(path)
    parent?.children?.delete(name)
  }

  /** The directory a path is in (if it exists) and its last part. */
  private locate(path: string): { parent: Node | undefined; name: string } {
    const slash = path.lastIndexOf('/')
    return slash < 0
      ? { parent: this.root, name: path }
      : { parent: this.find(path.slice(0, slash)), name: path.slice(slash + 1) }
  }

  private find(path: string): Node | undefined {
    if (path === '') return this.root
    let node: Node | undefined = this.root
    let start = 0
    for (;;) {
      const slash = path.indexOf('/', start)
      node = node.children?.get(slash < 0 ? path.slice(start) : path.slice(start, slash))
      if (!node || slash < 0) return node
      start = slash + 1
    }
  }

  /** The entry at a path, without following symlinks. */
  lstat(path: string): ViewEntry | undefined {
    return this.find(path)?.entry
  }

  /** Resolves symlinks in every component (absolute links are relative to the image root). */
  resolve(path: string): string | undefined {
    return this.follow(path)
      ?.map(([name]) => name)
      .join('/')
  }

  /** Versions of a file parsed by one cataloger, following symlinks to the file. */
  versions<R>(path: string, cataloger: number): FileVersion<R>[] | undefined {
    const trail = this.follow(path)
    const node = trail ? (trail[trail.length - 1]?.[1] ?? this.root) : undefined
    return node?.versionsOf(cataloger) as FileVersion<R>[] | undefined
  }

  /** The names in a directory (following symlinks), sorted; undefined when it is not one. */
  list(path: string): string[] | undefined {
    const trail = this.follow(path)
    const node = trail ? (trail[trail.length - 1]?.[1] ?? this.root) : undefined
    return node?.children ? [...node.children.keys()].sort(compareCodePoints) : undefined
  }

  /** The names and nodes a path leads through once every symlink is followed. */
  private follow(path: string): [string, Node][] | undefined {
    let hops = 0
    // Parts still to walk, the next one last.
    const pending = parts(path).reverse()
    const trail: [string, Node][] = []
    while (pending.length > 0) {
      const part = pending.pop() as string
      if (part === '..') {
        trail.pop()
        continue
      }
      const node = (trail[trail.length - 1]?.[1] ?? this.root).children?.get(part)
      if (!node?.entry) return undefined
      if (node.entry.type === 'symlink') {
        if (++hops > MAX_SYMLINK_HOPS) return undefined
        if (node.entry.linkName.startsWith('/')) trail.length = 0
        pending.push(...parts(node.entry.linkName).reverse())
        continue
      }
      trail.push([part, node])
    }
    return trail
  }

  /** Every file a cataloger parsed that is still in the squashed view, sorted by path. */
  parsedFiles<R>(cataloger: number): { path: string; versions: FileVersion<R>[] }[] {
    const out: { path: string; versions: FileVersion<R>[] }[] = []
    for (const [path, node] of this.parsed.get(cataloger) ?? []) {
      const versions = node.versionsOf(cataloger)
      // A later layer may have deleted or replaced the file (or a directory above it).
      if (versions && node.entry?.type === 'file' && this.find(path) === node)
        out.push({ path, versions: versions as FileVersion<R>[] })
    }
    return out.sort((a, b) => compareCodePoints(a.path, b.path))
  }
}
