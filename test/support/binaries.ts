import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

/** Real executables built by the Go and Rust toolchains, for the catalogers' tests. */

/**
 * A Go module example.com/app (version 1.4.0 through -X, or `version`) requiring
 * example.com/lib v1.2.3, for this machine or cross-compiled for `goos`/`goarch`.
 */
export function buildGoBinary(target: { goos?: string; goarch?: string; version?: string } = {}): {
  binary: Buffer
  goVersion: string
} {
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
    GOPATH: join(tmpdir(), 'sbom-gopath'),
    ...(target.goos ? { GOOS: target.goos, CGO_ENABLED: '0' } : {}),
    ...(target.goarch ? { GOARCH: target.goarch } : {})
  }
  const ldflags = `-X main.version=${target.version ?? '1.4.0'}`
  execFileSync('go', ['build', '-ldflags', ldflags, '-o', 'app', '.'], { cwd: dir, env })
  const goVersion = execFileSync('go', ['env', 'GOVERSION'], { env }).toString().trim()
  return { binary: readFileSync(join(dir, 'app')), goVersion }
}

/** Mach-O CPU types (cputype, cpusubtype) of the slices fatMachO writes. */
export const CPU = { x86_64: [0x01000007, 3], arm64: [0x0100000c, 0] } as const

/**
 * A universal (fat) Mach-O as lipo writes it: FAT_MAGIC, the slice count, one big-endian
 * fat_arch per slice (cputype, cpusubtype, offset, size, align), each slice at a
 * 2^14-byte boundary.
 */
export function fatMachO(slices: { cpu: readonly [number, number]; binary: Buffer }[]): Buffer {
  const ALIGN = 14
  const header = Buffer.alloc(8 + slices.length * 20)
  header.writeUInt32BE(0xcafebabe, 0)
  header.writeUInt32BE(slices.length, 4)
  const parts: Buffer[] = [header]
  let offset = header.length
  slices.forEach(({ cpu, binary }, i) => {
    const start = Math.ceil(offset / 2 ** ALIGN) * 2 ** ALIGN
    parts.push(Buffer.alloc(start - offset), binary)
    const at = 8 + i * 20
    header.writeUInt32BE(cpu[0], at)
    header.writeUInt32BE(cpu[1], at + 4)
    header.writeUInt32BE(start, at + 8)
    header.writeUInt32BE(binary.length, at + 12)
    header.writeUInt32BE(ALIGN, at + 16)
    offset = start + binary.length
  })
  return Buffer.concat(parts)
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

/**
 * Writes a copy of `bytes` to a streaming scanner, then overwrites the copy: the tar reader
 * frees each chunk once it is read, so a scanner must copy whatever it keeps.
 */
export function writeThenFree(scanner: { write(chunk: Buffer): void }, bytes: Buffer): void {
  const chunk = Buffer.from(bytes)
  scanner.write(chunk)
  chunk.fill(0xaa)
}
