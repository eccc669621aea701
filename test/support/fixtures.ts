import {
  buildFixture,
  FIXTURE_TAG,
  fixtureArchive,
  pushFixture as pushFixtureImage,
  type ArchiveFormat,
  type Fixture,
  type FixtureName
} from '../../scripts/fixture-builder'

export type { Fixture, FixtureName } from '../../scripts/fixture-builder'

/**
 * Real images built from Debian root filesystems (docs/fixtures.md), cached
 * between runs; global setup builds the ones the suite uses when missing.
 *
 *   debian-app  linux/amd64, 4 layers: minbase (+ python3-six), npm app, Go binary, deletions
 *   multiarch   index of linux/amd64 + linux/arm64: distroless-style Debian base + Go binary
 *   java-ruby   linux/amd64: Debian Java libraries, Ruby on Rails, a fat jar and a WAR, with ground truth
 *   large, big  for benchmarks only
 */
export function fixture(name: FixtureName): Promise<Fixture> {
  return buildFixture(name)
}

/** Path of the fixture's OCI layout; its image (or index) is tagged "latest". */
export async function fixtureLayout(name: FixtureName): Promise<string> {
  return (await buildFixture(name)).layout
}

/** The fixture as an image source string: oci-dir:PATH:latest, docker-archive:FILE, oci-archive:FILE. */
export async function fixtureSource(
  name: FixtureName,
  kind: 'oci-dir' | ArchiveFormat = 'oci-dir',
  platform?: string
): Promise<string> {
  if (kind === 'oci-dir') return `oci-dir:${await fixtureLayout(name)}:${FIXTURE_TAG}`
  return `${kind}:${await fixtureArchive(name, kind, platform)}`
}

/**
 * Pushes every platform of the fixture to `registryHost` (plain HTTP, e.g.
 * stackInfo().registry.host) as `repo:tag` with skopeo, digests unchanged.
 * Returns the tag reference and the digest of the pushed manifest or index.
 */
export function pushFixture(
  name: FixtureName,
  registryHost: string,
  repo: string,
  tag?: string
): Promise<{ ref: string; digest: string }> {
  return pushFixtureImage(name, registryHost, repo, tag)
}
