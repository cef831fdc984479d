// The logging surface the app depends on: structured fields plus a message.
// pino renders each call as one JSON line (for machines: `--log-format json`,
// the default when stdout is not a terminal) or, through pino-pretty, as a
// readable line (the default on a terminal). Either way the text goes to the
// caller's `write`, which batches and redacts it (log-sink.ts, boot.ts).
// Values passed here must never include secrets (tokens, DSN passwords) or
// request bodies.
import { pino, stdTimeFunctions } from "pino";
import { prettyFactory } from "pino-pretty";

export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ["json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOptions {
  level: LogLevel;
  format: LogFormat;
}

export const DEFAULT_LOG_OPTIONS: LogOptions = { level: "info", format: "json" };

/** A logger writing finished lines (JSON, or pretty text) to `write`. */
export function createLogger(write: (line: string) => void, options: LogOptions = DEFAULT_LOG_OPTIONS): Logger {
  const prettify =
    options.format === "pretty"
      ? prettyFactory({ colorize: false, singleLine: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" })
      : null;
  const destination = { write: prettify ? (line: string) => write(prettify(line)) : write };
  return pino(
    {
      level: options.level,
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      // Level names, not pino's numbers: the lines are read by people and by log shippers matching "level":"error".
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
