/**
 * The CLI takes the action's inputs as --flags of the same names, so a workflow
 * step and a shell command are one-to-one. Boolean inputs are flags that take
 * no value (`--force`); every other input takes one (`--attach-format legacy`).
 * Each option has the one line `--help` prints for it.
 */
export interface Option {
  name: string
  /** What the value looks like in --help; absent for a flag without a value. */
  value?: string
  description: string
  /** Given more than once, the values add up (hosts, platforms). */
  multiple?: boolean
}

export const COMMON_OPTIONS: readonly Option[] = [
  {
    name: 'registry-username',
    value: 'USER',
    description: 'registry user name (default: the docker config)'
  },
  {
    name: 'registry-password',
    value: 'PASSWORD',
    description: 'registry password or token (masked in logs)'
  },
  {
    name: 'registry',
    value: 'HOST',
    description: "the registry the username and password are for (default: the image's)"
  },
  {
    name: 'insecure-registry',
    value: 'HOST',
    multiple: true,
    description: 'reach HOST[:PORT] over plain HTTP (repeatable; loopback always is)'
  },
  {
    name: 'insecure-registries',
    value: 'HOSTS',
    description: "the same, as a comma-separated list (the action input's name)"
  },
  {
    name: 'github-token',
    value: 'TOKEN',
    description:
      "token for GitHub's attestations API and ghcr.io (which falls back to $GITHUB_TOKEN)"
  },
  {
    name: 'sigstore',
    value: 'NAME',
    description: '"public-good" (default), "github" or "custom" (with the URLs below)'
  },
  { name: 'fulcio-url', value: 'URL', description: 'base URL of a custom Fulcio' },
  { name: 'rekor-url', value: 'URL', description: 'base URL of a custom Rekor (v1)' },
  { name: 'tsa-url', value: 'URL', description: 'URL of a custom RFC 3161 timestamp authority' },
  {
    name: 'trusted-root',
    value: 'FILE',
    description: 'a trusted_root.json to check bundles against (and the only one trusted)'
  },
  {
    name: 'key',
    value: 'FILE',
    description: 'sign or verify with this key (cosign encrypted or PKCS#8 PEM) instead of keyless'
  },
  { name: 'key-password', value: 'PASSWORD', description: 'password of an encrypted key' },
  {
    name: 'timeout',
    value: 'DURATION',
    description: 'give up after this long in all, e.g. 10m (default: 20m to sign, 5m to verify)'
  },
  {
    name: 'retry-budget',
    value: 'DURATION',
    description: 'total time spent waiting to retry registries and Sigstore services (default: 3m)'
  },
  {
    name: 'platforms',
    value: 'LIST',
    description: 'platforms of a multi-platform image, e.g. linux/amd64,linux/arm64 (default: all)'
  }
]

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

/** The vulnerability scan's source and gate: sign, verify and scan take them alike. */
export const VULN_OPTIONS: readonly Option[] = [
  {
    name: 'fail-on-severity',
    value: 'SEVERITY',
    description: 'fail on a vulnerability at or above critical, high, medium or low (default: none)'
  },
  {
    name: 'unknown-severity',
    value: 'SEVERITY',
    description: 'how a vulnerability of unknown severity ranks for the gate (default: critical)'
  },
  {
    name: 'ignore-vulnerabilities',
    value: 'IDS',
    multiple: true,
    description:
      'IDs or aliases to set aside (repeatable, or comma-separated), "ID until=DATE" to expire'
  },
  {
    name: 'vex',
    value: 'FILE',
    description: 'an OpenVEX document whose not_affected/fixed statements set findings aside'
  },
  {
    name: 'osv-url',
    value: 'URL',
    description: "OSV's API or a mirror of it (default: https://api.osv.dev)"
  },
  {
    name: 'vulnerability-db',
    value: 'PATH',
    description: 'a directory or zip of OSV records, read instead of the API'
  },
  {
    name: 'offline',
    description: 'use the embedded trust root, and scan only in --vulnerability-db'
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

/** Options of the CLI itself, not action inputs. */
export const OUTPUT_DIR_OPTION: Option = {
  name: 'output-dir',
  value: 'DIR',
  description: 'where the SBOM, bundles or report go (default: a new directory under $TMPDIR)'
}
export const SUMMARY_OPTION: Option = {
  name: 'summary',
  value: 'FILE',
  description: 'also write the job summary (Markdown) to FILE'
}

/** Where `scan` writes its reports, besides --output-dir. */
export const SCAN_OUTPUT_OPTIONS: readonly Option[] = [
  {
    name: 'sarif',
    value: 'FILE',
    description: 'write the SARIF 2.1.0 report here (default: DIR/vulnerabilities.sarif)'
  },
  {
    name: 'json',
    value: 'FILE',
    description:
      'write the JSON report here, "-" for standard output (default: DIR/vulnerabilities.json)'
  }
]

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

/** The options block of --help: one line per option, descriptions aligned. */
export function describeOptions(options: readonly Option[]): string[] {
  const all = [...options, { name: 'help', description: 'show this help' }]
  const left = all.map(o => `  --${o.name}${o.value ? ` ${o.value}` : ''}`)
  const width = Math.max(...left.map(l => l.length)) + 2
  return left.map((l, i) => `${l.padEnd(width)}${all[i]?.description ?? ''}`)
}
