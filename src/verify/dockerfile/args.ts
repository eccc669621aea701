/**
 * The global scope of build arguments (convert.go defaultArgs and buildMetaArgs): the automatic
 * platform args, then each ARG before the first FROM, a build-arg winning over its default.
 * A variable whose value rests on an unset one is kept as uncertain, an error where it is used.
 */
import { InstructionError } from './flags'
import { expand, LexError } from './lex'
import type { Node } from './line-parsers'
import { platformArgs, type Platform } from './platform'

export interface LineProblem {
  line: number
  message: string
}

/** What each variable holds in the global scope, and which ones hold no certain value. */
export interface GlobalEnv {
  values: Map<string, string>
  /** Variables whose value came from an unset variable: name → the unset one. */
  uncertain: Map<string, string>
}

export function globalDefaults(
  options: { target: Platform; build: Platform; buildArgs: ReadonlyMap<string, string> },
  targetStage: string
): GlobalEnv {
  const values = new Map<string, string>()
  for (const [name, value] of [
    ...platformArgs(options.target, options.build),
    ['TARGETSTAGE', targetStage]
  ] as [string, string][])
    values.set(name, options.buildArgs.get(name) ?? value)
  return { values, uncertain: new Map() }
}

/** convert.go buildMetaArgs: a build-arg wins, else the default expanded so far, else unset. */
export function globalArg(
  node: Node,
  env: GlobalEnv,
  escape: string,
  buildArgs: ReadonlyMap<string, string>,
  problems: LineProblem[]
): void {
  if (node.args.length === 0) throw new InstructionError('ARG requires at least one argument')
  for (const word of node.args) {
    const at = word.indexOf('=')
    const name = at < 0 ? word : word.slice(0, at)
    if (name === '') throw new InstructionError('ARG names can not be blank')
    const given = buildArgs.get(name)
    if (given !== undefined) {
      env.values.set(name, given)
      env.uncertain.delete(name)
      continue
    }
    if (at < 0) continue
    try {
      const result = expandCertain(word.slice(at + 1), env, escape)
      env.values.set(name, result)
      env.uncertain.delete(name)
    } catch (error) {
      if (!(error instanceof InstructionError || error instanceof LexError)) throw error
      // Used later, the ARG is an error there; unused, it is harmless.
      env.values.set(name, '')
      env.uncertain.set(name, error.message)
      if (error instanceof LexError) problems.push({ line: node.startLine, message: error.message })
    }
  }
}

/** Expands with the global env; an unset or uncertain variable makes the value unknown. */
export function expandCertain(word: string, env: GlobalEnv, escape: string): string {
  const result = expand(word, env.values, { escape })
  for (const name of result.used) {
    const why = env.uncertain.get(name)
    if (why !== undefined) throw new InstructionError(why)
  }
  const unset = result.unsetUsed[0]
  if (unset !== undefined)
    throw new InstructionError(
      `${unset} has no value here: give the global ARG ${unset} (before the first FROM) a default, or pass it in the "build-args" input`
    )
  return result.value
}
