import type { Option } from './options'

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
    name: 'allow-incomplete-sbom',
    description:
      'let the gate pass an SBOM that marks itself incomplete when what it lists passes (default: fail)'
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
