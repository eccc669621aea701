import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The sigstore-conformance bundle-verify vectors: beside the repository, never inside it. */
export const BUNDLE_VERIFY_VECTORS = join(REPO_ROOT, '..', 'shared', 'conformance', 'bundle-verify')
