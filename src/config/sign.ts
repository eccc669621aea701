import { inputError } from '../errors'
import type { Inputs } from './inputs'

export const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'] as const
export type SbomFormat = (typeof SBOM_FORMATS)[number]

const ATTACH_FORMATS = ['bundle', 'legacy', 'both'] as const
export type AttachFormat = (typeof ATTACH_FORMATS)[number]

/** `sbom` input: generate one, take BuildKit's from the index, use the file at a path, or none. */
export type SbomSource =
  { kind: 'generate' } | { kind: 'buildx' } | { kind: 'file'; path: string } | { kind: 'none' }

export interface SignConfig {
  image: string
  /** When given, the digest that is signed; must agree with `image` if that has one. */
  digest?: string
  platforms: string[]
  sbom: SbomSource
  sbomFormat: SbomFormat
  attachFormat: AttachFormat
  provenance: boolean
  githubAttestations: boolean
  force: boolean
  /** Above this size the SBOM is attached as its own blob and attested by digest. */
  maxPredicateSize: number
}

const DIGEST = /^sha256:[a-f0-9]{64}$/

/** Sign mode's image, what to sign of it, and the SBOM and formats that go with it. */
export function readSign(inputs: Inputs): SignConfig {
  const image = inputs.required(
    'image',
    'Set "image" to the pushed reference, e.g. ghcr.io/owner/app@${{ steps.build.outputs.digest }}'
  )
  const digest = inputs.string('digest')
  if (digest !== undefined && !DIGEST.test(digest))
    throw inputError('digest', `"${digest}" is not a sha256 digest`, 'Use the form sha256:<64 hex>')
  const sbomInput = inputs.string('sbom') ?? 'generate'
  const sbom: SbomSource =
    sbomInput === 'generate' || sbomInput === 'none' || sbomInput === 'buildx'
      ? { kind: sbomInput }
      : { kind: 'file', path: sbomInput }
  return {
    image,
    digest,
    platforms: inputs.list('platforms'),
    sbom,
    sbomFormat: inputs.choice('sbom-format', SBOM_FORMATS, 'cyclonedx-json'),
    attachFormat: inputs.choice('attach-format', ATTACH_FORMATS, 'bundle'),
    provenance: inputs.boolean('provenance', false),
    githubAttestations: inputs.boolean('github-attestations', false),
    force: inputs.boolean('force', false),
    maxPredicateSize: inputs.size('max-predicate-size', 16 * 1024 ** 2)
  }
}
