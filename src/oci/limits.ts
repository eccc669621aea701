import { ActionError, type ErrorCode } from '../errors'

/**
 * Size caps for what is read whole into memory, from registries and from disk alike.
 * containerd refuses manifests over 4 MiB when resolving from a registry
 * (`MaxManifestSize` in core/remotes/docker/resolver.go); go-containerregistry caps
 * manifests and configs at 100 MiB (`manifestLimit`, `configLimit` in
 * pkg/v1/remote/fetcher.go). Manifests and indexes here take containerd's bound; configs
 * take a tighter one than go-containerregistry's, since a config is parsed whole and the
 * SBOM step keeps within 512 MiB on hostile input (real configs are kilobytes; a long
 * build history makes them a few hundred).
 */
export const MAX_MANIFEST_BYTES = 4 << 20
export const MAX_CONFIG_BYTES = 16 << 20
/**
 * A Sigstore bundle or cosign signature layer read whole: a DSSE envelope around the
 * largest attestation the action signs inline (16 MiB `max-predicate-size`), base64
 * encoded, with room to spare.
 */
export const MAX_BUNDLE_BYTES = 32 << 20
/** Referrers API pages followed for one subject, and descriptors accepted across them. */
export const MAX_REFERRER_PAGES = 50
export const MAX_REFERRERS = 5000

export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`
  return `${bytes} bytes`
}

/** `what` (e.g. "manifest ghcr.io/acme/app:1") is larger than the cap `limit`. */
export function tooLarge(code: ErrorCode, what: string, limit: number, size?: number): ActionError {
  return new ActionError(
    code,
    `${what} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatBytes(limit)} cap for its kind`,
    {
      hint: 'Nothing legitimate is that large; the source is broken or hostile, and it was not read'
    }
  )
}
