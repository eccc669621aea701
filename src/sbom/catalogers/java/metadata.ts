/** Readers for the metadata files a Java archive or a Maven repository carries. */

/** The main section of a JAR manifest: `Name: value`, continuation lines start with one space. */
export function parseManifest(text: string): Map<string, string> {
  const out = new Map<string, string>()
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break
    if (line.startsWith(' ') && last) {
      out.set(last, `${out.get(last) ?? ''}${line.slice(1)}`)
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    last = line.slice(0, colon).trim().toLowerCase()
    out.set(last, line.slice(colon + 1).trim())
  }
  return out
}

/** A Java properties file's `key=value` / `key: value` lines. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('!')) continue
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(trimmed)
    if (m) out.set(m[1] as string, (m[2] as string).trim())
  }
  return out
}

/** A POM's own coordinates (a parent's fill in what the project inherits) and a few properties. */
export interface Pom {
  group?: string
  artifact?: string
  version?: string
  /** `properties` children, e.g. Debian's `debian.originalVersion`. */
  properties: Map<string, string>
  /** The coordinates this artifact moved to (`distributionManagement/relocation`), if any. */
  relocated: boolean
}

const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g

/**
 * The elements of a POM that identify it, read by depth (a dependency's groupId
 * is not the project's). Values that still hold `${…}` are left out: they need a
 * build to resolve.
 */
export function parsePom(text: string): Pom {
  const stack: string[] = []
  const values = new Map<string, string>()
  const properties = new Map<string, string>()
  let textStart = -1
  let relocated = false
  let project = false
  for (const m of text.matchAll(TAG)) {
    const name = m[2]
    if (!name) continue
    const at = m.index
    if (m[1]) {
      const path = stack.join('/')
      if (textStart >= 0 && stack[stack.length - 1] === name) {
        const value = decodeXml(text.slice(textStart, at).trim())
        if (stack.length === 2 || (stack.length === 3 && stack[1] === 'parent'))
          values.set(path, value)
        if (stack.length === 3 && stack[1] === 'properties') properties.set(name, value)
      }
      stack.pop()
      textStart = -1
      continue
    }
    if (m[3]) continue
    stack.push(name)
    if (stack.length === 1 && name === 'project') project = true
    if (stack.join('/') === 'project/distributionManagement/relocation') relocated = true
    textStart = at + m[0].length
    if (stack.length > 64) throw new Error('POM nests deeper than 64 elements')
  }
  if (!project) throw new Error('not a POM (no <project>)')
  const plain = (v: string | undefined): string | undefined =>
    v && !v.includes('${') ? v : undefined
  const group = plain(values.get('project/groupId') ?? values.get('project/parent/groupId'))
  const artifact = plain(values.get('project/artifactId'))
  const version = plain(values.get('project/version') ?? values.get('project/parent/version'))
  return {
    ...(group ? { group } : {}),
    ...(artifact ? { artifact } : {}),
    ...(version ? { version } : {}),
    properties,
    relocated
  }
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
