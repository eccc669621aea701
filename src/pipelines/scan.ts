import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { ScanConfig } from '../config'
import { writeFileAtomic, type OutputDir } from '../files'
import { ActionError } from '../errors'
import { log } from '../log'
import { withDeadline } from '../network/deadline'
import { RetryBudget } from '../network/retry'
import { openTarget, selectPlatform } from '../oci'
import { generateSbom, loadSbomFile, type Sbom } from '../sbom'
import type { RunResult } from './result'
import {
  describedPurl,
  gateFailure,
  jsonReport,
  openScanner,
  scanOutputs,
  scanSummary,
  writeScanReports,
  type ScanSubject
} from './vulnerabilities'

export interface ScanRequest {
  /** An SBOM file (`sbom:PATH` or an existing file), or an image source as `sbom` takes it. */
  source: string
  platform?: string
  config: ScanConfig
  outputDir: OutputDir
  /** Where the JSON report goes instead of DIR/vulnerabilities.json; `-`: standard output. */
  json?: string
  sarif?: string
}

/** CLI `scan`: SBOM (read, or generated from the image) → scan → gate → reports. */
export async function runScan(request: ScanRequest): Promise<RunResult> {
  const { config } = request
  return withDeadline(
    config.network.timeoutMs,
    { what: 'the scan', input: 'timeout', graceMs: 1000 },
    async () => {
      const budget = new RetryBudget(config.network.retryBudgetMs)
      // The source and VEX document first: a bad path fails before an image is pulled.
      const scanner = await openScanner(config.vulnerabilities, budget)
      const { sbom, subject } = await sbomOf(request, budget)
      log.info(`scanning ${subject.artifact} against ${scanner.description}`)
      const scan = await scanner.scan(sbom, subject, config.vulnerabilities.failOn)
      const toStdout = request.json === '-'
      const paths = await writeScanReports(request.outputDir, [scan], {
        json: toStdout ? undefined : request.json,
        sarif: request.sarif
      })
      if (toStdout) process.stdout.write(`${JSON.stringify(jsonReport([scan]), null, 2)}\n`)
      const failure = gateFailure([scan])
      return {
        ok: failure === undefined,
        ...(failure ? { failure } : {}),
        outputs: scanOutputs(paths, [scan]),
        summary: scanSummary([scan], config.vulnerabilities)
      }
    }
  )
}

async function sbomOf(
  request: ScanRequest,
  budget: RetryBudget
): Promise<{ sbom: Sbom; subject: ScanSubject }> {
  const file = sbomFile(request.source)
  if (file) {
    const sbom = await loadSbomFile(file)
    return { sbom, subject: { artifact: file, purls: describedPurl(sbom) } }
  }
  const { registry } = request.config
  const target = await openTarget(request.source, {
    insecureRegistries: registry.insecureRegistries,
    retryBudget: budget,
    ...(registry.username ? { username: registry.username } : {}),
    ...(registry.password ? { password: registry.password } : {})
  })
  const image = await selectPlatform(target, request.platform)
  const started = Date.now()
  const sbom = await generateSbom(image, { format: 'cyclonedx-json', imageName: image.name })
  const path = join(request.outputDir.path, 'sbom.cdx.json')
  await writeFileAtomic(path, sbom.bytes, request.outputDir.origin)
  log.info(
    `${path}: ${sbom.summary.packages} packages in ${image.name}, ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  return {
    sbom,
    subject: {
      artifact: `${image.name.replace(/@sha256:[0-9a-f]{64}$/, '')}@${image.digest}`,
      digest: image.digest,
      purls: describedPurl(sbom)
    }
  }
}

/** `sbom:PATH` always; otherwise a path that names a file (image sources are not files). */
function sbomFile(source: string): string | undefined {
  if (source.startsWith('sbom:')) return source.slice('sbom:'.length)
  try {
    return statSync(source).isFile() ? source : undefined
  } catch {
    if (/\.json$/i.test(source))
      throw new ActionError('INPUT_INVALID', `${source} does not exist`, {
        hint: 'Give the path of a CycloneDX or SPDX JSON SBOM, or an image reference'
      })
    return undefined
  }
}
