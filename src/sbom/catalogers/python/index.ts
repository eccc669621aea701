import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { PROPERTY_PREFIX } from '../../tool'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'

interface PythonMetadata {
  name: string
  version: string
  licenses: string[]
  requires: string[]
  author?: string
}

const METADATA = /\.dist-info\/METADATA$|\.egg-info\/PKG-INFO$|\.egg-info$/
/** A distribution vendored inside another package (`setuptools/_vendor/…`): the package's directory. */
const VENDORED = /^(.*?)\/_vendor\//

/** PEP 503 normalisation, which the pypi purl type requires. */
export const normalisePythonName = (name: string): string =>
  name.toLowerCase().replace(/[-_.]+/g, '-')

/**
 * Installed Python distributions: `*.dist-info/METADATA`, `*.egg-info/PKG-INFO` and
 * single-file `*.egg-info`, in site- and dist-packages alike (distro-installed ones too).
 */
export const pythonCataloger: Cataloger<PythonMetadata> = {
  name: 'python',
  maxFileSize: 4 * 1024 * 1024,
  wants: path => METADATA.test(path),
  parse: (_path, content) => parseMetadata(content.toString('utf8')),
  collect(files) {
    const out: FoundPackage[] = []
    const byName = new Map<string, string>()
    const requires = new Map<FoundPackage, string[]>()
    for (const { path, versions } of files.all()) {
      const meta = latest(versions)
      if (!meta) continue
      const p: FoundPackage = {
        ecosystem: 'pypi',
        name: meta.name,
        version: meta.version,
        purl: purl('pypi', undefined, normalisePythonName(meta.name), meta.version),
        licenses: meta.licenses,
        path,
        layer: introducedIn(versions, r => r.name === meta.name && r.version === meta.version),
        os: false,
        ...(meta.author ? { supplier: meta.author } : {})
      }
      const vendoredIn = VENDORED.exec(path)?.[1]
      if (vendoredIn) p.properties = [[`${PROPERTY_PREFIX}:package:vendoredIn`, `/${vendoredIn}`]]
      byName.set(normalisePythonName(meta.name), p.purl)
      requires.set(p, meta.requires)
      out.push(p)
    }
    for (const [p, names] of requires) {
      const deps = names
        .map(n => byName.get(normalisePythonName(n)))
        .filter((d): d is string => Boolean(d))
      if (deps.length > 0) p.dependsOn = [...new Set(deps)].sort()
    }
    return out
  }
}

/** Core metadata (RFC 822 style headers, then an optional body). */
export function parseMetadata(text: string): PythonMetadata {
  const headers = new Map<string, string[]>()
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      const values = headers.get(last) as string[]
      values[values.length - 1] += `\n${line.trim()}`
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    last = line.slice(0, colon).trim().toLowerCase()
    const values = headers.get(last) ?? []
    values.push(line.slice(colon + 1).trim())
    headers.set(last, values)
  }
  const name = headers.get('name')?.[0]
  const version = headers.get('version')?.[0]
  if (!name || !version) throw new Error('METADATA has no Name or Version')
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
    throw new Error(`invalid distribution name "${name.slice(0, 80)}"`)
  const requires = (headers.get('requires-dist') ?? [])
    .filter(r => !/;\s*.*\bextra\s*==/.test(r))
    .map(r => /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(r)?.[0])
    .filter((r): r is string => Boolean(r))
  const author = headers.get('author')?.[0] || headers.get('author-email')?.[0]
  return { name, version, licenses: licenses(headers), requires, ...(author ? { author } : {}) }
}

function licenses(headers: Map<string, string[]>): string[] {
  const expression = headers.get('license-expression')?.[0]
  if (expression) return [expression]
  const license = headers.get('license')?.[0]
  // Some projects paste the whole license text into License; only a short one-liner is a name.
  if (
    license &&
    !license.includes('\n') &&
    license.length <= 80 &&
    license.toUpperCase() !== 'UNKNOWN'
  ) {
    return [normaliseLicense(license)]
  }
  const fromClassifiers = (headers.get('classifier') ?? [])
    .filter(c => c.startsWith('License ::'))
    .map(c => c.split('::').pop()?.trim() ?? '')
    .filter(c => c && c !== 'OSI Approved')
    .map(normaliseLicense)
  return [...new Set(fromClassifiers)]
}
