import { apkCataloger } from './apk'
import { dotnetCataloger } from './dotnet'
import { dpkgCataloger } from './dpkg'
import { goCataloger } from './golang'
import { javaCataloger } from './java'
import { npmCataloger } from './npm'
import { phpCataloger } from './php'
import { pythonCataloger } from './python'
import { rpmCataloger } from './rpm'
import { gemfileLockCataloger, rubyCataloger } from './ruby'
import { rustCataloger } from './rust'
import type { Cataloger } from './types'

export type { Cataloger, CatalogContext, Ecosystem, FoundPackage, ParsedFiles } from './types'

/** Every cataloger; the SBOM lists packages sorted by purl whatever this order. */
export const catalogers: readonly Cataloger[] = [
  dpkgCataloger,
  apkCataloger,
  rpmCataloger,
  npmCataloger,
  pythonCataloger,
  goCataloger,
  rustCataloger,
  javaCataloger,
  rubyCataloger,
  gemfileLockCataloger,
  dotnetCataloger,
  phpCataloger
] as readonly Cataloger[]
