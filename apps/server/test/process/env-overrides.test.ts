// MOLTNET_* variables override the file (contract §6.4), seen from outside:
// which backend the server reports, which files it creates, what it serves.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { perTestWorkspace, startCli } from "./cli-harness.js";

const ws = perTestWorkspace();
const listen = () => `127.0.0.1:${ws.port}`;

it("env - MOLTNET_STORAGE_KIND=memory wins over the file's sqlite storage and creates no files", async () => {
  await writeFile(
    join(ws.dir.path, "moltnet.yaml"),
    "network: { id: from-file }\nstorage: { kind: sqlite, sqlite: { path: data/file.db } }\n",
  );
  const server = await startCli({
    cwd: ws.dir.path,
    env: {
      MOLTNET_LISTEN_ADDR: listen(),
      MOLTNET_STORAGE_KIND: " memory ",
      MOLTNET_NETWORK_ID: "from-env",
      MOLTNET_NETWORK_NAME: "  ",
    },
  });
  try {
    expect(server.listening).toMatchObject({ backend: "memory", addr: listen(), network_id: "from-env" });
    const network = (await (await fetch(`${server.baseUrl}/v1/network`)).json()) as Record<string, unknown>;
    expect(network).toMatchObject({ id: "from-env", name: "Local Moltnet" });
  } finally {
    expect((await server.stop()).code).toBe(0);
  }
  expect(existsSync(join(ws.dir.path, "data"))).toBe(false);
  expect(existsSync(join(ws.dir.path, ".moltnet"))).toBe(false);
});

it("env - MOLTNET_SQLITE_PATH moves the database", async () => {
  const server = await startCli({
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: listen(), MOLTNET_SQLITE_PATH: "custom/place.db" },
  });
  try {
    expect(server.listening).toMatchObject({ backend: "sqlite", path: "custom/place.db" });
  } finally {
    expect((await server.stop()).code).toBe(0);
  }
  expect(existsSync(join(ws.dir.path, "custom/place.db"))).toBe(true);
  expect(existsSync(join(ws.dir.path, ".moltnet"))).toBe(false);
});

it("env - MOLTNET_JSON_PATH switches to json storage; a later MOLTNET_SQLITE_PATH would win", async () => {
  let server = await startCli({
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: listen(), MOLTNET_JSON_PATH: "state.json" },
  });
  expect(server.listening).toMatchObject({ backend: "json", path: "state.json" });
  expect((await server.stop()).code).toBe(0);
  server = await startCli({
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: listen(), MOLTNET_JSON_PATH: "state.json", MOLTNET_SQLITE_PATH: "later.db" },
  });
  expect(server.listening).toMatchObject({ backend: "sqlite", path: "later.db" });
  expect((await server.stop()).code).toBe(0);
});

it("env - booleans accept on/off words and the legacy server.data_path selects json storage", async () => {
  await writeFile(join(ws.dir.path, "Moltnet"), "server: { data_path: legacy.json, human_ingress: true }\n");
  const server = await startCli({
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: listen(), MOLTNET_ALLOW_HUMAN_INGRESS: "OFF", MOLTNET_ALLOW_DIRECT_MESSAGES: "no" },
  });
  try {
    expect(server.listening).toMatchObject({ backend: "json", path: "legacy.json" });
    const network = (await (await fetch(`${server.baseUrl}/v1/network`)).json()) as {
      capabilities: Record<string, unknown>;
    };
    expect(network.capabilities).toMatchObject({ human_ingress: false, direct_messages: false });
  } finally {
    expect((await server.stop()).code).toBe(0);
  }
});
