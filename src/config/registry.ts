import { ActionError, inputError } from '../errors'
import { log } from '../log'
import { parseReference } from '../oci/reference'
import type { Inputs } from './inputs'

/** How the registry is reached and who we are there. */
export interface RegistryConfig {
  username?: string
  password?: string
  /** The registry the username and password belong to; they are offered to no other. */
  credentialsRegistry?: string
  /** Hosts (host or host:port) reached over plain HTTP; loopback always is. */
  insecureRegistries: string[]
  /** GITHUB_TOKEN, used for ghcr.io when nothing else is configured. */
  githubToken?: string
}

/** The registry inputs; the password and token are masked in the log from here on. */
export function readRegistry(inputs: Inputs): RegistryConfig {
  const username = inputs.string('registry-username')
  const password = inputs.string('registry-password')
  const githubToken = inputs.string('github-token')
  for (const secret of [password, githubToken]) if (secret) log.secret(secret)
  if (password && !username)
    throw inputError(
      'registry-password',
      'is set without "registry-username"',
      'Set both, or neither to use the docker config'
    )
  return {
    username,
    password,
    githubToken,
    credentialsRegistry: inputs.string('registry'),
    insecureRegistries: inputs.list('insecure-registries')
  }
}

/**
 * Explicit credentials belong to one registry, as `docker login` credentials do: the `registry`
 * input, else the registry of the (first) image. Offering them to every registry that asks
 * would hand one registry's password to another's token service.
 */
export function scopeCredentials(registry: RegistryConfig, image: string | undefined): void {
  if (!registry.username || registry.credentialsRegistry) return
  if (image) {
    registry.credentialsRegistry = parseReference(image).registry
    return
  }
  throw new ActionError(
    'INPUT_MISSING',
    'input "registry" is required with "registry-username" here',
    {
      hint: 'Name the registry (e.g. ghcr.io) that the username and password are for'
    }
  )
}
