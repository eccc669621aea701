import { dpkgCataloger } from './dpkg'
import { apkCataloger } from './apk'
import { goCataloger } from './golang'
import { javaCataloger } from './java'
import { npmCataloger } from './npm'
import { pythonCataloger } from './python'
import { rpmCataloger } from './rpm'
import type { Cataloger } from './types'

export type { Cataloger, CatalogContext, Ecosystem, FoundPackage, ParsedFiles } from './types'

/** Every cataloger; the SBOM lists packages sorted by purl whatever this order. */
export const catalogers: readonly Cataloger[] = [
  dpkgCataloger as Cataloger,
  npmCataloger as Cataloger,
  pythonCataloger as Cataloger,
  goCataloger as Cataloger,
  apkCataloger as Cataloger,
  javaCataloger as Cataloger,
  rpmCataloger as Cataloger
]
