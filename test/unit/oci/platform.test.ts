import {
  childForPlatform,
  isAttestationManifest,
  normalizePlatform,
  parsePlatform,
  platformRank
} from '../../../src/oci/platform'
import type { Descriptor } from '../../../src/oci/types'

const p = (text: string) => parsePlatform(text)

describe('platform names as containerd normalises them', () => {
  test.each([
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm64/8', 'linux/arm64'],
    ['linux/arm64/v9.0', 'linux/arm64/v9'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/armel', 'linux/arm/v6'],
    ['linux/arm/6', 'linux/arm/v6'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/x86-64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/i386', 'linux/386'],
    ['Linux/AMD64', 'linux/amd64'],
    ['macos/arm64', 'darwin/arm64']
  ])('%s is %s', (given, normal) => {
    expect(p(given)).toEqual(p(normal))
    expect(normalizePlatform(p(given))).toEqual(p(normal))
  })
})

describe('which platforms a machine runs, best first (containerd platforms.Only)', () => {
  test.each([
    ['linux/amd64', 'linux/amd64', 0],
    ['linux/amd64/v1', 'linux/amd64', 0],
    ['linux/386', 'linux/amd64', 1],
    ['linux/amd64/v2', 'linux/amd64/v3', 1],
    ['linux/amd64', 'linux/amd64/v3', 2],
    ['linux/386', 'linux/amd64/v3', 3],
    ['linux/arm64/v8', 'linux/arm64', 0],
    ['linux/arm64', 'linux/arm64/v8', 0],
    ['linux/arm/v8', 'linux/arm64', 1],
    ['linux/arm/v7', 'linux/arm64', 2],
    ['linux/arm/v5', 'linux/arm64', 4],
    ['linux/arm64/v8.1', 'linux/arm64/v8.2', 1],
    ['linux/arm64', 'linux/arm64/v9', 6],
    ['linux/arm/v6', 'linux/arm/v7', 1]
  ])('%s runs on %s at rank %i', (candidate, wanted, rank) => {
    expect(platformRank(p(candidate), p(wanted))).toBe(rank)
  })

  test.each([
    ['linux/amd64', 'linux/arm64'],
    ['linux/arm64', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64'],
    ['linux/arm/v7', 'linux/arm/v6'],
    ['linux/arm64/v8.2', 'linux/arm64'],
    ['windows/amd64', 'linux/amd64'],
    ['linux/s390x', 'linux/ppc64le']
  ])('%s does not run on %s', (candidate, wanted) => {
    expect(platformRank(p(candidate), p(wanted))).toBeUndefined()
  })
})

describe('the child of an index that is pulled', () => {
  const child = (
    n: number,
    platform?: string,
    annotations?: Record<string, string>
  ): Descriptor => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${String(n).repeat(64)}`,
    size: 1,
    ...(platform
      ? {
          platform: {
            os: platform.split('/')[0] as string,
            architecture: platform.split('/')[1] as string,
            ...(platform.split('/')[2] ? { variant: platform.split('/')[2] as string } : {})
          }
        }
      : {}),
    ...(annotations ? { annotations } : {})
  })

  test('the best-ranked platform wins over index order', () => {
    const manifests = [child(1, 'linux/386'), child(2, 'linux/amd64'), child(3, 'linux/arm64')]
    expect(childForPlatform(manifests, p('linux/amd64'))).toBe(manifests[1])
    expect(childForPlatform(manifests, p('linux/arm64/v8'))).toBe(manifests[2])
    expect(childForPlatform([manifests[0] as Descriptor], p('linux/amd64'))).toBe(manifests[0])
  })

  test('the first of equally good children wins', () => {
    const manifests = [child(1, 'linux/arm64/v8'), child(2, 'linux/arm64')]
    expect(childForPlatform(manifests, p('linux/arm64'))).toBe(manifests[0])
  })

  test('a child without a platform field is the candidate when none names one that fits', () => {
    const bare = child(4)
    expect(childForPlatform([child(1, 'linux/arm64'), bare], p('linux/amd64'))).toBe(bare)
    expect(childForPlatform([bare, child(2, 'linux/amd64')], p('linux/amd64'))?.digest).toBe(
      child(2).digest
    )
    expect(childForPlatform([child(1, 'linux/arm64')], p('linux/amd64'))).toBeUndefined()
  })

  test('attestation manifests are never images to pull', () => {
    const attestation = child(5, 'unknown/unknown', {
      'vnd.docker.reference.type': 'attestation-manifest',
      'vnd.docker.reference.digest': child(1).digest
    })
    expect(isAttestationManifest(attestation)).toBe(true)
    expect(
      isAttestationManifest(
        child(6, undefined, { 'vnd.docker.reference.type': 'attestation-manifest' })
      )
    ).toBe(true)
    expect(isAttestationManifest(child(1, 'linux/amd64'))).toBe(false)
    expect(childForPlatform([attestation], p('linux/amd64'))).toBeUndefined()
  })
})
