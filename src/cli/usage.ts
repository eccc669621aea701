import {
  COMMON_OPTIONS,
  describeOptions,
  OUTPUT_DIR_OPTION,
  SUMMARY_OPTION,
  type Option
} from './options'
import { SBOM_OPTIONS } from './sbom-options'
import { SCAN_OUTPUT_OPTIONS, VULN_OPTIONS } from './scan-options'
import { SIGN_OPTIONS, SIGN_SCAN_OPTIONS } from './sign-options'
import { FIND_OPTIONS, VERIFY_OPTIONS } from './verify-options'

/** `sbom-sign --help`: the commands, a few examples, the exit codes. */
export const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  scan SBOM|SOURCE            scan an SBOM (or an image's, generated) for vulnerabilities
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy
  find QUERY IMAGE...         which images' verified SBOMs list a package (incident response)

Options:
  --help                      this help; "sbom-sign <command> --help" for a command's options
  --version                   print the version

Examples:
  sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json
  sbom-sign scan app.cdx.json --fail-on-severity high
  sbom-sign sign ghcr.io/acme/app@sha256:… --output-dir out
  sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom
  sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 \\
    --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com

Exit codes: 0 ok, 1 verification, the vulnerability gate or the operation failed (find: an image
could not be checked),
2 usage or input error, 3 find --fail-if-found found the package.
Keyless signing outside GitHub Actions reads an OIDC token from $SIGSTORE_ID_TOKEN.`

const SOURCES = `SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH (docker save).`

const EXAMPLES: Record<Command, string[]> = {
  sbom: [
    'sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json',
    "sbom-sign sbom oci-archive:app.tar --format spdx-json --output - | jq '.packages[].name'",
    'sbom-sign sbom localhost:5000/app:dev --platform linux/arm64 --output app.cdx.json'
  ],
  scan: [
    'sbom-sign scan app.cdx.json --fail-on-severity high --output-dir report',
    'sbom-sign scan ghcr.io/acme/app:1.0 --platform linux/arm64 --vex app.vex.json --sarif app.sarif',
    "sbom-sign scan sbom:app.spdx.json --json - | jq '.counts'",
    'sbom-sign scan oci-archive:app.tar --offline --vulnerability-db osv/Debian.zip --ignore-vulnerabilities "CVE-2024-1234 until=2025-06-30"'
  ],
  sign: [
    'sbom-sign sign ghcr.io/acme/app@sha256:… --output-dir out      # keyless: needs $SIGSTORE_ID_TOKEN outside Actions',
    'sbom-sign sign ghcr.io/acme/app@sha256:… --fail-on-severity critical --vulnerability-attestation',
    'sbom-sign sign ghcr.io/acme/app@sha256:… --key cosign.key --key-password "$PW" --attach-format both'
  ],
  verify: [
    "sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom",
    'sbom-sign verify --dockerfile Dockerfile --policy .github/image-policy.yaml --output-dir report',
    'sbom-sign verify ghcr.io/acme/app:1.0 --key cosign.pub'
  ],
  find: [
    "sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com",
    "sbom-sign find 'pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0.0,<2.17.1' $(cat images.txt) --policy .github/image-policy.yaml --json found.json",
    "sbom-sign find 'lodash@<4.17.21' ghcr.io/acme/web:latest --key cosign.pub --generate --fail-if-found"
  ]
}

export type Command = 'sbom' | 'scan' | 'sign' | 'verify' | 'find'

/** Options of the registry an image source is pulled from, and of the run's deadlines. */
const PULL_OPTIONS = [
  'insecure-registry',
  'insecure-registries',
  'registry-username',
  'registry-password',
  'timeout',
  'retry-budget'
]

/** Verify mode's options that say whose signatures count; find takes them too. */
const SIGNER_OPTIONS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'max-age',
  'policy',
  'github-attestations',
  'offline'
]

/** The options a command takes, in the order its help lists them. */
export function commandOptions(command: Command): Option[] {
  if (command === 'sbom') return [...SBOM_OPTIONS]
  if (command === 'scan')
    return [
      ...VULN_OPTIONS,
      ...SCAN_OUTPUT_OPTIONS,
      OUTPUT_DIR_OPTION,
      SUMMARY_OPTION,
      ...SBOM_OPTIONS.filter(o => o.name === 'platform'),
      ...COMMON_OPTIONS.filter(o => PULL_OPTIONS.includes(o.name))
    ]
  if (command === 'find')
    return [
      ...FIND_OPTIONS,
      ...VERIFY_OPTIONS.filter(o => SIGNER_OPTIONS.includes(o.name)),
      ...COMMON_OPTIONS,
      OUTPUT_DIR_OPTION,
      SUMMARY_OPTION
    ]
  const own = command === 'sign' ? [...SIGN_OPTIONS, ...SIGN_SCAN_OPTIONS] : VERIFY_OPTIONS
  return [...own, ...VULN_OPTIONS, ...COMMON_OPTIONS, OUTPUT_DIR_OPTION, SUMMARY_OPTION]
}

/** `sbom-sign <command> --help`: synopsis, what it does, its options, examples. */
export function commandUsage(command: Command): string {
  const synopsis = {
    sbom: 'sbom SOURCE --output FILE [options]',
    scan: 'scan SBOM|SOURCE [options]',
    sign: 'sign IMAGE [options]',
    verify: 'verify IMAGE... [options]',
    find: 'find QUERY IMAGE... [options]'
  }[command]
  const what = {
    sbom: `Generates the SBOM of an image from its layers.\n${SOURCES}`,
    scan: `Scans an SBOM (a CycloneDX or SPDX JSON file, or sbom:PATH) for vulnerabilities in OSV, or generates the SBOM of an image SOURCE first. Prints the summary table; the JSON and SARIF reports go to --output-dir. Exits 1 when a finding reaches --fail-on-severity.\n${SOURCES}`,
    sign: 'Generates the SBOM of IMAGE, signs the image keyless (or with --key) and attaches the SBOM as a signed attestation. Prints the outputs as JSON; the files go to --output-dir.',
    verify:
      'Checks the signatures and attestations of IMAGE... (or the FROM images of --dockerfile) against the signer options or --policy. Prints the outputs as JSON; the report goes to --output-dir.',
    find: `Reports which of IMAGE... (each platform of an index) contain the package QUERY names, from each image's verified SBOM attestation (signer options or --policy, as in verify). Prints a table; the JSON report goes to --output-dir and --json.
QUERY is a purl with an optional version range (pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2, pkg:npm/lodash@<4.17.21; "," is and, "|" is or) or a plain name[@range] matched in every ecosystem. A Debian or Alpine query also finds the packages built from that source package.`
  }[command]
  return [
    `Usage: sbom-sign ${synopsis}`,
    '',
    what,
    '',
    command === 'sbom' || command === 'scan'
      ? 'Options:'
      : 'Options (the action inputs of the same names, and a few of the CLI):',
    ...describeOptions(commandOptions(command)),
    '',
    'Examples:',
    ...EXAMPLES[command].map(e => `  ${e}`)
  ].join('\n')
}
