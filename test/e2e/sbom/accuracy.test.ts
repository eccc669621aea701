import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  accuracy,
  fixtureTruth,
  sbomPackages,
  type Accuracy
} from '../../../scripts/fixture-builder'
import { fixtureSource } from '../../support/fixtures'
import { runCli } from '../../support/run-action'

interface Component {
  name: string
  version: string
  purl?: string
  properties?: { name: string; value: string }[]
}

/**
 * The bundled CLI's SBOM of the java-ruby fixture against the ground truth the
 * fixture builder established with dpkg-query, `gem list`, Debian's maven-repo
 * layout, unzip and dpkg's file lists (docs/fixtures.md).
 */
describe('SBOM accuracy on the java-ruby fixture (dist/cli)', () => {
  let document: { components: Component[] }
  let results: Accuracy[]

  beforeAll(async () => {
    const truth = await fixtureTruth('java-ruby')
    if (!truth) throw new Error('the java-ruby fixture has no ground-truth.json')
    const out = join(mkdtempSync(join(tmpdir(), 'sbom-accuracy-')), 'sbom.cdx.json')
    const run = await runCli(['sbom', await fixtureSource('java-ruby'), '--output', out])
    expect(run.exitCode).toBe(0)
    document = JSON.parse(readFileSync(out, 'utf8')) as { components: Component[] }
    results = accuracy(sbomPackages(document), truth)
  })

  test.each(['deb', 'maven', 'gem'])('%s: recall and precision of at least 99%%', ecosystem => {
    const result = results.find(r => r.ecosystem === ecosystem)
    expect(result?.truth).toBeGreaterThan(40)
    // On failure, list what was missed or is not in the ground truth.
    if ((result?.recall ?? 0) < 0.99) expect(result?.missed).toEqual([])
    if ((result?.precision ?? 0) < 0.99) expect(result?.extra).toEqual([])
    expect(result?.recall).toBeGreaterThanOrEqual(0.99)
    expect(result?.precision).toBeGreaterThanOrEqual(0.99)
  })

  test("Debian's Node.js modules (a dependency of ruby-rails) are exactly the npm packages", () => {
    const npm = results.find(r => r.ecosystem === 'npm')
    expect(npm?.truth).toBeGreaterThan(0)
    expect(npm?.missed).toEqual([])
    expect(npm?.extra).toEqual([])
  })

  test('Debian jars without Maven metadata get the coordinates of their maven-repo POM', () => {
    const at = (path: string): string[] =>
      document.components
        .filter(c => c.properties?.some(p => p.value === path))
        .map(c => c.purl ?? '')
        .sort()
    expect(at('/usr/share/java/commons-logging-1.2.jar')).toEqual([
      'pkg:maven/commons-logging/commons-logging@1.2'
    ])
    expect(at('/usr/share/java/asm-9.4.jar')).toEqual(['pkg:maven/org.ow2.asm/asm@9.4'])
    expect(at('/usr/share/java/atinject-jsr330-api-1.0.jar')).toEqual([
      'pkg:maven/javax.inject/javax.inject@1'
    ])
    expect(at('/usr/share/java/guice-servlet.jar')).toEqual([
      'pkg:maven/com.google.inject.extensions/guice-servlet@4.2.3'
    ])
  })

  test('a nested jar without Maven metadata keeps its name and version but gets no Maven purl', () => {
    const nested = document.components.filter(c =>
      c.properties?.some(
        p =>
          p.name === 'sbom-sign-action:java:nestedPath' &&
          p.value === 'WEB-INF/lib/commons-logging-1.2.jar'
      )
    )
    expect(nested.map(c => [c.name, c.version, c.purl])).toEqual([
      ['commons-logging', '1.2', 'pkg:generic/commons-logging@1.2']
    ])
  })

  test("Ruby's default gems are found", () => {
    const gems = sbomPackages(document).get('gem') ?? new Set()
    for (const gem of ['abbrev', 'base64', 'bigdecimal', 'csv', 'date', 'json'])
      expect([...gems].some(g => g.startsWith(`${gem}@`))).toBe(true)
  })
})
