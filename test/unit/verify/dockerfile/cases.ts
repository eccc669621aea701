import { dockerfileImages } from '../../../../src/verify/dockerfile'

/** One Dockerfile and what BuildKit pulls for it; `rule` names the BuildKit code that decides. */
export interface Case {
  name: string
  rule: string
  dockerfile: string[]
  platforms?: string[]
  buildArgs?: Record<string, string>
  /** [reference, line, platform] of every image pulled, in order. */
  images: [string, number, string][]
  /** [line, part of the message] of every problem. */
  problems?: [number, string][]
}

export const AMD64 = 'linux/amd64'
export const ARM64 = 'linux/arm64'

/** Runs a case with BuildKit on linux/amd64 (the build platform of GitHub's x64 runners). */
export function run(c: Case) {
  const { images, problems } = dockerfileImages(c.dockerfile.join('\n'), 'Dockerfile', {
    platforms: c.platforms ?? [AMD64],
    buildArgs: new Map(Object.entries(c.buildArgs ?? {})),
    buildPlatform: { os: 'linux', architecture: 'amd64' }
  })
  return {
    images: images.map(i => [i.reference, i.line, i.platform ?? '']),
    problems: problems.map(p => [p.line, p.message])
  }
}

export function expectCase(c: Case): void {
  const result = run(c)
  expect(result.images).toEqual(c.images)
  expect(result.problems).toEqual(
    (c.problems ?? []).map(([line, message]) => [line, expect.stringContaining(message)])
  )
}
