/** 150 ms, 8 s, 3 min 12 s: durations as the job log shows them. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'no limit'
  if (ms < 1000) return `${Math.round(ms)} ms`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`
}
