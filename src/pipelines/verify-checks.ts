/**
 * What verify mode checks each image with, and how it finds what to check: the trust root,
 * the signer policy from the inputs or a policy file, and the signatures and attestations of
 * an image and each of its platforms. Find mode reads verified SBOMs through the same code.
 */

import { readFileSync } from 'node:fs'
import type { Config, VerifyConfig } from '../config'
import { ActionError, describeError } from '../errors'
import { RetryBudget } from '../network/retry'
import {
  canonicalName,
  childForPlatform,
  formatPlatform,
  isAttestationManifest,
  normalizePlatform,
  parsePlatform,
  platformRank,
  RegistryClient,
  type Descriptor,
  type Image,
  type Reference,
  type Target
} from '../oci'
import {
  githubCandidates,
  loadPolicyFile,
  registryCandidates,
  resolveTrustRoot,
  ruleForImage,
  warnIfUnanchored,
  type Candidate,
  type GitHubSource,
  type ImagePolicy,
  type Matcher,
  type PolicyFile
} from '../verify'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { MAX_BELOW } from './verify-scan'
import { openScanner, type Scanner } from './vulnerabilities'

/** A run that checks images against verify mode's signer inputs (verify, find). */
export type SignerRun = Extract<Config, { verify: VerifyConfig }>

/** What every image of a run is checked with. */
export interface Checks {
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

/** The trust root, registry client and signer policies every image of the run is checked with. */
export async function prepareChecks(
  config: SignerRun
): Promise<{ checks: Checks; trustSource: string }> {
  const v = config.verify
  const policyFile = v.policy ? loadPolicyFile(v.policy) : undefined
  const trust = await resolveTrustRoot({
    path: config.sigstore.trustedRoot,
    instance: config.sigstore.instance === 'github' ? 'github' : 'public-good',
    offline: config.sigstore.offline
  })
  const retryBudget = new RetryBudget(config.network.retryBudgetMs)
  let scanner: Promise<Scanner> | undefined
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
  return { checks, trustSource: trust.source }
}

function githubSource(config: SignerRun): GitHubSource {
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

function policyFromInputs(config: SignerRun): ImagePolicy | undefined {
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
          : MAX_BELOW[config.vulnerabilities.failOn],
      completeSbom: !config.vulnerabilities.allowIncomplete
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

/** One digest an image reference stands for (the image, or one platform of an index). */
export interface DigestSubject {
  digest: string
  /** Absent for a single-platform image. */
  platform?: string
  /** Everything found that claims to sign or attest it, the index's own included. */
  candidates: Candidate[]
  /** Its image (config and layers), read only when asked for. */
  image(): Promise<Image>
}

/**
 * The digests to decide for a resolved reference, each with what discovery found for it: the
 * image itself, or the wanted platforms of an index (every platform when none is named).
 */
export async function discoverSubjects(
  ref: Reference,
  resolved: Target,
  wanted: string[],
  checks: Checks
): Promise<DigestSubject[]> {
  if (resolved.kind === 'image') {
    const candidates = await discover(ref, resolved.digest, checks)
    return [{ digest: resolved.digest, candidates, image: () => Promise.resolve(resolved.image) }]
  }
  // An index's own signatures cover every platform it lists.
  const onIndex = (await discover(ref, resolved.digest, checks)).map(c => ({
    ...c,
    subjectDigest: resolved.digest
  }))
  const subjects: DigestSubject[] = []
  for (const child of await platformChildren(resolved, wanted)) {
    const found = await discover(ref, child.digest, checks)
    const fromIndex = onIndex.map(c => ({ ...c, platform: child.platform }))
    subjects.push({
      digest: child.digest,
      platform: child.platform,
      candidates: [...found, ...fromIndex],
      image: () => resolved.image(child.descriptor)
    })
  }
  return subjects
}

export function policyFor(ref: Reference, checks: Checks): ImagePolicy {
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
): Promise<{ digest: string; platform: string; descriptor: Descriptor }[]> {
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
  const children = new Map<string, { platform: string; descriptor: Descriptor }>()
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
    children.set(child.digest, {
      platform: platform
        ? formatPlatform(platform)
        : 'unknown (no platform in the index or the config)',
      descriptor: child
    })
  }
  return [...children].map(([digest, child]) => ({ digest, ...child }))
}
