import { globSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { requireSourceOffline, type Config } from '../config'
import { ActionError, describeError } from '../errors'
import { log } from '../log'
import { withDeadline } from '../network/deadline'
import { buildxAttestations, parseReference } from '../oci'
import {
  annotate,
  dockerfileImages,
  evaluateDigest,
  imageFailures,
  reportBuildxAttestations,
  summaryMarkdown,
  writeReport,
  type BaseImage,
  type BuildSettings,
  type DigestEvaluation,
  type ImageReport,
  type PlatformReport,
  type VerifyReport
} from '../verify'
import type { RunResult } from './result'
import { discoverSubjects, policyFor, prepareChecks, type Checks } from './verify-checks'
import { checkVulnerabilities } from './verify-scan'

type VerifyRun = Config & { mode: 'verify' }

const REPORT_FILE = 'sbom-sign-verify-report.json'

/** inputs → discover → verify → report */
export async function runVerify(config: VerifyRun): Promise<RunResult> {
  const v = config.verify
  const { images: fromDockerfiles, problems } = readDockerfiles(v.dockerfiles, {
    platforms: v.buildPlatforms,
    buildArgs: v.buildArgs
  })
  const targets: BaseImage[] = [
    ...v.images.map(reference => ({ reference, file: '', line: 0 })),
    ...fromDockerfiles
  ]
  const { checks, trustSource } = await prepareChecks(config)
  // A scan that is asked for opens its source and VEX document now: a bad path is an input
  // error, not a failure of every image.
  if (
    config.vulnerabilities.failOn !== 'none' ||
    checks.policyFile?.rules.some(r => r.requirements.maxSeverity !== undefined)
  ) {
    requireSourceOffline(config.vulnerabilities)
    await checks.scanner()
  }
  const images: ImageReport[] = []
  // Each image has its own deadline, so one registry that stalls cannot use up the run;
  // once the run's deadline passes, the images left fail at their first request.
  for (const target of targets)
    images.push(
      await withDeadline(
        config.network.imageTimeoutMs,
        { what: `checking ${target.reference}`, input: 'timeout', graceMs: 1000 },
        () => checkImage(target, checks)
      ).catch((error: unknown) => failedCheck(target, error))
    )
  const report: VerifyReport = {
    verified: images.every(i => i.verified) && problems.length === 0,
    trustRoot: trustSource,
    checkedAt: new Date().toISOString(),
    images,
    problems
  }
  const reportPath = join(config.outputDir, REPORT_FILE)
  await writeReport(reportPath, report, config.outputOrigin)
  annotate(report, v.failOn === 'error')
  for (const image of images)
    if (image.verified) log.info(`${image.image}: verified (${image.digest})`)
  const failed = images.filter(i => !i.verified).length + problems.length
  return {
    outputs: { verified: String(report.verified), 'report-path': reportPath },
    summary: summaryMarkdown(report),
    ok: report.verified || v.failOn === 'never',
    ...(report.verified
      ? {}
      : {
          failure:
            failed === 1 && images.length === 1
              ? `${images[0]?.image}: ${imageFailures(images[0] as ImageReport).join('; ')}`
              : `${failed} of ${targets.length + problems.length} image check(s) failed verification (see the report)`
        })
  }
}

function readDockerfiles(
  patterns: string[],
  build: BuildSettings
): {
  images: BaseImage[]
  problems: VerifyReport['problems']
} {
  const images: BaseImage[] = []
  const problems: VerifyReport['problems'] = []
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  for (const pattern of patterns) {
    const files = /[*?[{]/.test(pattern) ? globSync(pattern).sort() : [pattern]
    if (files.length === 0)
      throw new ActionError('INPUT_INVALID', `input "dockerfile": "${pattern}" matches no file`)
    for (const file of files) {
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch (error) {
        throw new ActionError('INPUT_INVALID', `input "dockerfile": ${describeError(error)}`)
      }
      // Annotations need the path relative to the repository root.
      const inWorkspace = relative(workspace, file)
      const shown =
        isAbsolute(file) && !inWorkspace.startsWith('..') && !isAbsolute(inWorkspace)
          ? inWorkspace
          : file
      const found = dockerfileImages(text, shown, build)
      images.push(...found.images)
      problems.push(...found.problems)
    }
  }
  return { images, problems }
}

function newReport(target: BaseImage): ImageReport {
  return {
    image: target.reference,
    ...(target.file
      ? { source: { file: target.file, line: target.line, instruction: target.instruction } }
      : {}),
    platforms: [],
    errors: [],
    verified: false
  }
}

/** An image whose check was abandoned at its deadline. */
function failedCheck(target: BaseImage, error: unknown): ImageReport {
  return { ...newReport(target), errors: [describeError(error)] }
}

async function checkImage(target: BaseImage, checks: Checks): Promise<ImageReport> {
  const report = newReport(target)
  try {
    const ref = parseReference(target.reference)
    const policy = policyFor(ref, checks)
    report.policy = policy.source
    const resolved = await checks.client.resolve(ref)
    report.digest = resolved.digest
    if (!ref.digest) {
      report.resolvedFromTag = true
      log.info(`${target.reference} resolved to ${resolved.digest}`)
    } else if (ref.digest !== resolved.digest) {
      throw new ActionError('DIGEST_MISMATCH', `resolved to ${resolved.digest}`)
    }
    const maxSeverity = policy.requirements.maxSeverity
    const decide = async (
      { verifiedSboms, ...verdict }: DigestEvaluation,
      platform?: string
    ): Promise<PlatformReport> => {
      const decided: PlatformReport = platform ? { ...verdict, platform } : verdict
      if (maxSeverity !== undefined)
        await checkVulnerabilities(
          decided,
          verifiedSboms,
          ref,
          {
            maxSeverity,
            completeSbom: policy.requirements.completeSbom ?? true,
            // Named as the user wrote it: the policy file's rule, or the inputs.
            ...(policy.source === 'inputs'
              ? {
                  rule: `fail-on-severity ${checks.failOnSeverity}`,
                  acceptIncomplete: 'set "allow-incomplete-sbom: true" (--allow-incomplete-sbom)'
                }
              : {
                  rule: `maxSeverity ${maxSeverity}`,
                  acceptIncomplete: 'add "completeSbom: false" to its policy rule\'s require'
                })
          },
          checks.scanner
        )
      return decided
    }
    const wanted = target.platform ? [target.platform] : checks.platforms
    const subjects = await discoverSubjects(ref, resolved, wanted, checks)
    // BuildKit's attestation manifests are reported with their platform, never checked as one.
    const buildx =
      resolved.kind === 'index'
        ? await buildxAttestations(
            checks.client,
            ref,
            resolved.index,
            subjects.map(s => s.digest)
          )
        : []
    for (const subject of subjects) {
      const platform = await decide(
        evaluateDigest(subject.digest, subject.candidates, policy, checks.root),
        subject.platform
      )
      const unsigned = buildx.find(a => a.describes === subject.digest)
      if (unsigned) reportBuildxAttestations(platform, unsigned)
      report.platforms.push(platform)
    }
  } catch (error) {
    report.errors.push(describeError(error))
  }
  report.verified = report.errors.length === 0 && report.platforms.every(p => p.verified)
  return report
}
