// A full disk says what it is: the data directory is a small tmpfs; once it
// fills, writes answer 507 `storage full` (the usual envelope), nothing
// half-written is acknowledged, and writes succeed again once space is
// freed, without a restart. A read-only data file stops startup with one
// line naming the path. Needs root (mount); skipped with the reason otherwise.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createRoom, expectEnvelope, roomMessage, textPart } from "../http/fixtures.js";
import { killLeftovers, startServer, type TestServer } from "../http/harness.js";
import { lines, runCli } from "../process/cli-harness.js";
import { waitForText } from "./hostile-clients.js";

function tryMount(dir: string, sizeKb: number): string | null {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k,mode=0700`, "tmpfs", dir], { stdio: "pipe" });
    return null;
  } catch (err) {
    return `cannot mount a tmpfs (${String((err as { stderr?: Buffer }).stderr ?? err).trim()})`;
  }
}

function unmount(dir: string): void {
  try {
    execFileSync("umount", ["-l", dir], { stdio: "pipe" });
  } catch {
    // Not mounted.
  }
}

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) unmount(m);
  killLeftovers();
});

describe.each(["sqlite", "json"] as const)("%s on a full disk", (backend) => {
  let srv: TestServer | undefined;
  afterAll(async () => {
    if (srv) {
      await srv.stop().catch(() => {});
      unmount(join(srv.dir, "data"));
      await srv.dispose();
    }
  }, 60_000);

  it("507 storage full once the disk fills, then 202 again once space is freed", async (ctx) => {
    srv = await startServer({ backend });
    await srv.stop();
    // A fresh, small filesystem under the server's data directory; the restart creates the store on it.
    const data = join(srv.dir, "data");
    const problem = tryMount(data, 4096);
    if (problem) {
      console.log(`skipped: ${problem}`);
      ctx.skip();
      return;
    }
    mounts.push(data);
    await srv.restart();
    await createRoom(srv, { id: "full-room", members: ["alpha"] });

    const text = "y".repeat(60_000);
    const acked: string[] = [];
    let full: Awaited<ReturnType<TestServer["post"]>> | undefined;
    for (let i = 0; i < 200 && !full; i++) {
      const reply = await srv.post("/v1/messages", roomMessage(`full-${i}`, "full-room", "alpha", [textPart(text)]));
      if (reply.status === 202) acked.push(`full-${i}`);
      else full = reply;
    }
    expect(full, "the disk filled up within 200 messages").toBeDefined();
    expectEnvelope(full!, 507, "storage full");
    console.log(`${backend}: 507 storage full after ${acked.length} messages of 60 KB on a 4 MB tmpfs`);
    // The log says what happened (the client only sees "storage full").
    // The log says what happened (the client only sees "storage full"); log lines are written in batches.
    expect(await waitForText(() => srv!.output(), 0, '"store_code":"storage_full"', 5_000)).not.toBeNull();
    expect(srv.running).toBe(true);
    // Reads still work while the disk is full.
    expect((await srv.get("/v1/rooms/full-room/messages?limit=1")).status).toBe(200);

    // Free space by growing the filesystem (what an operator does by deleting files or adding disk).
    execFileSync("mount", ["-o", "remount,size=32m", data], { stdio: "pipe" });
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      const reply = await srv.post(
        "/v1/messages",
        roomMessage(`after-${i}`, "full-room", "alpha", [textPart("small")]),
      );
      if (reply.status === 202) {
        recovered = true;
        acked.push(`after-${i}`);
      } else await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered, "writes succeed again once there is space").toBe(true);
    const stored = new Set<string>();
    const page = await srv.get("/v1/rooms/full-room/messages?limit=500");
    for (const m of page.body.messages as { id: string }[]) stored.add(m.id);
    expect(
      acked.filter((id) => !stored.has(id)),
      "every 202 is stored",
    ).toEqual([]);
  }, 120_000);
});

describe("a read-only data file", () => {
  for (const backend of ["json", "sqlite"] as const) {
    it(`${backend}: the server refuses to start with one line naming the path`, async (ctx) => {
      const dir = mkdtempSync(join(tmpdir(), "moltnet-ro-"));
      const data = join(dir, "data");
      mkdirSync(data);
      const problem = tryMount(data, 1024);
      if (problem) {
        console.log(`skipped: ${problem}`);
        rmSync(dir, { recursive: true, force: true });
        ctx.skip();
        return;
      }
      mounts.push(data);
      try {
        const file = join(data, backend === "json" ? "moltnet.json" : "moltnet.db");
        // A valid store first (written by the server itself), then the filesystem goes read-only.
        const env: Record<string, string> =
          backend === "json" ? { MOLTNET_JSON_PATH: file } : { MOLTNET_SQLITE_PATH: file };
        if (backend === "json") writeFileSync(file, "{}\n", { mode: 0o600 });
        else expect((await runCli(["migrate"], { cwd: dir, env })).code).toBe(0);
        execFileSync("mount", ["-o", "remount,ro", data], { stdio: "pipe" });

        const result = await runCli(["start"], { cwd: dir, env: { ...env, MOLTNET_LISTEN_ADDR: "127.0.0.1:0" } });
        expect(result.code).toBe(1);
        const errLines = lines(result.stderr);
        expect(errLines).toHaveLength(1);
        expect(errLines[0]).toMatch(new RegExp(`^moltnet: cannot start: \\[store:(${backend}|migrate)\\] `));
        expect(errLines[0]).toContain(file);
        expect(errLines[0]).toMatch(/read-only/i);
        console.log(`${backend} read-only: ${errLines[0]}`);
      } finally {
        unmount(data);
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
