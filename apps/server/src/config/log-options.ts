// How the server logs: `--log-level`/`MOLTNET_LOG_LEVEL` and
// `--log-format`/`MOLTNET_LOG_FORMAT`. A flag beats the variable; without
// either the level is info and the format follows stdout (readable on a
// terminal, JSON lines otherwise).
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel, type LogOptions } from "../log.js";
import { envString, type Env } from "./env.js";

export interface LogFlags {
  level?: string | undefined;
  format?: string | undefined;
}

/** The options, or one line naming the flag or variable whose value is not valid. */
export function resolveLogOptions(
  env: Env,
  flags: LogFlags,
  stdoutIsTerminal: boolean,
): LogOptions | { problem: string } {
  const level = pick(flags.level, "--log-level", env, "MOLTNET_LOG_LEVEL", LOG_LEVELS);
  if ("problem" in level) return level;
  const format = pick(flags.format, "--log-format", env, "MOLTNET_LOG_FORMAT", LOG_FORMATS);
  if ("problem" in format) return format;
  return {
    level: (level.value ?? "info") as LogLevel,
    format: (format.value ?? (stdoutIsTerminal ? "pretty" : "json")) as LogFormat,
  };
}

function pick(
  flag: string | undefined,
  flagName: string,
  env: Env,
  variable: string,
  valid: readonly string[],
): { value: string | undefined } | { problem: string } {
  const [raw, source] = flag !== undefined ? [flag.trim(), flagName] : [envString(env, variable), variable];
  if (raw === undefined || raw === "") return { value: undefined };
  const value = raw.toLowerCase();
  if (valid.includes(value)) return { value };
  return {
    problem: `${source}: ${JSON.stringify(raw)} is not a log ${flagName.slice(6)}; use one of ${valid.join(", ")}`,
  };
}
