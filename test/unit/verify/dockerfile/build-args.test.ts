import { AMD64, ARM64, expectCase, type Case } from './cases'

// Class 3: names are expanded with the build arguments BuildKit would have.
const cases: Case[] = [
  {
    name: 'global ARG defaults, redefined, expanded in order',
    rule: 'convert.go buildMetaArgs: each meta ARG expanded with the args before it',
    dockerfile: [
      'ARG REG=ghcr.io/acme',
      'ARG TAG=1',
      'ARG TAG=2',
      'ARG BASE=${REG}/base:${TAG}',
      'FROM $BASE'
    ],
    images: [['ghcr.io/acme/base:2', 5, AMD64]]
  },
  {
    name: 'an ARG inside a stage does not change a later FROM',
    rule: 'instructions/parse.go Parse: only ARGs before the first FROM are meta args',
    dockerfile: ['ARG BASE=alpine', 'FROM $BASE', 'ARG BASE=evil/image', 'FROM $BASE'],
    images: [
      ['alpine', 2, AMD64],
      ['alpine', 4, AMD64]
    ]
  },
  {
    name: 'an ARG declared only inside a stage is unset for FROM',
    rule: 'convert.go buildDispatchStates: FROM is expanded with globalArgs only',
    dockerfile: ['FROM busybox', 'ARG IMG=evil/image', 'FROM ${IMG:-alpine}'],
    images: [
      ['busybox', 1, AMD64],
      ['alpine', 3, AMD64]
    ]
  },
  {
    name: 'the - and + forms, with and without the colon',
    rule: 'shell/lex.go processDollar: nullIsUnset only with ":"',
    dockerfile: [
      'ARG EMPTY=',
      'ARG SET=1',
      'FROM ${EMPTY:-alpine}',
      'FROM ${UNSET-busybox}',
      'FROM ${SET:+debian}',
      'FROM ${EMPTY+ubuntu}',
      'FROM ${EMPTY:+evil/image}nginx'
    ],
    images: [
      ['alpine', 3, AMD64],
      ['busybox', 4, AMD64],
      ['debian', 5, AMD64],
      ['ubuntu', 6, AMD64],
      ['nginx', 7, AMD64]
    ]
  },
  {
    name: 'an empty result from ${X-d} with X set empty is blank, an error',
    rule: 'convert.go buildDispatchStates: "base name (...) should not be blank"',
    dockerfile: ['ARG EMPTY=', 'FROM ${EMPTY-alpine}'],
    images: [],
    problems: [[2, 'should not be blank']]
  },
  {
    name: '${X?message} and the pattern forms are errors, never a guess',
    rule: 'shell/lex.go processDollar: ? fails when unset; # % / are not evaluated by the gate',
    dockerfile: ['ARG V=3.20-r0', 'FROM ${MISSING?required}', 'FROM alpine:${V%-*}'],
    images: [],
    problems: [
      [2, 'MISSING: required'],
      [3, 'not evaluated by the gate']
    ]
  },
  {
    name: 'quotes and escapes are removed as the shell lexer removes them',
    rule: 'shell/lex.go processSingleQuote / processDoubleQuote / escape token',
    dockerfile: ['ARG T="3.20"', "FROM 'alpine':$T", 'FROM al\\pine', 'FROM alpine:\\$T'],
    images: [
      ['alpine:3.20', 2, AMD64],
      ['alpine', 3, AMD64],
      ['alpine:$T', 4, AMD64]
    ]
  },
  {
    name: 'an ARG without a value used in a FROM is an error on that line',
    rule: 'convert.go buildMetaArgs: an ARG without value and build-arg stays unset',
    dockerfile: [
      'ARG BASE',
      'ARG TAG',
      'ARG REF=alpine:${TAG}',
      'FROM $BASE',
      'FROM $REF',
      'FROM busybox'
    ],
    images: [['busybox', 6, AMD64]],
    problems: [
      [4, 'BASE has no value'],
      [5, 'TAG has no value']
    ]
  },
  {
    name: 'build-args give values, and replace defaults',
    rule: 'convert.go buildMetaArgs: buildArgs[key] wins over the default',
    dockerfile: ['ARG BASE', 'ARG TAG=1', 'FROM $BASE:$TAG'],
    buildArgs: { BASE: 'alpine', TAG: '3.20' },
    images: [['alpine:3.20', 3, AMD64]]
  },
  {
    name: 'a build-arg the Dockerfile never declares does not reach FROM',
    rule: 'convert.go buildMetaArgs: only declared meta ARGs take build-args',
    dockerfile: ['FROM ${BASE:-alpine}'],
    buildArgs: { BASE: 'evil/image' },
    images: [['alpine', 1, AMD64]]
  },
  {
    name: '$TARGETARCH has the value of each target platform',
    rule: 'dockerfile2llb/platform.go defaultArgs: TARGET* from the target platform',
    dockerfile: ['FROM ghcr.io/acme/base:$TARGETARCH'],
    platforms: ['linux/amd64', 'linux/arm64'],
    images: [
      ['ghcr.io/acme/base:amd64', 1, AMD64],
      ['ghcr.io/acme/base:arm64', 1, ARM64]
    ]
  },
  {
    name: "--platform=$BUILDPLATFORM pulls the build platform's image, whatever the target",
    rule: 'platform.go defaultArgs BUILDPLATFORM; convert.go resolveBaseImage uses d.platform',
    dockerfile: ['FROM --platform=$BUILDPLATFORM golang:1.23 AS build', 'FROM alpine'],
    platforms: ['linux/amd64', 'linux/arm64'],
    images: [
      ['golang:1.23', 1, AMD64],
      ['alpine', 2, AMD64],
      ['alpine', 2, ARM64]
    ]
  },
  {
    name: 'variants normalised as containerd does: arm64/v8 has none, arm is v7',
    rule: 'platform.go defaultArgs with containerd platforms.Normalize',
    dockerfile: ['FROM acme/base:${TARGETARCH}${TARGETVARIANT}'],
    platforms: ['linux/arm64/v8', 'linux/arm'],
    images: [
      ['acme/base:arm64', 1, 'linux/arm64'],
      ['acme/base:armv7', 1, 'linux/arm/v7']
    ]
  },
  {
    name: 'redeclaring an automatic arg without a value keeps its value',
    rule: 'convert.go buildMetaArgs: an ARG without value leaves the existing one',
    dockerfile: ['ARG TARGETOS', 'FROM acme/base:$TARGETOS'],
    images: [['acme/base:linux', 2, AMD64]]
  },
  {
    name: 'a lexer error in a global ARG is an error on its line',
    rule: 'convert.go buildMetaArgs returns the ProcessWordWithMatches error',
    dockerfile: ['ARG BAD=${', 'FROM alpine'],
    images: [['alpine', 2, AMD64]],
    problems: [[1, "missing '}'"]]
  }
]

describe('build arguments as BuildKit sees them', () => {
  test.each(cases.map(c => [`${c.name} (${c.rule})`, c] as const))('%s', (_, c) => expectCase(c))
})
