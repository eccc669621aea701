/**
 * Which images one build of a parsed Dockerfile pulls, for one target platform, by the rules of
 * BuildKit's frontend/dockerfile/instructions/parse.go and dockerfile2llb/convert.go:
 * every FROM that names neither an earlier stage nor `scratch`, every `COPY --from` and
 * `RUN --mount=…,from=` that names no stage, and the same in ONBUILD triggers a stage inherits.
 * Names are expanded with the global ARGs (and the automatic platform args) only.
 */
import { expandCertain, globalArg, globalDefaults, type GlobalEnv, type LineProblem } from './args'
import { csvFields, FLAGS, InstructionError, parseFlags } from './flags'
import { expand, LexError } from './lex'
import type { Node } from './line-parsers'
import { formatPlatform, parseBuildPlatform, type Platform } from './platform'

export type { LineProblem }

export interface Pull {
  reference: string
  line: number
  /** The platform whose image is pulled (os/arch[/variant]). */
  platform: string
  /** What pulls it, e.g. `FROM`, `COPY --from`. */
  instruction: string
}

export interface BuildOptions {
  target: Platform
  build: Platform
  buildArgs: ReadonlyMap<string, string>
}

interface Stage {
  onbuild: Node[]
}

/** convert.go emptyImageName: a stage from nothing, no pull. */
const SCRATCH = 'scratch'
/** instructions/parse.go validStageName. */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/
const INSTRUCTIONS = new Set([
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir'
])

export function pulls(
  nodes: Node[],
  escape: string,
  options: BuildOptions
): { pulls: Pull[]; problems: LineProblem[] } {
  const found: Pull[] = []
  const problems: LineProblem[] = []
  const target = formatPlatform(options.target)
  const allStages = new Set<string>()
  let stageCount = 0
  for (const node of nodes) {
    if (node.keyword.toLowerCase() !== 'from') continue
    stageCount++
    const name = node.args.length === 3 ? node.args[2]?.toLowerCase() : undefined
    if (name) allStages.add(name)
  }
  const lastFrom = nodes.filter(n => n.keyword.toLowerCase() === 'from').at(-1)
  const env = globalDefaults(options, lastFrom?.args[2]?.toLowerCase() || 'default')
  const stages = new Map<string, Stage>()
  let current: Stage | undefined

  const pull = (reference: string, node: Node, platform: string, instruction: string) =>
    found.push({ reference, line: node.startLine, platform, instruction })

  /** COPY --from: a stage by name or index, `scratch`, or an image (convert.go toCommand). */
  const copyFrom = (value: string, node: Node) => {
    if (expand(value, new Map(), { escape }).value !== value)
      throw new InstructionError(
        `COPY --from=${value}: variable expansion is not supported for --from (BuildKit refuses it)`
      )
    if (/^[+-]?\d+$/.test(value)) {
      const index = Number(value)
      if (index < 0 || index >= stageCount)
        throw new InstructionError(`COPY --from=${value}: invalid stage index ${index}`)
      return
    }
    if (allStages.has(value.toLowerCase()) || value === SCRATCH) return
    pull(value, node, target, 'COPY --from')
  }

  /** RUN --mount=…,from=: a stage by name, else an image (convert_runmount.go detectRunMount). */
  const mountFrom = (mount: string, node: Node) => {
    let from = ''
    for (const field of csvFields(mount)) {
      const at = field.indexOf('=')
      if (at < 0 || field.slice(0, at).toLowerCase() !== 'from') continue
      from = field.slice(at + 1)
      const dollar = from.indexOf('$')
      if (dollar !== -1 && dollar !== from.length - 1)
        throw new InstructionError(
          `--mount from=${from}: 'from' doesn't support variable expansion (BuildKit refuses it)`
        )
    }
    const name = from || SCRATCH
    if (allStages.has(name.toLowerCase()) || name === SCRATCH) return
    pull(name, node, target, 'RUN --mount')
  }

  const command = (node: Node, keyword: string) => {
    if (keyword === 'copy' || keyword === 'add') {
      const flags = parseFlags(node.flags, FLAGS[keyword] ?? {})
      if (node.args.length < 2)
        throw new InstructionError(`${keyword.toUpperCase()} requires at least two arguments`)
      const from = flags.get('from')?.[0]
      if (from !== undefined && from !== '') copyFrom(from, node)
    } else if (keyword === 'run') {
      const flags = parseFlags(node.flags, FLAGS.run ?? {})
      for (const mount of flags.get('mount') ?? []) mountFrom(mount, node)
    }
  }

  for (const node of nodes) {
    const keyword = node.keyword.toLowerCase()
    try {
      if (!INSTRUCTIONS.has(keyword))
        throw new InstructionError(`unknown instruction: ${node.keyword}`)
      if (keyword === 'from') {
        // Later instructions belong to this stage even when its FROM line is an error.
        current = { onbuild: [] }
        fromInstruction(node, current, { env, escape, options, stages, pull, command })
        continue
      }
      if (current === undefined) {
        if (keyword === 'arg') globalArg(node, env, escape, options.buildArgs, problems)
        else throw new InstructionError('no build stage in current context')
        continue
      }
      if (keyword === 'onbuild') current.onbuild.push(onbuildTrigger(node))
      else command(node, keyword)
    } catch (error) {
      if (!(error instanceof InstructionError || error instanceof LexError)) throw error
      problems.push({ line: node.startLine, message: error.message })
    }
  }
  if (stageCount === 0 && problems.length === 0)
    problems.push({ line: 1, message: 'dockerfile contains no stages to build' })
  return { pulls: found, problems }
}

interface FromContext {
  env: GlobalEnv
  escape: string
  options: BuildOptions
  /** Stages defined so far, by lower-case name. */
  stages: Map<string, Stage>
  pull: (reference: string, node: Node, platform: string, instruction: string) => void
  command: (node: Node, keyword: string) => void
}

/** FROM [--platform=P] IMAGE [AS NAME] (parse.go parseFrom, convert.go buildDispatchStates). */
function fromInstruction(node: Node, stage: Stage, context: FromContext): void {
  const { env, escape, stages } = context
  const flags = parseFlags(node.flags, FLAGS.from ?? {})
  const args = node.args
  const named = args.length === 3 && args[1]?.toLowerCase() === 'as'
  if (args.length !== 1 && !named)
    throw new InstructionError('FROM requires either one or three arguments')
  const stageName = named ? (args[2] ?? '').toLowerCase() : undefined
  if (stageName !== undefined && !STAGE_NAME.test(stageName))
    throw new InstructionError(
      `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`
    )
  try {
    const raw = args[0] ?? ''
    const base = expandCertain(raw, env, escape)
    if (base === '') throw new InstructionError(`base name (${raw}) should not be blank`)
    const platform = fromPlatform(flags.get('platform')?.[0], context)
    // Stage names are looked up as written (dispatchStates.addState): only earlier stages count.
    const parent = stages.get(base)
    if (parent) {
      // The parent stage's ONBUILD triggers run here (convert.go initOnBuildTriggers).
      for (const trigger of parent.onbuild) context.command(trigger, trigger.keyword.toLowerCase())
    } else if (base !== SCRATCH) {
      context.pull(base, node, platform, 'FROM')
    }
  } finally {
    if (stageName !== undefined) stages.set(stageName, stage)
  }
}

/** The platform a FROM pulls: its --platform expanded and normalised, else the target. */
function fromPlatform(flag: string | undefined, context: FromContext): string {
  const { options } = context
  if (flag === undefined) return formatPlatform(options.target)
  const value = expandCertain(flag, context.env, context.escape)
  if (value === '') throw new InstructionError(`empty platform value from expression ${flag}`)
  try {
    return formatPlatform(parseBuildPlatform(value, options.build))
  } catch {
    throw new InstructionError(`failed to parse platform ${flag}: "${value}" is not a platform`)
  }
}

/** parseOnBuild: the trigger, with its own line numbers from the ONBUILD line. */
function onbuildTrigger(node: Node): Node {
  const trigger = node.trigger
  if (!trigger) throw new InstructionError('ONBUILD requires at least one argument')
  const keyword = trigger.keyword.toUpperCase()
  if (keyword === 'ONBUILD')
    throw new InstructionError("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")
  if (keyword === 'FROM' || keyword === 'MAINTAINER')
    throw new InstructionError(`${keyword} isn't allowed as an ONBUILD trigger`)
  return { ...trigger, startLine: node.startLine, endLine: node.endLine }
}
