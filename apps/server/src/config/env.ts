// The one place that touches process.env. Everything else receives an `Env`
// value, so tests pass a plain object and no module reads ambient state.
export type Env = Readonly<Record<string, string | undefined>>;

/** The real environment; called only by the CLI entry point. */
export function systemEnv(): Env {
  return process.env;
}

/** A trimmed value, or undefined when unset or blank (blank means "not set"). */
export function envString(env: Env, key: string): string | undefined {
  const value = env[key]?.trim();
  return value ? value : undefined;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off"]);

/**
 * 1/true/yes/on and 0/false/no/off, case-insensitive. Anything else is
 * ignored (undefined), as the reference does, rather than failing startup.
 */
export function envBool(env: Env, key: string): boolean | undefined {
  const value = envString(env, key)?.toLowerCase();
  if (value === undefined) return undefined;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  return undefined;
}
