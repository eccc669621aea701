import { readFileSync } from 'node:fs'
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { stackInfo } from '../../support/stack'

/** Verifies a keyless bundle against the stack's trusted root and returns its statement. */
export function verifyKeyless(
  bundle: SerializedBundle,
  digest: string,
  predicateType: string,
  tlogThreshold = 1
) {
  const { sigstore } = stackInfo()
  const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(sigstore.trustedRootPath, 'utf8')))
  const signer = new Verifier(toTrustMaterial(root), { tlogThreshold }).verify(
    toSignedEntity(bundleFromJSON(bundle))
  )
  expect(signer.identity?.subjectAlternativeName).toBe(sigstore.identity)
  expect(signer.identity?.extensions?.issuer).toBe(sigstore.issuer)
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

export function readBundle(path: string): SerializedBundle {
  return JSON.parse(readFileSync(path, 'utf8')) as SerializedBundle
}
