// How a subcommand ends on a refusal: the reason on stderr and exit code 1, nothing else printed.
export class CliError extends Error {}

export function fail(message: string): never {
  throw new CliError(message);
}
