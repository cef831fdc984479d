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
 * 1/true/yes/on and 0/false/no/off, case-insensitive; undefined when unset.
 * Anything else is a problem reported under the variable's name: the
 * reference ignores such a value silently, so `MOLTNET_ALLOW_DIRECT_MESSAGES=nope`
 * would leave direct messages on without a word.
 */
export function envBool(env: Env, key: string, problems: { path: string; message: string }[]): boolean | undefined {
  const raw = envString(env, key);
  if (raw === undefined) return undefined;
  const value = raw.toLowerCase();
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  problems.push({
    path: key,
    message: `${JSON.stringify(raw)} is not a boolean; use one of 1, true, yes, on, 0, false, no, off`,
  });
  return undefined;
}
