import { join } from 'node:path'
import {
  ensureReferrersListed,
  runAttachSteps,
  type GitHubTarget,
  type PushedReferrer
} from '../../attach'
import { ActionError } from '../../errors'
import { collectGarbage } from '../../heap'
import { checkRoom, prepareOutputDir } from '../../files'
import { log } from '../../log'
import { RetryBudget } from '../../network/retry'
import { RegistryClient, parseReference } from '../../oci'
import {
  BundleSigner,
  GITHUB_ACTIONS_ISSUER,
  LocalVerifier,
  identityFromClaims,
  identityTokenSource,
  loadSigningKey,
  checkAttachFormat,
  selectServices,
  tokenClaims
} from '../../sign'
import type { RunResult } from '../result'
import type { SignRun, Subject } from './items'
import { resolveTarget, withDigest, listSubjects } from './image'
import { buildxSboms, estimateOutputBytes, planItems, writeSboms } from './sbom'
import { reuseExisting } from './reuse'
import { signItem, writeBundles } from './signing'
import { attachSteps, clearPendingRecords } from './attach'
import { outputs, summary } from './outputs'
import { scanBeforeSigning } from './scan'

/**
 * Sign mode, one file per step: inputs (here) → image source (image.ts) → SBOM (sbom.ts) →
 * vulnerability scan and gate (scan.ts) → reuse what is attached already (reuse.ts) → sign and verify locally (signing.ts) → attach
 * (attach.ts) → outputs and summary (outputs.ts). The items they pass along are in items.ts.
 */
export async function runSign(config: SignRun): Promise<RunResult> {
  const sign = config.sign
  // Everything that can fail for lack of permissions or bad inputs fails before any work.
  const key = config.sigstore.key
    ? loadSigningKey(config.sigstore.key, config.sigstore.keyPassword)
    : undefined
  const tokens = key ? undefined : identityTokenSource()
  // Who Fulcio will name is predictable for GitHub's issuer; other issuers' certificates are
  // taken as they come (the chain to the trusted root is still checked).
  const predicted = tokens ? identityFromClaims(tokenClaims(await tokens.getToken())) : undefined
  const identity = predicted?.issuer === GITHUB_ACTIONS_ISSUER ? predicted : undefined
  const github = sign.githubAttestations ? githubTarget(config) : undefined
  const outputDir = { path: join(config.outputDir, 'sbom-sign'), origin: config.outputOrigin }
  await prepareOutputDir(outputDir)
  const services = await selectServices(config.sigstore)
  checkAttachFormat(services, sign.attachFormat)
  const verifier = new LocalVerifier(services, key)
  if (!verifier.complete)
    log.notice(
      'No trusted root for this instance: the new bundles are checked against their own ' +
        'certificate only. Give "trusted-root" for a full check before attaching'
    )

  const ref = parseReference(sign.image)
  const retryBudget = new RetryBudget(config.network.retryBudgetMs)
  const client = new RegistryClient({ ...config.registry, retryBudget })
  const target = await resolveTarget(client, ref, sign)
  const pinned = withDigest(ref, target.digest)
  const subjects = await listSubjects(client, pinned, target, sign.platforms)
  const top = subjects[0] as Subject
  log.info(`signing ${pinned.name}@${target.digest}`)

  const buildx =
    sign.sbom.kind === 'buildx'
      ? await buildxSboms(client, pinned, target, subjects, sign)
      : undefined
  const items = await planItems(config, pinned, subjects, buildx)
  // Room for the files is known once the SBOMs are: checked before a certificate is spent.
  await checkRoom(outputDir, estimateOutputBytes(items))
  const sbomPaths = await writeSboms(outputDir, items)
  // The gate decides before anything is signed: a failed gate leaves nothing half-written.
  const scan = await scanBeforeSigning(
    config,
    pinned,
    top,
    items,
    { dir: outputDir, sbomPath: sbomPaths[0] },
    retryBudget
  )
  if (scan?.failed) return scan.failed
  if (scan)
    items.splice(
      items.findIndex(i => i.kind === 'signature'),
      0,
      ...scan.items
    )

  const started = Date.now()
  const pending = sign.force
    ? []
    : await reuseExisting(client, pinned, items, sign, verifier, identity ?? predicted, key)
  const signer = new BundleSigner({ services, tokens, key, retryBudget })
  let signerIdentity = identity
  // What loading and scanning left behind (texts, parsed documents) goes before signing.
  collectGarbage()
  for (const item of items) {
    if (item.existingRef) continue
    signerIdentity =
      (await signItem(signer, verifier, item, pinned, sign, services, identity)) ?? signerIdentity
  }
  await writeBundles(outputDir, items)

  const pushed: PushedReferrer[] = []
  const steps = attachSteps(client, pinned, items, sign, services, pushed, github)
  await runAttachSteps(steps)
  // After every write: a concurrent run may have dropped ours from the fallback index.
  await ensureReferrersListed(client, pinned, pushed)
  await clearPendingRecords(client, pinned, pending)
  const elapsed = Date.now() - started
  const fresh = items.filter(i => !i.existingRef).length
  log.info(
    fresh
      ? `signed, verified and attached ${fresh} item(s) in ${elapsed} ms`
      : 'a valid signature and SBOM attestation by this signer exist already; nothing new was ' +
          'signed (set "force: true" to sign again)'
  )

  const signed = summary(pinned, items, signerIdentity ?? predicted, key, services, elapsed)
  return {
    ok: true,
    outputs: { ...outputs(top, items, sbomPaths, services), ...scan?.outputs },
    summary: scan ? `${signed}\n\n${scan.summary}` : signed
  }
}

function githubTarget(config: SignRun): GitHubTarget {
  const token = config.registry.githubToken
  const repository = process.env.GITHUB_REPOSITORY
  if (!token || !repository)
    throw new ActionError(
      'INPUT_MISSING',
      '"github-attestations: true" needs "github-token" and GITHUB_REPOSITORY',
      {
        hint: {
          action:
            'Pass "github-token" (the default is the job\'s token) and add "attestations: write"',
          cli: 'Set --github-token and GITHUB_REPOSITORY=owner/name of the repository to attest in'
        }
      }
    )
  return {
    apiURL: process.env.GITHUB_API_URL || 'https://api.github.com',
    serverURL: process.env.GITHUB_SERVER_URL || 'https://github.com',
    repository,
    token
  }
}
