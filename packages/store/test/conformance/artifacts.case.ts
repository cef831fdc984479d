// Contract §2.6.5 and §2.8 (artifact filters) as adjusted by "Where we differ"
// 1: part order is kept for every message, whatever the number of parts.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, page, wire } from "./expect-store.js";
import { at, dmTarget, message, NET, room, roomTarget, threadTarget } from "../fixtures/records.js";
import type { Artifact, Part } from "../../src/types.js";

const ALL = { limit: 1000 };

export const artifactCases = defineCases("artifacts", [
  {
    name: "append - extracts exactly the non-text parts and text parts with url, filename or media type",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const parts: Part[] = [
        { kind: "text", text: "plain text: no artifact" }, // 0
        { kind: "text", text: "link", url: "https://t.example" }, // 1
        { kind: "text", text: "named", filename: "notes.txt" }, // 2
        { kind: "text", text: "typed", media_type: "text/markdown" }, // 3
        { kind: "url", url: "https://u.example/page" }, // 4
        { kind: "data", data: { k: 1 } }, // 5: data without url is still an artifact
        { kind: "file", url: "https://f.example/a.pdf", filename: "a.pdf", media_type: "application/pdf" }, // 6
        { kind: "image", url: "https://i.example/p.png", media_type: "image/png" }, // 7
        { kind: "audio", url: "https://a.example/s.ogg" }, // 8
        { kind: "Text", text: "kind compared exactly" }, // 9
        { kind: " text", text: "raw kind, untrimmed" }, // 10
        { kind: "text", text: "" }, // 11
      ];
      const m = message("msg_1", roomTarget("r1"), { parts, created_at: at(4, 321) });
      await store.appendMessage(m);
      const expected: Artifact[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => {
        const part = parts[i]!;
        const id = `art_msg_1_${i}`;
        const a: Artifact = {
          id,
          network_id: NET,
          fqid: `molt://${NET}/artifacts/${id}`,
          message_id: "msg_1",
          target: m.target,
          part_index: i,
          kind: part.kind,
          created_at: m.created_at,
        };
        if (part.media_type) a.media_type = part.media_type;
        if (part.filename) a.filename = part.filename;
        if (part.url) a.url = part.url;
        return a;
      });
      const listed = await store.listArtifacts({ roomId: "r1" }, ALL);
      expect(listed.hasMore).toBe(false);
      expect(listed.items.map(wire.artifact)).toEqual(expected.map(wire.artifact));
    },
  },
  {
    name: "append - text-only messages yield no artifacts",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("m1", roomTarget("r1")));
      expect(page(await store.listArtifacts({ roomId: "r1" }, ALL))).toEqual({ ids: [], hasMore: false });
    },
  },
  {
    name: "listArtifacts - a message with 12 artifact parts keeps part order",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const parts: Part[] = Array.from({ length: 12 }, (_, i) => ({ kind: "url", url: `https://u.example/${i}` }));
      await store.appendMessage(message("m1", roomTarget("r1"), { parts }));
      const expected = parts.map((_, i) => `art_m1_${i}`);
      expect(page(await store.listArtifacts({ roomId: "r1" }, ALL)).ids).toEqual(expected);
      const got = (await store.listArtifacts({ roomId: "r1" }, ALL)).items.map((a) => a.part_index);
      expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      // paging walks the same order: the newest 3 are parts 9, 10, 11
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 3 }))).toEqual({
        ids: ["art_m1_9", "art_m1_10", "art_m1_11"],
        hasMore: true,
      });
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 3, before: "art_m1_10" }))).toEqual({
        ids: ["art_m1_7", "art_m1_8", "art_m1_9"],
        hasMore: true,
      });
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 2, after: "art_m1_1" }))).toEqual({
        ids: ["art_m1_2", "art_m1_3"],
        hasMore: true,
      });
    },
  },
  {
    name: "listArtifacts - the room filter includes the room's thread artifacts in time order",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      const url = (n: string): Part[] => [{ kind: "url", url: `https://u.example/${n}` }];
      await store.appendMessage(message("m3", roomTarget("r1"), { parts: url("3"), created_at: at(3) }));
      await store.appendMessage(message("m1", roomTarget("r1"), { parts: url("1"), created_at: at(1) }));
      await store.appendMessage(message("m2", threadTarget("r1", "t1", "m1"), { parts: url("2"), created_at: at(2) }));
      await store.appendMessage(message("m4", threadTarget("r1", "t2"), { parts: url("4"), created_at: at(4) }));
      await store.appendMessage(message("x1", roomTarget("r2"), { parts: url("x1"), created_at: at(2, 5) }));
      await store.appendMessage(message("x2", threadTarget("r2", "t3"), { parts: url("x2"), created_at: at(2, 6) }));
      await store.appendMessage(
        message("x3", dmTarget("dm1", ["alpha", "beta"], { room_id: "r1" }), {
          parts: url("x3"),
          created_at: at(2, 7),
        }),
      );
      expect(page(await store.listArtifacts({ roomId: "r1" }, ALL))).toEqual({
        ids: ["art_m1_0", "art_m2_0", "art_m3_0", "art_m4_0"],
        hasMore: false,
      });
      expect(page(await store.listArtifacts({ roomId: "r2" }, ALL))).toEqual({
        ids: ["art_x1_0", "art_x2_0"],
        hasMore: false,
      });
    },
  },
  {
    name: "listArtifacts - filter precedence is thread, then dm, then room",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const url: Part[] = [{ kind: "url", url: "https://u.example" }];
      await store.appendMessage(message("in-room", roomTarget("r1"), { parts: url, created_at: at(1) }));
      await store.appendMessage(message("in-thread", threadTarget("r1", "t1"), { parts: url, created_at: at(2) }));
      await store.appendMessage(
        message("in-dm", dmTarget("dm1", ["alpha", "beta"]), { parts: url, created_at: at(3) }),
      );
      const ids = async (filter: Parameters<typeof store.listArtifacts>[0]) =>
        page(await store.listArtifacts(filter, ALL)).ids;
      expect(await ids({ threadId: "t1" })).toEqual(["art_in-thread_0"]);
      expect(await ids({ dmId: "dm1" })).toEqual(["art_in-dm_0"]);
      expect(await ids({ roomId: "r1", threadId: "t1" })).toEqual(["art_in-thread_0"]);
      expect(await ids({ roomId: "r1", dmId: "dm1" })).toEqual(["art_in-dm_0"]);
      expect(await ids({ threadId: "t1", dmId: "dm1" })).toEqual(["art_in-thread_0"]);
      expect(await ids({ roomId: "r1", threadId: "t1", dmId: "dm1" })).toEqual(["art_in-thread_0"]);
      // an unknown id at a higher precedence wins too: nothing, not the room's artifacts
      expect(await ids({ roomId: "r1", threadId: "no-such-thread" })).toEqual([]);
      expect(await ids({ roomId: "r1", dmId: "no-such-dm" })).toEqual([]);
    },
  },
  {
    name: "listArtifacts - an unknown room, thread or DM is an empty window",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(
        message("m1", roomTarget("r1"), { parts: [{ kind: "url", url: "https://u.example" }] }),
      );
      for (const filter of [{ dmId: "no-such-dm" }, { threadId: "no-such-thread" }, { roomId: "no-such-room" }]) {
        expect(page(await store.listArtifacts(filter, { limit: 10 })), JSON.stringify(filter)).toEqual({
          ids: [],
          hasMore: false,
        });
      }
    },
  },
  {
    name: "listArtifacts - thread and DM filters are in time order",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const url: Part[] = [{ kind: "url", url: "https://u.example" }];
      await store.appendMessage(message("t-late", threadTarget("r1", "t1"), { parts: url, created_at: at(5) }));
      await store.appendMessage(message("t-early", threadTarget("r1", "t1"), { parts: url, created_at: at(1) }));
      await store.appendMessage(
        message("d-late", dmTarget("dm1", ["alpha", "beta"]), { parts: url, created_at: at(5) }),
      );
      await store.appendMessage(
        message("d-early", dmTarget("dm1", ["alpha", "beta"]), { parts: url, created_at: at(1) }),
      );
      expect(page(await store.listArtifacts({ threadId: "t1" }, ALL)).ids).toEqual(["art_t-early_0", "art_t-late_0"]);
      expect(page(await store.listArtifacts({ dmId: "dm1" }, ALL)).ids).toEqual(["art_d-early_0", "art_d-late_0"]);
    },
  },
  {
    name: "listArtifacts - a cursor outside the filtered list is invalid_cursor",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      const url: Part[] = [{ kind: "url", url: "https://u.example" }];
      await store.appendMessage(message("a", roomTarget("r1"), { parts: url, created_at: at(1) }));
      await store.appendMessage(message("b", threadTarget("r1", "t1"), { parts: url, created_at: at(2) }));
      await store.appendMessage(message("c", roomTarget("r2"), { parts: url, created_at: at(3) }));
      await store.appendMessage(message("d", dmTarget("dm1", ["alpha", "beta"]), { parts: url, created_at: at(4) }));
      // in the room filter, the thread artifact is a valid cursor
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 5, before: "art_b_0" }))).toEqual({
        ids: ["art_a_0"],
        hasMore: false,
      });
      await expectStoreError(store.listArtifacts({ roomId: "r1" }, { limit: 5, before: "art_c_0" }), "invalid_cursor");
      await expectStoreError(store.listArtifacts({ roomId: "r1" }, { limit: 5, after: "art_d_0" }), "invalid_cursor");
      await expectStoreError(
        store.listArtifacts({ threadId: "t1" }, { limit: 5, before: "art_a_0" }),
        "invalid_cursor",
      );
      await expectStoreError(store.listArtifacts({ dmId: "dm1" }, { limit: 5, after: "art_a_0" }), "invalid_cursor");
      // a message id, or an artifact id that was never produced, is no artifact cursor
      await expectStoreError(store.listArtifacts({ roomId: "r1" }, { limit: 5, before: "a" }), "invalid_cursor");
      await expectStoreError(store.listArtifacts({ roomId: "r1" }, { limit: 5, before: "art_a_1" }), "invalid_cursor");
      await expectStoreError(
        store.listArtifacts({ dmId: "no-such-dm" }, { limit: 5, before: "art_d_0" }),
        "invalid_cursor",
      );
    },
  },
  {
    name: "listArtifacts - history windows with exact hasMore",
    async run({ store }) {
      await store.createRoom(room("r1"));
      // three messages with two artifacts each: six artifacts in (time, part) order
      for (let n = 1; n <= 3; n++) {
        await store.appendMessage(
          message(`m${n}`, roomTarget("r1"), {
            parts: [
              { kind: "text", text: "x" },
              { kind: "url", url: "https://a" },
              { kind: "image", url: "https://b" },
            ],
            created_at: at(n),
          }),
        );
      }
      const f = { roomId: "r1" };
      const all = ["art_m1_1", "art_m1_2", "art_m2_1", "art_m2_2", "art_m3_1", "art_m3_2"];
      expect(page(await store.listArtifacts(f, { limit: 6 }))).toEqual({ ids: all, hasMore: false });
      expect(page(await store.listArtifacts(f, { limit: 5 }))).toEqual({ ids: all.slice(1), hasMore: true });
      expect(page(await store.listArtifacts(f, { limit: 2, before: "art_m2_2" }))).toEqual({
        ids: ["art_m1_2", "art_m2_1"],
        hasMore: true,
      });
      expect(page(await store.listArtifacts(f, { limit: 2, before: "art_m2_1" }))).toEqual({
        ids: ["art_m1_1", "art_m1_2"],
        hasMore: false,
      });
      expect(page(await store.listArtifacts(f, { limit: 2, before: "art_m1_1" }))).toEqual({ ids: [], hasMore: false });
      expect(page(await store.listArtifacts(f, { limit: 2, after: "art_m2_1" }))).toEqual({
        ids: ["art_m2_2", "art_m3_1"],
        hasMore: true,
      });
      expect(page(await store.listArtifacts(f, { limit: 3, after: "art_m2_1" }))).toEqual({
        ids: ["art_m2_2", "art_m3_1", "art_m3_2"],
        hasMore: false,
      });
      expect(page(await store.listArtifacts(f, { limit: 3, after: "art_m3_2" }))).toEqual({ ids: [], hasMore: false });
    },
  },
  {
    name: "listArtifacts - equal times order by message id, then part index",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const same = at(5);
      const urls = (n: number): Part[] =>
        Array.from({ length: n }, (_, i) => ({ kind: "url", url: `https://u.example/${i}` }));
      await store.appendMessage(message("b", roomTarget("r1"), { parts: urls(2), created_at: same }));
      await store.appendMessage(message("a", roomTarget("r1"), { parts: urls(11), created_at: same }));
      await store.appendMessage(message("B", roomTarget("r1"), { parts: urls(1), created_at: same }));
      const expected = ["art_B_0", ...Array.from({ length: 11 }, (_, i) => `art_a_${i}`), "art_b_0", "art_b_1"];
      expect(page(await store.listArtifacts({ roomId: "r1" }, ALL)).ids).toEqual(expected);
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 3, after: "art_a_9" }))).toEqual({
        ids: ["art_a_10", "art_b_0", "art_b_1"],
        hasMore: false,
      });
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 3, before: "art_a_1" }))).toEqual({
        ids: ["art_B_0", "art_a_0"],
        hasMore: false,
      });
      expect(page(await store.listArtifacts({ roomId: "r1" }, { limit: 2, before: "art_b_0" }))).toEqual({
        ids: ["art_a_9", "art_a_10"],
        hasMore: true,
      });
    },
  },
  {
    name: "listArtifacts - thread and DM artifacts carry their message's full target",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const threadMsg = message("tm", threadTarget("r1", "t1", "root", { dm_id: "stray" }), {
        parts: [{ kind: "file", filename: "f.txt" }],
        created_at: at(1),
      });
      const dmMsg = message("dm", dmTarget("dm1", ["alpha", "beta"]), {
        parts: [{ kind: "image", url: "https://i", media_type: "image/png" }],
        created_at: at(2),
      });
      await store.appendMessage(threadMsg);
      await store.appendMessage(dmMsg);
      const [ta] = (await store.listArtifacts({ threadId: "t1" }, ALL)).items;
      const [da] = (await store.listArtifacts({ dmId: "dm1" }, ALL)).items;
      expect(ta && wire.artifact(ta)).toEqual(
        wire.artifact({
          id: "art_tm_0",
          network_id: NET,
          fqid: `molt://${NET}/artifacts/art_tm_0`,
          message_id: "tm",
          target: threadMsg.target,
          part_index: 0,
          kind: "file",
          filename: "f.txt",
          created_at: at(1),
        }),
      );
      expect(da && wire.artifact(da)).toEqual(
        wire.artifact({
          id: "art_dm_0",
          network_id: NET,
          fqid: `molt://${NET}/artifacts/art_dm_0`,
          message_id: "dm",
          target: dmMsg.target,
          part_index: 0,
          kind: "image",
          url: "https://i",
          media_type: "image/png",
          created_at: at(2),
        }),
      );
    },
  },
  {
    name: "listArtifacts - a thread message naming another room counts for the thread's room",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      const url: Part[] = [{ kind: "url", url: "https://u.example" }];
      await store.appendMessage(message("first", threadTarget("r1", "t1"), { parts: url, created_at: at(1) }));
      // later messages cannot move the thread: its artifacts stay with r1
      await store.appendMessage(message("moved", threadTarget("r2", "t1"), { parts: url, created_at: at(2) }));
      expect(page(await store.listArtifacts({ roomId: "r1" }, ALL)).ids).toEqual(["art_first_0", "art_moved_0"]);
      expect(page(await store.listArtifacts({ roomId: "r2" }, ALL)).ids).toEqual([]);
      expect(page(await store.listArtifacts({ threadId: "t1" }, ALL)).ids).toEqual(["art_first_0", "art_moved_0"]);
      expect(page(await store.listMessages({ kind: "room", roomId: "r2" }, ALL)).ids).toEqual([]);
    },
  },
]);
