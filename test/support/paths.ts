import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The sigstore-conformance bundle-verify vectors, vendored with their NOTICE. */
export const BUNDLE_VERIFY_VECTORS = join(
  REPO_ROOT,
  '__fixtures__',
  'sigstore-conformance',
  'bundle-verify'
)
