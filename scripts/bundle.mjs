// Builds the committed dist/: the action (dist/index.js) and the CLIs, each one
// self-contained file plus the licenses of what it bundles.
import ncc from '@vercel/ncc'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

// The commands (package.json "bin") get a shebang and the run bit, which git records, so
// `npm install -g`, `npx sbom-sign` and a plain `./dist/cli/index.js` run them.
const entries = [
  { input: 'src/index.ts', output: 'dist', command: false },
  { input: 'src/cli/index.ts', output: 'dist/cli', command: true },
  { input: 'src/conformance/index.ts', output: 'dist/conformance', command: true }
]

// Types are checked once, for the whole project; ncc only transpiles (checking each entry
// again took two thirds of the build's time).
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '--noEmit'], { stdio: 'inherit' })
} catch {
  console.error('bundle: type errors (above); dist/ is left as it was')
  process.exit(1)
}

// Every entry is compiled before dist/ is touched: a failed or interrupted build leaves
// the committed dist/ as it was, not half deleted.
const builds = []
for (const entry of entries) {
  const { code, assets } = await ncc(join(process.cwd(), entry.input), {
    cache: false,
    license: 'licenses.txt',
    target: 'es2022',
    quiet: true,
    transpileOnly: true
  }).catch(error => {
    // ncc reports errors as one long message; the stack is webpack's, not ours.
    console.error(String(error.message ?? error).split('\n    at ')[0])
    console.error('bundle: dist/ is left as it was')
    process.exit(1)
  })
  builds.push({ ...entry, code, assets })
}

rmSync('dist', { recursive: true, force: true })
for (const { output, command, code, assets } of builds) {
  mkdirSync(output, { recursive: true })
  const entry = join(output, 'index.js')
  writeFileSync(entry, asciiOnly(command ? `#!/usr/bin/env node\n${code}` : code))
  // chmod as well: writeFileSync's mode applies only to new files, and the umask may narrow it.
  chmodSync(entry, command ? 0o755 : 0o644)
  for (const [name, asset] of Object.entries(assets)) {
    const file = join(output, name)
    mkdirSync(dirname(file), { recursive: true })
    const source = name.endsWith('.js') ? asciiOnly(String(asset.source)) : asset.source
    writeFileSync(file, source, { mode: asset.permissions })
  }
}

/**
 * The code with every non-ASCII character written as a \u escape. V8 keeps a loaded
 * file's source in memory for as long as its functions live, and one character past
 * ASCII (an ellipsis in a message) makes it keep the whole file at two bytes a character.
 * The escape means the same in strings, templates, regular expressions and comments;
 * a file where it might not (a raw template, an escaped non-ASCII character) is kept as is.
 */
function asciiOnly(code) {
  if (
    !/[\u0080-\uffff]/.test(code) ||
    code.includes('String.raw') ||
    /\\[\u0080-\uffff]/.test(code)
  )
    return code
  return code.replace(
    /[\u0080-\uffff]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
