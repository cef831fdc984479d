import { describe, expect, test } from "vitest";
import { openMemoryStore } from "../../src/memory/memory-store.js";
import { dmTarget, filePart, message, registration, room, roomTarget, threadTarget } from "../fixtures/records.js";

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
    expect((await store.listMessages({ kind: "room", roomId: "general" }, W)).items[0]!.parts[0]!.text).toBe(
      "hello from m1",
    );
  });

  test("close - a closed store refuses calls with unavailable", async () => {
    const store = await openMemoryStore();
    await store.close();
    await expect(store.getRoom("x")).rejects.toMatchObject({ code: "unavailable" });
    await expect(store.health()).rejects.toMatchObject({ code: "unavailable" });
  });
});

// Cost and memory goals (no growth with history, bytes per message) are
// measured by `pnpm bench`, never by timed tests.
