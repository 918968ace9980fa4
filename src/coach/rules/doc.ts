// Renders the rule registry as Markdown (docs/rules.md): the taxonomy becomes a rendering of the code,
// not a second source of truth. A test fails when the committed file is out of date.
import type { RuleSpec } from '../engine/define-rule.js'
import { parseMarked } from '../engine/marked.js'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderRulesDoc(rules: readonly RuleSpec[]): string {
  const out = [
    '# What the coach finds',
    '',
    '<!-- Generated from src/coach/rules by `npm run rules-doc`. Do not edit by hand. -->',
    '',
    'Each category is one rule of data in `src/coach/rules/en/`. Findings underline the span shown in',
    '**bold**; the examples below are the rule’s own test suite.',
    '',
    '| id | kind | severity | feeds | what it is |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) => `| [\`${r.id}\`](#${r.id}) | ${r.kind} | ${r.severity} | ${r.sixRule} | ${cell(r.summary)} |`,
    ),
    '',
  ]
  for (const r of rules) {
    out.push(`## ${r.id}`, '', `${r.title} (${r.kind}, ${r.severity}). ${r.summary}`, '')
    out.push(`> ${r.message}`, '')
    out.push('Flagged:', '')
    for (const e of r.examples) {
      if (!('flagged' in e)) continue
      const { text, from, to } = parseMarked(e.flagged)
      out.push(`- ${text.slice(0, from)}**${text.slice(from, to)}**${text.slice(to)}`)
    }
    out.push('', 'Not flagged:', '')
    for (const e of r.examples) if ('notFlagged' in e) out.push(`- ${e.notFlagged}`)
    out.push('')
  }
  return out.join('\n')
}
