import { globSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { requireSourceOffline, type Config } from '../config'
import { ActionError, describeError } from '../errors'
import { log } from '../log'
import { withDeadline } from '../network/deadline'
import { RetryBudget } from '../network/retry'
import {
  buildxAttestations,
  canonicalName,
  childForPlatform,
  formatPlatform,
  isAttestationManifest,
  normalizePlatform,
  parsePlatform,
  parseReference,
  platformRank,
  RegistryClient,
  type Descriptor,
  type Reference,
  type Target
} from '../oci'
import {
  annotate,
  dockerfileImages,
  evaluateDigest,
  githubCandidates,
  imageFailures,
  loadPolicyFile,
  registryCandidates,
  reportBuildxAttestations,
  resolveTrustRoot,
  ruleForImage,
  summaryMarkdown,
  warnIfUnanchored,
  writeReport,
  type BaseImage,
  type BuildSettings,
  type Candidate,
  type DigestEvaluation,
  type GitHubSource,
  type ImagePolicy,
  type ImageReport,
  type Matcher,
  type PlatformReport,
  type PolicyFile,
  type VerifyReport
} from '../verify'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import type { RunResult } from './result'
import { checkVulnerabilities, MAX_BELOW } from './verify-scan'
import { openScanner, type Scanner } from './vulnerabilities'

type VerifyRun = Config & { mode: 'verify' }

interface Checks {
  root: TrustedRoot
  client: RegistryClient
  github?: GitHubSource
  policyFile?: PolicyFile
  inputsPolicy?: ImagePolicy
  platforms: string[]
  /** Discovery results by repository and digest: a base image used by several FROMs is read once. */
  found: Map<string, Promise<Candidate[]>>
  /** The vulnerability scanner, opened when the first maxSeverity rule needs it. */
  scanner: () => Promise<Scanner>
  /** `fail-on-severity`, which the inputs' policy carries as its maxSeverity. */
  failOnSeverity: string
}

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
  const policyFile = v.policy ? loadPolicyFile(v.policy) : undefined
  const retryBudget = new RetryBudget(config.network.retryBudgetMs)
  let scanner: Promise<Scanner> | undefined
  const trust = await resolveTrustRoot({
    path: config.sigstore.trustedRoot,
    instance: config.sigstore.instance === 'github' ? 'github' : 'public-good',
    offline: config.sigstore.offline
  })
  const checks: Checks = {
    root: trust.root,
    client: new RegistryClient({ ...config.registry, retryBudget }),
    github: v.githubAttestations ? githubSource(config) : undefined,
    policyFile,
    inputsPolicy: policyFromInputs(config),
    platforms: v.platforms,
    found: new Map(),
    scanner: () => (scanner ??= openScanner(config.vulnerabilities, retryBudget)),
    failOnSeverity: config.vulnerabilities.failOn
  }
  // A scan that is asked for opens its source and VEX document now: a bad path is an input
  // error, not a failure of every image.
  if (
    config.vulnerabilities.failOn !== 'none' ||
    policyFile?.rules.some(r => r.requirements.maxSeverity !== undefined)
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
    trustRoot: trust.source,
    checkedAt: new Date().toISOString(),
    images,
    problems
  }
  const reportPath = join(config.outputDir, REPORT_FILE)
  writeReport(reportPath, report)
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

function githubSource(config: VerifyRun): GitHubSource {
  const repository = process.env.GITHUB_REPOSITORY
  if (!repository)
    throw new ActionError('INPUT_INVALID', 'input "github-attestations" needs GITHUB_REPOSITORY', {
      hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/repo'
    })
  return {
    apiURL: process.env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    token: config.registry.githubToken
  }
}

function policyFromInputs(config: VerifyRun): ImagePolicy | undefined {
  const v = config.verify
  const identity: Matcher | undefined = v.certificateIdentity
    ? { exact: v.certificateIdentity }
    : v.certificateIdentityRegexp
      ? { regexp: v.certificateIdentityRegexp }
      : undefined
  const issuer: Matcher | undefined = v.certificateOidcIssuer
    ? { exact: v.certificateOidcIssuer }
    : v.certificateOidcIssuerRegexp
      ? { regexp: v.certificateOidcIssuerRegexp }
      : undefined
  if (v.certificateIdentityRegexp)
    warnIfUnanchored(v.certificateIdentityRegexp, 'certificate-identity-regexp')
  if (v.certificateOidcIssuerRegexp)
    warnIfUnanchored(v.certificateOidcIssuerRegexp, 'certificate-oidc-issuer-regexp')
  const keyPem = config.sigstore.key ? readKey(config.sigstore.key) : undefined
  if (!(identity && issuer) && !keyPem) return undefined
  return {
    source: 'inputs',
    identities: identity && issuer ? [{ identity, issuer }] : [],
    keyPem,
    requirements: {
      sbom: v.requireSbom,
      provenance: v.requireProvenance,
      maxAge: v.maxAge,
      maxSeverity:
        config.vulnerabilities.failOn === 'none'
          ? undefined
          : MAX_BELOW[config.vulnerabilities.failOn]
    }
  }
}

function readKey(key: string): string {
  if (key.includes('-----BEGIN')) return key
  try {
    return readFileSync(key, 'utf8')
  } catch (error) {
    throw new ActionError('INPUT_INVALID', `input "key": ${describeError(error)}`, {
      hint: 'Give the path of a PEM public key, or the PEM itself'
    })
  }
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
    const candidates = (digest: string) => discover(ref, digest, checks)
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
            // Named as the user wrote it: the policy file's rule, or the input.
            rule:
              policy.source === 'inputs'
                ? `fail-on-severity ${checks.failOnSeverity}`
                : `maxSeverity ${maxSeverity}`
          },
          checks.scanner
        )
      return decided
    }
    if (resolved.kind === 'image') {
      const found = await candidates(resolved.digest)
      report.platforms.push(
        await decide(evaluateDigest(resolved.digest, found, policy, checks.root))
      )
    } else {
      // An index's own signatures cover every platform it lists.
      const onIndex = (await candidates(resolved.digest)).map(c => ({
        ...c,
        subjectDigest: resolved.digest
      }))
      const wanted = target.platform ? [target.platform] : checks.platforms
      const children = await platformChildren(resolved, wanted)
      // BuildKit's attestation manifests are reported with their platform, never checked as one.
      const buildx = await buildxAttestations(
        checks.client,
        ref,
        resolved.index,
        children.map(c => c.digest)
      )
      for (const child of children) {
        const found = await candidates(child.digest)
        const fromIndex = onIndex.map(c => ({ ...c, platform: child.platform }))
        const platform = await decide(
          evaluateDigest(child.digest, [...found, ...fromIndex], policy, checks.root),
          child.platform
        )
        const unsigned = buildx.find(a => a.describes === child.digest)
        if (unsigned) reportBuildxAttestations(platform, unsigned)
        report.platforms.push(platform)
      }
    }
  } catch (error) {
    report.errors.push(describeError(error))
  }
  report.verified = report.errors.length === 0 && report.platforms.every(p => p.verified)
  return report
}

function policyFor(ref: Reference, checks: Checks): ImagePolicy {
  const rule = checks.policyFile ? ruleForImage(checks.policyFile, ref) : undefined
  if (rule) return rule
  if (checks.inputsPolicy) return checks.inputsPolicy
  throw new ActionError(
    'POLICY_INVALID',
    `no rule of ${checks.policyFile?.path ?? 'the policy'} matches ${ref.name}${canonicalName(ref) === ref.name ? '' : ` (compared as ${canonicalName(ref)})`}`,
    { hint: 'Add a rule whose "images" glob matches it, or give certificate-identity inputs' }
  )
}

function discover(ref: Reference, digest: string, checks: Checks): Promise<Candidate[]> {
  const key = `${ref.name}@${digest}`
  let found = checks.found.get(key)
  if (!found) {
    found = (async () => {
      const candidates = await registryCandidates(checks.client, ref, digest)
      if (checks.github) candidates.push(...(await githubCandidates(checks.github, ref, digest)))
      return candidates
    })()
    checks.found.set(key, found)
  }
  return found
}

type IndexTarget = Extract<Target, { kind: 'index' }>

/**
 * The children of an index to check: for each wanted platform the one containerd would
 * pull (BuildKit resolves a FROM that way), or every image when no platform is named.
 * A child without a platform field is named by its config, and one whose platform cannot
 * be known at all is checked rather than skipped.
 */
async function platformChildren(
  index: IndexTarget,
  wanted: string[]
): Promise<{ digest: string; platform: string }[]> {
  const images = index.index.manifests.filter(d => !isAttestationManifest(d))
  const chosen: { child: Descriptor; wanted?: string }[] =
    wanted.length === 0
      ? images.map(child => ({ child }))
      : wanted.map(name => {
          const child = childForPlatform(images, parsePlatform(name))
          if (!child)
            throw new ActionError(
              'IMAGE_NOT_FOUND',
              `the index has no image for ${name} (platforms: ${images.map(d => (d.platform ? formatPlatform(d.platform) : d.digest)).join(', ') || 'none'})`
            )
          return { child, wanted: name }
        })
  const children = new Map<string, string>()
  for (const { child, wanted: name } of chosen) {
    let platform = child.platform ? normalizePlatform(child.platform) : undefined
    if (!platform) {
      const config = (await index.image(child)).platform
      const known = config.os !== 'unknown' && config.architecture !== 'unknown'
      if (known && name && platformRank(config, parsePlatform(name)) === undefined)
        throw new ActionError(
          'IMAGE_NOT_FOUND',
          `the index has no image for ${name}: its only candidate, ${child.digest}, lists no platform and its config says ${formatPlatform(config)}`
        )
      platform = known ? normalizePlatform(config) : undefined
    }
    children.set(
      child.digest,
      platform ? formatPlatform(platform) : 'unknown (no platform in the index or the config)'
    )
  }
  return [...children].map(([digest, platform]) => ({ digest, platform }))
}
