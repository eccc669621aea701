import { X509Certificate as NodeCertificate, createPublicKey, verify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import {
  AllOf,
  Identity,
  OIDCIssuerV2,
  SigstoreVerifier,
  X509Certificate,
  verifyBundleTimestamp,
  type SigstoreBundle,
  type TrustedRoot as RawTrustedRoot
} from '@freedomofpress/sigstore-browser'
import { canonicalJSON } from '../../support/canonical-json'
import { stackInfo } from '../../support/stack'

/**
 * Verifies a keyless DSSE bundle against the stack's trusted root twice, with
 * @sigstore/verify and with an independent implementation
 * (@freedomofpress/sigstore-browser: its own X.509, SCT, Rekor and RFC 3161 code),
 * and returns its statement.
 */
export async function verifyKeyless(
  bundle: SerializedBundle,
  digest: string,
  predicateType: string,
  tlogThreshold = 1
) {
  const { sigstore } = stackInfo()
  const rootJSON = JSON.parse(readFileSync(sigstore.trustedRootPath, 'utf8'))
  const signer = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(rootJSON)), {
    tlogThreshold
  }).verify(toSignedEntity(bundleFromJSON(bundle)))
  expect(signer.identity?.subjectAlternativeName).toBe(sigstore.identity)
  expect(signer.identity?.extensions?.issuer).toBe(sigstore.issuer)
  const policy = new AllOf([
    new Identity({ identity: sigstore.identity }),
    new OIDCIssuerV2(sigstore.issuer)
  ])
  if (tlogThreshold > 0) {
    const { payload } = await independentVerifier(rootJSON, tlogThreshold).verifyDsse(
      withProtoDefaults(bundle),
      policy
    )
    expect(Buffer.from(payload).toString('base64')).toBe(bundle.dsseEnvelope?.payload)
  } else await verifyTimestampedDsse(bundle, rootJSON, policy)
  const statement = JSON.parse(
    Buffer.from(bundle.dsseEnvelope?.payload ?? '', 'base64').toString()
  ) as {
    subject: { name?: string; digest: { sha256: string } }[]
    predicateType: string
    predicate: unknown
  }
  expect(statement.subject.map(s => `sha256:${s.digest.sha256}`)).toEqual([digest])
  expect(statement.predicateType).toBe(predicateType)
  return statement
}

/**
 * sigstore-browser's verifyDsse wants a log entry; for a bundle with only an RFC 3161
 * timestamp (GitHub's private instance) its chain, SCT, policy and timestamp checks run one
 * by one, and the DSSE signature is checked over its pre-authentication encoding.
 */
async function verifyTimestampedDsse(
  bundle: SerializedBundle,
  rootJSON: RawTrustedRoot,
  policy: AllOf
) {
  const verifier = new SigstoreVerifier()
  await verifier.loadSigstoreRoot(rootJSON)
  const raw = bundle.verificationMaterial.certificate?.rawBytes ?? ''
  const leaf = X509Certificate.parse(new Uint8Array(Buffer.from(raw, 'base64')))
  const now = new Date()
  const path = await verifier.verifyCertificateChain(
    leaf.notBefore,
    leaf,
    verifier.loadCA(now, rootJSON.certificateAuthorities)
  )
  const ctlogs = await verifier.loadCTLogs(now, rootJSON.ctlogs)
  expect(await verifier.verifySCT(leaf, path[1] ?? leaf, ctlogs)).toHaveLength(1)
  policy.verify(leaf)
  const envelope = bundle.dsseEnvelope
  const signature = Buffer.from(envelope?.signatures[0]?.sig ?? '', 'base64')
  const times = await verifyBundleTimestamp(
    bundle.verificationMaterial.timestampVerificationData,
    new Uint8Array(signature),
    rootJSON.timestampAuthorities ?? []
  )
  expect(times).toHaveLength(1)
  expect(leaf.validForDate(times[0] as Date)).toBe(true)
  const payload = Buffer.from(envelope?.payload ?? '', 'base64')
  const type = envelope?.payloadType ?? ''
  const pae = Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `),
    payload
  ])
  const key = new NodeCertificate(Buffer.from(raw, 'base64')).publicKey
  expect(verify('sha256', pae, key, signature)).toBe(true)
}

/** A message-signature bundle over `payload`, checked by the independent implementation. */
export async function verifyMessageIndependently(bundle: SerializedBundle, payload: Buffer) {
  const { sigstore } = stackInfo()
  const rootJSON = JSON.parse(readFileSync(sigstore.trustedRootPath, 'utf8'))
  const ok = await independentVerifier(rootJSON, 1).verifyArtifact(
    sigstore.identity,
    sigstore.issuer,
    withProtoDefaults(bundle),
    new Uint8Array(payload)
  )
  expect(ok).toBe(true)
}

/**
 * Proto3 JSON leaves out fields at their default (an inclusion proof of log index 0, an
 * empty list); sigstore-browser reads them as present. Fill them in, changing nothing else.
 */
function withProtoDefaults(bundle: SerializedBundle): SigstoreBundle {
  const copy = structuredClone(bundle) as unknown as SigstoreBundle
  copy.verificationMaterial.tlogEntries ??= []
  for (const entry of copy.verificationMaterial.tlogEntries) {
    const proof = entry.inclusionProof as { logIndex?: string; hashes?: string[] } | undefined
    if (!proof) continue
    proof.logIndex ??= '0'
    proof.hashes ??= []
  }
  return copy
}

function independentVerifier(rootJSON: unknown, tlogThreshold: number) {
  const verifier = new SigstoreVerifier({
    tlogThreshold,
    ctlogThreshold: 1,
    tsaThreshold: tlogThreshold === 0 ? 1 : 0
  })
  return {
    verifyDsse: async (...args: Parameters<SigstoreVerifier['verifyDsse']>) => {
      await verifier.loadSigstoreRoot(rootJSON as never)
      return verifier.verifyDsse(...args)
    },
    verifyArtifact: async (...args: Parameters<SigstoreVerifier['verifyArtifact']>) => {
      await verifier.loadSigstoreRoot(rootJSON as never)
      return verifier.verifyArtifact(...args)
    }
  }
}

export function readBundle(path: string): SerializedBundle {
  return JSON.parse(readFileSync(path, 'utf8')) as SerializedBundle
}

/**
 * Checks a cosign Rekor bundle annotation as cosign's VerifyBundle does: the SET is the
 * stack's log key's signature over the canonical Payload. Returns the Payload and the
 * entry body it logs.
 */
export function verifyRekorSet(annotation: string) {
  const rekor = JSON.parse(annotation)
  const root = JSON.parse(readFileSync(stackInfo().sigstore.trustedRootPath, 'utf8'))
  const logKey = createPublicKey({
    key: Buffer.from(root.tlogs[0].publicKey.rawBytes, 'base64'),
    format: 'der',
    type: 'spki'
  })
  expect(
    verify(
      'sha256',
      Buffer.from(canonicalJSON(rekor.Payload)),
      logKey,
      Buffer.from(rekor.SignedEntryTimestamp, 'base64')
    )
  ).toBe(true)
  return {
    entry: rekor.Payload as Record<string, unknown>,
    body: JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString())
  }
}
