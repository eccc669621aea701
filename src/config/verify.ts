import { ActionError, inputError } from '../errors'
import { parseQuery, type Query } from '../find/query'
import { formatPlatform, parsePlatform } from '../oci/platform'
import { parseBuildPlatform, runnerPlatform } from '../verify/dockerfile/platform'
import type { Inputs } from './inputs'

export interface VerifyConfig {
  images: string[]
  dockerfiles: string[]
  platforms: string[]
  /** The target platforms the Dockerfiles are built for (normalised os/arch[/variant]). */
  buildPlatforms: string[]
  /** `--build-arg` values of that build. */
  buildArgs: Map<string, string>
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegexp?: string
  requireSbom: boolean
  requireProvenance: boolean
  /** Seconds; older signatures fail. */
  maxAge?: number
  policy?: string
  githubAttestations: boolean
  failOn: 'error' | 'never'
}

/** Find mode: which images (verify mode's `images` and signer inputs) hold a package. */
export interface FindConfig {
  query: Query
  /** Generate the SBOM of an image that has no verified one (reported as generated). */
  generate: boolean
  /** Images checked at once. */
  concurrency: number
  /** Fail (exit 3 in the CLI) when any image contains or may contain the package. */
  failIfFound: boolean
}

const FIND_CONCURRENCY = 4
/** More at once only queues on the registry's connection limit. */
const MAX_FIND_CONCURRENCY = 32

/** Verify mode's images and signer inputs; find mode reads the same. */
export function readVerify(inputs: Inputs, mode: 'verify' | 'find'): VerifyConfig {
  const config: VerifyConfig = {
    images: inputs.list('images'),
    dockerfiles: inputs.list('dockerfile'),
    platforms: inputs.list('platforms').map(platformInput),
    buildPlatforms: readBuildPlatforms(inputs),
    buildArgs: readBuildArgs(inputs),
    certificateIdentity: inputs.string('certificate-identity'),
    certificateIdentityRegexp: inputs.string('certificate-identity-regexp'),
    certificateOidcIssuer: inputs.string('certificate-oidc-issuer'),
    certificateOidcIssuerRegexp: inputs.string('certificate-oidc-issuer-regexp'),
    requireSbom: inputs.boolean('require-sbom', false),
    requireProvenance: inputs.boolean('require-provenance', false),
    maxAge: inputs.duration('max-age'),
    policy: inputs.string('policy'),
    githubAttestations: inputs.boolean('github-attestations', false),
    failOn: inputs.choice('fail-on', ['error', 'never'] as const, 'error')
  }
  const image = inputs.string('image')
  if (image) config.images.unshift(image)
  if (mode === 'find' && config.dockerfiles.length > 0)
    throw inputError('dockerfile', 'is not read in find mode', 'List the images in "images"')
  if (config.images.length === 0 && config.dockerfiles.length === 0)
    throw new ActionError('INPUT_MISSING', `${mode} mode needs something to check`, {
      hint:
        mode === 'find'
          ? 'Set "images" (one reference per line)'
          : 'Set "images" (one reference per line) or "dockerfile" (a path or glob)'
    })
  for (const [exact, regexp] of [
    ['certificate-identity', 'certificate-identity-regexp'],
    ['certificate-oidc-issuer', 'certificate-oidc-issuer-regexp']
  ] as const) {
    if (inputs.string(exact) && inputs.string(regexp))
      throw inputError(regexp, `cannot be combined with "${exact}"`, 'Give one of the two')
    const pattern = inputs.string(regexp)
    if (pattern !== undefined) {
      try {
        new RegExp(pattern)
      } catch (e) {
        throw inputError(regexp, `is not a valid regular expression: ${(e as Error).message}`)
      }
    }
  }
  const hasIdentity = config.certificateIdentity || config.certificateIdentityRegexp
  const hasIssuer = config.certificateOidcIssuer || config.certificateOidcIssuerRegexp
  if (!config.policy && !inputs.string('key') && (!hasIdentity || !hasIssuer))
    throw new ActionError('INPUT_MISSING', `${mode} mode needs the expected signer`, {
      hint:
        'Set "certificate-identity" (or "-regexp") and "certificate-oidc-issuer" (or "-regexp"), ' +
        'a "policy" file, or a "key"'
    })
  return config
}

/** A platform named in `platforms`, in the normalised form verify mode compares. */
function platformInput(text: string): string {
  if (!/^[^/\s]+\/[^/\s]+(?:\/[^/\s]+)?$/.test(text))
    throw inputError(
      'platforms',
      `"${text}" is not a platform`,
      'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm64'
    )
  return formatPlatform(parsePlatform(text))
}

/** Like docker/build-push-action's `platforms`; BuildKit's default is the runner's own. */
function readBuildPlatforms(inputs: Inputs): string[] {
  const given = inputs.list('build-platforms')
  if (given.length === 0) return [formatPlatform(runnerPlatform())]
  return given.map(platform => {
    try {
      return formatPlatform(parseBuildPlatform(platform, runnerPlatform()))
    } catch {
      throw inputError(
        'build-platforms',
        `"${platform}" is not a platform`,
        'Use os/arch[/variant], e.g. linux/amd64 or linux/arm64, one per line or comma'
      )
    }
  })
}

/** `NAME=value` per line, as docker/build-push-action's `build-args`; `#` starts a comment line. */
function readBuildArgs(inputs: Inputs): Map<string, string> {
  const args = new Map<string, string>()
  for (const raw of (inputs.string('build-args') ?? '').split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const at = line.indexOf('=')
    if (at <= 0)
      throw inputError(
        'build-args',
        `"${line}" is not NAME=value`,
        'Give one NAME=value per line; a value from the environment must be written out'
      )
    args.set(line.slice(0, at), line.slice(at + 1))
  }
  return args
}

/** Find mode's query and how it runs; the images and signers are read as verify mode's. */
export function readFind(inputs: Inputs, generate: boolean): FindConfig {
  const query = parseQuery(
    inputs.required(
      'query',
      'Set "query" to a purl with a version range, e.g. pkg:npm/lodash@<4.17.21'
    )
  )
  const concurrency = inputs.string('concurrency')
  const count = concurrency === undefined ? FIND_CONCURRENCY : Number(concurrency)
  if (!Number.isInteger(count) || count < 1 || count > MAX_FIND_CONCURRENCY)
    throw inputError(
      'concurrency',
      `"${concurrency}" is not a whole number from 1 to ${MAX_FIND_CONCURRENCY}`
    )
  return {
    query,
    generate,
    concurrency: count,
    failIfFound: inputs.boolean('fail-if-found', false)
  }
}
