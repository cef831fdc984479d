// Contract §2.6 (append) and §2.8 (ordering): what a message is, how it is
// kept, and the global idempotency rule.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, page, sameMessages } from "./expect-store.js";
import { at, dmTarget, message, room, roomTarget, sender, threadTarget } from "../fixtures/records.js";
import type { Message } from "../../src/types.js";
import type { Store } from "../../src/store.js";

const ALL = { limit: 1000 };

async function everything(store: Store) {
  return {
    rooms: await store.listRooms(ALL),
    r1: await store.listMessages({ kind: "room", roomId: "r1" }, ALL),
    r2: await store.listMessages({ kind: "room", roomId: "r2" }, ALL),
    thread: await store.getThread("t1"),
    threadMessages: await store.listMessages({ kind: "thread", threadId: "t1" }, ALL),
    threads: await store.listThreads("r1", ALL),
    dm: await store.getDirectConversation("dm1"),
    dms: await store.listDirectConversations(ALL),
    dmMessages: await store.listMessages({ kind: "dm", dmId: "dm1" }, ALL),
    artifactsR1: await store.listArtifacts({ roomId: "r1" }, ALL),
    artifactsR2: await store.listArtifacts({ roomId: "r2" }, ALL),
    artifactsT1: await store.listArtifacts({ threadId: "t1" }, ALL),
    artifactsDm: await store.listArtifacts({ dmId: "dm1" }, ALL),
    strayThread: await store.getThread("t-new"),
    strayDm: await store.getDirectConversation("dm-new"),
  };
}

export const messageCases = defineCases("messages", [
  {
    name: "append - a room message reads back with every field",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m: Message = message("m1", roomTarget("r1"), {
        origin: { network_id: "elsewhere", message_id: "orig-7" },
        from: { type: "human", id: "op", name: "Operator", network_id: "local", fqid: "molt://local/agents/op" },
        parts: [
          { kind: "text", text: "see attached" },
          { kind: "data", data: { b: [1, 2.5, "x", null, true], a: { nested: { deep: "yes" } } } },
          { kind: "file", url: "https://f.example/r.pdf", filename: "r.pdf", media_type: "application/pdf" },
        ],
        mentions: ["molt://local/agents/beta", "molt://local/agents/gamma"],
        created_at: at(7, 654321),
      });
      const result = await store.appendMessage(m);
      expect(result).toEqual({ status: "appended", createdThread: null, createdDm: null });
      sameMessages((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items, [m]);
    },
  },
  {
    name: "append - a message with an empty actor type and no mentions round-trips",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m = message("m1", roomTarget("r1"), {
        from: { type: "", id: "ghost" },
        origin: { network_id: "", message_id: "" },
      });
      await store.appendMessage(m);
      const [got] = (await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items;
      expect(got?.mentions ?? []).toEqual([]);
      sameMessages(got ? [got] : [], [m]);
    },
  },
  {
    name: "append - unicode and HTML characters in text round-trip exactly",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const text =
        "<script>alert('x')</script> & \"quotes\" \\ back\\slash 𝄞 🧪 e\u0301 \u2028\u2029 日本語 \t\n\r end";
      const m = message("m1", roomTarget("r1"), {
        parts: [
          { kind: "text", text },
          { kind: "data", data: { html: "<b>&amp;</b>", emoji: "🦀" } },
        ],
        from: { type: "agent", id: "alpha", name: "Ålpha <β>", network_id: "local" },
      });
      await store.appendMessage(m);
      const [got] = (await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items;
      expect(got?.parts[0]?.text).toBe(text);
      expect(got?.from.name).toBe("Ålpha <β>");
      sameMessages(got ? [got] : [], [m]);
    },
  },
  {
    name: "append - a NUL character in text round-trips",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m = message("m1", roomTarget("r1"), { parts: [{ kind: "text", text: "before\u0000after" }] });
      await store.appendMessage(m);
      const [got] = (await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items;
      expect(got?.parts[0]?.text).toBe("before\u0000after");
    },
  },
  {
    name: "append - a repeated id in the same room is a duplicate and keeps the original",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const original = message("m1", roomTarget("r1"), { parts: [{ kind: "text", text: "first" }], created_at: at(1) });
      await store.appendMessage(original);
      const retry = message("m1", roomTarget("r1"), { parts: [{ kind: "text", text: "changed" }], created_at: at(2) });
      expect(await store.appendMessage(retry)).toEqual({ status: "duplicate" });
      sameMessages((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items, [original]);
    },
  },
  {
    name: "append - duplicate ids are global across rooms, threads and DMs and change nothing",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      await store.appendMessage(
        message("room-msg", roomTarget("r1"), {
          created_at: at(1),
          parts: [{ kind: "url", url: "https://u.example" }],
        }),
      );
      await store.appendMessage(
        message("thread-msg", threadTarget("r1", "t1", "room-msg"), {
          created_at: at(2),
          parts: [{ kind: "image", url: "https://i.example" }],
        }),
      );
      await store.appendMessage(
        message("dm-msg", dmTarget("dm1", ["alpha", "beta"]), {
          created_at: at(3),
          parts: [{ kind: "file", filename: "a.txt" }],
        }),
      );
      const before = await everything(store);

      const retries: Message[] = [
        // each known id, aimed at every other kind of conversation, with new artifacts and senders
        message("room-msg", roomTarget("r2"), {
          created_at: at(10),
          parts: [{ kind: "url", url: "https://x.example" }],
        }),
        message("room-msg", threadTarget("r1", "t-new", "m0"), { created_at: at(10) }),
        message("room-msg", dmTarget("dm-new", ["alpha", "zed"]), { created_at: at(10) }),
        message("thread-msg", threadTarget("r1", "t1"), {
          created_at: at(11),
          parts: [{ kind: "audio", url: "https://a.example" }],
        }),
        message("thread-msg", roomTarget("r1"), { created_at: at(11) }),
        message("dm-msg", dmTarget("dm1", ["alpha", "beta", "carol"]), { created_at: at(12), from: sender("dave") }),
        message("dm-msg", roomTarget("r2"), { created_at: at(12) }),
        message("dm-msg", threadTarget("r2", "t-new"), { created_at: at(12) }),
      ];
      for (const retry of retries) {
        expect(await store.appendMessage(retry), `${retry.id} -> ${retry.target.kind}`).toEqual({
          status: "duplicate",
        });
      }
      expect(await everything(store)).toEqual(before);
    },
  },
  {
    name: "append - room history holds only room messages",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m1 = message("m1", roomTarget("r1"), { created_at: at(1) });
      const m2 = message("m2", threadTarget("r1", "t1", "m1"), { created_at: at(2) });
      const m3 = message("m3", roomTarget("r1"), { created_at: at(3) });
      const m4 = message("m4", dmTarget("dm1", ["alpha", "beta"], { room_id: "r1" }), { created_at: at(4) });
      for (const m of [m1, m2, m3, m4]) await store.appendMessage(m);
      sameMessages((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items, [m1, m3]);
      sameMessages((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items, [m2]);
      sameMessages((await store.listMessages({ kind: "dm", dmId: "dm1" }, ALL)).items, [m4]);
    },
  },
  {
    name: "append - a room message carrying stray thread_id and dm_id is accepted as a room message",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m = message(
        "m1",
        roomTarget("r1", {
          thread_id: "no-such-thread",
          dm_id: "no-such-dm",
          parent_message_id: "nope",
          participant_ids: ["x", "y"],
        }),
        {
          parts: [{ kind: "url", url: "https://stray.example" }],
        },
      );
      expect(await store.appendMessage(m)).toEqual({ status: "appended", createdThread: null, createdDm: null });
      // The target is kept as received, stray fields included.
      sameMessages((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items, [m]);
      expect(await store.getThread("no-such-thread")).toBeNull();
      expect(await store.getDirectConversation("no-such-dm")).toBeNull();
      expect(page(await store.listDirectConversations(ALL)).ids).toEqual([]);
      expect(page(await store.listThreads("r1", ALL)).ids).toEqual([]);
      expect(page(await store.listArtifacts({ roomId: "r1" }, ALL)).ids).toEqual(["art_m1_0"]);
      expect(page(await store.listArtifacts({ threadId: "no-such-thread" }, ALL)).ids).toEqual([]);
      expect(page(await store.listArtifacts({ dmId: "no-such-dm" }, ALL)).ids).toEqual([]);
    },
  },
  {
    name: "append - a thread message carrying a stray dm_id, or another room_id later, is accepted",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m1 = message("m1", threadTarget("r1", "t1", undefined, { dm_id: "no-such-dm" }), { created_at: at(1) });
      const m2 = message("m2", threadTarget("no-such-room", "t1"), { created_at: at(2) });
      expect((await store.appendMessage(m1)).status).toBe("appended");
      expect((await store.appendMessage(m2)).status).toBe("appended");
      sameMessages((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items, [m1, m2]);
      expect((await store.getThread("t1"))?.room_id).toBe("r1");
      expect(await store.getDirectConversation("no-such-dm")).toBeNull();
      expect(page(await store.listMessages({ kind: "room", roomId: "no-such-room" }, ALL))).toEqual({
        ids: [],
        hasMore: false,
      });
    },
  },
  {
    name: "append - a DM message carrying a stray room_id and thread_id is accepted as a DM message",
    async run({ store }) {
      const m = message(
        "m1",
        dmTarget("dm1", ["alpha", "beta"], { room_id: "no-such-room", thread_id: "no-such-thread" }),
      );
      expect((await store.appendMessage(m)).status).toBe("appended");
      sameMessages((await store.listMessages({ kind: "dm", dmId: "dm1" }, ALL)).items, [m]);
      expect(await store.getThread("no-such-thread")).toBeNull();
      expect(await store.getRoom("no-such-room")).toBeNull();
    },
  },
  {
    name: "append - ids are case-sensitive: rooms, messages and threads differing in case are distinct",
    async run({ store }) {
      await store.createRoom(room("Room"));
      await store.createRoom(room("room"));
      expect(await store.appendMessage(message("M1", roomTarget("Room"), { created_at: at(1) }))).toMatchObject({
        status: "appended",
      });
      expect(await store.appendMessage(message("m1", roomTarget("room"), { created_at: at(2) }))).toMatchObject({
        status: "appended",
      });
      expect(
        await store.appendMessage(message("t-msg", threadTarget("room", "T1"), { created_at: at(3) })),
      ).toMatchObject({ status: "appended" });
      const created = await store.appendMessage(message("t-msg2", threadTarget("room", "t1"), { created_at: at(4) }));
      expect(created.status === "appended" && created.createdThread?.id).toBe("t1");
      expect(page(await store.listMessages({ kind: "room", roomId: "Room" }, ALL)).ids).toEqual(["M1"]);
      expect(page(await store.listMessages({ kind: "room", roomId: "room" }, ALL)).ids).toEqual(["m1"]);
      expect(page(await store.listThreads("room", ALL)).ids).toEqual(["T1", "t1"]);
      await expectStoreError(
        store.listMessages({ kind: "room", roomId: "room" }, { limit: 5, after: "M1" }),
        "invalid_cursor",
      );
    },
  },
]);
