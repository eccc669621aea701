import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './run'

/** Unmounts everything mounted below `dir` (deepest first), e.g. /proc left by an aborted chroot. */
export async function unmountBelow(dir: string): Promise<void> {
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map(line => (line.split(' ')[1] ?? '').replace(/\\040/g, ' '))
    .filter(target => target === dir || target.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length)
  for (const target of mounts) await run('umount', ['--lazy', target])
}

/** Removes a build directory, never following a mount into the host. */
export async function removeTree(dir: string): Promise<void> {
  await unmountBelow(dir)
  rmSync(dir, { recursive: true, force: true })
}

/**
 * Empties what Debian's container images also ship empty: device nodes, apt
 * caches, the bootstrap log, and the host's resolv.conf and hostname that
 * debootstrap copies in (a container runtime provides both).
 */
export function trimDebianRoot(rootfs: string): void {
  for (const dir of ['dev', 'var/cache/apt/archives', 'var/lib/apt/lists']) {
    const path = join(rootfs, dir)
    for (const entry of readdirSync(path))
      if (entry !== 'partial' && entry !== 'lock') rmSync(join(path, entry), { recursive: true })
  }
  rmSync(join(rootfs, 'var/cache/apt/pkgcache.bin'), { force: true })
  rmSync(join(rootfs, 'var/cache/apt/srcpkgcache.bin'), { force: true })
  for (const file of ['var/log/bootstrap.log', 'etc/resolv.conf', 'etc/hostname'])
    rmSync(join(rootfs, file), { force: true })
}

/** Character devices programs expect; the image's own /dev stays empty. */
const DEVICES = [
  ['null', '1', '3'],
  ['zero', '1', '5'],
  ['random', '1', '8'],
  ['urandom', '1', '9']
]

/**
 * Runs `command` inside `rootfs` with /proc, a throwaway /dev (tmpfs) and the
 * host's DNS settings, none of which end up in the next layer; returns its stdout.
 */
export async function inChroot(rootfs: string, command: string): Promise<string> {
  copyFileSync('/etc/resolv.conf', join(rootfs, 'etc/resolv.conf'))
  try {
    await run('mount', ['-t', 'proc', 'proc', join(rootfs, 'proc')])
    await run('mount', ['-t', 'tmpfs', '-o', 'mode=755', 'dev', join(rootfs, 'dev')])
    for (const [name, major, minor] of DEVICES)
      await run('mknod', [
        '-m',
        '666',
        join(rootfs, 'dev', name as string),
        'c',
        major as string,
        minor as string
      ])
    return await run('chroot', [rootfs, '/bin/sh', '-c', command], {
      env: { DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C', PATH: '/usr/sbin:/usr/bin:/sbin:/bin' }
    })
  } finally {
    await unmountBelow(join(rootfs, 'dev'))
    await unmountBelow(join(rootfs, 'proc'))
    rmSync(join(rootfs, 'etc/resolv.conf'), { force: true })
  }
}

/**
 * Unpacks .deb files into `rootfs` the way distroless images hold packages:
 * files from data.tar, and each package's control file (plus md5sums) under
 * var/lib/dpkg/status.d/, so the package database matches the files without
 * running any of the packages' code (they may be for another architecture).
 */
export async function unpackDebs(debs: string[], rootfs: string, work: string): Promise<string[]> {
  const statusDir = join(rootfs, 'var/lib/dpkg/status.d')
  mkdirSync(statusDir, { recursive: true })
  const names: string[] = []
  for (const deb of debs) {
    await run('dpkg-deb', ['--extract', deb, rootfs])
    const control = join(work, 'control')
    rmSync(control, { recursive: true, force: true })
    await run('dpkg-deb', ['--control', deb, control])
    const name = (await run('dpkg-deb', ['--field', deb, 'Package'])).trim()
    copyFileSync(join(control, 'control'), join(statusDir, name))
    try {
      copyFileSync(join(control, 'md5sums'), join(statusDir, `${name}.md5sums`))
    } catch {
      // Packages without files of their own have no md5sums.
    }
    names.push(name)
  }
  return names
}
