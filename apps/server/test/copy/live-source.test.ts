// Copying from a database a running server keeps writing to: the copy reads
// one consistent snapshot, so what it writes is a state the source really
// was in (a thread's counter equals the thread's messages in the copy), and
// the server is not disturbed.
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { perTestWorkspace, runCli, startCli } from "../process/cli-harness.js";
import { writeLargeSqlite } from "./copy-helpers.js";

const ws = perTestWorkspace();

describe("copying from a database in use", () => {
  it("sqlite: a server appending to a thread meanwhile; the copy verifies and holds a consistent state", async () => {
    await writeLargeSqlite(join(ws.dir.path, "live.db"), 5_000);
    const server = await startCli({
      cwd: ws.dir.path,
      env: { MOLTNET_SQLITE_PATH: "live.db", MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` },
    });
    let writing = true;
    let accepted = 0;
    const writer = (async () => {
      for (let i = 0; writing && i < 100_000; i++) {
        const reply = await fetch(`${server.baseUrl}/v1/messages`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            id: `live-${i}`,
            target: { kind: "thread", room_id: "r0", thread_id: "t-live", parent_message_id: "m0000000" },
            from: { type: "human", id: "operator" },
            parts: [{ kind: "text", text: `live ${i}` }],
          }),
        });
        if (reply.status < 300) accepted++;
      }
    })();
    try {
      while (accepted < 20) await new Promise((r) => setTimeout(r, 20));
      const result = await runCli(["copy", "--batch-size", "100", "sqlite:live.db", "sqlite:copy.db"], {
        cwd: ws.dir.path,
        timeoutMs: 120_000,
      });
      const during = accepted;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/verified/);
      writing = false;
      await writer;
      expect(accepted).toBeGreaterThan(during);

      const db = new Database(join(ws.dir.path, "copy.db"), { readonly: true });
      try {
        const thread = db.prepare(`SELECT message_count AS n FROM threads WHERE id = 't-live'`).get() as { n: number };
        const rows = db.prepare(`SELECT count(*) AS n FROM messages WHERE thread_id = 't-live'`).get() as { n: number };
        expect(rows.n).toBeGreaterThanOrEqual(20);
        expect(thread.n).toBe(rows.n);
        expect(rows.n).toBeLessThan(accepted);
      } finally {
        db.close();
      }
    } finally {
      writing = false;
      await writer;
      expect((await server.stop()).code).toBe(0);
    }
  });
});
