// Configuration mistakes stop the real process before it listens: exit 1, one
// line on stderr naming every problem, nothing on the port.
import { chmod, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isListening, lines, perTestWorkspace, runCli } from "./cli-harness.js";

const ws = perTestWorkspace();

async function expectRefused(env: Record<string, string>, ...expected: string[]) {
  const result = await runCli(["start"], {
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, ...env },
  });
  expect(result.code, result.stderr).toBe(1);
  const errLines = lines(result.stderr);
  expect(errLines).toHaveLength(1);
  expect(errLines[0]).toMatch(/^moltnet: cannot start: /);
  for (const text of expected) expect(errLines[0]).toContain(text);
  expect(result.stdout).not.toContain("moltnet listening");
  expect(await isListening(ws.port)).toBe(false);
  return result;
}

const writeConfig = (name: string, text: string, mode = 0o600) => writeFile(join(ws.dir.path, name), text, { mode });

describe("start - refuses an invalid configuration", () => {
  const cases: [string, string, string[]][] = [
    [
      "an unknown key, with its path",
      "server:\n  listen_adr: ':1'\n",
      ['decode Moltnet config "moltnet.yaml"', "server.listen_adr: unknown key"],
    ],
    ["a wrong type, with its path", "server: { human_ingress: maybe }\n", ["server.human_ingress: expected a boolean"]],
    [
      "an unsupported storage kind",
      "storage: { kind: mongo }\n",
      ['validate Moltnet config "moltnet.yaml"', 'unsupported storage kind "mongo"'],
    ],
    [
      "postgres storage without a DSN",
      "storage: { kind: postgres }\n",
      ["storage.postgres.dsn is required for postgres storage"],
    ],
    ["json storage without a path", "storage: { kind: json }\n", ["storage.json.path is required for json storage"]],
    ["bearer auth without tokens", "auth: { mode: bearer }\n", ["bearer auth requires at least one token"]],
    [
      "a token with an unsupported scope",
      "auth: { mode: bearer, tokens: [ { value: tok-value-1, scopes: [root] } ] }\n",
      ['auth.tokens[0].scope "root" is unsupported'],
    ],
    ["an unsupported version", "version: moltnet.v9\n", ['unsupported version "moltnet.v9"']],
    [
      "an invalid room visibility",
      "rooms: [ { id: r, visibility: hidden } ]\n",
      ['rooms[0].visibility: unsupported room visibility "hidden"'],
    ],
    ["a YAML syntax error", "server: [\n", ['decode Moltnet config "moltnet.yaml"']],
    [
      "two pairings to the same network (every message would be relayed to it twice)",
      "pairings:\n  - { id: one, remote_network_id: far, remote_base_url: 'http://127.0.0.1:9001' }\n  - { id: two, remote_network_id: far, remote_base_url: 'http://127.0.0.1:9002' }\n",
      ['pairings[1].remote_network_id "far" is already paired by pairings[0]'],
    ],
    [
      "two pairings with one id",
      "pairings:\n  - { id: one, remote_network_id: a, remote_base_url: 'http://127.0.0.1:9001' }\n  - { id: one, remote_network_id: b, remote_base_url: 'http://127.0.0.1:9002' }\n",
      ['pairings[1].id "one" is already used by pairings[0]'],
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(`start - refuses ${what}`, async () => {
      await writeConfig("moltnet.yaml", text);
      await expectRefused({}, ...expected);
    });
  }

  it("start - reports every invalid setting at once", async () => {
    await writeConfig(
      "moltnet.yaml",
      "storage: { kind: postgres }\nauth: { mode: bearer, tokens: [ { value: tok-value-2, scopes: [admin, god] } ] }\nrooms: [ { id: r, write_policy: all } ]\n",
    );
    await expectRefused(
      {},
      "storage.postgres.dsn is required for postgres storage",
      'auth.tokens[0].scope "god" is unsupported',
      'rooms[0].write_policy: unsupported room write_policy "all"',
    );
  });

  it("start - refuses a JSON config with an unknown key", async () => {
    await writeConfig("moltnet.json", JSON.stringify({ network: { id: "n", region: "eu" } }));
    await expectRefused({}, 'decode Moltnet config "moltnet.json"', "network.region: unknown key");
  });

  it("start - refuses a MOLTNET_CONFIG that does not exist", async () => {
    await expectRefused({ MOLTNET_CONFIG: "nope.yaml" }, '"nope.yaml"');
  });

  it("start - refuses an unsupported MOLTNET_STORAGE_KIND", async () => {
    await expectRefused({ MOLTNET_STORAGE_KIND: "redis" }, 'MOLTNET_STORAGE_KIND: unsupported storage kind "redis"');
  });

  it("start - refuses MOLTNET_STORAGE_KIND=json without a path", async () => {
    await expectRefused({ MOLTNET_STORAGE_KIND: "json" }, "storage.json.path is required for json storage");
  });

  it("start - refuses an invalid MOLTNET_PAIRINGS_JSON", async () => {
    await expectRefused({ MOLTNET_PAIRINGS_JSON: "[{" }, "MOLTNET_PAIRINGS_JSON must contain valid JSON");
  });

  it("start - refuses an invalid listen address", async () => {
    const result = await runCli(["start"], { cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: "localhost" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('MOLTNET_LISTEN_ADDR: invalid listen address "localhost"');
  });
});

describe("start - private-file rule", () => {
  it("start - refuses a group-readable config holding tokens, without printing them", async () => {
    await writeConfig(
      "moltnet.yaml",
      "auth: { mode: bearer, tokens: [ { id: admin, value: very-secret-token, scopes: [admin] } ] }\n",
    );
    await chmod(join(ws.dir.path, "moltnet.yaml"), 0o640);
    const result = await expectRefused(
      {},
      'moltnet config "moltnet.yaml" must not be group/world readable when tokens are present',
    );
    expect(result.stdout + result.stderr).not.toContain("very-secret-token");
  });

  it("start - refuses a world-readable config holding a postgres DSN, without printing it", async () => {
    await writeConfig(
      "Moltnet",
      "storage: { kind: postgres, postgres: { dsn: 'postgres://u:dsn-password-1@127.0.0.1:1/db' } }\n",
    );
    await chmod(join(ws.dir.path, "Moltnet"), 0o644);
    const result = await expectRefused({}, 'moltnet config "Moltnet" must not be group/world readable');
    expect(result.stdout + result.stderr).not.toContain("dsn-password-1");
  });

  it("start - refuses a symlinked config holding pairing tokens", async () => {
    await writeConfig(
      "real.yaml",
      "pairings: [ { id: p, remote_base_url: 'https://r.example', token: pair-secret-1 } ]\n",
    );
    await symlink(join(ws.dir.path, "real.yaml"), join(ws.dir.path, "moltnet.yaml"));
    await expectRefused({}, 'moltnet config "moltnet.yaml" must not be a symlink when secrets are present');
  });
});
