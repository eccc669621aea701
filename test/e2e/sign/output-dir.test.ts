import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient, parseReference } from '../../../src/oci'
import { createScenario, scenarioRequests } from '../../stack/sigstore'
import { runAction, runCli, type Namespace } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { tmpfsAvailable, tmpfsNamespace } from '../../support/tmpfs'
import { pushTestImage } from '../../support/registry-images'

const client = new RegistryClient()
// A full or read-only file system, for real: a small tmpfs in a user and mount namespace.
const withTmpfs = tmpfsAvailable() ? test : test.skip

/** Signs a new image with RUNNER_TEMP at `runnerTemp`; counts what Sigstore was asked. */
async function signInto(repo: string, runnerTemp: string, namespace?: Namespace) {
  const { registry, sigstore } = stackInfo()
  const image = await pushTestImage(registry.host, repo)
  const scenario = await createScenario(sigstore)
  const run = await runAction(
    {
      image: `${registry.host}/${repo}@${image.digest}`,
      'fulcio-url': scenario.fulcioURL,
      'rekor-url': scenario.rekorURL,
      'tsa-url': scenario.tsaURL,
      'trusted-root': sigstore.trustedRootPath
    },
    { RUNNER_TEMP: runnerTemp },
    namespace
  )
  const requests = await scenarioRequests(sigstore, scenario.id)
  const ref = parseReference(`${registry.host}/${repo}`)
  const referrers = await client.referrers(ref, image.digest)
  const sigTag = await client.headManifest(ref, image.digest.replace(':', '-') + '.sig')
  return { run, requests, referrers, sigTag }
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sbom-sign-outdir-'))
}

/** Nothing was spent and nothing written: no certificate, no log entry, no referrer or tag. */
function expectNothingSpent(result: Awaited<ReturnType<typeof signInto>>) {
  expect(result.run.exitCode).toBe(1)
  expect(result.requests.fulcio).toBe(0)
  expect(result.requests.rekor).toBe(0)
  expect(result.referrers).toEqual([])
  expect(result.sigTag).toBeNull()
  expect(result.run.stdout).not.toMatch(/unexpected failure|at .*\.js:\d+/)
}

describe('the output directory is checked before a certificate is requested', () => {
  withTmpfs(
    'RUNNER_TEMP on a read-only file system: EROFS, naming the path and RUNNER_TEMP',
    async () => {
      const base = scratch()
      const temp = join(base, 'temp')
      mkdirSync(temp)
      const result = await signInto(
        'outdir/readonly',
        temp,
        tmpfsNamespace(temp, { size: '1m', readOnly: true })
      )
      expectNothingSpent(result)
      expect(result.run.errors[0]).toBe(
        `cannot create ${temp}/sbom-sign: the file system is read-only (EROFS). ` +
          'Point RUNNER_TEMP at a directory this job can write to'
      )
    }
  )

  withTmpfs(
    'RUNNER_TEMP on a full file system: ENOSPC on the probe, and no probe left',
    async () => {
      const base = scratch()
      const temp = join(base, 'temp')
      const listing = join(base, 'listing')
      mkdirSync(temp)
      const result = await signInto(
        'outdir/full',
        temp,
        tmpfsNamespace(temp, { size: '256k', full: true, listing })
      )
      expectNothingSpent(result)
      expect(result.run.errors[0]).toMatch(
        new RegExp(
          `^cannot write ${temp}/sbom-sign/\\.sbom-sign-probe-\\d+: the file system is full \\(ENOSPC\\)\\. ` +
            'Free space there, or point RUNNER_TEMP at a file system with room for the SBOM and bundles$'
        )
      )
      expect(readFileSync(listing, 'utf8').split('\n').filter(Boolean).sort()).toEqual([
        'filler',
        'sbom-sign'
      ])
    }
  )

  withTmpfs(
    'RUNNER_TEMP with less room than the SBOM and bundles need: refused by statfs',
    async () => {
      const base = scratch()
      const temp = join(base, 'temp')
      const listing = join(base, 'listing')
      mkdirSync(temp)
      const result = await signInto(
        'outdir/small',
        temp,
        tmpfsNamespace(temp, { size: '512k', listing })
      )
      expectNothingSpent(result)
      expect(result.run.errors[0]).toMatch(
        new RegExp(
          `^${temp}/sbom-sign has 0\\.5 MiB free; the SBOM and bundles need about 1\\.\\d MiB\\. ` +
            'Free space there, or point RUNNER_TEMP at a file system with room for them$'
        )
      )
      expect(readFileSync(listing, 'utf8').trim()).toBe('sbom-sign')
    }
  )

  test('RUNNER_TEMP under a regular file: ENOTDIR, naming the path', async () => {
    const base = scratch()
    writeFileSync(join(base, 'file'), 'not a directory')
    const result = await signInto('outdir/notdir', join(base, 'file', 'temp'))
    expectNothingSpent(result)
    expect(result.run.errors[0]).toBe(
      `cannot create ${base}/file/temp/sbom-sign: a parent of it is not a directory (ENOTDIR). ` +
        'Point RUNNER_TEMP at a directory this job can write to'
    )
  })
})

describe('files are written whole or not at all', () => {
  withTmpfs(
    'sbom --output on a file system that fills up: ENOSPC, the old file intact, no temporary left',
    async () => {
      const { registry } = stackInfo()
      const image = await pushTestImage(registry.host, 'outdir/sbom-enospc')
      const base = scratch()
      const dir = join(base, 'out')
      const seed = join(base, 'seed')
      const after = join(base, 'after')
      mkdirSync(dir)
      mkdirSync(seed)
      writeFileSync(join(seed, 'sbom.json'), 'the SBOM of yesterday')
      const namespace = tmpfsNamespace(dir, { size: '64k', full: true, seed })
      namespace.after = `find '${dir}' -mindepth 1 -printf '%P\\n' | sort > '${after}.list'; cat '${dir}/sbom.json' > '${after}.old'`
      const out = join(dir, 'sbom.json')
      const run = await runCli(
        ['sbom', `${registry.host}/outdir/sbom-enospc@${image.digest}`, '--output', out],
        {},
        base,
        namespace
      )
      expect(run.exitCode).toBe(1)
      expect(run.stderr).toContain(
        `cannot write ${out}: the file system is full (ENOSPC). Free space there, or point --output at a file system with room for the SBOM and bundles`
      )
      expect(readFileSync(`${after}.list`, 'utf8')).toBe('filler\nsbom.json\n')
      expect(readFileSync(`${after}.old`, 'utf8')).toBe('the SBOM of yesterday')
    }
  )
})
