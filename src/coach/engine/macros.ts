// `{NAME}` placeholders in rule patterns, so that word lists live in one place per language
// and patterns stay readable.
import { RuleDataError } from './errors.js'

/** Macro name → regex source (already a group or an atom). Values may use other macros. */
export type MacroTable = Readonly<Record<string, string>>

const PLACEHOLDER = /(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g

export function expandMacros(source: string, where: string, table: MacroTable, depth = 0): string {
  if (depth > 8) throw new RuleDataError(`${where}: macros nest too deeply (a cycle?)`)
  return source.replace(PLACEHOLDER, (_, name: string) => {
    const value = table[name]
    if (value === undefined) throw new RuleDataError(`${where}: unknown macro {${name}}`)
    return `(?:${expandMacros(value, where, table, depth + 1)})`
  })
}
