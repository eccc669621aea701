import { dpkgCataloger } from './dpkg'
import type { Cataloger } from './types'

export type { Cataloger, CatalogContext, Ecosystem, FoundPackage, ParsedFiles } from './types'

/** Every cataloger, in the order their packages are listed. */
export const catalogers: readonly Cataloger[] = [dpkgCataloger as Cataloger]
