// Subpath imports keep the library's schema-file resources (and their __dirname) out of the bundle.
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX'

const ALIASES: Record<string, string> = {
  expat: 'MIT',
  'mit/x11': 'MIT',
  x11: 'X11',
  artistic: 'Artistic-1.0-Perl',
  'artistic-2': 'Artistic-2.0',
  'bsd-2': 'BSD-2-Clause',
  'bsd-3': 'BSD-3-Clause',
  'bsd-4': 'BSD-4-Clause',
  'apache-2': 'Apache-2.0',
  'apache 2.0': 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'apache software license': 'Apache-2.0',
  'mpl-2': 'MPL-2.0',
  psf: 'PSF-2.0',
  'python software foundation license': 'PSF-2.0',
  'mit license': 'MIT',
  'bsd license': 'BSD-3-Clause',
  zlib: 'Zlib',
  'isc license': 'ISC',
  'public domain': 'public-domain',
  cc0: 'CC0-1.0',
  'public-domain': 'public-domain'
}

/**
 * Turns a license name as a package wrote it into an SPDX id where one clearly
 * applies (`GPL-2+` → `GPL-2.0-or-later`, `Expat` → `MIT`), else returns it trimmed.
 */
export function normaliseLicense(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  const alias = ALIASES[trimmed.toLowerCase()]
  if (alias) return alias
  const gnu = /^(A|L)?GPL-?v?(\d)(?:\.(\d))?(\+|-or-later|-only)?$/i.exec(trimmed)
  if (gnu) {
    const family = `${(gnu[1] ?? '').toUpperCase()}GPL`
    const version = `${gnu[2]}.${gnu[3] ?? '0'}`
    const later = gnu[4] === '+' || gnu[4]?.toLowerCase() === '-or-later'
    const id = `${family}-${version}-${later ? 'or-later' : 'only'}`
    if (SPDX.isSupportedSpdxId(id)) return id
  }
  const gfdl = /^GFDL-(\d\.\d)(\+)?$/i.exec(trimmed)
  if (gfdl) return `GFDL-${gfdl[1]}-${gfdl[2] ? 'or-later' : 'only'}`
  return SPDX.fixupSpdxId(trimmed) ?? trimmed
}

/** Whether a string is a single SPDX license id (as opposed to an expression or a free-form name). */
export function isSpdxId(value: string): boolean {
  return SPDX.isSupportedSpdxId(value)
}
