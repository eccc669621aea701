import type { Option } from './options'

/** Which images `verify` checks and whose signatures and attestations count. */
export const VERIFY_OPTIONS: readonly Option[] = [
  {
    name: 'dockerfile',
    value: 'PATH',
    description: 'check every image these Dockerfiles pull (paths or globs)'
  },
  {
    name: 'build-platforms',
    value: 'LIST',
    description:
      "the Dockerfile's target platforms, e.g. linux/amd64,linux/arm64 (default: this machine's)"
  },
  {
    name: 'build-args',
    value: 'NAME=VALUE',
    description: 'a --build-arg value for the Dockerfile (repeatable)',
    multiple: true
  },
  {
    name: 'certificate-identity',
    value: 'ID',
    description: 'the exact signer identity, e.g. a workflow URL'
  },
  {
    name: 'certificate-identity-regexp',
    value: 'RE',
    description: 'a regular expression the whole signer identity must match'
  },
  {
    name: 'certificate-oidc-issuer',
    value: 'URL',
    description: 'the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com'
  },
  {
    name: 'certificate-oidc-issuer-regexp',
    value: 'RE',
    description: 'a regular expression the whole issuer must match'
  },
  {
    name: 'max-age',
    value: 'AGE',
    description: 'reject signatures older than this, e.g. 30d or 12h'
  },
  {
    name: 'policy',
    value: 'FILE',
    description: 'a YAML policy file with per-image rules (instead of the identity options)'
  },
  {
    name: 'fail-on',
    value: 'error|never',
    description: '"never" reports without failing (exit 0)'
  },
  { name: 'require-sbom', description: 'require a signed SBOM attestation that parses' },
  { name: 'require-provenance', description: 'require a signed SLSA provenance attestation' },
  { name: 'github-attestations', description: "also look up GitHub's attestations API" }
]

/** `find`'s own options; it takes verify's signer options too. */
export const FIND_OPTIONS: readonly Option[] = [
  {
    name: 'generate',
    description: 'generate the SBOM of an image without a verified one (reported as generated)'
  },
  {
    name: 'concurrency',
    value: 'N',
    description: 'images checked at once (default: 4)'
  },
  {
    name: 'fail-if-found',
    description: 'exit 3 when any image contains (or may contain) the package'
  },
  { name: 'json', value: 'FILE', description: 'also write the JSON report to FILE' }
]
