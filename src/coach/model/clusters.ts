// Words grouped by meaning (scripts/word-clusters.mjs): the classifier reads a word's group as one
// feature more, so that a word its training sentences never used carries what its neighbours earned.

/** The groups as generated: one line per group (its number is its line's), words separated by spaces. */
export type WrittenClusters = string

export function encodeClusters(clusters: readonly (readonly string[])[]): WrittenClusters {
  for (const c of clusters)
    for (const w of c)
      if (/[\s]/.test(w) || w === '') throw new Error(`a word of a cluster holds a space: "${w}"`)
  return clusters.map((c) => c.join(' ')).join('\n')
}

/** A word's group number, or undefined for a word of no group. */
export type ClusterOf = (word: string) => number | undefined

/** Reads the groups on first use (some 30,000 words: a few milliseconds, once). */
export function clustersOf(written: WrittenClusters): ClusterOf {
  let map: Map<string, number> | undefined
  return (word) => {
    if (!map) {
      map = new Map()
      let group = 0
      let at = 0
      for (let i = 0; i <= written.length; i++) {
        const c = i < written.length ? written.charCodeAt(i) : 10
        if (c !== 32 && c !== 10) continue
        if (i > at) map.set(written.slice(at, i), group)
        at = i + 1
        if (c === 10) group++
      }
    }
    return map.get(word)
  }
}
