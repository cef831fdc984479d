// Loading the configuration: discover → read and decode → validate → apply
// the private-file rule → merge defaults, file and environment. Every problem
// found is reported together in one ConfigError.
import { ConfigError, type ProblemGroup } from "./config-error.js";
import { discoverConfigPath, fileHoldsSecrets, privateFileProblem, readConfigFile } from "./config-file.js";
import type { Env } from "./env.js";
import type { RawConfigFile } from "./file-schema.js";
import { resolveConfig } from "./resolve-config.js";
import type { ServerConfig } from "./server-config.js";
import { validateFile } from "./validate-file.js";

export interface LoadConfigOptions {
  env: Env;
  /** Where discovery looks and relative paths resolve; the process cwd in production. */
  cwd: string;
  /** This build's version, reported by /v1/network. */
  version: string;
}

export async function loadConfig({ env, cwd, version }: LoadConfigOptions): Promise<ServerConfig> {
  const path = await discoverConfigPath(env, cwd);
  let file: RawConfigFile = {};
  const groups: ProblemGroup[] = [];
  if (path !== null) {
    const decoded = await readConfigFile(path, cwd);
    file = decoded.config;
    if (fileHoldsSecrets(file)) {
      const problem = await privateFileProblem(path, cwd);
      if (problem) groups.push({ heading: "", problems: [{ path: "", message: problem }] });
    }
    groups.push({ heading: `decode Moltnet config "${path}"`, problems: decoded.problems });
    groups.push({ heading: `validate Moltnet config "${path}"`, problems: validateFile(file) });
  }
  const resolved = resolveConfig(file, env, version, path);
  if (path !== null) groups.push({ heading: `validate Moltnet config "${path}"`, problems: resolved.fileProblems });
  groups.push({ heading: "environment", problems: resolved.envProblems });
  const error = new ConfigError(mergeHeadings(groups));
  if (error.problems.length > 0) {
    error.secrets = resolved.config.secrets;
    throw error;
  }
  return resolved.config;
}

/** Folds groups with the same heading together so each heading is printed once. */
function mergeHeadings(groups: ProblemGroup[]): ProblemGroup[] {
  const out: ProblemGroup[] = [];
  for (const group of groups) {
    const same = group.heading ? out.find((g) => g.heading === group.heading) : undefined;
    if (same) same.problems.push(...group.problems);
    else out.push({ heading: group.heading, problems: [...group.problems] });
  }
  return out;
}
