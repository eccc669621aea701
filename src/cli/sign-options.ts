import type { Option } from './options'

/** What `sign` signs, how and where it attaches it. */
export const SIGN_OPTIONS: readonly Option[] = [
  {
    name: 'digest',
    value: 'sha256:…',
    description: 'the digest to sign when IMAGE is a tag-less name'
  },
  {
    name: 'sbom',
    value: 'generate|none|FILE',
    description:
      'generate the SBOM (default), attach none, or attach an existing CycloneDX/SPDX JSON file'
  },
  {
    name: 'sbom-format',
    value: 'FORMAT',
    description: '"cyclonedx-json" (default) or "spdx-json"'
  },
  {
    name: 'attach-format',
    value: 'FORMAT',
    description: '"bundle" (OCI 1.1 referrers, default), "legacy" (cosign .sig/.att tags) or "both"'
  },
  {
    name: 'max-predicate-size',
    value: 'BYTES',
    description: 'largest SBOM embedded in an attestation'
  },
  { name: 'provenance', description: 'also attest SLSA v1 build provenance' },
  {
    name: 'github-attestations',
    description: "also store the bundles with GitHub's attestations API"
  },
  {
    name: 'force',
    description: 'sign again even when a valid signature and SBOM attestation exist'
  },
  {
    name: 'no-tlog-upload',
    description: 'do not record the signatures in Rekor (keyless: needs a timestamp authority)'
  }
]

/** Sign mode's own scan options. */
export const SIGN_SCAN_OPTIONS: readonly Option[] = [
  {
    name: 'vulnerability-scan',
    description: 'scan the SBOM (implied by --fail-on-severity or --vulnerability-attestation)'
  },
  {
    name: 'vulnerability-attestation',
    description: "sign the scan result as cosign's vuln predicate and attach it"
  }
]
