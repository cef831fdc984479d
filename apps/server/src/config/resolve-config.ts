// Defaults, then the file, then MOLTNET_* variables (contract §6.2, §6.4),
// producing the ServerConfig boot uses. Problems are returned, not thrown,
// tagged with where the bad value came from: the file or the environment.
import { DEFAULT_EVENT_RETENTION, type EventRetention, type StoreConfig } from "@moltnet/store";
import type {
  AgentRegistrationMode,
  AppSettings,
  AuthMode,
  DeclaredRoom,
  PairingSettings,
  Scope,
  StaticToken,
} from "../settings.js";
import type { ConfigProblem } from "./config-error.js";
import { describeJsonError } from "./config-file.js";
import { envBool, envString, type Env } from "./env.js";
import { pairingShape, type RawConfigFile, type RawPairing } from "./file-schema.js";
import { resolveLimits } from "./limits.js";
import { parseListenAddress, type ListenAddress } from "./listen-address.js";
import { dsnSecrets } from "./redact.js";
import { DEFAULTS, type ServerConfig } from "./server-config.js";
import { checkShape, type ShapeProblem } from "./shape.js";
import { staticTokenId } from "./static-token-id.js";
import { oneOf, SCOPES, STORAGE_KINDS, validateConsoleAnalytics, validatePairings } from "./validate-file.js";

export interface Resolved {
  config: ServerConfig;
  /** Problems with values that came from the file. */
  fileProblems: ConfigProblem[];
  /** Problems with values that came from MOLTNET_* variables. */
  envProblems: ConfigProblem[];
}

const nonBlank = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t ? t : undefined;
};

export function resolveConfig(file: RawConfigFile, env: Env, version: string, configPath: string | null): Resolved {
  const fileProblems: ConfigProblem[] = [];
  const envProblems: ConfigProblem[] = [];

  const listen = resolveListen(file, env, fileProblems, envProblems);
  const storage = resolveStorage(file, env, fileProblems, envProblems);
  const pairings = resolvePairings(file, env, envProblems);
  const limits = resolveLimits(file, env, fileProblems, envProblems);
  const eventRetention = resolveEventRetention(file, env, fileProblems, envProblems);

  let analytics = file.server?.console?.analytics;
  const envProvider = envString(env, "MOLTNET_CONSOLE_ANALYTICS_PROVIDER");
  const envMeasurement = envString(env, "MOLTNET_CONSOLE_ANALYTICS_MEASUREMENT_ID");
  if (envProvider !== undefined || envMeasurement !== undefined) {
    analytics = {
      provider: envProvider ?? analytics?.provider,
      measurement_id: envMeasurement ?? analytics?.measurement_id,
    };
    envProblems.push(...validateConsoleAnalytics(analytics, "MOLTNET_CONSOLE_ANALYTICS"));
  }
  const provider = nonBlank(analytics?.provider);
  const measurementId = nonBlank(analytics?.measurement_id);

  const mode = (nonBlank(file.auth?.mode) ?? "none") as AuthMode;
  const open = mode === "open";
  const tokens: StaticToken[] = (file.auth?.tokens ?? []).map((t) => ({
    id: staticTokenId(t.id, t.value),
    value: (t.value ?? "").trim(),
    // Unchecked in mode none (tokens are unused there); keep only real scopes.
    scopes: (t.scopes ?? []).map((s) => s.trim()).filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)),
    agents: (t.agents ?? []).map((a) => a.trim()).filter((a) => a !== ""),
  }));

  const settings: AppSettings = {
    networkId: envString(env, "MOLTNET_NETWORK_ID") ?? nonBlank(file.network?.id) ?? DEFAULTS.networkId,
    networkName: envString(env, "MOLTNET_NETWORK_NAME") ?? nonBlank(file.network?.name) ?? DEFAULTS.networkName,
    version,
    humanIngress: envBool(env, "MOLTNET_ALLOW_HUMAN_INGRESS", envProblems) ?? file.server?.human_ingress ?? true,
    directMessages: envBool(env, "MOLTNET_ALLOW_DIRECT_MESSAGES", envProblems) ?? file.server?.direct_messages ?? true,
    debugEvents: envBool(env, "MOLTNET_DEBUG_EVENTS", envProblems) ?? file.server?.debug_events ?? false,
    auth: {
      mode,
      publicRead: open || (file.auth?.public_read ?? false),
      agentRegistration: open
        ? "open"
        : ((nonBlank(file.auth?.agent_registration) ?? "disabled") as AgentRegistrationMode),
      tokens,
    },
    pairings,
    rooms: (file.rooms ?? []).map(declaredRoom),
  };

  const secrets = [
    ...tokens.map((t) => t.value),
    ...pairings.map((p) => p.token ?? ""),
    ...(file.pairings ?? []).map((p) => p.token ?? ""),
    ...(storage.kind === "postgres" ? dsnSecrets(storage.dsn) : []),
    // A DSN configured but not used (another kind chosen) is still a secret.
    ...dsnSecrets(file.storage?.postgres?.dsn ?? ""),
    ...dsnSecrets(envString(env, "MOLTNET_POSTGRES_DSN") ?? ""),
  ].filter((s) => s !== "");

  return {
    config: {
      configPath,
      listen,
      storage,
      settings,
      http: {
        allowedOrigins: file.server?.allowed_origins ?? [],
        trustForwardedProto: file.server?.trust_forwarded_proto ?? false,
        consoleAnalytics: provider && measurementId ? { provider, measurementId } : null,
      },
      limits,
      eventRetention,
      secrets,
    },
    fileProblems,
    envProblems,
  };
}

/**
 * `events.retention.max_age_hours` / `max_count`, overridden by
 * MOLTNET_EVENTS_MAX_AGE_HOURS / MOLTNET_EVENTS_MAX_COUNT: a positive number
 * of hours, a whole number of events of at least 1.
 */
function resolveEventRetention(
  file: RawConfigFile,
  env: Env,
  fileProblems: ConfigProblem[],
  envProblems: ConfigProblem[],
): EventRetention {
  const retention = { ...DEFAULT_EVENT_RETENTION };
  const fromFile = file.events?.retention ?? {};
  const pick = (envKey: string, fileKey: "max_age_hours" | "max_count") => {
    const raw = envString(env, envKey);
    if (raw !== undefined)
      return { value: Number(raw), shown: JSON.stringify(raw), path: envKey, problems: envProblems };
    const value = fromFile[fileKey];
    return value === undefined
      ? null
      : { value, shown: String(value), path: `events.retention.${fileKey}`, problems: fileProblems };
  };
  const hours = pick("MOLTNET_EVENTS_MAX_AGE_HOURS", "max_age_hours");
  if (hours) {
    if (Number.isFinite(hours.value) && hours.value > 0) retention.maxAgeMs = Math.round(hours.value * 3600 * 1000);
    else hours.problems.push({ path: hours.path, message: `must be a positive number of hours, not ${hours.shown}` });
  }
  const count = pick("MOLTNET_EVENTS_MAX_COUNT", "max_count");
  if (count) {
    if (Number.isSafeInteger(count.value) && count.value >= 1) retention.maxCount = count.value;
    else count.problems.push({ path: count.path, message: `must be a whole number of at least 1, not ${count.shown}` });
  }
  return retention;
}

function resolveListen(
  file: RawConfigFile,
  env: Env,
  fileProblems: ConfigProblem[],
  envProblems: ConfigProblem[],
): ListenAddress {
  const fromEnv = envString(env, "MOLTNET_LISTEN_ADDR");
  const fromFile = nonBlank(file.server?.listen_addr);
  const addr = fromEnv ?? fromFile ?? DEFAULTS.listenAddr;
  const parsed = parseListenAddress(addr);
  if (parsed) return parsed;
  const problem = {
    path: fromEnv !== undefined ? "MOLTNET_LISTEN_ADDR" : "server.listen_addr",
    message: `invalid listen address ${JSON.stringify(addr)}: expected host:port, e.g. ":8787" or "127.0.0.1:8787"`,
  };
  (fromEnv !== undefined ? envProblems : fileProblems).push(problem);
  return { addr, host: undefined, port: 0 };
}

function resolveStorage(
  file: RawConfigFile,
  env: Env,
  fileProblems: ConfigProblem[],
  envProblems: ConfigProblem[],
): StoreConfig {
  const s = file.storage;
  let kind = nonBlank(s?.kind) ?? "sqlite";
  let jsonPath = nonBlank(s?.json?.path) ?? "";
  let sqlitePath = nonBlank(s?.sqlite?.path) ?? DEFAULTS.sqlitePath;
  let dsn = nonBlank(s?.postgres?.dsn) ?? "";
  // Legacy: server.data_path selects json storage unless a kind is written out.
  const dataPath = nonBlank(file.server?.data_path);
  if (dataPath && !nonBlank(s?.kind)) {
    kind = "json";
    jsonPath = dataPath;
  }

  // An explicit kind wins; otherwise each path variable also switches the kind, the last one set winning.
  const explicitKind = envString(env, "MOLTNET_STORAGE_KIND");
  if (explicitKind !== undefined) kind = explicitKind;
  const overrides: [string, (v: string) => void, string][] = [
    ["MOLTNET_JSON_PATH", (v) => (jsonPath = v), "json"],
    ["MOLTNET_DATA_PATH", (v) => (jsonPath = v), "json"],
    ["MOLTNET_SQLITE_PATH", (v) => (sqlitePath = v), "sqlite"],
    ["MOLTNET_POSTGRES_DSN", (v) => (dsn = v), "postgres"],
  ];
  for (const [key, set, impliedKind] of overrides) {
    const value = envString(env, key);
    if (value === undefined) continue;
    set(value);
    if (explicitKind === undefined) kind = impliedKind;
  }

  // The file's own storage section was checked with the file; what the
  // environment chose is checked here (the reference never checks it and, for
  // json without a path, ends up writing to ".tmp").
  if (explicitKind !== undefined) {
    const at = "MOLTNET_STORAGE_KIND";
    if (!(STORAGE_KINDS as readonly string[]).includes(kind)) {
      envProblems.push({
        path: at,
        message: `unsupported storage kind ${JSON.stringify(kind)}${oneOf(STORAGE_KINDS)}`,
      });
    } else if (kind === "json" && !jsonPath) {
      envProblems.push({
        path: at,
        message: "storage.json.path is required for json storage (set storage.json.path or MOLTNET_JSON_PATH)",
      });
    } else if (kind === "postgres" && !dsn) {
      envProblems.push({
        path: at,
        message:
          "storage.postgres.dsn is required for postgres storage (set storage.postgres.dsn or MOLTNET_POSTGRES_DSN)",
      });
    }
  }

  switch (kind) {
    case "memory":
      return { kind: "memory" };
    case "json":
      return { kind: "json", path: jsonPath };
    case "postgres": {
      // Named where the value came from; the value itself is never echoed (it may hold a password).
      const fromEnv = envString(env, "MOLTNET_POSTGRES_DSN") !== undefined;
      if (dsn && !/^postgres(?:ql)?:\/\/[^\s]+$/i.test(dsn)) {
        (fromEnv ? envProblems : fileProblems).push({
          path: fromEnv ? "MOLTNET_POSTGRES_DSN" : "storage.postgres.dsn",
          message: "expected a postgres:// or postgresql:// URL, e.g. postgres://moltnet@127.0.0.1:5432/moltnet",
        });
      }
      return { kind: "postgres", dsn };
    }
    default:
      // Only written out when turned off, so the usual config stays { kind, path }.
      return {
        kind: "sqlite",
        path: sqlitePath,
        ...(s?.sqlite?.backup_before_migrate === false ? { backupBeforeMigrate: false } : {}),
      };
  }
}

function resolvePairings(file: RawConfigFile, env: Env, envProblems: ConfigProblem[]): PairingSettings[] {
  const key = "MOLTNET_PAIRINGS_JSON";
  let raw: RawPairing[] = file.pairings ?? [];
  const text = envString(env, key);
  if (text !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      envProblems.push({ path: key, message: `${key} must contain valid JSON: ${describeJsonError(err, text)}` });
      return [];
    }
    if (!Array.isArray(value)) {
      envProblems.push({ path: key, message: `${key} must contain a JSON array of pairings` });
      return [];
    }
    const problems: ShapeProblem[] = [];
    raw = value
      .map((item, i) => checkShape(item, pairingShape, `${key}[${i}]`, problems) as RawPairing | undefined)
      .filter((p): p is RawPairing => p !== undefined);
    envProblems.push(...problems, ...validatePairings(raw, key));
  }
  return raw.map((p) => {
    const out: PairingSettings = { id: (p.id ?? "").trim(), remote_network_id: (p.remote_network_id ?? "").trim() };
    if (p.remote_network_name !== undefined) out.remote_network_name = p.remote_network_name;
    if (p.remote_base_url !== undefined) out.remote_base_url = p.remote_base_url.trim();
    if (p.status !== undefined) out.status = p.status;
    if (nonBlank(p.token)) out.token = p.token!.trim();
    return out;
  });
}

function declaredRoom(room: NonNullable<RawConfigFile["rooms"]>[number]): DeclaredRoom {
  const out: DeclaredRoom = { id: room.id ?? "" };
  if (room.name !== undefined) out.name = room.name;
  if (room.members !== undefined) out.members = room.members;
  if (room.visibility !== undefined) out.visibility = room.visibility;
  if (room.write_policy !== undefined) out.write_policy = room.write_policy;
  return out;
}
