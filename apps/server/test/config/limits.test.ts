// The limits (timeouts, caps, budgets, rates): defaults, file keys under
// `server:`, MOLTNET_* variables that win over the file, and bad values that
// stop startup naming where they came from.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { DEFAULT_LIMITS } from "../../src/config/limits.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Env } from "../../src/config/env.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "moltnet-limits-"));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

const load = (env: Env = {}) => loadConfig({ env, cwd, version: "1.2.3" });
const write = (text: string) => writeFile(join(cwd, "moltnet.yaml"), text, { mode: 0o600 });

it("limits - defaults as the reference's server sets them and caps that keep one address from starving others", async () => {
  const { limits } = await load();
  expect(limits).toEqual(DEFAULT_LIMITS);
  expect(limits).toMatchObject({
    headerTimeoutMs: 5_000,
    bodyTimeoutMs: 15_000,
    idleTimeoutMs: 60_000,
    writeTimeoutMs: 30_000,
    requestTimeoutMs: 5_000,
  });
  expect(limits.maxConnectionsPerAddress).toBeLessThan(limits.maxConnections);
});

it("limits - file keys under server:, variables win over the file", async () => {
  await write(
    "server:\n  max_connections: 10\n  max_connections_per_address: 2\n  request_timeout_ms: 1500\n  trusted_proxies: [10.0.0.1]\n" +
      "storage:\n  postgres: { statement_timeout_ms: 0 }\n",
  );
  const { limits } = await load({
    MOLTNET_MAX_CONNECTIONS_PER_ADDRESS: "3",
    MOLTNET_TRUSTED_PROXIES: "10.0.0.2, 10.0.0.3",
  });
  expect(limits).toMatchObject({
    maxConnections: 10,
    maxConnectionsPerAddress: 3,
    requestTimeoutMs: 1500,
    trustedProxies: ["10.0.0.2", "10.0.0.3"],
    postgresStatementTimeoutMs: 0,
  });
});

it("limits - a zero cap, a negative or fractional number, or a non-number is refused with its path", async () => {
  await write(
    "server:\n  max_connections: 0\n  write_timeout_ms: -1\n  idle_timeout_ms: 1.5\n  registration_burst: lots\n",
  );
  const err = await load({ MOLTNET_REQUEST_TIMEOUT_MS: "5s" }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  const text = (err as Error).message;
  for (const path of [
    "server.max_connections",
    "server.write_timeout_ms",
    "server.idle_timeout_ms",
    "server.registration_burst",
    "MOLTNET_REQUEST_TIMEOUT_MS",
  ]) {
    expect(text).toContain(path);
  }
});

it("limits - the pairing timeout and check interval: file keys, variables, and zero refused", async () => {
  await write("server:\n  pairing_timeout_ms: 2500\n  pairing_check_interval_ms: 1000\n");
  expect(await load({ MOLTNET_PAIRING_CHECK_INTERVAL_MS: "750" })).toMatchObject({
    limits: { pairingTimeoutMs: 2500, pairingCheckIntervalMs: 750 },
  });
  await write("server:\n  pairing_timeout_ms: 0\n");
  const err = await load({ MOLTNET_PAIRING_CHECK_INTERVAL_MS: "soon" }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  expect((err as Error).message).toContain("server.pairing_timeout_ms");
  expect((err as Error).message).toContain("MOLTNET_PAIRING_CHECK_INTERVAL_MS");
});
