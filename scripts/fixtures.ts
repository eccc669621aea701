/**
 * Builds the test/demo/benchmark images (see docs/fixtures.md).
 *
 *   npm run fixtures                         the images the tests use
 *   npm run fixtures -- large                the ~200 MB benchmark image
 *   npm run fixtures -- debian-app --docker-archive out.tar [--platform linux/arm64]
 *   npm run fixtures -- multiarch --oci-archive out.tar
 *   npm run fixtures -- --force debian-app   rebuild even when cached
 *   npm run fixtures -- --check              exit 0 when the images are cached, 1 when not
 */
import { copyFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  buildFixture,
  cachedFixture,
  cacheRoot,
  FIXTURE_NAMES,
  fixtureArchive,
  isFixtureName,
  TEST_FIXTURES,
  type FixtureName
} from './fixture-builder'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'docker-archive': { type: 'string' },
    'oci-archive': { type: 'string' },
    platform: { type: 'string', default: 'linux/amd64' },
    help: { type: 'boolean', short: 'h', default: false }
  }
})

if (values.help) {
  console.log(
    `usage: npm run fixtures -- [--force | --check] [NAME...] [--docker-archive FILE [--platform os/arch] | --oci-archive FILE]\n` +
      `names: ${FIXTURE_NAMES.join(', ')} (default: ${TEST_FIXTURES.join(', ')})\ncache: ${cacheRoot()}`
  )
  process.exit(0)
}

const unknown = positionals.filter(name => !isFixtureName(name))
if (unknown.length > 0) {
  console.error(`unknown fixture ${unknown.join(', ')}; known: ${FIXTURE_NAMES.join(', ')}`)
  process.exit(2)
}
const names = positionals.length > 0 ? (positionals as FixtureName[]) : TEST_FIXTURES
if (values.check) {
  const missing = names.filter(name => !cachedFixture(name))
  if (missing.length > 0) console.log(`not built yet: ${missing.join(', ')}`)
  process.exit(missing.length > 0 ? 1 : 0)
}
const archive = values['docker-archive'] ?? values['oci-archive']
if (archive && names.length !== 1) {
  console.error('--docker-archive / --oci-archive write one fixture: name exactly one')
  process.exit(2)
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
for (const name of names) {
  const start = performance.now()
  const fixture = await buildFixture(name, { force: values.force })
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  console.log(`${name} ${fixture.digest} (${fixture.mediaType})`)
  console.log(
    `  layout ${fixture.layout}:latest; ready in ${seconds} s (built in ${fixture.buildSeconds} s)`
  )
  for (const image of fixture.images)
    console.log(
      `  ${image.platform} ${image.digest}: ${image.layers} layers, ${mib(image.layerBytes)}`
    )
  if (Object.keys(fixture.timings).length > 0)
    console.log(
      `  steps: ${Object.entries(fixture.timings)
        .map(([s, t]) => `${s} ${t} s`)
        .join(', ')}`
    )
  if (archive) {
    const format = values['docker-archive'] ? 'docker-archive' : 'oci-archive'
    copyFileSync(await fixtureArchive(name, format, values.platform), archive)
    console.log(`  wrote ${format} ${archive}`)
  }
}
