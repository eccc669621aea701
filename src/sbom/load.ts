import { readFile, stat } from 'node:fs/promises'
import { ActionError } from '../errors'
import { summarise } from './summary'
import { CYCLONEDX_PREDICATE, SPDX_PREDICATE, type Sbom } from './types'

/** Larger documents cannot be attested anyway (attestation stores cap well below this). */
const MAX_FILE_SIZE = 512 * 1024 * 1024

const invalid = (path: string, why: string): ActionError =>
  new ActionError('SBOM_INVALID', `SBOM file ${path} ${why}`, {
    hint: 'Pass a CycloneDX (1.2 or later) or SPDX 2.x JSON document, e.g. from "docker buildx build --sbom=true" or syft'
  })

/** Reads a user-supplied SBOM, checks it is CycloneDX or SPDX JSON, and keeps its bytes as they are. */
export async function loadSbomFile(path: string): Promise<Sbom> {
  let bytes: Buffer
  try {
    if ((await stat(path)).size > MAX_FILE_SIZE)
      throw invalid(path, `is larger than ${MAX_FILE_SIZE} bytes`)
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError(
      'SBOM_INVALID',
      `cannot read SBOM file ${path}: ${(error as Error).message}`,
      {
        hint: {
          action: 'Check the "sbom" input points at a file the job created',
          cli: 'Check that --sbom names an existing file'
        }
      }
    )
  }
  let document: unknown
  try {
    document = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    throw invalid(path, `is not JSON (${(error as Error).message})`)
  }
  if (!document || typeof document !== 'object' || Array.isArray(document))
    throw invalid(path, 'is not a JSON object')
  const doc = document as Record<string, unknown>
  if (doc.bomFormat === 'CycloneDX') {
    checkCycloneDx(path, doc)
    return {
      format: 'cyclonedx-json',
      specVersion: doc.specVersion as string,
      document: doc,
      bytes,
      predicateType: CYCLONEDX_PREDICATE,
      summary: summarise(doc)
    }
  }
  if (typeof doc.spdxVersion === 'string') {
    const version = checkSpdx(path, doc)
    return {
      format: 'spdx-json',
      specVersion: version,
      document: doc,
      bytes,
      predicateType: SPDX_PREDICATE,
      summary: summarise(doc)
    }
  }
  throw invalid(
    path,
    'is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion")'
  )
}

function checkCycloneDx(path: string, doc: Record<string, unknown>): void {
  const version = doc.specVersion
  if (typeof version !== 'string' || !/^1\.[2-7]$/.test(version)) {
    throw invalid(path, `has unsupported CycloneDX specVersion ${JSON.stringify(version)}`)
  }
  if (doc.components !== undefined && !Array.isArray(doc.components))
    throw invalid(path, 'has "components" that is not an array')
  const components = (doc.components as unknown[] | undefined) ?? []
  components.forEach((c, i) => {
    const comp = c as Record<string, unknown> | null
    if (
      !comp ||
      typeof comp !== 'object' ||
      typeof comp.name !== 'string' ||
      typeof comp.type !== 'string'
    ) {
      throw invalid(path, `has components[${i}] without a string "type" and "name"`)
    }
  })
  if (doc.metadata !== undefined && (typeof doc.metadata !== 'object' || doc.metadata === null)) {
    throw invalid(path, 'has "metadata" that is not an object')
  }
}

function checkSpdx(path: string, doc: Record<string, unknown>): string {
  const match = /^SPDX-(2\.\d)$/.exec(doc.spdxVersion as string)
  if (!match)
    throw invalid(
      path,
      `has unsupported spdxVersion ${JSON.stringify(doc.spdxVersion)} (SPDX 2.x JSON is supported)`
    )
  for (const field of ['SPDXID', 'name', 'dataLicense'] as const) {
    if (typeof doc[field] !== 'string') throw invalid(path, `lacks the SPDX field "${field}"`)
  }
  if (doc.packages !== undefined && !Array.isArray(doc.packages))
    throw invalid(path, 'has "packages" that is not an array')
  ;((doc.packages as unknown[] | undefined) ?? []).forEach((p, i) => {
    const pkg = p as Record<string, unknown> | null
    if (
      !pkg ||
      typeof pkg !== 'object' ||
      typeof pkg.SPDXID !== 'string' ||
      typeof pkg.name !== 'string'
    ) {
      throw invalid(path, `has packages[${i}] without "SPDXID" and "name"`)
    }
  })
  return match[1] as string
}
