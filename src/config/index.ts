import { ActionError, inputError } from '../errors'
import { parseQuery, type Query } from '../find/query'
import { log } from '../log'
import { formatPlatform, parsePlatform } from '../oci/platform'
import { parseReference } from '../oci/reference'
import { parseBuildPlatform, runnerPlatform } from '../verify/dockerfile/platform'
import { InputReader, Inputs } from './inputs'
import { readVulnerabilities, type VulnerabilityConfig } from './vulnerabilities'

export type { InputReader } from './inputs'
export {
  GATE_SEVERITIES,
  OFFLINE_DATABASE_HINT,
  requireSourceOffline,
  type GateSeverity,
  type VulnerabilityConfig
} from './vulnerabilities'

export const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'] as const
export type SbomFormat = (typeof SBOM_FORMATS)[number]

export const ATTACH_FORMATS = ['bundle', 'legacy', 'both'] as const
export type AttachFormat = (typeof ATTACH_FORMATS)[number]

export const SIGSTORE_INSTANCES = ['public-good', 'github', 'custom'] as const
export type SigstoreInstance = (typeof SIGSTORE_INSTANCES)[number]

/** How the registry is reached and who we are there. */
export interface RegistryConfig {
  username?: string
  password?: string
  /** The registry the username and password belong to; they are offered to no other. */
  credentialsRegistry?: string
  /** Hosts (host or host:port) reached over plain HTTP; loopback always is. */
  insecureRegistries: string[]
  /** GITHUB_TOKEN, used for ghcr.io when nothing else is configured. */
  githubToken?: string
}

/** Which Sigstore services sign and which trust root checks the result. */
export interface SigstoreConfig {
  instance: SigstoreInstance
  fulcioURL?: string
  rekorURL?: string
  tsaURL?: string
  /** Path to a trusted_root.json. */
  trustedRoot?: string
  /** Path to a signing_config.json (v0.2) naming the services to sign with. */
  signingConfig?: string
  /** Path or PEM of a signing/verification key instead of keyless. */
  key?: string
  keyPassword?: string
  /** Whether signatures go to the transparency log (always with keyless public-good). */
  tlogUpload: boolean
  offline: boolean
}

/** `sbom` input: generate one, take BuildKit's from the index, use the file at a path, or none. */
export type SbomSource =
  { kind: 'generate' } | { kind: 'buildx' } | { kind: 'file'; path: string } | { kind: 'none' }

export interface SignConfig {
  image: string
  /** When given, the digest that is signed; must agree with `image` if that has one. */
  digest?: string
  platforms: string[]
  sbom: SbomSource
  sbomFormat: SbomFormat
  attachFormat: AttachFormat
  provenance: boolean
  githubAttestations: boolean
  force: boolean
  /** Above this size the SBOM is attached as its own blob and attested by digest. */
  maxPredicateSize: number
}

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

export const FIND_CONCURRENCY = 4
/** More at once only queues on the registry's connection limit. */
const MAX_FIND_CONCURRENCY = 32

/** How long the run may take, and how much of it may go to riding out failing services. */
export interface NetworkConfig {
  /** The whole run (`timeout`). */
  timeoutMs: number
  /** In verify mode, each image's check: half the run's, at most IMAGE_TIMEOUT_MS. */
  imageTimeoutMs: number
  /** Waiting on retries for Fulcio, Rekor, the TSA and registries (`retry-budget`). */
  retryBudgetMs: number
}

/** Sign mode pulls and catalogs whole images, which can take a while on a slow runner. */
export const SIGN_TIMEOUT_MS = 20 * 60_000
/** Verify mode reads manifests and signatures only. */
export const VERIFY_TIMEOUT_MS = 5 * 60_000
export const IMAGE_TIMEOUT_MS = 2 * 60_000
export const RETRY_BUDGET_MS = 3 * 60_000

interface CommonConfig {
  registry: RegistryConfig
  sigstore: SigstoreConfig
  network: NetworkConfig
  /** The vulnerability scan of the SBOMs, and its gate. */
  vulnerabilities: VulnerabilityConfig
  /** Where files for later steps go (RUNNER_TEMP in Actions). */
  outputDir: string
  /** What chose outputDir, for errors that ask to change it (e.g. `RUNNER_TEMP`). */
  outputOrigin: string
}

export type Config =
  | (CommonConfig & { mode: 'sign'; sign: SignConfig })
  | (CommonConfig & { mode: 'verify'; verify: VerifyConfig })
  | (CommonConfig & { mode: 'find'; verify: VerifyConfig; find: FindConfig })

const DIGEST = /^sha256:[a-f0-9]{64}$/

export function readConfig(read: InputReader, env: NodeJS.ProcessEnv = process.env): Config {
  const inputs = new Inputs(read)
  const mode = inputs.choice('mode', ['sign', 'verify', 'find'] as const, 'sign')
  const generate = mode === 'find' && inputs.boolean('generate', false)
  const sigstore = readSigstore(inputs)
  const common: CommonConfig = {
    registry: readRegistry(inputs),
    sigstore,
    // Generating SBOMs pulls whole images, as signing does.
    network: readNetwork(inputs, mode === 'sign' || generate ? 'sign' : 'verify'),
    // find never scans: it reads the scan inputs as verify does, which leaves them unused.
    vulnerabilities: readVulnerabilities(
      inputs,
      mode === 'find' ? 'verify' : mode,
      sigstore.offline
    ),
    outputDir: env.RUNNER_TEMP || process.cwd(),
    outputOrigin: env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'RUNNER_TEMP (unset: the working directory)'
  }
  if (mode === 'sign') {
    const sign = readSign(inputs)
    if (common.vulnerabilities.scan && sign.sbom.kind === 'none')
      throw inputError(
        'sbom',
        '"none" leaves nothing to scan for vulnerabilities',
        'Generate the SBOM ("sbom: generate"), or turn the scan off'
      )
    scopeCredentials(common.registry, sign.image)
    return { ...common, mode, sign }
  }
  const verify = readVerify(inputs, mode)
  scopeCredentials(common.registry, verify.images[0])
  if (mode === 'verify') return { ...common, mode, verify }
  if (generate) common.network.imageTimeoutMs = common.network.timeoutMs / 2
  return { ...common, mode, verify, find: readFind(inputs, generate) }
}

function readFind(inputs: Inputs, generate: boolean): FindConfig {
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

/** What `sbom-sign scan` reads: the scan's source and gate, registry access, deadlines. */
export interface ScanConfig {
  registry: RegistryConfig
  network: NetworkConfig
  vulnerabilities: VulnerabilityConfig
}

/** The CLI's `scan`: always scans; the gate and source options as the action has them. */
export function readScanConfig(read: InputReader): ScanConfig {
  const inputs = new Inputs(read)
  return {
    registry: readRegistry(inputs),
    network: readNetwork(inputs, 'sign'),
    vulnerabilities: readVulnerabilities(inputs, 'scan', inputs.boolean('offline', false))
  }
}

/**
 * Explicit credentials belong to one registry, as `docker login` credentials do: the `registry`
 * input, else the registry of the (first) image. Offering them to every registry that asks
 * would hand one registry's password to another's token service.
 */
function scopeCredentials(registry: RegistryConfig, image: string | undefined): void {
  if (!registry.username || registry.credentialsRegistry) return
  if (image) {
    registry.credentialsRegistry = parseReference(image).registry
    return
  }
  throw new ActionError(
    'INPUT_MISSING',
    'input "registry" is required with "registry-username" here',
    {
      hint: 'Name the registry (e.g. ghcr.io) that the username and password are for'
    }
  )
}

function readNetwork(inputs: Inputs, mode: 'sign' | 'verify'): NetworkConfig {
  const timeout = inputs.duration('timeout')
  const budget = inputs.duration('retry-budget')
  if (timeout === 0) throw inputError('timeout', 'must be more than 0 s', 'Use e.g. 10m or 90s')
  const timeoutMs =
    timeout === undefined ? (mode === 'sign' ? SIGN_TIMEOUT_MS : VERIFY_TIMEOUT_MS) : timeout * 1000
  return {
    timeoutMs,
    imageTimeoutMs: Math.min(IMAGE_TIMEOUT_MS, timeoutMs / 2),
    retryBudgetMs: budget === undefined ? RETRY_BUDGET_MS : budget * 1000
  }
}

function readRegistry(inputs: Inputs): RegistryConfig {
  const username = inputs.string('registry-username')
  const password = inputs.string('registry-password')
  const githubToken = inputs.string('github-token')
  for (const secret of [password, githubToken]) if (secret) log.secret(secret)
  if (password && !username)
    throw inputError(
      'registry-password',
      'is set without "registry-username"',
      'Set both, or neither to use the docker config'
    )
  return {
    username,
    password,
    githubToken,
    credentialsRegistry: inputs.string('registry'),
    insecureRegistries: inputs.list('insecure-registries')
  }
}

function readSigstore(inputs: Inputs): SigstoreConfig {
  const fulcioURL = inputs.url('fulcio-url')
  const rekorURL = inputs.url('rekor-url')
  const tsaURL = inputs.url('tsa-url')
  const signingConfig = inputs.string('signing-config')
  const custom = Boolean(fulcioURL || rekorURL || tsaURL || signingConfig)
  const instance = inputs.choice('sigstore', SIGSTORE_INSTANCES, custom ? 'custom' : 'public-good')
  const trustedRoot = inputs.string('trusted-root')
  if (instance === 'custom' && !trustedRoot)
    throw inputError(
      'trusted-root',
      'is required with a custom Sigstore instance (signing-config, fulcio-url, rekor-url or tsa-url)',
      "Give the path of the instance's trusted_root.json"
    )
  const keyPassword = inputs.string('key-password')
  if (keyPassword) log.secret(keyPassword)
  const key = inputs.string('key')
  if (key?.includes('PRIVATE KEY')) log.secret(key)
  return {
    instance,
    fulcioURL,
    rekorURL,
    tsaURL,
    trustedRoot,
    signingConfig,
    key,
    keyPassword,
    tlogUpload: inputs.boolean('tlog-upload', true),
    offline: inputs.boolean('offline', false)
  }
}

function readSign(inputs: Inputs): SignConfig {
  const image = inputs.required(
    'image',
    'Set "image" to the pushed reference, e.g. ghcr.io/owner/app@${{ steps.build.outputs.digest }}'
  )
  const digest = inputs.string('digest')
  if (digest !== undefined && !DIGEST.test(digest))
    throw inputError('digest', `"${digest}" is not a sha256 digest`, 'Use the form sha256:<64 hex>')
  const sbomInput = inputs.string('sbom') ?? 'generate'
  const sbom: SbomSource =
    sbomInput === 'generate' || sbomInput === 'none' || sbomInput === 'buildx'
      ? { kind: sbomInput }
      : { kind: 'file', path: sbomInput }
  return {
    image,
    digest,
    platforms: inputs.list('platforms'),
    sbom,
    sbomFormat: inputs.choice('sbom-format', SBOM_FORMATS, 'cyclonedx-json'),
    attachFormat: inputs.choice('attach-format', ATTACH_FORMATS, 'bundle'),
    provenance: inputs.boolean('provenance', false),
    githubAttestations: inputs.boolean('github-attestations', false),
    force: inputs.boolean('force', false),
    maxPredicateSize: inputs.size('max-predicate-size', 16 * 1024 ** 2)
  }
}

/** Verify mode's images and signer inputs; find mode reads the same. */
function readVerify(inputs: Inputs, mode: 'verify' | 'find'): VerifyConfig {
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
