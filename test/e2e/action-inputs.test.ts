import { runAction, runCli } from '../support/run-action'

describe('the bundled action rejects bad input with one actionable error', () => {
  test('missing image', async () => {
    const run = await runAction({ mode: 'sign' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringContaining('input "image" is required')])
    expect(run.errors[0]).toContain('steps.build.outputs.digest')
    expect(run.stdout).not.toMatch(/\n\s+at /)
  })

  test('unknown attach-format keeps the hyphen in INPUT_ATTACH-FORMAT', async () => {
    const run = await runAction({ image: 'example.com/app:1', 'attach-format': 'sideways' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      'input "attach-format": "sideways" is not one of "bundle", "legacy", "both"'
    ])
  })

  test('verify mode without a signer says which inputs to set', async () => {
    const run = await runAction({ mode: 'verify', images: 'example.com/app:1' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('certificate-identity')
  })

  test('mode must be sign, verify or find', async () => {
    const run = await runAction({ mode: 'publish' })
    expect(run.errors).toEqual(['input "mode": "publish" is not one of "sign", "verify", "find"'])
  })

  test('a registry password is masked even when the run fails', async () => {
    const run = await runAction({ image: 'x', 'registry-password': 'hunter2-secret' })
    expect(run.stdout).toContain('::add-mask::hunter2-secret')
    expect(run.errors.join('\n')).not.toContain('hunter2-secret')
  })
})

describe('the bundled CLI', () => {
  test('--help exits 0 and lists the commands', async () => {
    const run = await runCli(['--help'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/sbom SOURCE --output FILE/)
    expect(run.stdout).toMatch(/verify IMAGE/)
  })

  test('no command is a usage error (exit 2)', async () => {
    expect((await runCli([])).exitCode).toBe(2)
  })

  test('an unknown command or option is a usage error (exit 2)', async () => {
    const unknown = await runCli(['publish'])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain('unknown command "publish"')
    const badOption = await runCli(['sign', 'example.com/app:1', '--colour', 'red'])
    expect(badOption.exitCode).toBe(2)
    expect(badOption.stderr).toContain("'--colour'")
  })

  test('sign --help lists the action inputs as flags', async () => {
    const run = await runCli(['sign', '--help'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/--attach-format FORMAT +"bundle"/)
    expect(run.stdout).toContain('--force')
  })

  test('an invalid input value is exit 2 with the input named', async () => {
    const run = await runCli(['sign', 'example.com/app:1', '--sbom-format', 'xml'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('--sbom-format: "xml" is not one of')
  })
})
