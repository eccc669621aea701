import { PackageURL } from 'packageurl-js'
import { ActionError } from '../errors'
import { parseVersionRange, schemeForPurlType } from '../vuln/versions'

/**
 * What `find` looks for: a package by purl (type, namespace, name, and any qualifiers given)
 * or by plain name in any ecosystem, in some or any version.
 */
export interface Query {
  /** As the user wrote it. */
  text: string
  /** `purl`: by purl type, namespace and name; `name`: by package name in every ecosystem. */
  kind: 'purl' | 'name'
  /** purl type (`deb`, `npm`, `maven`, …), for a purl query. */
  type?: string
  /** purl namespace (`debian`, `@angular`, a Maven group); absent = any. */
  namespace?: string
  /** Package name; for a name query as typed (`lodash`, `@angular/core`, `group:artifact`). */
  name: string
  /** Qualifiers a package's purl must carry with the same values (`distro`, `arch`). */
  qualifiers: Record<string, string>
  /**
   * The version constraint as written (purl-spec "vers" comparators: `>=5.6.0,<5.6.2`,
   * `<4.17.21|>=5.0.0,<5.0.2`, `1.2.3`, `*`); absent = any version.
   */
  range?: string
}

/** Longer queries are no package name anyone types. */
const MAX_QUERY_LENGTH = 2048

const invalid = (text: string, why: string): ActionError =>
  new ActionError('INPUT_INVALID', `query "${text}": ${why}`, {
    hint:
      'Give a purl with an optional version range, e.g. pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2 ' +
      'or pkg:npm/lodash@<4.17.21, or a plain name@range such as log4j-core@>=2.0.0,<2.17.1'
  })

export function parseQuery(input: string): Query {
  const text = input.trim()
  if (text === '') throw invalid(input, 'is empty')
  if (text.length > MAX_QUERY_LENGTH) throw invalid(text.slice(0, 40), 'is too long')
  const query = /^pkg:/i.test(text) ? parsePurlQuery(text) : parseNameQuery(text)
  if (query.range !== undefined) checkRange(query)
  return query
}

/**
 * `pkg:type/namespace/name@range?qualifiers`. A range is not a valid purl version (`<`, `,`,
 * `|`), so the version is cut off first and the rest parsed as a purl. Its `@` is the first
 * one that does not start a path segment (an npm scope such as `@angular` does).
 */
function parsePurlQuery(text: string): Query {
  if (text.includes('#')) throw invalid(text, 'a purl subpath (#…) cannot be searched for')
  const question = text.indexOf('?')
  const main = question === -1 ? text : text.slice(0, question)
  const qualifiers = question === -1 ? '' : text.slice(question)
  const body = main.replace(/^pkg:\/*/i, '')
  let at = -1
  for (let i = body.indexOf('/') + 1; i > 0 && i < body.length; i++)
    if (body[i] === '@' && body[i - 1] !== '/') {
      at = i
      break
    }
  const range = at === -1 ? undefined : decodeRange(text, body.slice(at + 1))
  let purl: PackageURL
  try {
    purl = PackageURL.fromString(`pkg:${at === -1 ? body : body.slice(0, at)}${qualifiers}`)
  } catch (error) {
    throw invalid(text, `is not a valid purl (${(error as Error).message})`)
  }
  return {
    text,
    kind: 'purl',
    type: purl.type,
    ...(purl.namespace ? { namespace: purl.namespace } : {}),
    name: purl.name,
    qualifiers: { ...(purl.qualifiers ?? {}) },
    ...(range === undefined ? {} : { range })
  }
}

/** `name`, `name@range`; an npm scope's leading `@` is part of the name. */
function parseNameQuery(text: string): Query {
  if (/\s/.test(text)) throw invalid(text, 'a package name has no spaces')
  const at = text.indexOf('@', 1)
  const name = at === -1 ? text : text.slice(0, at)
  if (name === '' || name === '@') throw invalid(text, 'names no package')
  const range = at === -1 ? undefined : decodeRange(text, text.slice(at + 1))
  return { text, kind: 'name', name, qualifiers: {}, ...(range === undefined ? {} : { range }) }
}

/** The range as written; percent-encoding (as in a purl's version) is undone. `*` is any. */
function decodeRange(text: string, raw: string): string | undefined {
  let range = raw
  if (range.includes('%')) {
    try {
      range = decodeURIComponent(range)
    } catch {
      throw invalid(text, `the version "${raw}" has a malformed %-escape`)
    }
  }
  range = range.trim()
  if (range === '') throw invalid(text, 'nothing follows "@": give a version or a range')
  return range === '*' ? undefined : range
}

/**
 * A purl query's range must make sense in its type's version scheme. A name query spans
 * ecosystems, so its range is checked against each package's scheme when it is compared.
 */
function checkRange(query: Query): void {
  if (query.kind !== 'purl' || query.range === undefined) return
  const scheme = schemeForPurlType(query.type ?? '')
  if (!scheme) {
    if (/[<>=!|,*]/.test(query.range))
      throw invalid(
        query.text,
        `purl type "${query.type}" has no version ordering here, so only an exact version can be matched`
      )
    return
  }
  try {
    parseVersionRange(scheme, query.range)
  } catch (error) {
    throw invalid(
      query.text,
      `"${query.range}" is not a ${scheme} version range: ${(error as Error).message}`
    )
  }
}
