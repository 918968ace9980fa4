// Rule examples mark the expected span with [[ ]], as LanguageTool marks it with <marker>.

export function parseMarked(example: string): { text: string; from: number; to: number } {
  const from = example.indexOf('[[')
  const close = example.indexOf(']]')
  if (from === -1 || close < from || example.indexOf('[[', from + 2) !== -1) {
    throw new Error(`example needs exactly one [[span]]: ${example}`)
  }
  const text = example.slice(0, from) + example.slice(from + 2, close) + example.slice(close + 2)
  return { text, from, to: close - 2 }
}
