import { execFileSync } from 'node:child_process'
import { catalogImage, type CatalogedPackage } from '../../../src/sbom'
import { parsePom } from '../../../src/sbom/catalogers/java'
import { makeImage } from './images'

/** A real zip written by Python's zipfile: entry name → text, or bytes (a nested archive). */
function jar(files: Record<string, string | Buffer>): Buffer {
  return execFileSync(
    'python3',
    [
      '-c',
      `
import base64, io, json, sys, zipfile
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, c in json.loads(sys.argv[1]).items():
        z.writestr(n, c if isinstance(c, str) else base64.b64decode(c['base64']))
sys.stdout.buffer.write(b.getvalue())
`,
      JSON.stringify(files, (_, v: unknown) =>
        typeof v === 'object' && v !== null && (v as { type?: string }).type === 'Buffer'
          ? { base64: Buffer.from((v as { data: number[] }).data).toString('base64') }
          : v
      )
    ],
    { maxBuffer: 1 << 24 }
  )
}

const manifest = (fields: Record<string, string>): string =>
  `Manifest-Version: 1.0\r\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`

/** A POM as Debian's maven-repo-helper writes it. */
const pom = (group: string, artifact: string, version: string, original?: string): string =>
  `<?xml version='1.0' encoding='UTF-8'?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${group}</groupId>
  <artifactId>${artifact}</artifactId>
  <version>${version}</version>
  <properties>${original ? `<debian.originalVersion>${original}</debian.originalVersion>` : ''}
    <debian.package>lib${artifact}-java</debian.package>
  </properties>
  <dependencies><dependency><groupId>org.other</groupId><artifactId>x</artifactId><version>9</version></dependency></dependencies>
</project>
`

const REPO = 'usr/share/maven-repo'
/** A maven-repo entry: the POM in <group path>/<artifact>/<version>/ and a link to the jar. */
function repo(
  group: string,
  artifact: string,
  version: string,
  jarFile: string,
  options: { classifier?: string; original?: string } = {}
): Record<string, string | { symlink: string }> {
  const dir = `${REPO}/${group.replace(/\./g, '/')}/${artifact}/${version}`
  const up = '../'.repeat(dir.split('/').length - 2)
  const jarName = `${artifact}-${version}${options.classifier ? `-${options.classifier}` : ''}.jar`
  return {
    [`${dir}/${artifact}-${version}.pom`]: pom(group, artifact, version, options.original),
    [`${dir}/${jarName}`]: { symlink: `${up}java/${jarFile}` }
  }
}

describe('Java coordinates', () => {
  let packages: CatalogedPackage[]
  const byPath = (path: string): CatalogedPackage[] =>
    packages.filter(p => p.path === path).sort((a, b) => a.purl.localeCompare(b.purl))
  const source = (p: CatalogedPackage | undefined): string | undefined =>
    p?.properties?.find(([k]) => k === 'sbom-sign-action:java:coordinatesSource')?.[1]

  beforeAll(async () => {
    const image = makeImage([
      {
        files: {
          // No pom.properties; Implementation-Vendor-Id is Apache's, not the groupId.
          'usr/share/java/commons-logging-1.2.jar': jar({
            'META-INF/MANIFEST.MF': manifest({
              'Implementation-Title': 'Apache Commons Logging',
              'Implementation-Vendor-Id': 'org.apache',
              'Implementation-Version': '1.2'
            })
          }),
          'usr/share/java/commons-logging.jar': { symlink: 'commons-logging-1.2.jar' },
          ...repo('commons-logging', 'commons-logging', '1.2', 'commons-logging-1.2.jar'),
          ...repo('commons-logging', 'commons-logging', 'debian', 'commons-logging-1.2.jar'),
          // A package-like symbolic name and a snapshot version in the manifest.
          'usr/share/java/asm-9.4.jar': jar({
            'META-INF/MANIFEST.MF': manifest({
              'Bundle-SymbolicName': 'org.objectweb.asm',
              'Implementation-Version': '9.4-SNAPSHOT'
            })
          }),
          ...repo('org.ow2.asm', 'asm', '9.4', 'asm-9.4.jar'),
          'usr/share/java/atinject-jsr330-api-1.0.jar': jar({
            'META-INF/MANIFEST.MF': manifest({ 'Bundle-SymbolicName': 'javax.inject' })
          }),
          ...repo('javax.inject', 'javax.inject', '1', 'atinject-jsr330-api-1.0.jar'),
          // Linked through a versioned symlink in usr/share/java, and with a classifier.
          'usr/share/java/guice-servlet.jar': jar({ 'META-INF/MANIFEST.MF': manifest({}) }),
          'usr/share/java/guice-servlet-4.2.3.jar': { symlink: 'guice-servlet.jar' },
          ...repo(
            'com.google.inject.extensions',
            'guice-servlet',
            '4.2.3',
            'guice-servlet-4.2.3.jar'
          ),
          'usr/share/java/guice-no-aop-4.2.3.jar': jar({}),
          ...repo('com.google.inject', 'guice', '4.2.3', 'guice-no-aop-4.2.3.jar', {
            classifier: 'no_aop'
          }),
          // pom.properties outranks the repo; an alias version (2.x) is not a release.
          'usr/share/java/jackson-core.jar': jar({
            'META-INF/maven/com.fasterxml.jackson.core/jackson-core/pom.properties':
              'groupId=com.fasterxml.jackson.core\nartifactId=jackson-core\nversion=2.14.1\n'
          }),
          ...repo('com.fasterxml.jackson.core', 'jackson-core', '2.14.1', 'jackson-core.jar'),
          ...repo('com.fasterxml.jackson.core', 'jackson-core', '2.x', 'jackson-core.jar'),
          // Only under the alias version: the POM's original version decides.
          'usr/share/java/only-debian.jar': jar({}),
          ...repo('org.example', 'only-debian', 'debian', 'only-debian.jar', { original: '3.1' }),
          // An embedded pom.xml (no pom.properties) whose groupId comes from its parent.
          'opt/app/lib/child-7.0.jar': jar({
            'META-INF/maven/org.example/child/pom.xml':
              '<project><parent><groupId>org.example</groupId><artifactId>parent</artifactId><version>7.0</version></parent><artifactId>child</artifactId></project>'
          }),
          // A symbolic name of the form <groupId>.<artifactId> (the artifactId has a hyphen).
          'opt/app/lib/atlassian-gadgets-api-8.1.1.jar': jar({
            'META-INF/MANIFEST.MF': manifest({
              'Bundle-SymbolicName': 'com.atlassian.gadgets.atlassian-gadgets-api;singleton:=true',
              'Bundle-Version': '8.1.1'
            })
          }),
          // Among thousands of classes, a nested archive whose extension is upper-case.
          'opt/app/lib/boot-1.0.jar': jar({
            'META-INF/maven/org.example/boot/pom.properties':
              'groupId=org.example\nartifactId=boot\nversion=1.0\n',
            ...Object.fromEntries(
              Array.from({ length: 3000 }, (_, i) => [`org/example/C${i}.class`, 'x'])
            ),
            'META-INF/versions/9/module-info.class': 'x',
            'BOOT-INF/lib/Inner-2.0.JAR': jar({
              'META-INF/maven/org.inner/inner/pom.properties':
                'groupId=org.inner\nartifactId=inner\nversion=2.0\n'
            })
          }),
          // Nothing but a file name: no groupId can be established.
          'opt/app/lib/mystery-2.3.jar': jar({
            'META-INF/MANIFEST.MF': manifest({ 'Automatic-Module-Name': 'com.mystery.core' })
          })
        }
      }
    ])
    packages = (await catalogImage(image)).packages.filter(p => p.ecosystem === 'maven')
  })

  test('Debian jars without Maven metadata take the coordinates of the maven-repo POM that links them', () => {
    expect(byPath('usr/share/java/commons-logging-1.2.jar').map(p => p.purl)).toEqual([
      'pkg:maven/commons-logging/commons-logging@1.2'
    ])
    expect(byPath('usr/share/java/asm-9.4.jar').map(p => p.purl)).toEqual([
      'pkg:maven/org.ow2.asm/asm@9.4'
    ])
    expect(byPath('usr/share/java/atinject-jsr330-api-1.0.jar').map(p => p.purl)).toEqual([
      'pkg:maven/javax.inject/javax.inject@1'
    ])
    expect(byPath('usr/share/java/guice-servlet.jar').map(p => p.purl)).toEqual([
      'pkg:maven/com.google.inject.extensions/guice-servlet@4.2.3'
    ])
    expect(byPath('usr/share/java/guice-no-aop-4.2.3.jar').map(p => p.purl)).toEqual([
      'pkg:maven/com.google.inject/guice@4.2.3?classifier=no_aop'
    ])
    expect(byPath('usr/share/java/only-debian.jar').map(p => p.purl)).toEqual([
      'pkg:maven/org.example/only-debian@3.1'
    ])
    expect(source(byPath('usr/share/java/asm-9.4.jar')[0])).toBe('debian-maven-repo')
  })

  test('pom.properties outranks the repo, and the 2.x alias adds nothing', () => {
    const jackson = byPath('usr/share/java/jackson-core.jar')
    expect(jackson.map(p => p.purl)).toEqual([
      'pkg:maven/com.fasterxml.jackson.core/jackson-core@2.14.1'
    ])
    expect(source(jackson[0])).toBe('pom.properties')
  })

  test('an embedded pom.xml and a <groupId>.<artifactId> symbolic name establish coordinates', () => {
    const child = byPath('opt/app/lib/child-7.0.jar')
    expect(child.map(p => p.purl)).toEqual(['pkg:maven/org.example/child@7.0'])
    expect(source(child[0])).toBe('pom.xml')
    const gadgets = byPath('opt/app/lib/atlassian-gadgets-api-8.1.1.jar')
    expect(gadgets.map(p => p.purl)).toEqual([
      'pkg:maven/com.atlassian.gadgets/atlassian-gadgets-api@8.1.1'
    ])
    expect(source(gadgets[0])).toBe('manifest')
  })

  test('a nested archive is found among thousands of classes, whatever the case of its extension', () => {
    expect(byPath('opt/app/lib/boot-1.0.jar').map(p => p.purl)).toEqual([
      'pkg:maven/org.example/boot@1.0',
      'pkg:maven/org.inner/inner@2.0'
    ])
  })

  test('a jar whose groupId nothing states gets a name and version and no Maven purl', () => {
    const mystery = byPath('opt/app/lib/mystery-2.3.jar')
    expect(mystery.map(p => p.purl)).toEqual(['pkg:generic/mystery@2.3'])
    expect(source(mystery[0])).toBe('filename')
    expect(packages.filter(p => p.purl.startsWith('pkg:generic/'))).toHaveLength(1)
  })
})

describe('parsePom', () => {
  test('reads the project, not its dependencies, and leaves unresolved properties out', () => {
    expect(
      parsePom(
        '<?xml version="1.0"?><!-- <groupId>no</groupId> --><project><parent><groupId>p.g</groupId><version>2</version></parent><artifactId>a</artifactId><version>${revision}</version><dependencies><dependency><groupId>d</groupId><version>9</version></dependency></dependencies></project>'
      )
    ).toEqual({ group: 'p.g', artifact: 'a', properties: new Map(), relocated: false })
    expect(() => parsePom('<html><body/></html>')).toThrow('not a POM')
  })
})
