import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './run'

/**
 * A private apt state (its own lists and download cache) that uses the host's
 * configured Debian sources and keyrings, for downloading .deb files of any
 * architecture without touching the host's package database.
 */
export class AptArchive {
  private readonly config: string
  private updating?: Promise<void>

  constructor(private readonly dir: string) {
    this.config = join(dir, 'apt.conf')
  }

  private prepare(): void {
    for (const sub of ['lists/partial', 'archives/partial', 'dpkg', 'etc/preferences.d'])
      mkdirSync(join(this.dir, sub), { recursive: true })
    writeFileSync(join(this.dir, 'dpkg', 'status'), '')
    writeFileSync(
      this.config,
      [
        `Dir::State "${this.dir}/";`,
        `Dir::State::Lists "${this.dir}/lists/";`,
        `Dir::State::status "${this.dir}/dpkg/status";`,
        `Dir::Cache "${this.dir}/";`,
        `Dir::Cache::Archives "${this.dir}/archives/";`,
        `Dir::Etc::Preferences "${this.dir}/etc/preferences";`,
        `Dir::Etc::PreferencesParts "${this.dir}/etc/preferences.d/";`,
        'APT::Architecture "amd64";',
        'APT::Architectures { "amd64"; "arm64"; };',
        'Acquire::Languages "none";',
        // Files are written by root into a root-owned cache; apt's _apt sandbox cannot.
        'APT::Sandbox::User "root";',
        ''
      ].join('\n')
    )
  }

  private apt(command: string, args: string[], cwd?: string): Promise<string> {
    return run(command, ['-q', ...args], { cwd, env: { APT_CONFIG: this.config, LC_ALL: 'C' } })
  }

  /** Refreshes the package lists, once per instance however many steps ask at once. */
  update(): Promise<void> {
    this.updating ??= (async () => {
      this.prepare()
      await this.apt('apt-get', ['update'])
    })()
    return this.updating
  }

  /** The Debian mirror and suite the host's sources name for `codename` (for debootstrap). */
  async mirror(codename: string): Promise<string> {
    await this.update()
    const lines = await this.apt('apt-get', [
      'indextargets',
      '--format',
      '$(REPO_URI) $(RELEASE) $(COMPONENT)',
      'Created-By: Packages'
    ])
    for (const line of lines.split('\n')) {
      const [uri, release, component] = line.trim().split(' ')
      if (uri && release === codename && component === 'main' && !uri.includes('security'))
        return uri.replace(/\/$/, '')
    }
    throw new Error(`the host's apt sources have no "${codename} main" repository`)
  }

  /** Downloads `packages` (name or name:arch, no dependency resolution) into `dir`; returns the files. */
  async download(packages: string[], dir: string): Promise<string[]> {
    await this.update()
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    await this.apt('apt-get', ['download', ...packages], dir)
    const files = readdirSync(dir)
      .filter(f => f.endsWith('.deb'))
      .map(f => join(dir, f))
    if (files.length !== packages.length)
      throw new Error(`expected ${packages.length} .deb files in ${dir}, found ${files.length}`)
    return files
  }
}
