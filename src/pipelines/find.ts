import { join } from 'node:path'
import type { Config } from '../config'
import { ActionError, describeError } from '../errors'
import {
  NAME_QUERY_NOTE,
  chooseVerifiedSbom,
  countResults,
  findSummaryMarkdown,
  findTable,
  matchPackages,
  sbomPackages,
  writeFindReport,
  type FindReport,
  type ImageResult,
  type PlatformResult,
  type Query,
  type SbomOrigin
} from '../find'
import { log } from '../log'
import { mapConcurrently } from '../network/semaphore'
import { withDeadline } from '../network/deadline'
import { parseReference, type Reference } from '../oci'
import { generateSbom } from '../sbom'
import { verifyCandidates, type ImagePolicy } from '../verify'
import type { RunResult } from './result'
import {
  discoverSubjects,
  policyFor,
  prepareChecks,
  type Checks,
  type DigestSubject
} from './verify-checks'

type FindRun = Config & { mode: 'find' }

const REPORT_FILE = 'sbom-sign-find-report.json'

/**
 * inputs → discover → verify → SBOM → match → report: which of the images hold the package.
 * Each image's SBOM is the one its verified attestation carries (verify mode's discovery and
 * bundle verification), or with `generate` one read from its layers, marked as such.
 */
export async function runFind(config: FindRun): Promise<RunResult> {
  const { query, concurrency, generate } = config.find
  const { checks, trustSource } = await prepareChecks(config)
  const images = await mapConcurrently(config.verify.images, concurrency, reference =>
    // Each image has its own deadline, as in verify mode: one stalling registry cannot use
    // up the run.
    withDeadline(
      config.network.imageTimeoutMs,
      { what: `checking ${reference}`, input: 'timeout', graceMs: 1000 },
      () => findInImage(reference, query, checks, generate)
    ).catch((error: unknown): ImageResult => ({
      image: reference,
      platforms: [],
      error: describeError(error)
    }))
  )
  const report: FindReport = {
    query: { ...query, ...(query.kind === 'name' ? { note: NAME_QUERY_NOTE } : {}) },
    trustRoot: trustSource,
    checkedAt: new Date().toISOString(),
    images,
    counts: countResults(images)
  }
  const reportPath = join(config.outputDir, REPORT_FILE)
  await writeFindReport(reportPath, report, config.outputOrigin)
  const { contains, mayContain, unchecked } = report.counts
  for (const image of images) {
    if (image.error) log.error(`${image.image}: ${image.error}`)
    for (const p of image.platforms)
      if (p.status === 'no verified SBOM')
        log.warning(
          `${image.image}${p.platform ? ` (${p.platform})` : ''}: no verified SBOM: ${p.reason}`
        )
  }
  const found = contains + mayContain
  const failure =
    config.find.failIfFound && found > 0
      ? `${found} image(s)/platform(s) contain or may contain ${query.text} (see the report)`
      : unchecked > 0
        ? `${unchecked} image(s)/platform(s) could not be checked (see the report)`
        : undefined
  return {
    outputs: {
      'find-report-path': reportPath,
      found: String(contains),
      'may-contain': String(mayContain),
      unchecked: String(unchecked)
    },
    summary: findSummaryMarkdown(report),
    console: findTable(report),
    ok: failure === undefined,
    ...(failure ? { failure } : {}),
    ...(config.find.failIfFound && found > 0 ? { exitCode: 3 } : {})
  }
}

async function findInImage(
  reference: string,
  query: Query,
  checks: Checks,
  generate: boolean
): Promise<ImageResult> {
  const result: ImageResult = { image: reference, platforms: [] }
  try {
    const ref = parseReference(reference)
    const policy = policyFor(ref, checks)
    const resolved = await checks.client.resolve(ref)
    result.digest = resolved.digest
    if (ref.digest && ref.digest !== resolved.digest)
      throw new ActionError('DIGEST_MISMATCH', `resolved to ${resolved.digest}`)
    const subjects = await discoverSubjects(ref, resolved, checks.platforms, checks)
    for (const subject of subjects)
      result.platforms.push(
        await findInSubject(ref, subject, policy, query, checks, generate).catch(
          (error: unknown): PlatformResult => ({
            ...(subject.platform ? { platform: subject.platform } : {}),
            digest: subject.digest,
            status: 'no verified SBOM',
            reason: describeError(error),
            packages: 0,
            matches: [],
            undetermined: []
          })
        )
      )
  } catch (error) {
    result.error = describeError(error)
  }
  return result
}

async function findInSubject(
  ref: Reference,
  subject: DigestSubject,
  policy: ImagePolicy,
  query: Query,
  checks: Checks,
  generate: boolean
): Promise<PlatformResult> {
  const base = {
    ...(subject.platform ? { platform: subject.platform } : {}),
    digest: subject.digest
  }
  const chosen = chooseVerifiedSbom(
    verifyCandidates(subject.digest, subject.candidates, policy, checks.root)
  )
  let document: unknown
  let origin: SbomOrigin
  let reason: string | undefined
  if ('document' in chosen) {
    document = chosen.document
    origin = chosen.origin
  } else if (generate) {
    reason = chosen.reason
    log.info(`${ref.name}@${subject.digest}: no verified SBOM (${reason}); generating one`)
    const sbom = await generateSbom(await subject.image(), {
      format: 'cyclonedx-json',
      imageName: ref.name
    })
    document = sbom.document
    origin = { kind: 'generated' }
  } else {
    return {
      ...base,
      status: 'no verified SBOM',
      reason: chosen.reason,
      packages: 0,
      matches: [],
      undetermined: []
    }
  }
  const packages = sbomPackages(document)
  const { matches, undetermined } = matchPackages(query, packages)
  return {
    ...base,
    status:
      matches.length > 0
        ? 'contains'
        : undetermined.length > 0
          ? 'may contain'
          : 'does not contain',
    sbom: origin,
    ...(reason ? { reason } : {}),
    packages: packages.length,
    matches,
    undetermined
  }
}
