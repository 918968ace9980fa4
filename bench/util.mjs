// Shared timing helpers for the benchmarks: medians and percentiles of repeated calls, and a table.

/** Runs `fn` `warmup` times, then times `runs` calls; returns per-call milliseconds, sorted. */
export function sample(fn, { runs = 200, warmup = 20 } = {}) {
  for (let i = 0; i < warmup; i++) fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return times.sort((a, b) => a - b)
}

/** The same for async functions. */
export async function sampleAsync(fn, { runs = 50, warmup = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return times.sort((a, b) => a - b)
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export const median = (sorted) => percentile(sorted, 50)

/** Prints rows (arrays of cells) as a Markdown table. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  console.log(line(header))
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
  for (const r of rows) console.log(line(r))
}

export const ms = (x) => `${x < 1 ? x.toFixed(3) : x.toFixed(2)} ms`
export const ratio = (x) => `${x.toFixed(2)}×`
