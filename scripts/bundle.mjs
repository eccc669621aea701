// Builds the committed dist/: the action (dist/index.js) and the CLIs, each one
// self-contained file plus the licenses of what it bundles.
import ncc from '@vercel/ncc'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

// The commands (package.json "bin") get a shebang and the run bit, which git records, so
// `npm install -g`, `npx sbom-sign` and a plain `./dist/cli/index.js` run them.
const entries = [
  { input: 'src/index.ts', output: 'dist', command: false },
  { input: 'src/cli/index.ts', output: 'dist/cli', command: true },
  { input: 'src/conformance/index.ts', output: 'dist/conformance', command: true }
]

rmSync('dist', { recursive: true, force: true })
for (const { input, output, command } of entries) {
  const { code, assets } = await ncc(join(process.cwd(), input), {
    cache: false,
    license: 'licenses.txt',
    target: 'es2022',
    quiet: true
  }).catch(error => {
    // ncc reports type errors as one long message; the stack is webpack's, not ours.
    console.error(String(error.message ?? error).split('\n    at ')[0])
    process.exit(1)
  })
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
