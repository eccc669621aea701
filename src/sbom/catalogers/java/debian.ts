import type { SquashedView } from '../../walk'
import { latest, type ParsedFiles } from '../types'
import { parsePom } from './metadata'

/**
 * Debian's Maven repository: `usr/share/maven-repo/<group path>/<artifact>/<version>/`
 * holds the artifact's POM and symlinks `<artifact>-<version>[-<classifier>].jar`
 * to the jar under usr/share/java. The POM gives the coordinates Debian
 * publishes the jar under, which its file name (`asm-9.4.jar`,
 * `guice-servlet.jar`) does not.
 */
export const MAVEN_REPO = 'usr/share/maven-repo'
export const MAVEN_REPO_POM = /^usr\/share\/maven-repo\/.+\.pom$/

export interface RepoPom {
  kind: 'pom'
  group?: string
  artifact?: string
  version?: string
  /** Debian's `debian.originalVersion` property: the release an alias version stands for. */
  originalVersion?: string
}

export interface DebianArtifact {
  group: string
  artifact: string
  version: string
  classifier?: string
}

/** `debian` and `2.x` are Debian's alias versions (any version, the newest 2.x), not releases. */
const ALIAS_VERSION = /^debian$|(?:^|\.)x$/

export function readRepoPom(content: Buffer): RepoPom {
  const pom = parsePom(content.toString('utf8'))
  const original = pom.properties.get('debian.originalVersion')
  return {
    kind: 'pom',
    ...(pom.group ? { group: pom.group } : {}),
    ...(pom.artifact ? { artifact: pom.artifact } : {}),
    ...(pom.version ? { version: pom.version } : {}),
    ...(original && !original.includes('${') ? { originalVersion: original } : {})
  }
}

/** Bounds on the walk of the repository tree (symlinked directories could loop). */
const MAX_DEPTH = 16
const MAX_DIRECTORIES = 100_000

/**
 * Jar path (symlinks resolved in the squashed image) → the artifacts Debian's
 * maven-repo publishes it as. A version directory's POM gives the coordinates;
 * without one, its path does (`org/jsr305/jsr305/0.1-SNAPSHOT/`). A jar linked
 * under a release version is known by that; one linked only under an alias
 * version takes the POM's original version, if it records one.
 */
export function debianArtifacts(
  poms: ParsedFiles<unknown>,
  view: SquashedView,
  root: string
): Map<string, DebianArtifact[]> {
  const releases = new Map<string, DebianArtifact[]>()
  const aliases = new Map<string, DebianArtifact[]>()
  let directories = 0
  const visit = (dir: string, parts: string[]): void => {
    const names = view.list(dir)
    if (!names || ++directories > MAX_DIRECTORIES || parts.length > MAX_DEPTH) return
    const jars = names.filter(n => n.endsWith('.jar'))
    if (jars.length > 0 && parts.length >= 3) versionDirectory(dir, parts, names, jars)
    for (const name of names)
      if (!name.endsWith('.jar') && !name.endsWith('.pom'))
        visit(`${dir}/${name}`, [...parts, name])
  }
  const versionDirectory = (
    dir: string,
    parts: string[],
    names: string[],
    jars: string[]
  ): void => {
    const versionDir = parts[parts.length - 1] as string
    const artifactDir = parts[parts.length - 2] as string
    const pom = names
      .filter(n => n.endsWith('.pom'))
      .map(n => latest(poms.get(`${dir}/${n}`) ?? []) as RepoPom | undefined)
      .find(p => p?.kind === 'pom' && (p.artifact ?? artifactDir) === artifactDir)
    const group = pom?.group ?? parts.slice(0, -2).join('.')
    const alias = ALIAS_VERSION.test(pom?.version ?? versionDir)
    const version = alias ? pom?.originalVersion : (pom?.version ?? versionDir)
    if (!version || ALIAS_VERSION.test(version)) return
    const prefix = `${artifactDir}-${versionDir}`
    for (const name of jars) {
      if (!name.startsWith(prefix)) continue
      const rest = name.slice(prefix.length, -'.jar'.length)
      if (rest !== '' && !rest.startsWith('-')) continue
      const target = view.resolve(`${dir}/${name}`)
      if (!target) continue
      const found: DebianArtifact = {
        group,
        artifact: artifactDir,
        version,
        ...(rest ? { classifier: rest.slice(1) } : {})
      }
      const into = alias ? aliases : releases
      into.set(target, [...(into.get(target) ?? []), found])
    }
  }
  visit(root, [])
  for (const [target, found] of aliases) if (!releases.has(target)) releases.set(target, found)
  for (const [target, found] of releases) releases.set(target, unique(found))
  return releases
}

function unique(list: DebianArtifact[]): DebianArtifact[] {
  const seen = new Set<string>()
  return list.filter(a => {
    const key = `${a.group}:${a.artifact}:${a.version}:${a.classifier ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
