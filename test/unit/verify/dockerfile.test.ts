import { dockerfileImages } from '../../../src/verify/dockerfile'

describe('Dockerfile base images', () => {
  test('every stage, ARG defaults substituted, stages and scratch skipped, lines kept', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG REGISTRY=ghcr.io/acme',
      'ARG BASE=${REGISTRY}/base:1.2',
      'ARG GO_VERSION=1.22',
      '',
      'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build',
      'ARG GO_VERSION=9.9',
      'RUN go build ./...',
      '',
      'FROM ${BASE} AS runtime',
      'COPY --from=build /out /out',
      '',
      'FROM build AS test',
      'FROM scratch',
      'FROM --platform=linux/arm64 \\',
      '    $REGISTRY/tools@sha256:' + 'a'.repeat(64),
      'from alpine as alpine',
      'FROM ${MISSING:-debian:12}'
    ].join('\n')
    const { images, problems } = dockerfileImages(text, 'Dockerfile')
    expect(problems).toEqual([])
    expect(images).toEqual([
      { reference: 'golang:1.22', file: 'Dockerfile', line: 6 },
      { reference: 'ghcr.io/acme/base:1.2', file: 'Dockerfile', line: 10 },
      {
        reference: `ghcr.io/acme/tools@sha256:${'a'.repeat(64)}`,
        file: 'Dockerfile',
        line: 15,
        platform: 'linux/arm64'
      },
      { reference: 'alpine', file: 'Dockerfile', line: 17 },
      { reference: 'debian:12', file: 'Dockerfile', line: 18 }
    ])
  })

  test('an ARG without a default is a problem on its line, not a guess', () => {
    const { images, problems } = dockerfileImages('ARG BASE\n\nFROM $BASE\nFROM busybox\n', 'df')
    expect(images.map(i => i.reference)).toEqual(['busybox'])
    expect(problems).toEqual([
      { file: 'df', line: 3, message: expect.stringContaining('ARG BASE has no default value') }
    ])
  })

  test('the escape directive and comments inside continuations', () => {
    const text = '# escape=`\nFROM `\n# a comment\n  nginx:1.27 AS web\n'
    expect(dockerfileImages(text, 'df').images).toEqual([
      { reference: 'nginx:1.27', file: 'df', line: 2 }
    ])
  })
})
