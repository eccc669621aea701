import type { Readable } from 'node:stream'

/** OCI content descriptor (image-spec descriptor.md). */
export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
  platform?: Platform
  urls?: string[]
}

export interface Platform {
  os: string
  architecture: string
  variant?: string
  'os.version'?: string
}

/** An OCI image manifest or Docker schema 2 manifest. */
export interface ImageManifest {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  config: Descriptor
  layers: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

/** An OCI image index or Docker manifest list. */
export interface ImageIndex {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  manifests: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

/** The parts of the image config (image-spec config.md) this project reads. */
export interface ImageConfig {
  architecture?: string
  os?: string
  variant?: string
  created?: string
  config?: {
    Env?: string[]
    Labels?: Record<string, string>
    Entrypoint?: string[]
    Cmd?: string[]
  }
  rootfs: { type: string; diff_ids: string[] }
  history?: HistoryEntry[]
}

export interface HistoryEntry {
  created?: string
  created_by?: string
  comment?: string
  empty_layer?: boolean
}

/** One filesystem layer of an image. */
export interface Layer {
  /** The blob as stored (usually compressed). */
  readonly descriptor: Descriptor
  /** Digest of the uncompressed tar (config rootfs.diff_ids). */
  readonly diffId: string
  /** The stored blob; its digest is verified while it streams and a mismatch errors the stream. */
  blob(): Promise<Readable>
  /** The uncompressed tar stream (gzip, zstd or plain, by media type and magic bytes). */
  tar(): Promise<Readable>
}

/** A single-platform image, from any source. */
export interface Image {
  /** Where it came from, for messages and SBOM metadata, e.g. `127.0.0.1:5000/app@sha256:…`. */
  readonly name: string
  /** Digest of the manifest bytes. */
  readonly digest: string
  readonly manifestBytes: Buffer
  readonly manifest: ImageManifest
  readonly config: ImageConfig
  readonly platform: Platform
  readonly layers: readonly Layer[]
}

/** What a reference points at: one image, or an index of per-platform images. */
export type Target =
  | { kind: 'image'; digest: string; image: Image }
  | {
      kind: 'index'
      digest: string
      manifestBytes: Buffer
      index: ImageIndex
      /** Loads the child image for a manifest descriptor of the index. */
      image(descriptor: Descriptor): Promise<Image>
    }
