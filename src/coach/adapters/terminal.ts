// The coach's report as terminal text: each finding as line:col, category, message and the excerpt with
// the span marked; then the six scores as bars and the page estimate. Colour only on a TTY.

import type { Finding } from '../finding.js'
import { locator } from '../location.js'
import { fromModel } from '../model/findings.js'
import { PAPER_SPECS } from '../paper.js'
import type { CareResource, Report } from '../report.js'

export interface TerminalStyle {
  color: boolean
  /** Columns available for the excerpt. */
  width?: number
}

const ESC = '\u001b['
const paint = (on: boolean, code: string, s: string) => (on ? `${ESC}${code}m${s}${ESC}0m` : s)

const SEVERITY_COLOR = { danger: '31;1', warning: '33', info: '32' } as const
const SEVERITY_ICON = { danger: '✖', warning: '⚠', info: '✓' } as const

/** One place to find help, on one line: "United Kingdom: Samaritans — 116 123, free, day and night". */
export function resourceLine(r: CareResource): string {
  return `${r.region}: ${r.name} — ${r.contact}`
}

export function formatReport(text: string, report: Report, style: TerminalStyle): string {
  const { color } = style
  const width = Math.max(40, Math.min(style.width ?? 100, 120))
  const loc = locator(text)
  const out: string[] = []
  if (report.care) {
    out.push(paint(color, '35;1', '♥ Before anything else'))
    out.push(wrap(report.care.message, width, '  '))
    for (const r of report.care.resources) out.push(`  • ${resourceLine(r)}`)
    out.push('')
  }
  const findings = report.findings
  const pitfalls = findings.filter((f) => f.kind === 'pitfall')
  const strengths = findings.filter((f) => f.kind === 'strength')
  for (const [title, group] of [
    ['Pitfalls', pitfalls],
    ['Strengths', strengths],
  ] as const) {
    if (group.length === 0) continue
    out.push(paint(color, '1', `${title} (${group.length})`))
    for (const f of group) out.push(formatFinding(text, f, loc.toPoint(f.from), color, width), '')
  }
  if (findings.length === 0) out.push('No pitfall and no strength found yet.', '')

  out.push(paint(color, '1', 'The six rules'))
  for (const s of report.scores) {
    const filled = Math.round(s.score / 10)
    const bar =
      paint(color, s.score >= 70 ? '32' : s.score >= 40 ? '33' : '31', '█'.repeat(filled)) +
      '░'.repeat(10 - filled)
    out.push(`  ${s.title.padEnd(22)} ${bar} ${String(s.score).padStart(3)}  ${s.explanation}`)
  }
  const { stats } = report
  const e = stats.estimate
  out.push('')
  out.push(
    `${plural(stats.words, 'word')}, ${plural(stats.sentences, 'sentence')} — ${pages(e.pages)} ` +
      `(${PAPER_SPECS[e.paper].label}, ${e.size} hand: ${e.lines} of ${e.linesPerPage} lines)` +
      (e.fitsOnePage ? '' : paint(color, '33', ' — over one page')),
  )
  const v = report.verdict
  const vColor = v.status === 'ready' ? '32' : v.status === 'revise' ? '33' : '31;1'
  out.push(paint(color, vColor, v.message))
  return `${out.join('\n')}\n`
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function pages(n: number): string {
  if (n < 0.1) return 'a few handwritten lines'
  return `about ${n} handwritten ${n === 1 ? 'page' : 'pages'}`
}

function formatFinding(
  text: string,
  f: Finding,
  at: { line: number; column: number },
  color: boolean,
  width: number,
): string {
  // The classifier reads a whole sentence and offers no rewrite: say so, so it reads as a hint.
  const source = fromModel(f) ? paint(color, '2', '  (the sentence as a whole, read by the classifier)') : ''
  const head = `${paint(color, SEVERITY_COLOR[f.severity], `${SEVERITY_ICON[f.severity]} ${f.ruleId}`)}  ${paint(color, '2', `${at.line}:${at.column}`)}${source}`
  const lines = [head, wrap(f.message, width, '    ')]
  lines.push(`    ${excerpt(text, f, color, width - 4)}`)
  for (const s of f.suggestions) lines.push(`    ${paint(color, '36', '→')} ${s.text}`)
  return lines.join('\n')
}

/** The span in its line, marked with » « (plain) or underlined (TTY), trimmed around to fit. */
function excerpt(text: string, f: Finding, color: boolean, width: number): string {
  const lineStart = text.lastIndexOf('\n', f.from - 1) + 1
  let lineEnd = text.indexOf('\n', f.to)
  if (lineEnd === -1) lineEnd = text.length
  let before = text.slice(lineStart, f.from)
  let after = text.slice(f.to, lineEnd)
  const room = Math.max(10, width - f.actual.length - 4)
  if (before.length > room / 2) before = `…${before.slice(before.length - Math.floor(room / 2))}`
  if (after.length > room / 2) after = `${after.slice(0, Math.floor(room / 2))}…`
  const mark = color ? paint(true, '4', f.actual) : `»${f.actual}«`
  return `${before}${mark}${after}`
}

function wrap(s: string, width: number, indent: string): string {
  const words = s.split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      lines.push(indent + line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(indent + line)
  return lines.join('\n')
}
