import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packagesOf } from '../../../../src/vuln/osv'
import type { OsvRecord, ScanPackage } from '../../../../src/vuln/types'
import { REPO_ROOT } from '../../../support/paths'
import { cyclonedx } from './sbom'

export const RECORDS = join(REPO_ROOT, '__fixtures__', 'osv', 'records')

/** A vendored real OSV record (__fixtures__/osv/NOTICE). */
export function record(id: string): OsvRecord {
  return JSON.parse(readFileSync(join(RECORDS, `${id}.json`), 'utf8')) as OsvRecord
}

/** The package an SBOM component with this purl (and properties) is scanned as. */
export function scanPackage(purl: string, properties: Record<string, string> = {}): ScanPackage {
  const { packages, unscanned } = packagesOf(
    cyclonedx([
      {
        type: 'library',
        name: 'x',
        version: '1',
        purl,
        properties: Object.entries(properties).map(([name, value]) => ({ name, value }))
      }
    ])
  )
  if (!packages[0]) throw new Error(`${purl} is not scanned: ${unscanned[0]?.why}`)
  return packages[0]
}
