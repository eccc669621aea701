import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { minimatch } from 'minimatch'
import { parse as parseYaml } from 'yaml'
import { ActionError, describeError } from '../errors'
import { isJsonObject } from '../json'
import { canonicalName, canonicalNameGlob, type Reference } from '../oci/reference'
import {
  CLAIM_OIDS,
  compileMatcher,
  warnIfUnanchored,
  type ClaimName,
  type IdentityPolicy,
  type Matcher
} from './identity'

/** What an image must carry, besides a valid signature. */
export interface Requirements {
  sbom: boolean
  provenance: boolean
  /** Seconds; signatures and attestations signed longer ago do not count. */
  maxAge?: number
  /**
   * The most severe vulnerability allowed in the SBOM of a verified SBOM attestation;
   * anything above fails. `critical` allows all, but still needs that SBOM scanned.
   */
  maxSeverity?: MaxSeverity
  /**
   * Whether maxSeverity accepts an SBOM that marks itself incomplete (default: it does not,
   * since what the SBOM left out was never scanned).
   */
  completeSbom?: boolean
}

/** Values of `maxSeverity`, most severe first. */
export const MAX_SEVERITIES = ['critical', 'high', 'medium', 'low', 'none'] as const
export type MaxSeverity = (typeof MAX_SEVERITIES)[number]

/** The signers trusted for an image (any one of them) and what it must carry. */
export interface ImagePolicy {
  /** Where the policy came from: "inputs" or "<file>: <rule name>". */
  source: string
  identities: IdentityPolicy[]
  /** PEM public key (path already read) for key-based signatures. */
  keyPem?: string
  requirements: Requirements
}

export interface PolicyRule extends ImagePolicy {
  /** Globs over the image name (registry/repository), e.g. ghcr.io/acme/**. */
  images: string[]
}

export interface PolicyFile {
  path: string
  rules: PolicyRule[]
}

/**
 * The first rule whose globs match the image, or undefined. Both sides are canonical
 * (see canonicalName), so an alias of a registry host gets the same rule as its name.
 */
export function ruleForImage(policy: PolicyFile, ref: Reference): PolicyRule | undefined {
  const name = canonicalName(ref)
  return policy.rules.find(rule => rule.images.some(glob => minimatch(name, glob)))
}

const RULE_KEYS = new Set(['name', 'images', 'identities', 'key', 'require'])
const IDENTITY_KEYS = new Set(['subject', 'subjectRegExp', 'issuer', 'issuerRegExp', 'claims'])
const REQUIRE_KEYS = new Set(['sbom', 'provenance', 'maxAge', 'maxSeverity', 'completeSbom'])

/**
 * Reads a policy file:
 *
 *   policies:
 *     - name: our images
 *       images: ["ghcr.io/acme/**"]
 *       identities:
 *         - issuer: https://token.actions.githubusercontent.com
 *           subjectRegExp: ^https://github\.com/acme/[^/]+/\.github/workflows/release\.yml@refs/heads/main$
 *           claims: { sourceRepositoryOwnerURI: https://github.com/acme }
 *       require: { sbom: true, provenance: false, maxAge: 30d, maxSeverity: medium, completeSbom: true }
 *     - name: vendor images signed with a key
 *       images: ["docker.io/vendor/*"]
 *       key: ./keys/vendor.pub
 *
 * Every problem is reported with its place in the file.
 */
export function loadPolicyFile(path: string): PolicyFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw policyError(path, describeError(error), 'Check the "policy" path')
  }
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch (error) {
    throw policyError(path, `not valid YAML: ${describeError(error)}`)
  }
  const problems: string[] = []
  const policies = isJsonObject(doc) ? doc.policies : undefined
  if (!Array.isArray(policies) || policies.length === 0) {
    throw policyError(path, 'needs a non-empty "policies" list')
  }
  if (isJsonObject(doc)) {
    for (const key of Object.keys(doc))
      if (key !== 'policies' && key !== 'version') problems.push(`unknown top-level key "${key}"`)
  }
  const rules: PolicyRule[] = []
  policies.forEach((raw, i) => {
    const rule = readRule(raw, `policies[${i}]`, path, problems)
    if (rule) rules.push(rule)
  })
  if (problems.length > 0) throw policyError(path, problems.join('; '))
  return { path, rules }
}

function readRule(
  raw: unknown,
  at: string,
  file: string,
  problems: string[]
): PolicyRule | undefined {
  if (!isJsonObject(raw)) return void problems.push(`${at} is not a mapping`)
  for (const key of Object.keys(raw))
    if (!RULE_KEYS.has(key))
      problems.push(`${at}: unknown key "${key}" (allowed: ${[...RULE_KEYS].join(', ')})`)
  const name = typeof raw.name === 'string' ? raw.name : at
  const images = raw.images
  if (
    !Array.isArray(images) ||
    images.length === 0 ||
    !images.every(g => typeof g === 'string' && g !== '')
  )
    problems.push(`${at}: "images" must be a non-empty list of globs`)
  const identities: IdentityPolicy[] = []
  if (raw.identities !== undefined) {
    if (!Array.isArray(raw.identities) || raw.identities.length === 0)
      problems.push(`${at}: "identities" must be a non-empty list`)
    else
      raw.identities.forEach((id, j) => {
        const identity = readIdentity(id, `${at}.identities[${j}]`, problems)
        if (identity) identities.push(identity)
      })
  }
  let keyPem: string | undefined
  if (raw.key !== undefined) {
    if (typeof raw.key !== 'string') problems.push(`${at}: "key" must be a path or a PEM`)
    else keyPem = readKey(raw.key, dirname(file), `${at}.key`, problems)
  }
  if (raw.identities === undefined && raw.key === undefined)
    problems.push(`${at}: give "identities" (keyless signers) or "key"`)
  const requirements = readRequirements(raw.require, `${at}.require`, problems)
  return {
    source: `${file}: ${name}`,
    images: Array.isArray(images) ? (images as string[]).map(canonicalNameGlob) : [],
    identities,
    keyPem,
    requirements
  }
}

function readIdentity(raw: unknown, at: string, problems: string[]): IdentityPolicy | undefined {
  if (!isJsonObject(raw)) return void problems.push(`${at} is not a mapping`)
  for (const key of Object.keys(raw))
    if (!IDENTITY_KEYS.has(key))
      problems.push(`${at}: unknown key "${key}" (allowed: ${[...IDENTITY_KEYS].join(', ')})`)
  const identity = readMatcher(raw, 'subject', 'subjectRegExp', at, problems)
  const issuer = readMatcher(raw, 'issuer', 'issuerRegExp', at, problems)
  const claims: Partial<Record<ClaimName, string>> = {}
  if (raw.claims !== undefined) {
    if (!isJsonObject(raw.claims)) problems.push(`${at}.claims is not a mapping`)
    else
      for (const [name, value] of Object.entries(raw.claims)) {
        if (!(name in CLAIM_OIDS))
          problems.push(
            `${at}.claims: unknown claim "${name}" (known: ${Object.keys(CLAIM_OIDS).join(', ')})`
          )
        else if (typeof value !== 'string') problems.push(`${at}.claims.${name} must be a string`)
        else claims[name as ClaimName] = value
      }
  }
  if (!identity || !issuer) return undefined
  return { identity, issuer, claims }
}

function readMatcher(
  raw: Record<string, unknown>,
  exactKey: string,
  regexpKey: string,
  at: string,
  problems: string[]
): Matcher | undefined {
  const exact = raw[exactKey]
  const regexp = raw[regexpKey]
  if (exact !== undefined && regexp !== undefined)
    return void problems.push(`${at}: give "${exactKey}" or "${regexpKey}", not both`)
  if (typeof exact === 'string' && exact) return { exact }
  if (typeof regexp === 'string' && regexp) {
    try {
      compileMatcher({ regexp }, `${at}.${regexpKey}`)
    } catch (error) {
      return void problems.push(describeError(error))
    }
    warnIfUnanchored(regexp, `${at}.${regexpKey}`)
    return { regexp }
  }
  problems.push(`${at}: "${exactKey}" or "${regexpKey}" (a non-empty string) is required`)
  return undefined
}

function readRequirements(raw: unknown, at: string, problems: string[]): Requirements {
  const requirements: Requirements = { sbom: false, provenance: false }
  if (raw === undefined) return requirements
  if (!isJsonObject(raw)) {
    problems.push(`${at} is not a mapping`)
    return requirements
  }
  for (const key of Object.keys(raw))
    if (!REQUIRE_KEYS.has(key))
      problems.push(`${at}: unknown key "${key}" (allowed: ${[...REQUIRE_KEYS].join(', ')})`)
  for (const key of ['sbom', 'provenance', 'completeSbom'] as const) {
    const value = raw[key]
    if (value === undefined) continue
    if (typeof value !== 'boolean') problems.push(`${at}.${key} must be true or false`)
    else requirements[key] = value
  }
  if (raw.maxAge !== undefined) {
    const seconds = parseDuration(raw.maxAge)
    if (seconds === undefined)
      problems.push(`${at}.maxAge must be a duration such as 30d, 12h or 3600s`)
    else requirements.maxAge = seconds
  }
  if (raw.maxSeverity !== undefined) {
    const value = raw.maxSeverity
    const severity = MAX_SEVERITIES.find(s => s === String(value).toLowerCase())
    if (typeof value !== 'string' || !severity)
      problems.push(`${at}.maxSeverity must be one of ${MAX_SEVERITIES.join(', ')}`)
    else requirements.maxSeverity = severity
  }
  return requirements
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }

function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value
  if (typeof value !== 'string') return undefined
  const match = /^(\d+)\s*([smhdw])?$/i.exec(value.trim())
  if (!match) return undefined
  return Number(match[1]) * (UNITS[(match[2] ?? 's').toLowerCase()] ?? 1)
}

/** A PEM, or a path relative to the policy file. */
function readKey(
  value: string,
  baseDir: string,
  at: string,
  problems: string[]
): string | undefined {
  if (value.includes('-----BEGIN')) return value
  try {
    return readFileSync(resolve(baseDir, value), 'utf8')
  } catch (error) {
    problems.push(`${at}: ${describeError(error)}`)
    return undefined
  }
}

function policyError(path: string, message: string, hint?: string): ActionError {
  return new ActionError('POLICY_INVALID', `policy ${path}: ${message}`, {
    hint: hint ?? 'See docs/verify.md for the policy file format'
  })
}
