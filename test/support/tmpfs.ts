import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Namespace } from './run-action'

/**
 * Whether this machine lets a process mount a tmpfs in its own user and mount namespace
 * (`unshare -rm`): how the tests get a real full or read-only file system without root.
 */
export function tmpfsAvailable(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'tmpfs-probe-'))
  try {
    const probe = spawnSync('unshare', [
      '-rm',
      'sh',
      '-c',
      `mount -t tmpfs -o size=4k tmpfs '${dir}'`
    ])
    return probe.status === 0
  } finally {
    rmdirSync(dir)
  }
}

/**
 * A namespace in which `dir` is a tmpfs of `size` (e.g. `64k`): `full` fills it to the last
 * byte before the process starts, `readOnly` mounts it read-only. After the run, what is in
 * it is listed to `listing` (a path outside it), one name a line.
 */
export function tmpfsNamespace(
  dir: string,
  options: { size: string; full?: boolean; readOnly?: boolean; seed?: string; listing?: string }
): Namespace {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  const mount = `mount -t tmpfs -o size=${options.size}${options.readOnly ? ',ro' : ''} tmpfs ${q(dir)}`
  const seed = options.seed ? ` && cp -r ${q(options.seed)}/. ${q(dir)}/` : ''
  // dd stops at ENOSPC with a non-zero status: the file system is then full.
  const fill = options.full
    ? ` && { dd if=/dev/zero of=${q(`${dir}/filler`)} bs=4k 2>/dev/null; true; }`
    : ''
  return {
    setup: `${mount}${seed}${fill}`,
    after: options.listing
      ? `find ${q(dir)} -mindepth 1 -printf '%P\\n' > ${q(options.listing)}`
      : undefined
  }
}
