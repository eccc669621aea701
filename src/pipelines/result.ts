/** What a pipeline hands back to its caller (the action's main or the CLI). */
export interface RunResult {
  /** Step outputs, by their action.yml names. */
  outputs: Record<string, string>
  /** Markdown for the job summary. */
  summary: string
  /** False when a check failed; errors that stop the run are thrown instead. */
  ok: boolean
  /** Why `ok` is false, in one line. */
  failure?: string
  /** What the CLI prints instead of the outputs' JSON (find's table). */
  console?: string
  /** The CLI's exit code when `ok` is false, if not 1 (find's `--fail-if-found`: 3). */
  exitCode?: number
}
