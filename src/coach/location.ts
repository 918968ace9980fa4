// The only place that turns offsets into lines and columns (UTF-16, like JavaScript strings and CodeMirror).

/** Line endings to `\n`: every entry point calls this once, and offsets index the result. */
export function normalizeNewlines(text: string): string {
  // Most letters have no `\r` at all: a scan for it costs far less than a regex replace that finds
  // nothing (the API checks the whole letter on every request).
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

export interface Point {
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units. */
  column: number
  offset: number
}

/** Builds a locator for one text: `toPoint(offset)` in O(log lines). */
export function locator(text: string): { toPoint(offset: number): Point } {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return {
    toPoint(offset: number): Point {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] as number) <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset }
    },
  }
}
