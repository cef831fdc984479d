import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Env } from "../../src/config/env.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "moltnet-config-"));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const load = (env: Env = {}) => loadConfig({ env, cwd, version: "1.2.3" });
const write = (name: string, text: string, mode = 0o600) => writeFile(join(cwd, name), text, { mode });
async function failure(env: Env = {}): Promise<ConfigError> {
  const err = await load(env).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

describe("defaults", () => {
  it("load - without a file gives the documented defaults (sqlite, :8787, auth none)", async () => {
    const config = await load();
    expect(config.configPath).toBeNull();
    expect(config.storage).toEqual({ kind: "sqlite", path: ".moltnet/moltnet.db" });
    expect(config.listen).toEqual({ addr: ":8787", host: undefined, port: 8787 });
    expect(config.settings).toMatchObject({
      networkId: "local",
      networkName: "Local Moltnet",
      version: "1.2.3",
      humanIngress: true,
      directMessages: true,
      debugEvents: false,
      auth: { mode: "none", publicRead: false, agentRegistration: "disabled", tokens: [] },
      pairings: [],
      rooms: [],
    });
  });
});

describe("event log retention", () => {
  it("retention - defaults to 7 days and 1,000,000 events; the file sets it and the environment wins", async () => {
    expect((await load()).eventRetention).toEqual({ maxAgeMs: 7 * 24 * 3600 * 1000, maxCount: 1_000_000 });
    await write("moltnet.yaml", "events:\n  retention: { max_age_hours: 1.5, max_count: 5000 }\n");
    expect((await load()).eventRetention).toEqual({ maxAgeMs: 1.5 * 3600 * 1000, maxCount: 5000 });
    expect((await load({ MOLTNET_EVENTS_MAX_AGE_HOURS: "2", MOLTNET_EVENTS_MAX_COUNT: "10" })).eventRetention).toEqual({
      maxAgeMs: 2 * 3600 * 1000,
      maxCount: 10,
    });
  });

  it("retention - bad values are refused with their source, all at once", async () => {
    await write("moltnet.yaml", "events:\n  retention: { max_age_hours: -1, max_count: many }\n");
    const fromFile = (await failure()).message;
    expect(fromFile).toContain("events.retention.max_age_hours: must be a positive number of hours, not -1");
    expect(fromFile).toContain("events.retention.max_count: expected a number, got a string");
    await write("moltnet.yaml", "network: { id: local }\n");
    const fromEnv = (await failure({ MOLTNET_EVENTS_MAX_AGE_HOURS: "soon", MOLTNET_EVENTS_MAX_COUNT: "1.5" })).message;
    expect(fromEnv).toContain('MOLTNET_EVENTS_MAX_AGE_HOURS: must be a positive number of hours, not "soon"');
    expect(fromEnv).toContain('MOLTNET_EVENTS_MAX_COUNT: must be a whole number of at least 1, not "1.5"');
  });
});

describe("discovery", () => {
  it("discovery - prefers Moltnet over moltnet.yaml, moltnet.yml and moltnet.json", async () => {
    await write("moltnet.json", JSON.stringify({ network: { id: "from-json" } }));
    await write("moltnet.yml", "network: { id: from-yml }\n");
    expect((await load()).settings.networkId).toBe("from-yml");
    await write("moltnet.yaml", "network: { id: from-yaml }\n");
    expect((await load()).settings.networkId).toBe("from-yaml");
    await write("Moltnet", "network:\n  id: from-moltnet\n");
    const config = await load();
    expect(config.settings.networkId).toBe("from-moltnet");
    expect(config.configPath).toBe("Moltnet");
  });

  it("discovery - skips a directory named like a config file", async () => {
    await mkdir(join(cwd, "Moltnet"));
    await write("moltnet.json", JSON.stringify({ network: { name: "Json" } }));
    expect((await load()).settings.networkName).toBe("Json");
  });

  it("discovery - MOLTNET_CONFIG names the file and must exist", async () => {
    await write("custom.yaml", "network: { id: custom }\n");
    expect((await load({ MOLTNET_CONFIG: " custom.yaml " })).settings.networkId).toBe("custom");
    const err = await failure({ MOLTNET_CONFIG: "missing.yaml" });
    expect(err.message).toContain('"missing.yaml"');
  });

  it("discovery - MOLTNET_CONFIG pointing at a directory is refused", async () => {
    await mkdir(join(cwd, "conf"));
    expect((await failure({ MOLTNET_CONFIG: "conf" })).message).toBe('moltnet config "conf" is a directory');
  });
});

describe("decoding", () => {
  it("decode - reads the full schema from YAML", async () => {
    await write(
      "moltnet.yaml",
      `version: moltnet.v1
network: { id: net1, name: Net One }
server:
  listen_addr: 127.0.0.1:9000
  human_ingress: false
  direct_messages: no
  debug_events: on
  allowed_origins: [http://localhost:9000]
  trust_forwarded_proto: true
  console: { analytics: { provider: google, measurement_id: G-ABC } }
auth:
  mode: bearer
  public_read: true
  agent_registration: token
  tokens:
    - { id: admin, value: " s3cret-admin ", scopes: [admin, observe] }
    - { value: agent-secret, scopes: [write], agents: [alpha] }
storage: { kind: memory }
rooms:
  - { id: general, name: General, members: [alpha], visibility: public, write_policy: members }
pairings:
  - { id: p1, remote_network_id: remote, remote_base_url: "https://remote.example", token: pair-secret }
`,
    );
    const config = await load();
    expect(config.listen).toEqual({ addr: "127.0.0.1:9000", host: "127.0.0.1", port: 9000 });
    expect(config.storage).toEqual({ kind: "memory" });
    expect(config.settings).toMatchObject({
      networkId: "net1",
      networkName: "Net One",
      humanIngress: false,
      directMessages: false,
      debugEvents: true,
      rooms: [{ id: "general", name: "General", members: ["alpha"], visibility: "public", write_policy: "members" }],
      pairings: [
        { id: "p1", remote_network_id: "remote", remote_base_url: "https://remote.example", token: "pair-secret" },
      ],
    });
    expect(config.settings.auth).toEqual({
      mode: "bearer",
      publicRead: true,
      agentRegistration: "token",
      tokens: [
        { id: "admin", value: "s3cret-admin", scopes: ["admin", "observe"], agents: [] },
        {
          id: expect.stringMatching(/^tok_[0-9a-f]{16}$/),
          value: "agent-secret",
          scopes: ["write"],
          agents: ["alpha"],
        },
      ],
    });
    expect(config.http).toEqual({
      allowedOrigins: ["http://localhost:9000"],
      trustForwardedProto: true,
      consoleAnalytics: { provider: "google", measurementId: "G-ABC" },
    });
    expect(config.secrets).toEqual(expect.arrayContaining(["s3cret-admin", "agent-secret", "pair-secret"]));
  });

  it("decode - a blank token id becomes tok_ + the first 16 hex of SHA-256 of the trimmed value", async () => {
    await write("moltnet.yaml", "auth: { mode: bearer, tokens: [ { value: '  abc  ', scopes: [observe] } ] }\n");
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223...
    expect((await load()).settings.auth.tokens[0]?.id).toBe("tok_ba7816bf8f01cfea");
  });

  it("decode - mode open forces public read and open registration", async () => {
    await write(
      "moltnet.json",
      JSON.stringify({ auth: { mode: "open", public_read: false, agent_registration: "disabled" } }),
    );
    expect((await load()).settings.auth).toMatchObject({ mode: "open", publicRead: true, agentRegistration: "open" });
  });

  it("decode - unknown keys are refused with their paths, all at once", async () => {
    await write("moltnet.yaml", "server:\n  listen_adr: ':1'\nstorage:\n  sqlite: { path: x, mode: wal }\nextra: 1\n");
    const err = await failure();
    expect(err.message).toContain('decode Moltnet config "moltnet.yaml"');
    expect(err.message).toContain("server.listen_adr: unknown key");
    expect(err.message).toContain("storage.sqlite.mode: unknown key");
    expect(err.message).toContain("extra: unknown key");
  });

  it("decode - unknown keys in JSON are refused too", async () => {
    await write("moltnet.json", JSON.stringify({ auth: { tokens: [{ value: "x", scope: ["admin"] }] } }));
    expect((await failure()).message).toContain("auth.tokens[0].scope: unknown key");
  });

  it("decode - wrong types are refused with their paths", async () => {
    await write(
      "moltnet.yaml",
      "server:\n  listen_addr: 8787\n  human_ingress: maybe\nrooms: general\nauth: { tokens: [ { value: v, scopes: admin } ] }\n",
    );
    const message = (await failure()).message;
    expect(message).toContain("server.listen_addr: expected a string, got a number");
    expect(message).toContain("server.human_ingress: expected a boolean (true or false), got a string");
    expect(message).toContain("rooms: expected a list, got a string");
    expect(message).toContain("auth.tokens[0].scopes: expected a list, got a string");
  });

  it("decode - YAML syntax errors are reported on one line", async () => {
    await write("moltnet.yaml", "server:\n  listen_addr: [\n");
    const err = await failure();
    expect(err.message).toMatch(/^decode Moltnet config "moltnet.yaml": /);
    expect(err.message).not.toContain("\n");
  });

  it("decode - malformed JSON is a decode error", async () => {
    await write("moltnet.json", "{ not json");
    expect((await failure()).message).toMatch(/^decode Moltnet config "moltnet.json": /);
  });

  it("decode - an empty file is refused rather than read as defaults", async () => {
    await write("Moltnet", "  \n");
    expect((await failure()).message).toBe('decode Moltnet config "Moltnet": the file is empty');
  });

  it("decode - an extension-less Moltnet file is YAML even when it looks like JSON", async () => {
    await write("Moltnet", '{"network": {"id": "flow"}}');
    expect((await load()).settings.networkId).toBe("flow");
  });
});

describe("validation", () => {
  it("validate - reports every invalid setting at once, wrapped with the file path", async () => {
    await write(
      "moltnet.yaml",
      `version: moltnet.v2
auth:
  mode: bearer
  agent_registration: sometimes
  tokens:
    - { value: "", scopes: [] }
    - { value: tok-2, scopes: [admin, root] }
storage: { kind: postgres }
rooms:
  - { id: r, visibility: secret, write_policy: anyone }
pairings:
  - { remote_base_url: "ftp://x" }
server: { console: { analytics: { provider: google, measurement_id: UA-1 } } }
`,
    );
    const err = await failure();
    const message = err.message;
    expect(message.startsWith('validate Moltnet config "moltnet.yaml": ')).toBe(true);
    for (const expected of [
      'version: unsupported version "moltnet.v2"',
      "storage.postgres.dsn is required for postgres storage",
      'unsupported auth.agent_registration "sometimes"',
      "auth.tokens[0].value is required",
      "auth.tokens[0].scopes is required",
      'auth.tokens[1].scope "root" is unsupported',
      'rooms[0].visibility: unsupported room visibility "secret"',
      'rooms[0].write_policy: unsupported room write_policy "anyone"',
      "pairings[0].id is required",
      'pairings[0].remote_base_url scheme "ftp" is unsupported',
      "server.console.analytics.measurement_id must be a Google Analytics measurement ID",
    ]) {
      expect(message).toContain(expected);
    }
    expect(err.problems).toHaveLength(11);
  });

  it("validate - unsupported storage kind and auth mode", async () => {
    await write("moltnet.yaml", "storage: { kind: mongo }\nauth: { mode: magic }\n");
    const message = (await failure()).message;
    expect(message).toContain('storage.kind: unsupported storage kind "mongo"');
    expect(message).toContain('auth.mode: unsupported auth mode "magic"');
  });

  it("validate - a refused configuration still hands its secrets over for redaction", async () => {
    await write("moltnet.yaml", "auth: { mode: bearer, tokens: [ { value: refused-token-value, scopes: [nope] } ] }\n");
    const err = await failure();
    expect(err.secrets).toContain("refused-token-value");
    expect(err.message).not.toContain("refused-token-value");
  });

  it("validate - bearer auth requires at least one token", async () => {
    await write("moltnet.yaml", "auth: { mode: bearer }\n");
    expect((await failure()).message).toBe(
      'validate Moltnet config "moltnet.yaml": auth.tokens: bearer auth requires at least one token',
    );
  });

  it("validate - token checks are skipped in mode none", async () => {
    await write("moltnet.yaml", "auth: { tokens: [ { id: t, scopes: [nonsense], agents: [alpha] } ] }\n");
    const config = await load();
    expect(config.settings.auth.tokens).toEqual([{ id: "t", value: "", scopes: [], agents: ["alpha"] }]);
  });

  it("validate - json and sqlite kinds need their path in the file", async () => {
    await write("moltnet.yaml", "storage: { kind: json }\n");
    expect((await failure()).message).toContain("storage.json.path is required for json storage");
    await write("moltnet.yaml", "storage: { kind: sqlite }\n");
    expect((await failure()).message).toContain("storage.sqlite.path is required for sqlite storage");
  });

  it("validate - an invalid listen address is refused", async () => {
    await write("moltnet.yaml", "server: { listen_addr: 'localhost' }\n");
    expect((await failure()).message).toContain('server.listen_addr: invalid listen address "localhost"');
  });
});

describe("private-file rule", () => {
  it("private file - a group-readable file holding tokens is refused", async () => {
    await write(
      "moltnet.yaml",
      "auth: { mode: bearer, tokens: [ { value: sekrit-value, scopes: [admin] } ] }\n",
      0o640,
    );
    await chmod(join(cwd, "moltnet.yaml"), 0o640);
    const err = await failure();
    expect(err.message).toContain(
      'moltnet config "moltnet.yaml" must not be group/world readable when tokens are present',
    );
    expect(err.message).not.toContain("sekrit-value");
  });

  it("private file - a world-readable file with a postgres DSN is refused", async () => {
    await write("moltnet.yaml", "storage: { kind: postgres, postgres: { dsn: 'postgres://u:pw@h/db' } }\n");
    await chmod(join(cwd, "moltnet.yaml"), 0o604);
    expect((await failure()).message).toContain("must not be group/world readable");
  });

  it("private file - a symlinked file holding pairing tokens is refused", async () => {
    await write("real.yaml", "pairings: [ { id: p, remote_base_url: 'http://h', token: pt } ]\n");
    await symlink(join(cwd, "real.yaml"), join(cwd, "moltnet.yaml"));
    expect((await failure()).message).toBe(
      'moltnet config "moltnet.yaml" must not be a symlink when secrets are present',
    );
  });

  it("private file - a readable file without secrets loads", async () => {
    await write("moltnet.yaml", "auth: { mode: open }\nstorage: { sqlite: { path: a.db } }\n");
    await chmod(join(cwd, "moltnet.yaml"), 0o644);
    expect((await load()).storage).toEqual({ kind: "sqlite", path: "a.db" });
  });
});

describe("environment overrides", () => {
  it("env - network, listen and booleans override the file; values are trimmed and blank means unset", async () => {
    await write("moltnet.yaml", "network: { id: file-id, name: File }\nserver: { debug_events: true }\n");
    const config = await load({
      MOLTNET_NETWORK_ID: "  env-id ",
      MOLTNET_NETWORK_NAME: "   ",
      MOLTNET_LISTEN_ADDR: "127.0.0.1:0",
      MOLTNET_DEBUG_EVENTS: "OFF",
      MOLTNET_ALLOW_HUMAN_INGRESS: "No",
      MOLTNET_ALLOW_DIRECT_MESSAGES: "",
    });
    expect(config.settings).toMatchObject({
      networkId: "env-id",
      networkName: "File",
      debugEvents: false,
      humanIngress: false,
      directMessages: true,
    });
    expect(config.listen).toEqual({ addr: "127.0.0.1:0", host: "127.0.0.1", port: 0 });
  });

  it("env - MOLTNET_STORAGE_KIND=memory wins over the file and over path variables", async () => {
    await write("moltnet.yaml", "storage: { kind: sqlite, sqlite: { path: x.db } }\n");
    expect((await load({ MOLTNET_STORAGE_KIND: "memory", MOLTNET_SQLITE_PATH: "y.db" })).storage).toEqual({
      kind: "memory",
    });
  });

  it("env - each path variable switches the kind, the last one applied winning", async () => {
    expect((await load({ MOLTNET_JSON_PATH: "a.json" })).storage).toEqual({ kind: "json", path: "a.json" });
    expect((await load({ MOLTNET_DATA_PATH: "b.json" })).storage).toEqual({ kind: "json", path: "b.json" });
    expect((await load({ MOLTNET_SQLITE_PATH: "c.db" })).storage).toEqual({ kind: "sqlite", path: "c.db" });
    expect((await load({ MOLTNET_POSTGRES_DSN: "postgres://h/db" })).storage).toEqual({
      kind: "postgres",
      dsn: "postgres://h/db",
    });
    expect((await load({ MOLTNET_JSON_PATH: "a.json", MOLTNET_SQLITE_PATH: "c.db" })).storage).toEqual({
      kind: "sqlite",
      path: "c.db",
    });
    expect((await load({ MOLTNET_SQLITE_PATH: "c.db", MOLTNET_POSTGRES_DSN: "postgres://h/db" })).storage.kind).toBe(
      "postgres",
    );
    expect(
      (await load({ MOLTNET_STORAGE_KIND: "json", MOLTNET_DATA_PATH: "d.json", MOLTNET_SQLITE_PATH: "c.db" })).storage,
    ).toEqual({
      kind: "json",
      path: "d.json",
    });
  });

  it("env - an unsupported MOLTNET_STORAGE_KIND is refused", async () => {
    expect((await failure({ MOLTNET_STORAGE_KIND: "redis" })).message).toBe(
      'environment: MOLTNET_STORAGE_KIND: unsupported storage kind "redis"; use one of memory, json, sqlite, postgres',
    );
  });

  it("env - a json or postgres kind without its path is refused", async () => {
    expect((await failure({ MOLTNET_STORAGE_KIND: "json" })).message).toContain(
      "storage.json.path is required for json storage",
    );
    expect((await failure({ MOLTNET_STORAGE_KIND: "postgres" })).message).toContain(
      "storage.postgres.dsn is required for postgres storage",
    );
  });

  it("env - legacy server.data_path selects json storage unless a kind is written", async () => {
    await write("moltnet.yaml", "server: { data_path: legacy.json }\n");
    expect((await load()).storage).toEqual({ kind: "json", path: "legacy.json" });
    await write("moltnet.yaml", "server: { data_path: legacy.json }\nstorage: { kind: memory }\n");
    expect((await load()).storage).toEqual({ kind: "memory" });
  });

  it("env - MOLTNET_PAIRINGS_JSON replaces pairings and must be valid JSON", async () => {
    const config = await load({
      MOLTNET_PAIRINGS_JSON: '[{"id":"p","remote_network_id":"r","remote_base_url":"http://r","token":"ptok"}]',
    });
    expect(config.settings.pairings).toEqual([
      { id: "p", remote_network_id: "r", remote_base_url: "http://r", token: "ptok" },
    ]);
    expect((await failure({ MOLTNET_PAIRINGS_JSON: "[{" })).message).toContain(
      "MOLTNET_PAIRINGS_JSON must contain valid JSON",
    );
  });

  it("env - file and environment problems are reported together", async () => {
    await write("moltnet.yaml", "auth: { mode: bearer }\n");
    const message = (await failure({ MOLTNET_LISTEN_ADDR: "nowhere" })).message;
    expect(message).toContain("bearer auth requires at least one token");
    expect(message).toContain('environment: MOLTNET_LISTEN_ADDR: invalid listen address "nowhere"');
  });
});

describe("values a user gets wrong", () => {
  it('booleans - plain yes/no/on/off are booleans as in the reference; a quoted word is a string, refused like quoted "true"', async () => {
    await write(
      "moltnet.yaml",
      "server:\n  human_ingress: no\n  debug_events: On\nnetwork: { id: yes, name: off }\nstorage: { kind: memory }\n",
    );
    const config = await load();
    expect(config.settings).toMatchObject({
      humanIngress: false,
      debugEvents: true,
      networkId: "yes",
      networkName: "off",
    });

    await write("moltnet.yaml", 'server:\n  human_ingress: "yes"\n  debug_events: "true"\nstorage: { kind: memory }\n');
    expect((await failure()).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "server.human_ingress: expected a boolean (true or false), got a string",
      "server.debug_events: expected a boolean (true or false), got a string",
    ]);
  });

  it("booleans - an environment value that is no boolean is refused under its variable, not ignored", async () => {
    expect((await failure({ MOLTNET_ALLOW_DIRECT_MESSAGES: "nope" })).message).toBe(
      'environment: MOLTNET_ALLOW_DIRECT_MESSAGES: "nope" is not a boolean; use one of 1, true, yes, on, 0, false, no, off',
    );
    expect(
      (await load({ MOLTNET_ALLOW_DIRECT_MESSAGES: "No", MOLTNET_STORAGE_KIND: "memory" })).settings.directMessages,
    ).toBe(false);
  });

  it("choices - an unsupported value lists the valid ones", async () => {
    await write(
      "moltnet.yaml",
      "storage: { kind: mongo }\nauth: { mode: oauth }\nrooms: [{ id: r1, visibility: secret }]\n",
    );
    expect((await failure()).message).toBe(
      'validate Moltnet config "moltnet.yaml": storage.kind: unsupported storage kind "mongo"; use one of memory, json, sqlite, postgres; ' +
        'auth.mode: unsupported auth mode "oauth"; use one of none, bearer, open; rooms[0].visibility: unsupported room visibility "secret"; use one of private, public',
    );
  });

  it("DSN - a malformed DSN is reported under the variable or key it came from, without its value", async () => {
    const fromEnv = await failure({ MOLTNET_POSTGRES_DSN: "mysql://u:pw-from-env@db/x" });
    expect(fromEnv.message).toBe(
      "environment: MOLTNET_POSTGRES_DSN: expected a postgres:// or postgresql:// URL, e.g. postgres://moltnet@127.0.0.1:5432/moltnet",
    );
    await write("moltnet.yaml", 'storage: { kind: postgres, postgres: { dsn: "host=db password=pw-in-file" } }\n');
    const fromFile = await failure();
    expect(fromFile.message).toBe(
      'validate Moltnet config "moltnet.yaml": storage.postgres.dsn: expected a postgres:// or postgresql:// URL, e.g. postgres://moltnet@127.0.0.1:5432/moltnet',
    );
    expect(fromFile.message).not.toContain("pw-in-file");
  });
});
