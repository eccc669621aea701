import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attachReferrer, pushImage, signImage, stackSigner } from './images'

const stack = stackInfo()
const host = stack.registry.host
const { identity, issuer, trustedRootPath } = stack.sigstore
const signer = stackSigner(stack.sigstore)
const ARM64 = { os: 'linux', architecture: 'arm64' }

interface Report {
  verified: boolean
  images: { image: string; verified: boolean; source?: { line: number; instruction?: string } }[]
  problems: { line: number; message: string }[]
}

async function pushSigned(repository: string, tag: string, platform?: typeof ARM64) {
  const image = await pushImage(host, repository, tag, platform)
  await attachReferrer(image.ref, image.digest, image.size, await signImage(signer, image.digest))
  return image.ref
}

/** Runs verify mode on one Dockerfile in a fresh workspace, as a pull request's job would. */
async function verifyDockerfile(lines: string[], inputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dockerfile-gate-'))
  writeFileSync(join(dir, 'Dockerfile'), lines.join('\n'))
  const run = await runAction(
    {
      mode: 'verify',
      dockerfile: join(dir, 'Dockerfile'),
      'certificate-identity': identity,
      'certificate-oidc-issuer': issuer,
      'trusted-root': trustedRootPath,
      'build-platforms': 'linux/amd64',
      ...inputs
    },
    { GITHUB_WORKSPACE: dir }
  )
  const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report
  const failedLines = report.images.filter(i => !i.verified).map(i => i.source?.line)
  return { run, report, failedLines }
}

/** The ::error annotations the step printed, as "line: message" pairs. */
const annotatedLines = (stdout: string) =>
  [...stdout.matchAll(/^::error file=Dockerfile,line=(\d+)::/gm)].map(m => Number(m[1]))

describe('verify mode gates what a Dockerfile really pulls', () => {
  let signed: string
  let signedTool: string
  let frontend: string
  let unsigned: string
  let arch: string
  let archEvil: string

  beforeAll(async () => {
    signed = await pushSigned('gate/base', 'v1')
    signedTool = await pushSigned('gate/tool', 'v1')
    frontend = await pushSigned('gate/frontend', 'v1')
    unsigned = (await pushImage(host, 'gate/evil', 'v1')).ref
    // One tag per architecture, as `FROM image:$TARGETARCH` expects.
    await pushSigned('gate/arch', 'amd64')
    await pushSigned('gate/arch', 'arm64', ARM64)
    arch = `${host}/gate/arch`
    await pushSigned('gate/arch-evil', 'amd64')
    await pushImage(host, 'gate/arch-evil', 'arm64', ARM64)
    archEvil = `${host}/gate/arch-evil`
  })

  test('a legitimate Dockerfile passes: heredocs, $TARGETARCH, COPY --from, RUN --mount, # syntax', async () => {
    const { run, report } = await verifyDockerfile(
      [
        `# syntax=${frontend}`,
        `ARG BASE=${signed}`,
        `FROM --platform=$BUILDPLATFORM ${arch}:$BUILDARCH AS build`,
        'RUN <<EOF',
        `FROM ${unsigned}`,
        'EOF',
        `FROM ${arch}:\${TARGETARCH}`,
        `COPY --from=${signedTool} /bin /bin`,
        `RUN --mount=type=bind,from=${signedTool},target=/t true`,
        'COPY --from=build /out /out',
        'FROM $BASE'
      ],
      { 'build-platforms': 'linux/amd64,linux/arm64' }
    )
    expect(run.errors).toEqual([])
    expect(run.outputs.verified).toBe('true')
    expect(report.images.map(i => [i.image, i.source?.line, i.source?.instruction])).toEqual([
      [frontend, 1, '# syntax'],
      [`${arch}:amd64`, 3, 'FROM'],
      [`${arch}:amd64`, 7, 'FROM'],
      [signedTool, 8, 'COPY --from'],
      [signedTool, 9, 'RUN --mount'],
      [signed, 11, 'FROM'],
      [`${arch}:arm64`, 7, 'FROM'],
      [signedTool, 8, 'COPY --from'],
      [signedTool, 9, 'RUN --mount'],
      [signed, 11, 'FROM']
    ])
  })

  test('class 1: an image hidden from a naive reader by a whitespace-led escape directive', async () => {
    // BuildKit honours "  # escape=`": the backslash no longer continues, line 4 is a FROM.
    const { run, failedLines } = await verifyDockerfile([
      '  # escape=`',
      `FROM ${signed}`,
      'RUN echo \\',
      `FROM ${unsigned}`
    ])
    expect(run.outputs.verified).toBe('false')
    expect(failedLines).toEqual([4])
    expect(annotatedLines(run.stdout)).toEqual([4])
  })

  test('class 1: FROM with an extra word is an error on its line, not its first word', async () => {
    const { run, report } = await verifyDockerfile([`FROM ${signed} ${unsigned}`])
    expect(run.outputs.verified).toBe('false')
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 1, message: 'FROM requires either one or three arguments' })
    ])
    expect(annotatedLines(run.stdout)).toEqual([1])
  })

  test('class 2: an unsigned image through # syntax, COPY --from and RUN --mount from=', async () => {
    const { run, failedLines } = await verifyDockerfile([
      `# syntax=${unsigned}`,
      `FROM ${signed} AS base`,
      `COPY --from=${unsigned} / /`,
      `RUN --mount=type=cache,from=${unsigned},target=/c true`,
      'COPY --from=base / /'
    ])
    expect(run.outputs.verified).toBe('false')
    expect(failedLines).toEqual([1, 3, 4])
    expect(annotatedLines(run.stdout)).toEqual([1, 3, 4])
  })

  test('class 2: a Dockerfile that pulls nothing is not verified', async () => {
    const { run } = await verifyDockerfile(['FROM scratch', 'COPY app /app'])
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('pulls no image')
  })

  test('class 3: build-args and $TARGETARCH select an unsigned image; an unset ARG is an error', async () => {
    const dockerfile = [`ARG BASE=${signed}`, 'FROM $BASE', `FROM ${archEvil}:$TARGETARCH`]
    const amd64Only = await verifyDockerfile(dockerfile)
    expect(amd64Only.run.outputs.verified).toBe('true')
    const built = await verifyDockerfile(dockerfile, {
      'build-platforms': 'linux/amd64\nlinux/arm64',
      'build-args': `BASE=${unsigned}`
    })
    expect(built.run.outputs.verified).toBe('false')
    expect(built.failedLines).toEqual([2, 2, 3])
    const unset = await verifyDockerfile(['ARG BASE', 'FROM $BASE'])
    expect(unset.run.outputs.verified).toBe('false')
    expect(unset.report.problems[0]?.message).toContain('BASE has no value')
    expect(annotatedLines(unset.run.stdout)).toEqual([2])
  })
})
