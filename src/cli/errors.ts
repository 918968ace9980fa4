// Errors a user can fix: printed as one line on stderr, exit code 2. Anything else is a bug (exit 70).

export class UsageError extends Error {
  override readonly name = 'UsageError'
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message)
  }
}
