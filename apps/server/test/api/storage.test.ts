// GET /v1/storage on the backends without SQL (the SQLite and Postgres panels
// are checked in the browser tests, apps/console/test): what they report and
// that nothing is invented.
import { afterAll, describe, expect, test } from "vitest";
import { TestServer, killLeftovers } from "../http/harness.js";

afterAll(() => killLeftovers());

describe("GET /v1/storage", () => {
  test("json: the snapshot file and its size, no schema, no table counts", async () => {
    const server = await TestServer.start({ backend: "json" });
    try {
      await server.request("POST", "/v1/rooms", { body: { id: "general" } });
      const reply = await server.request("GET", "/v1/storage");
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        kind: "json",
        path: `${server.dir}/data/moltnet.json`,
        dsn: null,
        schema: null,
        tables: {},
        event_log: null,
      });
      expect(reply.body.size.database_bytes).toBeGreaterThan(0);
    } finally {
      await server.dispose();
    }
  });

  test("memory: the kind and nothing else", async () => {
    const server = await TestServer.start({ backend: "memory" });
    try {
      const reply = await server.request("GET", "/v1/storage");
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        kind: "memory",
        path: null,
        dsn: null,
        schema: null,
        size: { database_bytes: null },
        tables: {},
        event_log: null,
      });
    } finally {
      await server.dispose();
    }
  });

  test("sqlite: a WAL checkpoint shows up as last_checkpoint_at", async () => {
    const server = await TestServer.start({ backend: "sqlite" });
    try {
      await server.request("POST", "/v1/rooms", { body: { id: "general" } });
      for (let i = 0; i < 80; i++) {
        await server.request("POST", "/v1/messages", {
          body: {
            target: { kind: "room", room_id: "general" },
            from: { type: "agent", id: "a" },
            parts: [{ kind: "text", text: `m${i}` }],
          },
        });
      }
      // The checkpoint worker starts after 64 writes and runs every 500 ms; bounded wait.
      let report: any = null;
      for (let i = 0; i < 40 && !report?.size.last_checkpoint_at; i++) {
        await new Promise((r) => setTimeout(r, 250));
        report = (await server.request("GET", "/v1/storage")).body;
      }
      expect(Date.parse(report.size.last_checkpoint_at)).toBeGreaterThan(Date.now() - 60_000);
      expect(report.tables).toMatchObject({ rooms: 1, messages: 80 });
      expect(report.schema.pending).toEqual([]);
      expect(report.schema.version).toBe(Math.max(...report.schema.applied.map((m: { version: number }) => m.version)));
    } finally {
      await server.dispose();
    }
  });
});
