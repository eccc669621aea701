import { inputError } from '../errors'
import { Inputs, type InputReader } from './inputs'
import { readNetwork, type NetworkConfig } from './network'
import { readRegistry, scopeCredentials, type RegistryConfig } from './registry'
import { readSign, type SignConfig } from './sign'
import { readSigstore, type SigstoreConfig } from './sigstore'
import { readFind, readVerify, type FindConfig, type VerifyConfig } from './verify'
import { readVulnerabilities, type VulnerabilityConfig } from './vulnerabilities'

export type { InputReader } from './inputs'
export type { NetworkConfig } from './network'
export type { RegistryConfig } from './registry'
export { SBOM_FORMATS, type AttachFormat, type SbomFormat, type SignConfig } from './sign'
export type { SigstoreConfig } from './sigstore'
export type { FindConfig, VerifyConfig } from './verify'
export {
  GATE_SEVERITIES,
  OFFLINE_DATABASE_HINT,
  requireSourceOffline,
  type GateSeverity,
  type VulnerabilityConfig
} from './vulnerabilities'

/** What every mode reads: how to reach the registry and Sigstore, deadlines, the scan. */
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

/** The action's inputs (or the CLI's options) for the mode they name, checked. */
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
