import { COMMON_OPTIONS, type Option } from './options'

/** `sbom`: where the SBOM goes, its format, the platform, and how to reach the registry. */
export const SBOM_OPTIONS: readonly Option[] = [
  {
    name: 'output',
    value: 'FILE',
    description: 'where to write the SBOM; "-" for standard output'
  },
  { name: 'format', value: 'FORMAT', description: '"cyclonedx-json" (default) or "spdx-json"' },
  {
    name: 'platform',
    value: 'OS/ARCH',
    description: 'which image of a multi-platform index (default: linux/amd64 or the only one)'
  },
  ...COMMON_OPTIONS.filter(o =>
    ['insecure-registry', 'insecure-registries', 'registry-username', 'registry-password'].includes(
      o.name
    )
  )
]
