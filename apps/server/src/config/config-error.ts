// Configuration failures. Startup prints one line, so every problem found is
// folded into one message, grouped by where it came from:
//   decode Moltnet config "moltnet.yaml": server.listen_adr: unknown key; validate Moltnet config "moltnet.yaml": storage.kind: unsupported storage kind "x"
export interface ConfigProblem {
  /** Where the bad value sits: `storage.kind`, `auth.tokens[0].scopes`, or an env var name. */
  path: string;
  message: string;
}

/** Renders `path: message`, unless the message already starts with its path. */
export function formatProblem(problem: ConfigProblem): string {
  return problem.message.startsWith(problem.path) ? problem.message : `${problem.path}: ${problem.message}`;
}

export interface ProblemGroup {
  /** e.g. `validate Moltnet config "moltnet.yaml"`; empty for standalone messages. */
  heading: string;
  problems: ConfigProblem[];
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly code = "invalid_config";
  readonly problems: ConfigProblem[];
  /**
   * Secrets the configuration holds, when they could be read before it was
   * refused, so whoever prints this error can redact them. Never printed.
   */
  secrets: readonly string[] = [];

  constructor(groups: ProblemGroup[], options?: { cause?: unknown }) {
    const nonEmpty = groups.filter((g) => g.problems.length > 0);
    super(
      nonEmpty
        .map((g) => {
          const body = g.problems.map(formatProblem).join("; ");
          return g.heading ? `${g.heading}: ${body}` : body;
        })
        .join("; "),
      options,
    );
    this.problems = nonEmpty.flatMap((g) => g.problems);
  }

  static single(message: string, options?: { cause?: unknown }): ConfigError {
    return new ConfigError([{ heading: "", problems: [{ path: "", message }] }], options);
  }
}
