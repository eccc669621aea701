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

/** Registry, Sigstore, key and deadline options: every command that pulls or signs takes them. */
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

/** The options block of --help: one line per option, descriptions aligned. */
export function describeOptions(options: readonly Option[]): string[] {
  const all = [...options, { name: 'help', description: 'show this help' }]
  const left = all.map(o => `  --${o.name}${o.value ? ` ${o.value}` : ''}`)
  const width = Math.max(...left.map(l => l.length)) + 2
  return left.map((l, i) => `${l.padEnd(width)}${all[i]?.description ?? ''}`)
}
