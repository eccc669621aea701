import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import {
  appendLegacyLayers,
  attestationLayer,
  attestationLayerBytes,
  bundleReferrer,
  ensureReferrersListed,
  findBundleReferrers,
  legacyTag,
  readLegacyBundles,
  pushBundleReferrer,
  runAttachSteps,
  signatureLayer,
  storeAttestation,
  type AttachStep,
  type FoundBundle,
  type LegacyBundle,
  type LegacyLayer,
  type PushedReferrer,
  type StoredAttestation
} from '../attach'
import type { Config, SignConfig } from '../config'
import { ActionError, inputError } from '../errors'
import { log } from '../log'
import { RetryBudget } from '../network/retry'
import {
  RegistryClient,
  buildxAttestations,
  parseReference,
  type Descriptor,
  type Image,
  type Reference,
  type Target
} from '../oci'
import {
  BUILDX_SBOM_HINT,
  buildxSbom,
  generateSbom,
  loadSbomFile,
  sbomSummaryMarkdown,
  type Sbom
} from '../sbom'
import {
  BundleSigner,
  GITHUB_ACTIONS_ISSUER,
  LocalVerifier,
  identityFromClaims,
  identityTokenSource,
  imageStatement,
  indexSbomStatement,
  loadSigningKey,
  provenanceStatement,
  checkAttachFormat,
  selectServices,
  signatureStatement,
  signedBundleFromJSON,
  simpleSigningPayload,
  timestampBytes,
  tokenClaims,
  type SignedBundle,
  type SignerIdentity,
  type SigningKey,
  type SigstoreServices
} from '../sign'
import {
  bundleFromLegacyLayer,
  DSSE_ENVELOPE_MEDIA_TYPE,
  PLATFORM_ANNOTATION,
  subjectPlatform,
  type Statement
} from '../verify'
import type { RunResult } from './result'

type SignRun = Config & { mode: 'sign' }

/** A manifest that gets signed: the image (or index) and, for an index, each platform. */
interface Subject {
  digest: string
  descriptor: Descriptor
  /** os/arch[/variant] of an index child; absent for the top-level manifest. */
  platform?: string
  image?: Image
}

type ItemKind = 'signature' | 'sbom' | 'provenance'

/** One thing to sign and attach, and what became of it. */
interface Item {
  kind: ItemKind
  subject: Subject
  statement: Statement
  sbom?: Sbom
  /** The index's copy of a platform's SBOM attestation: the platform it describes. */
  describes?: Subject
  /** The DSSE bundle (new or found). */
  signed?: SignedBundle
  /** Legacy `.sig` needs a message signature over the simple-signing payload. */
  legacySigned?: SignedBundle
  /** Legacy `.att`: the envelope layer, timestamped over its own bytes as cosign checks it. */
  attestationLayer?: LegacyLayer
  /** Found valid in the registry: nothing to do. */
  existingRef?: string
  ref?: string
  legacyRef?: string
  github?: StoredAttestation
  bundlePath?: string
}

/** A valid bundle already in the registry, and the manifest holding it. */
interface Found {
  ref: string
  signed: SignedBundle
}

const LABEL: Record<ItemKind, string> = {
  signature: 'image signature',
  sbom: 'SBOM attestation',
  provenance: 'provenance attestation'
}

/** inputs → image → SBOM → sign → verify locally → attach → outputs */
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
  const outputDir = join(config.outputDir, 'sbom-sign')
  await mkdir(outputDir, { recursive: true })
  const sbomPaths = await writeSboms(outputDir, items)

  const started = Date.now()
  if (!sign.force)
    await reuseExisting(client, pinned, items, sign, verifier, identity ?? predicted, key)
  const signer = new BundleSigner({ services, tokens, key, retryBudget })
  let signerIdentity = identity
  for (const item of items) {
    if (item.existingRef) continue
    signerIdentity =
      (await signItem(signer, verifier, item, pinned, sign, services, identity)) ?? signerIdentity
  }
  await writeBundles(outputDir, items)

  const pushed: PushedReferrer[] = []
  const steps = attachSteps(client, pinned, items, sign, services, pushed)
  if (github)
    for (const item of items.filter(i => !i.existingRef && i.signed))
      steps.push({
        what: `${describe(item)} (GitHub attestations API)`,
        run: async () => {
          item.github = await storeAttestation(github, (item.signed as SignedBundle).bundle)
          return item.github.id
        }
      })
  await runAttachSteps(steps)
  // After every write: a concurrent run may have dropped ours from the fallback index.
  await ensureReferrersListed(client, pinned, pushed)
  const elapsed = Date.now() - started
  const fresh = items.filter(i => !i.existingRef).length
  log.info(
    fresh
      ? `signed, verified and attached ${fresh} item(s) in ${elapsed} ms`
      : 'a valid signature and SBOM attestation by this signer exist already; nothing new was ' +
          'signed (set "force: true" to sign again)'
  )

  return {
    ok: true,
    outputs: outputs(top, items, sbomPaths, services),
    summary: summary(pinned, items, signerIdentity ?? predicted, key, services, elapsed)
  }
}

function githubTarget(config: SignRun) {
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

async function resolveTarget(client: RegistryClient, ref: Reference, sign: SignConfig) {
  if (sign.digest && ref.digest && sign.digest !== ref.digest)
    throw inputError(
      'digest',
      `${sign.digest} differs from the digest in "image" (${ref.digest})`,
      'Give the digest once, in either input'
    )
  const wanted = sign.digest ?? ref.digest
  if (!wanted)
    log.warning(
      `"${ref.toString()}" has no digest: signing what the tag points at now. Pass the digest ` +
        '(e.g. steps.build.outputs.digest) so that exactly the pushed image is signed'
    )
  const target = await client.resolve(wanted ? withDigest(ref, wanted) : ref)
  if (wanted && target.digest !== wanted)
    throw new ActionError(
      'DIGEST_MISMATCH',
      `${ref.name} resolved to ${target.digest}, not ${wanted}`
    )
  return target
}

function withDigest(ref: Reference, digest: string): Reference {
  return parseReference(`${ref.name}@${digest}`)
}

function platformOf(descriptor: Descriptor): string | undefined {
  const p = descriptor.platform
  if (!p) return undefined
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

/** The top-level manifest first, then the index children to sign (all, or `platforms`). */
async function listSubjects(
  client: RegistryClient,
  ref: Reference,
  target: Target,
  platforms: string[]
): Promise<Subject[]> {
  const head = await client.headManifest(ref, target.digest)
  if (!head) throw new ActionError('IMAGE_NOT_FOUND', `${ref.name}@${target.digest} is gone`)
  const topDescriptor = { mediaType: head.mediaType, digest: head.digest, size: head.size }
  if (target.kind === 'image') {
    if (platforms.length)
      log.warning(`"platforms" is ignored: ${ref.name}@${target.digest} is a single image`)
    return [{ digest: target.digest, descriptor: topDescriptor, image: target.image }]
  }
  // Skip buildx attestation manifests (platform unknown/unknown).
  const children = target.index.manifests.filter(d => d.platform && d.platform.os !== 'unknown')
  const available = children.map(platformOf)
  for (const wanted of platforms)
    if (!available.includes(wanted))
      throw inputError(
        'platforms',
        `${wanted} is not in ${ref.name}@${target.digest}`,
        `It has: ${available.join(', ')}`
      )
  const selected = platforms.length
    ? children.filter(d => platforms.includes(platformOf(d) ?? ''))
    : children
  const subjects: Subject[] = [{ digest: target.digest, descriptor: topDescriptor }]
  for (const descriptor of selected)
    subjects.push({
      digest: descriptor.digest,
      descriptor: {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size
      },
      platform: platformOf(descriptor),
      image: await target.image(descriptor)
    })
  return subjects
}

/**
 * `sbom: buildx`: each platform's SBOM from the BuildKit attestation manifest beside it in
 * the index. Fails, naming the image and platform, when one has none.
 */
async function buildxSboms(
  client: RegistryClient,
  ref: Reference,
  target: Target,
  subjects: Subject[],
  sign: SignConfig
): Promise<Map<string, Sbom>> {
  const image = `${ref.name}@${target.digest}`
  if (target.kind !== 'index')
    throw new ActionError(
      'SBOM_INVALID',
      `"sbom: buildx": ${image} is a single image manifest, without BuildKit attestations`,
      { hint: BUILDX_SBOM_HINT }
    )
  const attestations = await buildxAttestations(
    client,
    ref,
    target.index,
    subjects.map(s => s.digest)
  )
  const sboms = new Map<string, Sbom>()
  for (const subject of subjects.filter(s => s.image)) {
    const where = `${image} (${subject.platform})`
    const attestation = attestations.find(a => a.describes === subject.digest)
    if (!attestation)
      throw new ActionError(
        'SBOM_INVALID',
        `"sbom: buildx": ${where} has no BuildKit attestation manifest`,
        { hint: BUILDX_SBOM_HINT }
      )
    sboms.set(
      subject.digest,
      await buildxSbom(client, ref, attestation, where, sign.maxPredicateSize)
    )
  }
  return sboms
}

/** Signatures on every subject; an SBOM per image (per platform for an index); provenance on top. */
async function planItems(
  config: SignRun,
  ref: Reference,
  subjects: Subject[],
  buildx?: Map<string, Sbom>
): Promise<Item[]> {
  const sign = config.sign
  const items: Item[] = []
  const images = subjects.filter(s => s.image)
  const fileSbom = sign.sbom.kind === 'file' ? await loadSbomFile(sign.sbom.path) : undefined
  // A given SBOM file describes what the user pointed at: the top-level manifest.
  const sbomSubjects = fileSbom
    ? [subjects[0] as Subject]
    : sign.sbom.kind === 'generate' || buildx
      ? images
      : []
  for (const subject of sbomSubjects) {
    const sbom =
      fileSbom ??
      buildx?.get(subject.digest) ??
      (await generateSbom(subject.image as Image, { format: sign.sbomFormat, imageName: ref.name }))
    if (sbom.bytes.length > sign.maxPredicateSize)
      throw new ActionError(
        'SBOM_INVALID',
        `the SBOM${subject.platform ? ` of ${subject.platform}` : ''} is ${sbom.bytes.length} bytes, ` +
          `over "max-predicate-size" (${sign.maxPredicateSize})`,
        {
          hint:
            'Transparency logs reject such entries. Raise "max-predicate-size" if your log ' +
            'accepts them (or with "sigstore: github", which has no log), or use "sbom: none"'
        }
      )
    items.push({
      kind: 'sbom',
      subject,
      sbom,
      statement: imageStatement(ref.name, subject.digest, sbom.predicateType, sbom.document)
    })
  }
  // Each platform's SBOM also on the index, for those who verify the digest they were given.
  const top = subjects[0] as Subject
  for (const item of items.filter(i => i.subject !== top && i.sbom)) {
    const { subject, sbom } = item as Item & { sbom: Sbom }
    items.push({
      kind: 'sbom',
      subject: top,
      describes: subject,
      statement: indexSbomStatement(
        ref.name,
        top.digest,
        { name: subject.platform ?? '', digest: subject.digest },
        sbom.predicateType,
        sbom.document
      )
    })
  }
  if (sign.provenance) {
    items.push({
      kind: 'provenance',
      subject: top,
      statement: provenanceStatement(ref.name, top.digest)
    })
  }
  // Children before the index, attestations before signatures: a failure part-way never
  // leaves a signed image whose SBOM is missing.
  for (const subject of [...subjects.slice(1), subjects[0] as Subject])
    items.push({ kind: 'signature', subject, statement: signatureStatement(subject.digest) })
  return items
}

async function writeSboms(dir: string, items: Item[]): Promise<string[]> {
  const paths: string[] = []
  for (const item of items) {
    if (!item.sbom) continue
    const suffix = item.subject.platform ? `-${item.subject.platform.replace(/\//g, '-')}` : ''
    const extension = item.sbom.format === 'spdx-json' ? 'spdx' : 'cdx'
    const path = join(dir, `sbom${suffix}.${extension}.json`)
    await writeFile(path, item.sbom.bytes)
    paths.push(path)
  }
  return paths
}

/**
 * Marks items that already have a valid bundle by this signer (same identity or key, same
 * predicate type, same digest) where this run would attach it: referrers, legacy tags, or
 * both for "both".
 */
async function reuseExisting(
  client: RegistryClient,
  ref: Reference,
  items: Item[],
  sign: SignConfig,
  verifier: LocalVerifier,
  identity: SignerIdentity | undefined,
  key: SigningKey | undefined
) {
  const referrers = new Map<string, FoundBundle[]>()
  const legacy = new Map<string, LegacyBundle[]>()
  const firstValid = (item: Item, candidates: Found[]) => {
    const expected = {
      digest: item.subject.digest,
      predicateType: item.statement.predicateType,
      identity
    }
    return candidates.find(candidate => {
      const statement = candidate.signed.statement
      const platform = statement && subjectPlatform(statement, item.subject.digest)
      if (platform !== item.describes?.platform) return false
      try {
        verifier.check(candidate.signed, expected, 'existing bundle')
        return true
      } catch {
        return false
      }
    })
  }
  for (const item of items) {
    const digest = item.subject.digest
    let referrer: Found | undefined
    let tagged: Found | undefined
    if (sign.attachFormat !== 'legacy') {
      if (!referrers.has(digest))
        referrers.set(digest, await findBundleReferrers(client, ref, digest))
      referrer = firstValid(
        item,
        (referrers.get(digest) ?? []).map(f => ({
          ref: f.manifestDigest,
          signed: signedBundleFromJSON(f.bundle)
        }))
      )
      if (!referrer) continue
    }
    if (sign.attachFormat !== 'bundle') {
      const suffix = item.kind === 'signature' ? 'sig' : 'att'
      const cacheKey = `${digest}.${suffix}`
      if (!legacy.has(cacheKey))
        legacy.set(cacheKey, await readLegacyBundles(client, ref, digest, suffix, key?.hint))
      tagged = firstValid(
        item,
        (legacy.get(cacheKey) ?? [])
          .filter(l => suffix === 'sig' || l.predicateType === item.statement.predicateType)
          .map(l => ({
            ref: l.manifestDigest,
            signed: {
              ...signedBundleFromJSON(l.bundle, l.payload),
              timestampedData: suffix === 'att' ? l.payload : undefined
            }
          }))
      )
      if (!tagged) continue
    }
    const found = (referrer ?? tagged) as Found
    item.existingRef = found.ref
    item.ref = found.ref
    item.legacyRef = tagged?.ref
    item.signed = referrer?.signed ?? (item.kind === 'signature' ? undefined : tagged?.signed)
    item.legacySigned = item.kind === 'signature' ? tagged?.signed : undefined
    log.info(`${describe(item)}: valid, already attached as ${found.ref}`)
  }
}

async function signItem(
  signer: BundleSigner,
  verifier: LocalVerifier,
  item: Item,
  ref: Reference,
  sign: SignConfig,
  services: SigstoreServices,
  identity: SignerIdentity | undefined
) {
  const what = describe(item)
  const expected = {
    digest: item.subject.digest,
    predicateType: item.statement.predicateType,
    identity
  }
  const dsse = item.kind !== 'signature' || sign.attachFormat !== 'legacy'
  let signedBy: SignerIdentity | undefined
  if (dsse) {
    item.signed = await signer.signStatement(item.statement, what)
    signedBy = verifier.check(item.signed, expected, what)
  }
  if (item.signed && item.kind !== 'signature' && sign.attachFormat !== 'bundle') {
    const legacyWhat = `${what} (cosign v2 format)`
    const envelope = attestationLayerBytes(item.signed.bundle)
    // cosign's .att carries one token: from the first timestamp authority the instance names.
    const tsaURL = services.tsaURLs[0]
    const timestamp = tsaURL ? await timestampBytes(tsaURL, envelope, legacyWhat) : undefined
    const layer = attestationLayer(
      item.signed.bundle,
      item.statement.predicateType,
      services.trustedRoot,
      timestamp,
      platformAnnotations(item)
    )
    // Checked as it will be read back: rebuilt from the layer, the timestamp over the layer.
    const rebuilt = bundleFromLegacyLayer(
      DSSE_ENVELOPE_MEDIA_TYPE,
      layer.descriptor.annotations ?? {},
      layer.bytes
    ) as unknown as SerializedBundle
    verifier.check(
      { ...signedBundleFromJSON(rebuilt), timestampedData: layer.bytes },
      expected,
      legacyWhat
    )
    item.attestationLayer = layer
  }
  if (item.kind === 'signature' && sign.attachFormat !== 'bundle') {
    const payload = simpleSigningPayload(ref.name, item.subject.digest)
    item.legacySigned = await signer.signMessage(payload, `${what} (cosign v2 format)`)
    signedBy = verifier.check(item.legacySigned, { digest: item.subject.digest, identity }, what)
  }
  return signedBy
}

async function writeBundles(dir: string, items: Item[]) {
  for (const item of items) {
    const bundle = item.signed ?? item.legacySigned
    if (!bundle) continue
    const platform = item.describes ? `index-${item.describes.platform}` : item.subject.platform
    const suffix = platform ? `-${platform.replace(/\//g, '-')}` : ''
    const name = item.kind === 'sbom' ? 'sbom-attestation' : item.kind
    item.bundlePath = join(dir, `${name}${suffix}.sigstore.json`)
    await writeFile(item.bundlePath, JSON.stringify(bundle.bundle, null, 2))
  }
}

function attachSteps(
  client: RegistryClient,
  ref: Reference,
  items: Item[],
  sign: SignConfig,
  services: SigstoreServices,
  /** Filled with each referrer as it is pushed, for the check after all writes. */
  pushed: PushedReferrer[]
): AttachStep[] {
  const steps: AttachStep[] = []
  const created = new Date()
  for (const item of items) {
    if (item.existingRef) continue
    const what = describe(item)
    if (sign.attachFormat !== 'legacy' && item.signed) {
      const signed = item.signed
      steps.push({
        what: `${what} (OCI referrer)`,
        run: async () => {
          const referrer = bundleReferrer(
            signed.bundle,
            item.subject.descriptor,
            item.statement.predicateType,
            created,
            platformAnnotations(item)
          )
          item.ref = await pushBundleReferrer(client, ref, referrer)
          pushed.push({ what, digest: item.ref, manifest: referrer.manifest })
          return item.ref
        }
      })
    }
    if (sign.attachFormat !== 'bundle') {
      const suffix = item.kind === 'signature' ? 'sig' : 'att'
      const signed = item.legacySigned
      const layer =
        suffix === 'att'
          ? item.attestationLayer
          : signed && signatureLayer(signed.bundle, signed.payload, services.trustedRoot)
      if (!layer) continue
      steps.push({
        what: `${what} (${legacyTag(item.subject.digest, suffix)})`,
        run: async () => {
          item.legacyRef = await appendLegacyLayers(client, ref, item.subject.digest, suffix, [
            layer
          ])
          item.ref ??= item.legacyRef
          return item.legacyRef
        }
      })
    }
  }
  return steps
}

function describe(item: Item): string {
  if (item.describes) return `${LABEL[item.kind]} of ${item.describes.platform} (on the index)`
  return `${LABEL[item.kind]}${item.subject.platform ? ` of ${item.subject.platform}` : ''}`
}

function platformAnnotations(item: Item): Record<string, string> {
  return item.describes?.platform ? { [PLATFORM_ANNOTATION]: item.describes.platform } : {}
}

function logEntry(item: Item | undefined, services: SigstoreServices) {
  const bundle = item?.signed ?? item?.legacySigned
  const entry = bundle?.bundle.verificationMaterial.tlogEntries?.[0]
  if (!entry) return undefined
  const log = services.tlogs[0]
  // Rekor v2 serves no entry API (its log is read as tiles); its entry is in the bundle.
  const url =
    log?.url === 'https://rekor.sigstore.dev'
      ? `https://search.sigstore.dev/?logIndex=${entry.logIndex}`
      : log?.majorApiVersion === 1
        ? `${log.url}/api/v1/log/entries?logIndex=${entry.logIndex}`
        : undefined
  return { index: entry.logIndex, url }
}

function outputs(
  top: Subject,
  items: Item[],
  sbomPaths: string[],
  services: SigstoreServices
): Record<string, string> {
  const signature = items.find(i => i.kind === 'signature' && i.subject === top)
  const sbom = items.find(i => i.kind === 'sbom')
  const provenance = items.find(i => i.kind === 'provenance')
  const stored = [sbom, provenance, signature].find(i => i?.github)?.github
  const entry = logEntry(signature, services)
  const values: Record<string, string | undefined> = {
    digest: top.digest,
    'sbom-path': sbomPaths[0],
    'signature-bundle-path': signature?.bundlePath,
    'sbom-attestation-bundle-path': sbom?.bundlePath,
    'provenance-bundle-path': provenance?.bundlePath,
    'signature-ref': signature?.ref,
    'attestation-ref': sbom?.ref,
    'rekor-log-index': entry?.index,
    'rekor-entry-url': entry?.url,
    'attestation-id': stored?.id,
    'attestation-url': stored?.url
  }
  return Object.fromEntries(
    Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined)
  )
}

function summary(
  ref: Reference,
  items: Item[],
  identity: SignerIdentity | undefined,
  key: SigningKey | undefined,
  services: SigstoreServices,
  elapsed: number
): string {
  const signer = key
    ? `key \`${key.hint}\``
    : `\`${identity?.subjectAlternativeName}\` (${identity?.issuer})`
  const rows = items.map(item => {
    const subject = `\`${item.subject.digest.slice(0, 19)}…\`${item.subject.platform ? ` (${item.subject.platform})` : ''}`
    const where = [
      item.existingRef ? `already attached: \`${item.existingRef}\`` : undefined,
      !item.existingRef && item.ref && item.ref !== item.legacyRef
        ? `referrer \`${item.ref}\``
        : undefined,
      item.legacyRef
        ? `\`${legacyTag(item.subject.digest, item.kind === 'signature' ? 'sig' : 'att')}\` \`${item.legacyRef}\``
        : undefined,
      item.github ? `[GitHub attestation ${item.github.id}](${item.github.url})` : undefined
    ]
      .filter(Boolean)
      .join('<br>')
    const entry = logEntry(item, services)
    const logCell = entry ? (entry.url ? `[${entry.index}](${entry.url})` : entry.index) : '—'
    const label = `${LABEL[item.kind]}${item.describes ? ` of ${item.describes.platform}` : ''}`
    return `| ${label[0]?.toUpperCase()}${label.slice(1)} | ${subject} | ${where} | ${logCell} |`
  })
  const sboms = items
    .filter(i => i.sbom)
    .map(
      i =>
        `${i.subject.platform ? `**${i.subject.platform}**\n\n` : ''}${sbomSummaryMarkdown(i.sbom as Sbom)}`
    )
  return [
    `### Signed \`${ref.name}@${ref.digest}\``,
    '',
    `Signer: ${signer}. Sigstore: ${services.name}.`,
    '',
    '| What | Subject | Attached | Log |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    items.every(i => i.existingRef)
      ? 'Nothing new was signed: all of it was attached already (`force: true` signs again).'
      : `Signed and attached in ${(elapsed / 1000).toFixed(1)} s.`,
    ...sboms.flatMap(sbom => ['', sbom])
  ].join('\n')
}
