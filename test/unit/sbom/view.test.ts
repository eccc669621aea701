import { SquashedView } from '../../../src/sbom/walk/view'
import type { LayerChange } from '../../../src/sbom/walk/view-node'

/** A file cataloger 0 parsed (the view keeps only such files). */
const file = (path: string, parsed: unknown = `parsed ${path}`): LayerChange => ({
  kind: 'entry',
  path,
  type: 'file',
  linkName: '',
  parsed: new Map([[0, parsed]])
})
/** A file no cataloger reads. */
const plain = (path: string): LayerChange => ({ kind: 'entry', path, type: 'file', linkName: '' })
const dir = (path: string): LayerChange => ({ kind: 'entry', path, type: 'dir', linkName: '' })
const symlink = (path: string, to: string): LayerChange => ({
  kind: 'entry',
  path,
  type: 'symlink',
  linkName: to
})

describe('SquashedView', () => {
  test('a file several catalogers parse keeps the versions of each apart, layer by layer', () => {
    const view = new SquashedView()
    const both = (layer: number): LayerChange => ({
      kind: 'entry',
      path: 'usr/bin/tool',
      type: 'file',
      linkName: '',
      parsed: new Map([
        [3, `go ${layer}`],
        [7, `rust ${layer}`]
      ])
    })
    view.apply(0, [dir('usr'), dir('usr/bin'), both(0)])
    view.apply(1, [both(1)])
    expect(view.versions('usr/bin/tool', 3)).toEqual([
      { layer: 0, result: 'go 0' },
      { layer: 1, result: 'go 1' }
    ])
    expect(view.versions('usr/bin/tool', 7)).toEqual([
      { layer: 0, result: 'rust 0' },
      { layer: 1, result: 'rust 1' }
    ])
    expect(view.versions('usr/bin/tool', 0)).toBeUndefined()
    expect(view.parsedFiles(7).map(f => f.path)).toEqual(['usr/bin/tool'])
    // A directory replacing the file drops every cataloger's versions.
    view.apply(2, [dir('usr/bin/tool')])
    expect(view.versions('usr/bin/tool', 3)).toBeUndefined()
    expect(view.parsedFiles(3)).toEqual([])
  })

  test('past its path budget the view leaves new paths out and names the layer', () => {
    const view = new SquashedView(3)
    view.apply(0, [dir('a'), file('a/one'), file('a/two'), file('a/three')])
    expect(view.cut).toEqual([0])
    expect(view.lstat('a/two')?.layer).toBe(0)
    expect(view.lstat('a/three')).toBeUndefined()
  })

  test('each layer above keeps its share: a lower layer that fills the view leaves them room', () => {
    // 12 paths for 3 layers: 2 kept for each layer above; layer 0 may fill 8, layer 1 10.
    const view = new SquashedView(12, 3)
    expect([view.reserve, view.limit(0), view.limit(1), view.limit(2)]).toEqual([2, 8, 10, 12])
    view.apply(
      0,
      Array.from({ length: 20 }, (_, i) => file(`junk/${i}`))
    )
    expect(view.list('junk')).toHaveLength(7)
    view.apply(1, [dir('b'), file('b/one'), file('b/two')])
    expect(view.lstat('b/one')?.layer).toBe(1)
    expect(view.lstat('b/two')).toBeUndefined()
    view.apply(2, [dir('c'), file('c/one')])
    expect(view.lstat('c/one')?.layer).toBe(2)
    expect(view.cut).toEqual([0, 1])
    // One view for the whole image, as before: the old budget would have left b and c out.
    const unshared = new SquashedView(12)
    unshared.apply(
      0,
      Array.from({ length: 20 }, (_, i) => file(`junk/${i}`))
    )
    unshared.apply(2, [dir('c'), file('c/one')])
    expect(unshared.lstat('c/one')).toBeUndefined()
  })

  test('whiteouts hide lower files and whole directories; same-layer files survive', () => {
    const view = new SquashedView()
    view.apply(0, [dir('a'), file('a/one'), file('a/two'), dir('b'), file('b/x')])
    view.apply(1, [
      { kind: 'whiteout', path: 'a/one' },
      { kind: 'whiteout', path: 'b' },
      file('b/y')
    ])
    expect(view.lstat('a/one')).toBeUndefined()
    expect(view.lstat('a/two')?.layer).toBe(0)
    expect(view.lstat('b/x')).toBeUndefined()
    expect(view.lstat('b/y')?.layer).toBe(1)
  })

  test('an opaque directory hides only lower contents', () => {
    const view = new SquashedView()
    view.apply(0, [dir('d'), file('d/old'), file('keep')])
    view.apply(1, [dir('d'), file('d/new'), { kind: 'opaque', path: 'd' }])
    expect(view.lstat('d/old')).toBeUndefined()
    expect(view.lstat('d/new')?.layer).toBe(1)
    expect(view.lstat('keep')?.layer).toBe(0)
  })

  test('whiteouts hide only lower layers wherever they stand in the tar', () => {
    const view = new SquashedView()
    view.apply(0, [dir('b'), file('b/x'), dir('d'), dir('d/sub'), file('d/sub/old'), file('f')])
    // The same layer's entries come before its whiteouts here (tar order is free).
    view.apply(1, [
      file('b/y'),
      { kind: 'whiteout', path: 'b' },
      dir('d/sub'),
      file('d/sub/new'),
      { kind: 'opaque', path: 'd' },
      file('f', 'f1'),
      { kind: 'whiteout', path: 'f' }
    ])
    expect(view.lstat('b/x')).toBeUndefined()
    expect(view.lstat('b/y')?.layer).toBe(1)
    // The re-listed directory stays, but what lower layers put in it does not.
    expect(view.lstat('d/sub')?.layer).toBe(1)
    expect(view.lstat('d/sub/old')).toBeUndefined()
    expect(view.lstat('d/sub/new')?.layer).toBe(1)
    expect(view.versions('f', 0)?.map(v => v.result)).toEqual([`parsed f`, 'f1'])
  })

  test('lists parsed files sorted, leaving out those a later layer removed', () => {
    const view = new SquashedView()
    view.apply(0, [file('b/db'), file('a/db'), file('c/db'), file('a-b/db')])
    view.apply(1, [plain('c'), symlink('b', 'a')])
    expect(view.parsedFiles(0).map(f => f.path)).toEqual(['a-b/db', 'a/db'])
  })

  test('a file replacing a directory hides its children, and a directory can replace a file', () => {
    const view = new SquashedView()
    view.apply(0, [dir('x'), file('x/child'), file('y')])
    view.apply(1, [file('x'), dir('y'), file('y/z')])
    expect(view.lstat('x')?.type).toBe('file')
    expect(view.lstat('x/child')).toBeUndefined()
    expect(view.lstat('y/z')?.layer).toBe(1)
  })

  test('files no cataloger reads are not kept, but still replace what was there', () => {
    const view = new SquashedView()
    view.apply(0, [dir('lib'), file('lib/db'), plain('lib/other'), file('etc/x')])
    expect(view.lstat('lib/other')).toBeUndefined()
    view.apply(1, [plain('lib'), plain('etc/x')])
    expect(view.lstat('lib')).toBeUndefined()
    expect(view.versions('lib/db', 0)).toBeUndefined()
    expect(view.parsedFiles(0)).toEqual([])
  })

  test('keeps the versions of a parsed file until it is deleted', () => {
    const view = new SquashedView()
    view.apply(0, [file('db', 'v0')])
    view.apply(1, [file('db', 'v1')])
    expect(view.versions('db', 0)).toEqual([
      { layer: 0, result: 'v0' },
      { layer: 1, result: 'v1' }
    ])
    view.apply(2, [{ kind: 'whiteout', path: 'db' }])
    view.apply(3, [file('db', 'v3')])
    expect(view.versions('db', 0)).toEqual([{ layer: 3, result: 'v3' }])
    expect(view.parsedFiles(0)).toEqual([{ path: 'db', versions: [{ layer: 3, result: 'v3' }] }])
  })

  test('resolves relative, absolute and chained symlinks, and stops on loops', () => {
    const view = new SquashedView()
    view.apply(0, [
      file('usr/lib/os-release', 'os'),
      symlink('etc/os-release', '../usr/lib/os-release'),
      symlink('lib', 'usr/lib'),
      symlink('abs', '/lib/os-release'),
      symlink('loop1', 'loop2'),
      symlink('loop2', 'loop1')
    ])
    expect(view.resolve('etc/os-release')).toBe('usr/lib/os-release')
    expect(view.resolve('abs')).toBe('usr/lib/os-release')
    expect(view.versions('lib/os-release', 0)?.[0]?.result).toBe('os')
    expect(view.resolve('loop1')).toBeUndefined()
    expect(view.resolve('missing/file')).toBeUndefined()
  })
})

describe('SquashedView: linear work on hostile layers', () => {
  test('a whiteout prunes a 200,000-level directory without recursion', () => {
    const view = new SquashedView()
    const deep = Array.from({ length: 200_000 }, () => 'a').join('/')
    view.apply(0, [file(`top/${deep}/f`), file('top/pkg')])
    view.apply(1, [{ kind: 'whiteout', path: 'top' }])
    expect(view.lstat('top')).toBeUndefined()
    expect(view.parsedFiles(0)).toEqual([])
  })

  test('repeated opaque markers of one directory each cost nothing after the first', () => {
    const view = new SquashedView()
    view.apply(0, [dir('t'), file('t/old')])
    const changes: LayerChange[] = []
    for (let i = 0; i < 20_000; i++) changes.push(dir(`t/d${i}`))
    for (let i = 0; i < 20_000; i++) changes.push({ kind: 'opaque', path: 't' })
    const started = process.hrtime.bigint()
    view.apply(1, changes)
    // Quadratic work (4e8 steps) takes tens of seconds; linear work a few milliseconds.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5)
    expect(view.lstat('t/old')).toBeUndefined()
    expect(view.lstat('t/d19999')?.layer).toBe(1)
  })
})
