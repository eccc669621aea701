/**
 * The images a build of a Dockerfile pulls, as BuildKit would pull them: parsed like
 * frontend/dockerfile/parser, expanded like frontend/dockerfile/shell, and interpreted like
 * dockerfile2llb, once per target platform. Whatever cannot be resolved with certainty is a
 * problem on its line; the gate fails on it.
 */
import { detectSyntax } from './directives'
import { DockerfileError, parseDockerfile } from './parser'
import { formatPlatform, parseBuildPlatform, runnerPlatform, type Platform } from './platform'
import { pulls } from './pulls'

export { parseBuildPlatform, runnerPlatform } from './platform'

/** One image a Dockerfile pulls, and where. */
export interface BaseImage {
  /** The reference after ARG substitution. */
  reference: string
  file: string
  /** 1-based line of the instruction that names it (0: not from a file). */
  line: number
  /** The platform whose image the build pulls (os/arch[/variant]). */
  platform?: string
  /** What pulls it: FROM, COPY --from, RUN --mount, # syntax, build-arg BUILDKIT_SYNTAX. */
  instruction?: string
}

/** A line whose pulls cannot be determined with certainty. */
export interface DockerfileProblem {
  file: string
  line: number
  message: string
}

export interface DockerfileImages {
  images: BaseImage[]
  problems: DockerfileProblem[]
}

/** The build the Dockerfile is checked for. */
export interface BuildSettings {
  /** Target platforms (os/arch[/variant]); each is a build of its own. */
  platforms: string[]
  /** The values of `--build-arg`s. */
  buildArgs: ReadonlyMap<string, string>
  /** The platform BuildKit runs on; the runner's when not given. */
  buildPlatform?: Platform
}

/** builder/build.go: a BUILDKIT_SYNTAX build-arg replaces the file's `# syntax=`. */
const SYNTAX_ARG = 'BUILDKIT_SYNTAX'

export function dockerfileImages(
  text: string,
  file: string,
  settings: BuildSettings
): DockerfileImages {
  const build = settings.buildPlatform ?? runnerPlatform()
  const images: BaseImage[] = []
  const problems: DockerfileProblem[] = []
  // The frontend image is pulled on the build platform before the Dockerfile is parsed at all.
  const syntaxArg = settings.buildArgs.get(SYNTAX_ARG)?.trim().split(' ')[0]
  const syntax = syntaxArg ? undefined : detectSyntax(text)
  if (syntaxArg)
    images.push({
      reference: syntaxArg,
      file: '',
      line: 0,
      platform: formatPlatform(build),
      instruction: `build-arg ${SYNTAX_ARG}`
    })
  else if (syntax?.value)
    images.push({
      reference: syntax.value,
      file,
      line: Math.max(syntax.line, 1),
      platform: formatPlatform(build),
      instruction: '# syntax'
    })
  let parsed: ReturnType<typeof parseDockerfile>
  try {
    parsed = parseDockerfile(text)
  } catch (error) {
    if (!(error instanceof DockerfileError)) throw error
    problems.push({ file, line: Math.max(error.line, 1), message: error.message })
    return { images, problems }
  }
  const seen = new Set<string>()
  for (const platform of settings.platforms) {
    const target = parseBuildPlatform(platform, build)
    const found = pulls(parsed.nodes, parsed.escape, {
      target,
      build,
      buildArgs: settings.buildArgs
    })
    for (const pull of found.pulls) {
      const key = `${pull.line}\n${pull.reference}\n${pull.platform}`
      if (seen.has(key)) continue
      seen.add(key)
      images.push({ ...pull, file })
    }
    for (const problem of found.problems) {
      const key = `${problem.line}\n${problem.message}`
      if (seen.has(key)) continue
      seen.add(key)
      problems.push({ ...problem, file })
    }
  }
  if (images.length === 0 && problems.length === 0)
    problems.push({
      file,
      line: 1,
      message:
        'the Dockerfile pulls no image (only scratch and its own stages), so nothing was verified'
    })
  return { images, problems }
}
