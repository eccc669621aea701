import { readAhead } from '../../../archive/random-access'
import { purl } from '../../purl'
import { PROPERTY_PREFIX } from '../../tool'
import { introducedIn, latest, type Cataloger, type FileVersion, type FoundPackage } from '../types'
import { MAX_SPOOLED, Spool } from '../../walk/spool'
import { ARCHIVE, readJavaArchive, type JavaArchive, type JavaPackage } from './archive'
import { debianArtifacts, MAVEN_REPO, MAVEN_REPO_POM, readRepoPom, type RepoPom } from './debian'

export { parseManifest, parsePom } from './metadata'

type JavaFile = JavaArchive | RepoPom

/** A Maven repository POM is a few KiB. */
const MAX_POM = 4 * 1024 * 1024

const key = (p: JavaPackage): string =>
  `${p.group ?? ''}:${p.artifact}:${p.version}:${p.classifier ?? ''}:${p.nested ?? ''}`

/**
 * Java archives (nested too) and Debian's Maven repository. Coordinates come from
 * the strongest evidence there is, in this order: pom.properties, an embedded
 * pom.xml, the maven-repo POM that links the jar, the manifest, the file name.
 * A jar whose groupId no evidence states gets no Maven purl (`pkg:generic`), not
 * a guessed one. The property `java:coordinatesSource` says which evidence decided.
 */
export const javaCataloger: Cataloger<JavaFile> = {
  name: 'java-archive',
  maxFileSize: MAX_SPOOLED,
  wants: path => ARCHIVE.test(path) || (path.endsWith('.pom') && MAVEN_REPO_POM.test(path)),
  // Archives need random access: gathered as they stream, large ones on disk (walk/spool.ts),
  // read with read-ahead since entries are mostly read in order.
  scan: (path, size) =>
    path.endsWith('.pom')
      ? new Spool<JavaFile>(size, MAX_POM, ({ bytes }) => readRepoPom(bytes.read(0, bytes.size)))
      : new Spool<JavaFile>(size, MAX_SPOOLED, ({ bytes }) =>
          readJavaArchive(path, readAhead(bytes))
        ),
  collect(files, context) {
    const debian = debianArtifacts(files, context.view, MAVEN_REPO)
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const archive = latest(versions)
      if (archive?.kind !== 'archive') continue
      for (const problem of archive.problems) context.warn(path, problem)
      let packages = archive.packages
      const linked = debian.get(path)
      if (linked) {
        // The maven-repo POM outranks what the manifest or the file name suggest.
        const licenses = packages.find(p => !p.nested)?.licenses ?? []
        packages = packages.filter(
          p => p.nested || p.source === 'pom.properties' || p.source === 'pom.xml'
        )
        for (const a of linked) {
          const p: JavaPackage = { ...a, source: 'debian-maven-repo', licenses }
          if (!packages.some(q => key(q) === key(p))) packages.push(p)
        }
      }
      for (const p of packages) out.push(found(p, path, versions))
    }
    return out
  }
}

function found(p: JavaPackage, path: string, versions: FileVersion<JavaFile>[]): FoundPackage {
  const id = key(p)
  const properties: [string, string][] = [[`${PROPERTY_PREFIX}:java:coordinatesSource`, p.source]]
  if (p.group) properties.push([`${PROPERTY_PREFIX}:java:groupId`, p.group])
  if (p.nested) properties.push([`${PROPERTY_PREFIX}:java:nestedPath`, p.nested])
  return {
    ecosystem: 'maven',
    name: p.artifact,
    version: p.version,
    purl: p.group
      ? purl('maven', p.group, p.artifact, p.version, { classifier: p.classifier })
      : purl('generic', undefined, p.artifact, p.version),
    licenses: p.licenses,
    path,
    // A Debian artifact is as old as its jar; a package found inside, as old as its metadata.
    layer: introducedIn(
      versions,
      r =>
        r.kind === 'archive' &&
        (p.source === 'debian-maven-repo' || r.packages.some(q => key(q) === id))
    ),
    os: false,
    properties
  }
}
