import { ActionError } from '../errors'

export interface SbomRequest {
  source: string
  output: string
  format?: string
  platform?: string
  insecureRegistries: string[]
  username?: string
  password?: string
}

/** CLI `sbom`: image source → SBOM → file. */
export async function runSbom(request: SbomRequest): Promise<void> {
  throw new ActionError(
    'SBOM_INVALID',
    `SBOM generation for ${request.source} is not available yet`
  )
}
