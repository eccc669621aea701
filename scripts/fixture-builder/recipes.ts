import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildGoApp, GREETER } from './go'
import { big, javaRuby } from './java-ruby'
import { FIXTURE_TAG, ImageBuild, writeIndex } from './layout'
import { inChroot, trimDebianRoot, unpackDebs } from './rootfs'
import { run } from './run'
import { debootstrap, SUITE, timed, type BuildContext, type Recipe } from './steps'

export type { BuildContext, Recipe } from './steps'

const ENTRYPOINT = '/usr/local/bin/greeter'

const NPM_DEPENDENCIES = { debug: '4.3.7', kleur: '4.1.5', semver: '7.6.3' }
/** Python modules dpkg owns, one with .egg-info metadata and one with .dist-info. */
const PYTHON_PACKAGES = ['python3-six', 'python3-packaging']
/** What the deleting layer removes: an npm package, a file dpkg lists, a whole dpkg package. */
const DELETED = { npmPackage: 'kleur', dpkgFile: '/usr/bin/pydoc3.11', dpkgPackage: 'tzdata' }

async function npmApp(context: BuildContext, appDir: string) {
  mkdirSync(appDir, { recursive: true })
  writeFileSync(
    join(appDir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'greeter-web',
        version: '2.0.1',
        private: true,
        license: 'MIT',
        main: 'index.js',
        dependencies: NPM_DEPENDENCIES
      },
      null,
      2
    )}\n`
  )
  writeFileSync(
    join(appDir, 'index.js'),
    "const debug = require('debug')('greeter')\nconst semver = require('semver')\ndebug('node %s', semver.clean(process.version))\n"
  )
  await timed(context, 'npm install', () =>
    run(
      'npm',
      [
        'install',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--cache',
        context.npmCache
      ],
      { cwd: appDir }
    )
  )
}

/**
 * The main test and demo image: Debian minbase with a Python module under dpkg,
 * an npm app, a Go binary with two module dependencies, and a layer deleting
 * files of all three kinds (whiteouts).
 */
const debianApp: Recipe = {
  description: 'Debian bookworm minbase + npm app + Go binary + a deleting layer (linux/amd64)',
  spec: {
    suite: SUITE,
    include: PYTHON_PACKAGES,
    npm: NPM_DEPENDENCIES,
    go: GREETER,
    deleted: DELETED,
    revision: 3
  },
  async build(context) {
    const image = await ImageBuild.start(
      context.layout,
      FIXTURE_TAG,
      'amd64',
      join(context.work, 'bundle')
    )
    const { rootfs } = image
    // The Go build runs beside debootstrap; both settle before anything else (or the
    // scratch directory's removal) goes on.
    const [go, base] = await Promise.allSettled([
      timed(context, 'go build', () =>
        buildGoApp(GREETER, ['amd64'], join(context.work, 'go'), context.apt, context.goCache)
      ),
      debootstrap(context, rootfs, PYTHON_PACKAGES).then(command =>
        timed(context, 'layer 1', () => image.commitLayer('ADD rootfs.tar / # buildkit', command))
      )
    ])
    if (go.status === 'rejected') throw go.reason
    if (base.status === 'rejected') throw base.reason
    await image.configure(['--config.workingdir', '/app'], 'WORKDIR /app')

    await npmApp(context, join(rootfs, 'app'))
    const npmCommand = `npm install --omit=dev ${Object.entries(NPM_DEPENDENCIES)
      .map(([name, version]) => `${name}@${version}`)
      .join(' ')}`
    await timed(context, 'layer 2', () =>
      image.commitLayer(`RUN /bin/sh -c cd /app && ${npmCommand} # buildkit`)
    )

    const binary = join(rootfs, ENTRYPOINT)
    copyFileSync(go.value.amd64 as string, binary)
    chmodSync(binary, 0o755)
    await timed(context, 'layer 3', () =>
      image.commitLayer(`COPY /out/greeter ${ENTRYPOINT} # buildkit`)
    )

    const removeCommand = `rm -rf /app/node_modules/${DELETED.npmPackage} ${DELETED.dpkgFile} && dpkg --purge ${DELETED.dpkgPackage}`
    for (const path of [join('app/node_modules', DELETED.npmPackage), DELETED.dpkgFile.slice(1)]) {
      if (!existsSync(join(rootfs, path))) throw new Error(`nothing to delete at /${path}`)
      rmSync(join(rootfs, path), { recursive: true })
    }
    await inChroot(rootfs, `dpkg --purge ${DELETED.dpkgPackage}`)
    await timed(context, 'layer 4', () =>
      image.commitLayer(`RUN /bin/sh -c ${removeCommand} # buildkit`)
    )
    await image.configure(
      ['--config.entrypoint', ENTRYPOINT, '--config.env', 'NODE_ENV=production'],
      `ENTRYPOINT ["${ENTRYPOINT}"]`
    )
  }
}

/** Packages of a distroless-style base: libc and its runtime plus Debian's base files. */
const MULTIARCH_DEBS = {
  perArch: ['base-files', 'libc6', 'libgcc-s1', 'gcc-12-base'],
  all: ['netbase', 'tzdata', 'media-types']
}
const PLATFORMS = ['amd64', 'arm64']

/**
 * A linux/amd64 + linux/arm64 index. Each platform holds the real Debian
 * packages of its architecture, unpacked without running them (so no arm64
 * emulation is needed) and recorded in var/lib/dpkg/status.d/ as distroless
 * images do, plus the Go binary cross-compiled for that architecture.
 */
const multiarch: Recipe = {
  description: 'distroless-style Debian base + Go binary, index of linux/amd64 and linux/arm64',
  spec: { suite: SUITE, debs: MULTIARCH_DEBS, platforms: PLATFORMS, go: GREETER, revision: 1 },
  async build(context) {
    const go = await timed(context, 'go build', () =>
      buildGoApp(GREETER, PLATFORMS, join(context.work, 'go'), context.apt, context.goCache)
    )
    for (const arch of PLATFORMS) {
      const image = await ImageBuild.start(
        context.layout,
        arch,
        arch,
        join(context.work, `bundle-${arch}`)
      )
      const packages = [...MULTIARCH_DEBS.perArch.map(p => `${p}:${arch}`), ...MULTIARCH_DEBS.all]
      const debs = await timed(context, `download ${arch} debs`, () =>
        context.apt.download(packages, join(context.work, `debs-${arch}`))
      )
      const names = await unpackDebs(debs, image.rootfs, context.work)
      await image.commitLayer(
        'COPY rootfs/ / # buildkit',
        `Debian ${SUITE} ${arch}: ${names.sort().join(' ')}`
      )
      const binary = join(image.rootfs, ENTRYPOINT)
      mkdirSync(join(binary, '..'), { recursive: true })
      copyFileSync(go[arch] as string, binary)
      chmodSync(binary, 0o755)
      await image.commitLayer(`COPY /out/greeter ${ENTRYPOINT} # buildkit`)
      await image.configure(['--config.entrypoint', ENTRYPOINT], `ENTRYPOINT ["${ENTRYPOINT}"]`)
    }
    writeIndex(
      context.layout,
      FIXTURE_TAG,
      Object.fromEntries(PLATFORMS.map(arch => [arch, `linux/${arch}`]))
    )
  }
}

/** Real packages of several ecosystems: Java jars, Perl, Python, Ruby gems, Node with Debian's npm modules. */
const LARGE_PACKAGES = [
  'libjackson2-databind-java',
  'libguava-java',
  'libcommons-lang3-java',
  'liblog4j2-java',
  'python3-requests',
  'python3-yaml',
  'python3-jinja2',
  'ruby',
  'ruby-rack',
  'nodejs',
  'npm',
  'perl',
  'git',
  'curl'
]

/** A ~200 MB image for benchmarks: minbase plus many packages installed with apt in a chroot. */
const large: Recipe = {
  description: 'Debian bookworm minbase + apt-get install of Java, Python, Ruby, Node packages',
  spec: { suite: SUITE, packages: LARGE_PACKAGES, revision: 1 },
  async build(context) {
    const image = await ImageBuild.start(
      context.layout,
      FIXTURE_TAG,
      'amd64',
      join(context.work, 'bundle')
    )
    const command = await debootstrap(context, image.rootfs, [])
    await timed(context, 'layer 1', () => image.commitLayer('ADD rootfs.tar / # buildkit', command))
    const install = `apt-get update && apt-get install -y --no-install-recommends ${LARGE_PACKAGES.join(' ')} && apt-get clean`
    await timed(context, 'apt-get install', () => inChroot(image.rootfs, install))
    trimDebianRoot(image.rootfs)
    await timed(context, 'layer 2', () =>
      image.commitLayer(`RUN /bin/sh -c ${install} && rm -rf /var/lib/apt/lists/* # buildkit`)
    )
  }
}

export const RECIPES = {
  'debian-app': debianApp,
  multiarch,
  large,
  'java-ruby': javaRuby,
  big
} as const
export type FixtureName = keyof typeof RECIPES
