import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AptArchive } from './apt'
import { run } from './run'

/** A Go module taken from the source Debian ships in a golang-*-dev package. */
export interface GoDependency {
  module: string
  version: string
  debianPackage: string
}

export interface GoApp {
  module: string
  /** Set with -ldflags -X main.version=…, as release builds do. */
  version: string
  dependencies: GoDependency[]
  /** main.go */
  source: string
}

export const GREETER: GoApp = {
  module: 'example.com/fixtures/greeter',
  version: '1.4.2',
  dependencies: [
    {
      module: 'github.com/google/uuid',
      version: 'v1.3.0',
      debianPackage: 'golang-github-google-uuid-dev'
    },
    {
      module: 'github.com/pkg/errors',
      version: 'v0.9.1',
      debianPackage: 'golang-github-pkg-errors-dev'
    }
  ],
  source: `package main

import (
	"fmt"
	"os"

	"github.com/google/uuid"
	"github.com/pkg/errors"
)

var version = "dev"

func main() {
	id, err := uuid.NewRandom()
	if err != nil {
		fmt.Fprintln(os.Stderr, errors.Wrap(err, "request id"))
		os.Exit(1)
	}
	fmt.Printf("greeter %s, request %s\\n", version, id)
}
`
}

/**
 * Builds a GOPROXY=file:// tree (<module>/@v/<version>.{info,mod,zip} and list)
 * from Debian's packaged sources, so `go` resolves real dependencies, records
 * them with go.sum hashes and embeds them in the binary's build info, with no
 * network module proxy.
 */
async function localProxy(apt: AptArchive, deps: GoDependency[], work: string): Promise<string> {
  const proxy = join(work, 'proxy')
  const debs = await apt.download(
    deps.map(d => d.debianPackage),
    join(work, 'debs')
  )
  const sources = join(work, 'sources')
  for (const deb of debs) await run('dpkg-deb', ['--extract', deb, sources])
  for (const dep of deps) {
    const from = join(sources, 'usr/share/gocode/src', dep.module)
    if (!existsSync(from)) throw new Error(`${dep.debianPackage} has no source for ${dep.module}`)
    const stage = join(work, 'zip', `${dep.module}@${dep.version}`)
    cpSync(from, stage, { recursive: true, dereference: true })
    const versions = join(proxy, dep.module, '@v')
    mkdirSync(versions, { recursive: true })
    const goMod = join(stage, 'go.mod')
    writeFileSync(
      join(versions, `${dep.version}.mod`),
      existsSync(goMod) ? readFileSync(goMod) : `module ${dep.module}\n`
    )
    writeFileSync(
      join(versions, `${dep.version}.info`),
      JSON.stringify({ Version: dep.version, Time: '2020-01-01T00:00:00Z' })
    )
    writeFileSync(join(versions, 'list'), `${dep.version}\n`)
    // Module zips hold every file under "<module>@<version>/".
    await run(
      'zip',
      ['-qrX', join(versions, `${dep.version}.zip`), `${dep.module}@${dep.version}`],
      {
        cwd: join(work, 'zip')
      }
    )
  }
  return proxy
}

/** Builds `app` with Debian's Go, static, for each linux/<goarch>; returns the binaries by goarch. */
export async function buildGoApp(
  app: GoApp,
  goarchs: string[],
  work: string,
  apt: AptArchive,
  goCache: string
): Promise<Record<string, string>> {
  rmSync(work, { recursive: true, force: true })
  const proxy = await localProxy(apt, app.dependencies, work)
  const src = join(work, 'src')
  mkdirSync(src, { recursive: true })
  writeFileSync(
    join(src, 'go.mod'),
    [
      `module ${app.module}`,
      '',
      'go 1.19',
      '',
      'require (',
      ...app.dependencies.map(d => `\t${d.module} ${d.version}`),
      ')',
      ''
    ].join('\n')
  )
  writeFileSync(join(src, 'main.go'), app.source)
  const env = {
    GOPROXY: `file://${proxy}`,
    GOSUMDB: 'off',
    GOFLAGS: '-mod=mod',
    GOPATH: join(work, 'gopath'),
    GOMODCACHE: join(work, 'gopath', 'pkg', 'mod'),
    GOCACHE: goCache,
    CGO_ENABLED: '0',
    GOOS: 'linux'
  }
  await run('go', ['mod', 'tidy'], { cwd: src, env })
  const outputs: Record<string, string> = {}
  for (const goarch of goarchs) {
    const output = join(work, 'bin', goarch, app.module.split('/').pop() ?? 'app')
    await run(
      'go',
      // No -trimpath: Go then records the -ldflags (and so the version) in the build info.
      ['build', '-ldflags', `-s -w -X main.version=${app.version}`, '-o', output, '.'],
      { cwd: src, env: { ...env, GOARCH: goarch } }
    )
    outputs[goarch] = output
  }
  // The module cache is read-only by design; make it removable.
  await run('chmod', ['-R', 'u+w', join(work, 'gopath')])
  return outputs
}
