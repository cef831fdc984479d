// Finding, reading and decoding the configuration file (contract §6.1).
import { lstat, readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { parseDocument, type ScalarTag } from "yaml";
import { ConfigError, type ConfigProblem } from "./config-error.js";
import { envString, type Env } from "./env.js";
import { fileShape, type RawConfigFile } from "./file-schema.js";
import { checkShape, YamlBoolWord } from "./shape.js";

export const DISCOVERY_ORDER = ["Moltnet", "moltnet.yaml", "moltnet.yml", "moltnet.json"] as const;

/**
 * MOLTNET_CONFIG when set (it must exist and not be a directory), else the
 * first regular file of DISCOVERY_ORDER in `cwd`, else null (defaults + env).
 * The returned path is the one users wrote or see in their directory; it is
 * what error messages quote.
 */
export async function discoverConfigPath(env: Env, cwd: string): Promise<string | null> {
  const explicit = envString(env, "MOLTNET_CONFIG");
  if (explicit !== undefined) {
    const info = await stat(resolve(cwd, explicit)).catch((err: NodeJS.ErrnoException) => {
      throw ConfigError.single(`MOLTNET_CONFIG: cannot read Moltnet config "${explicit}": ${describeFsError(err)}`, {
        cause: err,
      });
    });
    if (info.isDirectory()) throw ConfigError.single(`moltnet config "${explicit}" is a directory`);
    return explicit;
  }
  for (const candidate of DISCOVERY_ORDER) {
    try {
      const info = await stat(resolve(cwd, candidate));
      if (!info.isDirectory()) return candidate;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        throw ConfigError.single(`inspect Moltnet config "${candidate}": ${describeFsError(err)}`, { cause: err });
      }
    }
  }
  return null;
}

export interface DecodedFile {
  config: RawConfigFile;
  /** Unknown keys and wrong types; the offending values are left out of `config`. */
  problems: ConfigProblem[];
}

/** Reads and decodes; syntax errors throw at once (nothing after them can be trusted). */
export async function readConfigFile(path: string, cwd: string): Promise<DecodedFile> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch (err) {
    throw ConfigError.single(`read Moltnet config "${path}": ${describeFsError(err)}`, { cause: err });
  }
  return decodeConfigText(path, text);
}

export function configFormat(path: string): "json" | "yaml" {
  return extname(path).toLowerCase() === ".json" ? "json" : "yaml";
}

/** Plain (unquoted) y/yes/on/n/no/off resolve to YamlBoolWord; a quoted one stays a string. */
const YAML11_BOOL_WORDS: ScalarTag = {
  tag: "tag:yaml.org,2002:bool",
  default: true,
  test: /^(?:y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)$/,
  resolve: (word: string) => new YamlBoolWord(word),
};

export function decodeConfigText(path: string, text: string): DecodedFile {
  const format = configFormat(path);
  const fail = (message: string, cause?: unknown): never => {
    throw new ConfigError([{ heading: `decode Moltnet config "${path}"`, problems: [{ path: "", message }] }], {
      cause,
    });
  };
  // An empty file is refused rather than read as "all defaults": a truncated
  // file that used to declare bearer auth must not come back as auth none.
  if (text.trim() === "") fail("the file is empty");
  let value: unknown;
  if (format === "json") {
    try {
      value = JSON.parse(text);
    } catch (err) {
      fail(describeJsonError(err, text), err);
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, customTags: [YAML11_BOOL_WORDS] });
    const first = doc.errors[0];
    // yaml's pretty errors append a source excerpt on later lines; startup prints one line.
    if (first) fail(first.message.split("\n")[0] ?? first.message, first);
    value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) fail("the file holds no settings");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(`expected a mapping of settings at the top level, got ${Array.isArray(value) ? "a list" : typeof value}`);
  }
  const problems: ConfigProblem[] = [];
  const config = checkShape(value, fileShape, "", problems) as RawConfigFile;
  return { config, problems };
}

/** True when the file itself holds secrets (the private-file rule, §6.3). */
export function fileHoldsSecrets(config: RawConfigFile): boolean {
  const blank = (s: string | undefined) => (s ?? "").trim() === "";
  return (
    (config.pairings ?? []).some((p) => !blank(p.token)) ||
    (config.auth?.tokens ?? []).some((t) => !blank(t.value)) ||
    ((config.storage?.kind ?? "").trim() === "postgres" && !blank(config.storage?.postgres?.dsn))
  );
}

/** A secrets-holding file must be a regular file only its owner can read. Null when it is fine. */
export async function privateFileProblem(path: string, cwd: string): Promise<string | null> {
  let info;
  try {
    info = await lstat(resolve(cwd, path));
  } catch (err) {
    return `stat Moltnet config "${path}": ${describeFsError(err)}`;
  }
  if (info.isSymbolicLink()) return `moltnet config "${path}" must not be a symlink when secrets are present`;
  if ((info.mode & 0o077) !== 0) {
    return `moltnet config "${path}" must not be group/world readable when tokens are present (chmod 600 "${path}")`;
  }
  return null;
}

/**
 * JSON.parse's reason plus a line and column. Some V8 versions quote part of
 * the input in the message, and that part may be a token, so any quoted
 * excerpt is dropped.
 */
export function describeJsonError(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/,?\s*"[\s\S]*"\s*is not valid JSON/, "")
    .replace(/\s*in JSON at position \d+[\s\S]*$/, "")
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .trim();
  if (!position) return `invalid JSON: ${reason}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return e.code ? `${e.code}` : String(e.message ?? err);
  }
}
