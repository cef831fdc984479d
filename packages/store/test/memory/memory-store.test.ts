import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { openMemoryStore } from "../../src/memory/memory-store.js";
import type { Store, Window } from "../../src/store.js";
import type { Message } from "../../src/types.js";
import { goStringify, wireMessage } from "../../src/wire.js";
import { at, dmTarget, filePart, message, registration, room, roomTarget, threadTarget } from "../fixtures/records.js";

const W = { limit: 100 };

describe("memory store - callers cannot change stored state", () => {
  test("reads - return copies of rooms, messages, threads, DMs, artifacts and agents", async () => {
    const store = await openMemoryStore();
    await store.createRoom(room("general", { members: ["alpha"] }));
    await store.appendMessage(message("m1", roomTarget("general"), { parts: [filePart("a.pdf")] }));
    await store.appendMessage(message("m2", threadTarget("general", "t1")));
    await store.appendMessage(message("m3", dmTarget("d1", ["alpha", "beta"])));
    await store.registerAgent(registration("alpha"));

    const r = (await store.getRoom("general"))!;
    r.members.push("mallory");
    r.name = "x";
    const m = (await store.listMessages({ kind: "room", roomId: "general" }, W)).items[0]!;
    m.parts[0]!.url = "https://evil.example";
    m.target.room_id = "elsewhere";
    const t = (await store.getThread("t1"))!;
    t.message_count = 99;
    const d = (await store.getDirectConversation("d1"))!;
    d.participant_ids.push("mallory");
    const a = (await store.listArtifacts({ roomId: "general" }, W)).items[0]!;
    a.kind = "x";
    const g = (await store.getRegisteredAgent("alpha"))!;
    g.credential_key = "stolen";

    expect(await store.getRoom("general")).toMatchObject({ name: "general", members: ["alpha"] });
    const again = (await store.listMessages({ kind: "room", roomId: "general" }, W)).items[0]!;
    expect(again.parts[0]!.url).toBe("https://files.example/a.pdf");
    expect(again.target.room_id).toBe("general");
    expect((await store.getThread("t1"))!.message_count).toBe(1);
    expect((await store.getDirectConversation("d1"))!.participant_ids).toEqual(["alpha", "beta"]);
    expect((await store.listArtifacts({ roomId: "general" }, W)).items[0]!.kind).toBe("file");
    expect((await store.getRegisteredAgentByCredentialKey("token:alpha"))?.agent_id).toBe("alpha");
  });

  test("append - later changes to the caller's message object do not reach the store", async () => {
    const store = await openMemoryStore();
    const input = message("m1", roomTarget("general"));
    await store.appendMessage(input);
    input.parts[0]!.text = "rewritten";
    expect((await store.listMessages({ kind: "room", roomId: "general" }, W)).items[0]!.parts[0]!.text).toBe("hello from m1");
  });

  test("close - a closed store refuses calls with unavailable", async () => {
    const store = await openMemoryStore();
    await store.close();
    await expect(store.getRoom("x")).rejects.toMatchObject({ code: "unavailable" });
    await expect(store.health()).rejects.toMatchObject({ code: "unavailable" });
  });
});

// Linear work would make the large case ~100x slower than the small one; an
// indexed store keeps them within a small factor. Ratios, not absolute times,
// so a busy machine does not fail the test.
describe("memory store - no linear scans on hot paths", () => {
  async function fill(size: number): Promise<{ store: Store; ids: string[] }> {
    const store = await openMemoryStore();
    const ids: string[] = [];
    for (let i = 0; i < size; i++) {
      const id = `m${String(i).padStart(7, "0")}`;
      ids.push(id);
      const parts = i % 2 === 0 ? [filePart(`${i}.pdf`)] : [{ kind: "text", text: "hi" }];
      await store.appendMessage(message(id, i % 3 === 0 ? threadTarget("general", "t1") : roomTarget("general"), { created_at: at(i), parts }));
      if (i % 10 === 0) await store.createRoom(room(`r${String(i).padStart(7, "0")}`));
    }
    return { store, ids };
  }

  async function timeReads(store: Store, ids: string[]): Promise<number> {
    // Cursors near the oldest end: the worst case for a scan from the newest end.
    const oldRoom = ids.find((_, i) => i % 3 !== 0 && i > 3)!;
    const oldArtifact = `art_${ids[4]}_0`;
    const oldRoomId = "r0000010";
    const started = process.hrtime.bigint();
    for (let i = 0; i < 300; i++) {
      const w: Window = { limit: 5, after: oldRoom };
      await store.listMessages({ kind: "room", roomId: "general" }, w);
      await store.listArtifacts({ roomId: "general" }, { limit: 5, after: oldArtifact });
      await store.listRooms({ limit: 5, after: oldRoomId });
      await store.appendMessage(message(`x${store.kind}${i}${ids.length}`, roomTarget("general"), { created_at: at(10_000_000 + i) }));
    }
    return Number(process.hrtime.bigint() - started);
  }

  test("append, cursor lookup and windows cost about the same at 1k and 100k messages", async () => {
    const small = await fill(1_000);
    const large = await fill(100_000);
    await timeReads(small.store, small.ids); // warm up
    const runs = async (s: { store: Store; ids: string[] }) => Math.min(await timeReads(s.store, s.ids), await timeReads(s.store, s.ids));
    const ratio = (await runs(large)) / (await runs(small));
    expect(ratio).toBeLessThan(8);
  }, 120_000);
});

describe("memory store - memory use", () => {
  test("a stored message costs less than twice its JSON size", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const store = await openMemoryStore();
    const count = 20_000;
    const make = (i: number): Message =>
      message(`msg_${crypto.randomUUID()}`, i % 4 === 0 ? threadTarget("general", `t${i % 40}`) : roomTarget(`room${i % 8}`), {
        created_at: at(i, i % 1000),
        parts: i % 10 === 0 ? [{ kind: "text", text: "see attached" }, filePart(`f${i}.pdf`)] : [{ kind: "text", text: `message number ${i}, saying hello` }],
      });
    gc();
    const before = process.memoryUsage().heapUsed;
    let jsonBytes = 0;
    for (let i = 0; i < count; i++) {
      const m = make(i);
      jsonBytes += Buffer.byteLength(goStringify(wireMessage(m)));
      await store.appendMessage(m);
    }
    gc();
    const used = process.memoryUsage().heapUsed - before;
    expect((await store.listMessages({ kind: "room", roomId: "room1" }, { limit: 1 })).hasMore).toBe(true);
    expect(used / jsonBytes).toBeLessThan(2);
  }, 60_000);
});
