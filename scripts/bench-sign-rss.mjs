// Preloaded into each signing run by scripts/bench-sign.ts: the process's peak RSS (KiB) at exit.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
