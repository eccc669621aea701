import { ActionError } from '../errors'
import type { Statement } from '../verify'
import { SLSA_PROVENANCE_PREDICATE, imageStatement } from './statements'

/** The build type GitHub's own provenance attestations use. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

/**
 * SLSA v1 provenance of the running workflow for the image, with the fields GitHub's
 * attestations carry: the workflow (repository, ref, path) as external parameters, the
 * event and ids as internal ones, the commit as resolved dependency, the workflow file at
 * its ref as builder, and the run attempt as invocation.
 */
export function provenanceStatement(
  name: string,
  digest: string,
  env: NodeJS.ProcessEnv = process.env
): Statement {
  const need = (key: string) => {
    const value = env[key]
    if (!value)
      throw new ActionError('INPUT_INVALID', `provenance needs ${key}, which is not set`, {
        hint: 'Provenance describes a GitHub Actions run; use "provenance: false" elsewhere'
      })
    return value
  }
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = need('GITHUB_REPOSITORY')
  const workflowRef = need('GITHUB_WORKFLOW_REF')
  const ref = need('GITHUB_REF')
  const sha = need('GITHUB_SHA')
  const at = workflowRef.indexOf('@')
  const workflowPath = (at < 0 ? workflowRef : workflowRef.slice(0, at)).replace(
    `${repository}/`,
    ''
  )
  const predicate = {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref, repository: `${server}/${repository}`, path: workflowPath }
      },
      internalParameters: {
        github: {
          event_name: env.GITHUB_EVENT_NAME ?? '',
          repository_id: env.GITHUB_REPOSITORY_ID ?? '',
          repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
          runner_environment: env.RUNNER_ENVIRONMENT ?? ''
        }
      },
      resolvedDependencies: [
        { uri: `git+${server}/${repository}@${ref}`, digest: { gitCommit: sha } }
      ]
    },
    runDetails: {
      builder: { id: `${server}/${workflowRef}` },
      metadata: {
        invocationId: `${server}/${repository}/actions/runs/${need('GITHUB_RUN_ID')}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`
      }
    }
  }
  return imageStatement(name, digest, SLSA_PROVENANCE_PREDICATE, predicate)
}
