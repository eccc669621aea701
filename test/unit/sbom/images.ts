import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { createGunzip, gzipSync } from 'node:zlib'
import type { HistoryEntry, Image, Layer } from '../../../src/oci/types'

/** A file's contents, a symlink, a hard link to another path of the same layer, or a directory. */
export type FileSpec =
  | string
  | Buffer
  | { data: string | Buffer; mode: number }
  | { symlink: string }
  | { hardlink: string }
  | { dir: true }

export interface LayerSpec {
  files?: Record<string, FileSpec>
  /** Used instead of building a tar from `files` (e.g. to test corrupt input). */
  raw?: Buffer
  /** Gzip the tar (default true); ignored with `raw`. */
  gzip?: boolean
  format?: 'gnu' | 'pax' | 'ustar'
  createdBy?: string
}

const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`

/** A real tar built by GNU tar from files written to a temporary directory. */
export function makeTar(
  files: Record<string, FileSpec>,
  format: LayerSpec['format'] = 'pax'
): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-layer-'))
  try {
    const links: [string, string][] = []
    for (const [path, spec] of Object.entries(files)) {
      const target = join(dir, path)
      mkdirSync(dirname(target), { recursive: true })
      if (typeof spec === 'string' || Buffer.isBuffer(spec)) writeFileSync(target, spec)
      else if ('data' in spec) writeFileSync(target, spec.data, { mode: spec.mode })
      else if ('symlink' in spec) symlinkSync(spec.symlink, target)
      else if ('dir' in spec) mkdirSync(target, { recursive: true })
      else links.push([path, spec.hardlink])
    }
    for (const [path, to] of links) linkSync(join(dir, to), join(dir, path))
    return execFileSync(
      'tar',
      [
        '--sort=name',
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '--mtime=@0',
        `--format=${format}`,
        '-C',
        dir,
        '-cf',
        '-',
        '.'
      ],
      { maxBuffer: 1 << 30 }
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** An Image over in-memory layers, with history entries (plus an empty_layer one) like a Dockerfile build. */
export function makeImage(layers: LayerSpec[], options: { architecture?: string } = {}): Image {
  const built: Layer[] = []
  const history: HistoryEntry[] = [{ created_by: 'ENV PATH=/usr/bin', empty_layer: true }]
  for (const spec of layers) {
    const tar = spec.raw ?? makeTar(spec.files ?? {}, spec.format)
    const gzip = spec.raw ? false : spec.gzip !== false
    const blob = gzip ? gzipSync(tar) : tar
    const diffId = sha256(tar)
    built.push({
      descriptor: {
        mediaType: gzip
          ? 'application/vnd.oci.image.layer.v1.tar+gzip'
          : 'application/vnd.oci.image.layer.v1.tar',
        digest: sha256(blob),
        size: blob.length
      },
      diffId,
      blob: async () => Readable.from([blob]),
      tar: async () => {
        const source = Readable.from([blob])
        if (!gzip) return source
        const gunzip = createGunzip()
        source.on('error', e => gunzip.destroy(e))
        return source.pipe(gunzip)
      }
    })
    history.push({ created_by: spec.createdBy ?? `COPY layer${built.length}` })
  }
  const architecture = options.architecture ?? 'amd64'
  const config = {
    architecture,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: built.map(l => l.diffId) },
    history
  }
  const configBytes = Buffer.from(JSON.stringify(config))
  const manifest = {
    schemaVersion: 2 as const,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256(configBytes),
      size: configBytes.length
    },
    layers: built.map(l => l.descriptor)
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest))
  return {
    name: `127.0.0.1:5000/test/app@${sha256(manifestBytes)}`,
    digest: sha256(manifestBytes),
    manifestBytes,
    manifest,
    config,
    platform: { os: 'linux', architecture },
    layers: built
  }
}

/** Real files under `root` (recursively, symlinks kept), placed under `prefix` in a layer. */
export function filesFrom(
  root: string,
  prefix: string,
  keep: (relative: string) => boolean = () => true
): Record<string, FileSpec> {
  const out: Record<string, FileSpec> = {}
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = rel ? `${rel}/${entry.name}` : entry.name
      const full = join(dir, entry.name)
      if (entry.isSymbolicLink()) {
        if (keep(relative)) out[`${prefix}/${relative}`] = { symlink: readlinkSync(full) }
      } else if (entry.isDirectory()) walk(full, relative)
      else if (entry.isFile() && keep(relative)) out[`${prefix}/${relative}`] = readFileSync(full)
    }
  }
  walk(root, '')
  return out
}
