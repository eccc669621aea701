// Builds the committed dist/: the action (dist/index.js) and the CLIs, each one
// self-contained file plus the licenses of what it bundles.
import ncc from '@vercel/ncc'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const entries = [
  { input: 'src/index.ts', output: 'dist' },
  { input: 'src/cli/index.ts', output: 'dist/cli' },
  { input: 'src/conformance/index.ts', output: 'dist/conformance' }
]

rmSync('dist', { recursive: true, force: true })
for (const { input, output } of entries) {
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
  writeFileSync(join(output, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    const file = join(output, name)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, asset.source, { mode: asset.permissions })
  }
}
