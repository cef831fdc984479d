// Checks on the decoded file's values (contract §6.3), collected rather than
// thrown so one run reports everything. Messages are the reference's; the
// path says where to look. Room ids and members are checked later, when the
// app applies the declared rooms.
import type { ConfigProblem } from "./config-error.js";
import type { RawAuthSection, RawConfigFile, RawConsoleAnalytics, RawPairing, RawRoom } from "./file-schema.js";

export const CONFIG_SCHEMA_VERSION = "moltnet.v1";
export const AUTH_MODES = ["none", "bearer", "open"] as const;
export const REGISTRATION_MODES = ["disabled", "token", "open"] as const;
export const SCOPES = ["observe", "write", "admin", "attach", "pair"] as const;
export const STORAGE_KINDS = ["memory", "json", "sqlite", "postgres"] as const;

/** The tail of a "not one of these" message, so a user sees what would be accepted. */
export function oneOf(valid: readonly string[]): string {
  return `; use one of ${valid.join(", ")}`;
}
const VISIBILITIES = ["private", "public"];
const WRITE_POLICIES = ["members", "registered_agents", "operators"];

const blank = (s: string | undefined) => (s ?? "").trim() === "";
const q = (s: string) => JSON.stringify(s);

export function validateFile(config: RawConfigFile): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const version = (config.version ?? "").trim();
  if (version && version !== CONFIG_SCHEMA_VERSION) {
    problems.push({ path: "version", message: `unsupported version ${q(version)}` });
  }
  problems.push(...validateStorageSection(config.storage));
  problems.push(...validateAuth(config.auth ?? {}));
  problems.push(...validateConsoleAnalytics(config.server?.console?.analytics ?? {}, "server.console.analytics"));
  problems.push(...validatePairings(config.pairings ?? [], "pairings"));
  problems.push(...validateRooms(config.rooms ?? []));
  return problems;
}

function validateStorageSection(storage: RawConfigFile["storage"]): ConfigProblem[] {
  const kind = (storage?.kind ?? "").trim();
  switch (kind) {
    case "":
    case "memory":
      return [];
    case "json":
      return blank(storage?.json?.path)
        ? [{ path: "storage.json.path", message: "storage.json.path is required for json storage" }]
        : [];
    case "sqlite":
      return blank(storage?.sqlite?.path)
        ? [{ path: "storage.sqlite.path", message: "storage.sqlite.path is required for sqlite storage" }]
        : [];
    case "postgres":
      return blank(storage?.postgres?.dsn)
        ? [{ path: "storage.postgres.dsn", message: "storage.postgres.dsn is required for postgres storage" }]
        : [];
    default:
      return [{ path: "storage.kind", message: `unsupported storage kind ${q(kind)}${oneOf(STORAGE_KINDS)}` }];
  }
}

export function validateAuth(auth: RawAuthSection): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const mode = (auth.mode ?? "").trim() || "none";
  const modeKnown = (AUTH_MODES as readonly string[]).includes(mode);
  if (!modeKnown) problems.push({ path: "auth.mode", message: `unsupported auth mode ${q(mode)}${oneOf(AUTH_MODES)}` });
  // Mode open forces registration to open before it is checked (as the reference does).
  const registration = mode === "open" ? "open" : (auth.agent_registration ?? "").trim() || "disabled";
  if (!(REGISTRATION_MODES as readonly string[]).includes(registration)) {
    problems.push({
      path: "auth.agent_registration",
      message: `unsupported auth.agent_registration ${q(registration)}${oneOf(REGISTRATION_MODES)}`,
    });
  }
  // Tokens are not used in mode none, so the reference does not check them there.
  if (mode === "none" || !modeKnown) return problems;
  const tokens = auth.tokens ?? [];
  if (mode === "bearer" && tokens.length === 0) {
    problems.push({ path: "auth.tokens", message: "bearer auth requires at least one token" });
  }
  tokens.forEach((token, i) => {
    const path = `auth.tokens[${i}]`;
    if (blank(token.value)) problems.push({ path: `${path}.value`, message: `${path}.value is required` });
    const scopes = token.scopes ?? [];
    if (scopes.length === 0) problems.push({ path: `${path}.scopes`, message: `${path}.scopes is required` });
    for (const raw of scopes) {
      const scope = raw.trim();
      if (!(SCOPES as readonly string[]).includes(scope)) {
        problems.push({ path: `${path}.scopes`, message: `${path}.scope ${q(scope)} is unsupported${oneOf(SCOPES)}` });
      }
    }
  });
  return problems;
}

export function validateConsoleAnalytics(analytics: RawConsoleAnalytics, path: string): ConfigProblem[] {
  const provider = (analytics.provider ?? "").trim();
  const measurementId = (analytics.measurement_id ?? "").trim();
  if (!provider && !measurementId) return [];
  const at = (key: string, message: string) => [{ path: `${path}.${key}`, message }];
  if (!provider) return at("provider", `${path}.provider is required`);
  if (provider !== "google") return at("provider", `unsupported ${path}.provider ${q(provider)}`);
  if (!measurementId) return at("measurement_id", `${path}.measurement_id is required`);
  if (!measurementId.startsWith("G-")) {
    return at("measurement_id", `${path}.measurement_id must be a Google Analytics measurement ID`);
  }
  return [];
}

export function validatePairings(pairings: readonly RawPairing[], base: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  // Two pairings with one id could not be told apart by the API; two to one
  // network would relay every message to it twice.
  const ids = new Map<string, string>();
  const networks = new Map<string, string>();
  pairings.forEach((pairing, i) => {
    const name = `${base}[${i}]`;
    if (blank(pairing.id)) problems.push({ path: `${name}.id`, message: `${name}.id is required` });
    const id = (pairing.id ?? "").trim();
    const seenId = ids.get(id);
    if (id && seenId)
      problems.push({ path: `${name}.id`, message: `${name}.id ${q(id)} is already used by ${seenId}` });
    else if (id) ids.set(id, name);
    const network = (pairing.remote_network_id ?? "").trim();
    const seenNetwork = networks.get(network);
    if (network && seenNetwork) {
      problems.push({
        path: `${name}.remote_network_id`,
        message: `${name}.remote_network_id ${q(network)} is already paired by ${seenNetwork}`,
      });
    } else if (network) networks.set(network, name);
    const url = (pairing.remote_base_url ?? "").trim();
    const urlPath = `${name}.remote_base_url`;
    if (!url) {
      problems.push({ path: urlPath, message: `${urlPath} is required` });
      return;
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push({ path: urlPath, message: `${urlPath} is invalid` });
      return;
    }
    const scheme = parsed.protocol.replace(/:$/, "");
    if (scheme !== "http" && scheme !== "https") {
      problems.push({ path: urlPath, message: `${urlPath} scheme ${q(scheme)} is unsupported` });
    } else if (!parsed.host) {
      problems.push({ path: urlPath, message: `${urlPath} host is required` });
    }
  });
  return problems;
}

function validateRooms(rooms: readonly RawRoom[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  rooms.forEach((room, i) => {
    const visibility = room.visibility ?? "";
    if (visibility.trim() && !VISIBILITIES.includes(visibility.trim())) {
      problems.push({
        path: `rooms[${i}].visibility`,
        message: `unsupported room visibility ${q(visibility)}${oneOf(VISIBILITIES)}`,
      });
    }
    const policy = room.write_policy ?? "";
    if (policy.trim() && !WRITE_POLICIES.includes(policy.trim())) {
      problems.push({
        path: `rooms[${i}].write_policy`,
        message: `unsupported room write_policy ${q(policy)}${oneOf(WRITE_POLICIES)}`,
      });
    }
  });
  return problems;
}
