// Bad rule data fails when the module loads, naming the rule and the pattern.
export class RuleDataError extends Error {
  override readonly name = 'RuleDataError'
}
