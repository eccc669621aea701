import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

/** Real executables built by the Go and Rust toolchains, for the catalogers' tests. */

/** A Go module example.com/app (version 1.4.0 through -X) requiring example.com/lib v1.2.3. */
export function buildGoBinary(): { binary: Buffer; goVersion: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-go-'))
  mkdirSync(join(dir, 'lib'))
  writeFileSync(
    join(dir, 'go.mod'),
    'module example.com/app\n\ngo 1.19\n\nrequire example.com/lib v1.2.3\n\nreplace example.com/lib => ./lib\n'
  )
  writeFileSync(
    join(dir, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/lib"\n)\n\nvar version = "dev"\n\nfunc main() { fmt.Println(lib.Hello(), version) }\n'
  )
  writeFileSync(join(dir, 'lib', 'go.mod'), 'module example.com/lib\n\ngo 1.19\n')
  writeFileSync(
    join(dir, 'lib', 'lib.go'),
    'package lib\n\nfunc Hello() string { return "hello" }\n'
  )
  const env = {
    ...process.env,
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GOCACHE: join(tmpdir(), 'sbom-gocache'),
    GOPATH: join(tmpdir(), 'sbom-gopath')
  }
  execFileSync('go', ['build', '-ldflags', '-X main.version=1.4.0', '-o', 'app', '.'], {
    cwd: dir,
    env
  })
  const goVersion = execFileSync('go', ['env', 'GOVERSION'], { env }).toString().trim()
  return { binary: readFileSync(join(dir, 'app')), goVersion }
}

/** The cargo-auditable dependency list the Rust binary carries. */
export const audit = {
  packages: [
    { name: 'hello', version: '0.1.0', source: 'local', dependencies: [1, 2], root: true },
    { name: 'serde', version: '1.0.197', source: 'crates.io', dependencies: [3] },
    { name: 'cc', version: '1.0.90', source: 'crates.io', kind: 'build' },
    { name: 'serde_derive', version: '1.0.197', source: 'crates.io' }
  ]
}

/**
 * A real ELF from rustc whose `.dep-v0` section holds zlib-compressed dependency JSON,
 * placed the way cargo-auditable places it (a `#[used] #[link_section]` static).
 */
export function buildRustBinary(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-rust-'))
  const data = deflateSync(Buffer.from(JSON.stringify(audit)), { level: 7 })
  writeFileSync(join(dir, 'audit.z'), data)
  writeFileSync(
    join(dir, 'main.rs'),
    `#[used]\n#[link_section = ".dep-v0"]\nstatic AUDITABLE_VERSION_INFO: [u8; ${data.length}] = *include_bytes!("audit.z");\nfn main() { println!("hello"); }\n`
  )
  // rustup installs into ~/.cargo/bin, which a minimal environment may leave off PATH.
  const env = { ...process.env, PATH: `${process.env.PATH}:${join(homedir(), '.cargo', 'bin')}` }
  execFileSync('rustc', ['-O', '-o', join(dir, 'hello'), join(dir, 'main.rs')], { cwd: dir, env })
  return readFileSync(join(dir, 'hello'))
}
