import { AMD64, expectCase, type Case } from './cases'

// Class 2: every image the build pulls, each with its line.
const cases: Case[] = [
  {
    name: 'every FROM but stages and scratch; a stage is only an earlier one',
    rule: 'convert.go dispatchStates.addState (earlier stages by name), resolveReachableStages (scratch)',
    dockerfile: [
      'FROM golang:1.23 AS build',
      'FROM build AS test',
      'FROM scratch',
      'FROM later',
      'FROM alpine AS later',
      'FROM later'
    ],
    images: [
      ['golang:1.23', 1, AMD64],
      ['later', 4, AMD64],
      ['alpine', 5, AMD64]
    ]
  },
  {
    name: 'FROM alpine AS alpine pulls alpine; a later FROM alpine is the stage',
    rule: 'convert.go buildDispatchStates: the name is registered after the base is looked up',
    dockerfile: ['FROM alpine AS alpine', 'FROM alpine'],
    images: [['alpine', 1, AMD64]]
  },
  {
    name: 'the # syntax= frontend image is pulled, on the build platform',
    rule: 'builder/build.go Build: parser.DetectSyntax, then forwardGateway',
    dockerfile: ['# syntax=docker/dockerfile:1.10', 'FROM alpine'],
    platforms: ['linux/arm64'],
    images: [
      ['docker/dockerfile:1.10', 1, AMD64],
      ['alpine', 2, 'linux/arm64']
    ]
  },
  {
    name: 'only the first word of # syntax= is the image',
    rule: 'directives.go detectDirectiveFromParser: strings.Cut(value, " ")',
    dockerfile: ['#SYNTAX = example.com/frontend:2 --opt=1', 'FROM alpine'],
    images: [
      ['example.com/frontend:2', 1, AMD64],
      ['alpine', 2, AMD64]
    ]
  },
  {
    name: 'a #! line before # syntax= is skipped by the frontend detection',
    rule: 'directives.go parseDirective: discardShebang before the directives',
    dockerfile: ['#!/usr/bin/env buildctl', '# syntax=evil/frontend', 'FROM alpine'],
    images: [
      ['evil/frontend', 2, AMD64],
      ['alpine', 3, AMD64]
    ]
  },
  {
    name: 'a // syntax= line names the frontend too (the file then fails to parse as a Dockerfile)',
    rule: 'directives.go DetectSyntax: anyFormat tries the // comment form',
    dockerfile: ['//syntax=evil/frontend', 'FROM alpine'],
    // The rest is still listed: with a problem in the file the run fails either way.
    images: [
      ['evil/frontend', 1, AMD64],
      ['alpine', 2, AMD64]
    ],
    problems: [[1, 'unknown instruction: //syntax=evil/frontend']]
  },
  {
    name: "the BUILDKIT_SYNTAX build-arg replaces the file's frontend",
    rule: 'builder/build.go Build: keySyntaxArg before DetectSyntax',
    dockerfile: ['# syntax=docker/dockerfile:1', 'FROM alpine'],
    buildArgs: { BUILDKIT_SYNTAX: 'evil/frontend:1' },
    images: [
      ['evil/frontend:1', 0, AMD64],
      ['alpine', 2, AMD64]
    ]
  },
  {
    name: '# syntax= after an instruction is only a comment',
    rule: 'directives.go: the block ends at the first line that is no directive',
    dockerfile: ['FROM alpine', '# syntax=evil/frontend'],
    images: [['alpine', 1, AMD64]]
  },
  {
    name: 'COPY --from an image is pulled; a stage (any case), an index or scratch is not',
    rule: 'convert.go toCommand: Atoi index, findStateByName (lower-case), else an image state',
    dockerfile: [
      'FROM alpine AS Build',
      'FROM busybox',
      'COPY --from=build /a /a',
      'COPY --from=0 /a /a',
      'COPY --from=scratch /a /a',
      'COPY --from=ghcr.io/acme/tools:1 /bin/tool /bin/tool'
    ],
    images: [
      ['alpine', 1, AMD64],
      ['busybox', 2, AMD64],
      ['ghcr.io/acme/tools:1', 6, AMD64]
    ]
  },
  {
    name: 'COPY --from with a variable or an index past the stages is an error',
    rule: 'convert.go toCommand: "variable expansion is not supported for --from", findStateByIndex',
    dockerfile: ['FROM alpine', 'ARG IMG=evil/image', 'COPY --from=$IMG / /', 'COPY --from=3 / /'],
    images: [['alpine', 1, AMD64]],
    problems: [
      [3, 'variable expansion is not supported for --from'],
      [4, 'invalid stage index 3']
    ]
  },
  {
    name: 'ADD has no --from: BuildKit refuses it',
    rule: 'parse.go parseAdd registers no "from" flag; bflag.go "unknown flag"',
    dockerfile: ['FROM alpine', 'ADD --from=evil/image / /'],
    images: [['alpine', 1, AMD64]],
    problems: [[2, 'unknown flag: --from']]
  },
  {
    name: 'RUN --mount from= an image is pulled, whatever the mount type; a stage is not',
    rule: "convert_runmount.go detectRunMount: every mount's from, looked up by stage name",
    dockerfile: [
      'FROM alpine AS deps',
      'FROM busybox',
      'RUN --mount=type=bind,from=deps,target=/d true',
      'RUN --mount=type=cache,target=/c --mount=from=ghcr.io/acme/cache:1,type=cache,target=/x true',
      'RUN --mount=type=bind,"from=ghcr.io/acme/bin:2",target=/b true',
      'RUN --mount=type=tmpfs,target=/t true'
    ],
    images: [
      ['alpine', 1, AMD64],
      ['busybox', 2, AMD64],
      ['ghcr.io/acme/cache:1', 4, AMD64],
      ['ghcr.io/acme/bin:2', 5, AMD64]
    ]
  },
  {
    name: 'RUN --mount from= with a variable is an error',
    rule: "commands_runmount.go parseMount: \"'from' doesn't support variable expansion\"",
    dockerfile: ['FROM alpine', 'RUN --mount=from=$IMG,target=/x true'],
    images: [['alpine', 1, AMD64]],
    problems: [[2, "doesn't support variable expansion"]]
  },
  {
    name: 'ONBUILD COPY --from of a stage runs in the stage built FROM it',
    rule: "convert.go resolveStages: initOnBuildTriggers with the base stage's ONBUILD commands",
    dockerfile: [
      'FROM alpine AS base',
      'ONBUILD COPY --from=evil/image / /',
      'ONBUILD RUN --mount=from=evil/cache,target=/c true',
      'FROM base'
    ],
    images: [
      ['alpine', 1, AMD64],
      ['evil/image', 2, AMD64],
      ['evil/cache', 3, AMD64]
    ]
  },
  {
    name: 'ONBUILD of a stage nothing is built FROM pulls nothing in this build',
    rule: 'convert.go resolveStages: triggers run only where d.base is the stage',
    dockerfile: ['FROM alpine', 'ONBUILD COPY --from=builder /out /out'],
    images: [['alpine', 1, AMD64]]
  },
  {
    name: 'a Dockerfile that pulls nothing is an error, not a vacuous yes',
    rule: 'this gate: nothing checked is never verified',
    dockerfile: ['FROM scratch', 'COPY app /app'],
    images: [],
    problems: [[1, 'pulls no image']]
  }
]

describe('every image a build pulls', () => {
  test.each(cases.map(c => [`${c.name} (${c.rule})`, c] as const))('%s', (_, c) => expectCase(c))
})
