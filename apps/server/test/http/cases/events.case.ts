// GET /v1/events/stream over a real socket (§5.13, §5.14): the opening
// comment, lazy-creation events in order, Last-Event-ID replay, replay gaps,
// the per-client stream cap (a real 5xx that must not leak its reason).
import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { SseReader } from "../sse-reader.js";
import type { Suite } from "../suite.js";
import {
  createRoom,
  dmMessage,
  expectEnvelope,
  messageEventId,
  roomMessage,
  send,
  threadMessage,
} from "../fixtures.js";

async function withStream<T>(reader: SseReader, body: (r: SseReader) => Promise<T>): Promise<T> {
  try {
    return await body(reader);
  } finally {
    reader.close();
  }
}

export function eventCases(s: Suite): void {
  s.it("SSE - answers text/event-stream and opens with the : stream-open comment", async () => {
    await withStream(await s.server.sse(), async (r) => {
      expect(r.status).toBe(200);
      expect(r.headers["content-type"]).toBe("text/event-stream");
      expect(r.headers["cache-control"]).toBe("no-cache");
      expect(r.headers["x-request-id"]).toMatch(/^req_[0-9a-f]{16}$/);
      expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
      expect(await r.quietFor(200)).toEqual([]);
    });
  });

  s.it(
    "SSE - a new thread publishes thread.created before message.created; a later message only message.created",
    async () => {
      await createRoom(s.server, { id: "ev-room", members: ["alpha"] });
      await withStream(await s.server.sse(), async (r) => {
        expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
        const accepted = await send(s.server, threadMessage("ev-t-1", "ev-room", "ev-thread", "ev-root"));
        const [created, message] = await r.events(2);
        expect(created!.event).toBe("thread.created");
        expect(created!.json).toMatchObject({
          type: "thread.created",
          network_id: "local",
          thread: { id: "ev-thread", room_id: "ev-room", message_count: 1 },
        });
        expect(created!.json.id).toBe(created!.id);
        expect(message!.event).toBe("message.created");
        expect(message!.id).toBe(accepted.event_id);
        expect(message!.json).toMatchObject({
          id: accepted.event_id,
          type: "message.created",
          message: { id: "ev-t-1", target: { kind: "thread" } },
        });
        expect(created!.json.created_at).toBe(message!.json.message.created_at);
        expect(Object.keys(message!.json)).toEqual(["id", "type", "network_id", "message", "created_at"]);

        await send(s.server, threadMessage("ev-t-2", "ev-room", "ev-thread", "ev-root"));
        const next = await r.nextEvent();
        expect([next.event, next.id]).toEqual(["message.created", messageEventId("ev-t-2")]);
        // A retry publishes nothing.
        await send(s.server, threadMessage("ev-t-2", "ev-room", "ev-thread", "ev-root"));
        expect(await r.quietFor(300)).toEqual([]);
      });
    },
  );

  s.it("SSE - a new DM publishes dm.created (with participants) before message.created", async () => {
    await withStream(await s.server.sse(), async (r) => {
      await r.next();
      await send(s.server, dmMessage("ev-d-1", "ev-dm", ["beta", "gamma"], "alpha"));
      const [created, message] = await r.events(2);
      expect(created!.event).toBe("dm.created");
      expect(created!.json.dm).toMatchObject({
        id: "ev-dm",
        participant_ids: ["alpha", "beta", "gamma"],
        message_count: 1,
      });
      expect([message!.event, message!.id]).toEqual(["message.created", messageEventId("ev-d-1")]);
    });
  });

  s.it("SSE - room.created, room.members.updated (only on change) and room.removed, in order", async () => {
    await withStream(await s.server.sse(), async (r) => {
      await r.next();
      const room = await createRoom(s.server, { id: "ev-life", members: ["alpha"] });
      await s.server.patch("/v1/rooms/ev-life/members", { add: ["alpha"] });
      await s.server.patch("/v1/rooms/ev-life/members", { add: ["beta"] });
      await s.server.del("/v1/rooms/ev-life");
      const events = await r.events(3);
      expect(events.map((e) => e.event)).toEqual(["room.created", "room.members.updated", "room.removed"]);
      expect(events[0]!.json.room).toEqual(room);
      expect(events[1]!.json.room.members).toEqual(["alpha", "beta"]);
      expect(events[1]!.json.created_at).toBe(room.created_at);
      expect(events[2]!.json.room.id).toBe("ev-life");
      expect(await r.quietFor(200)).toEqual([]);
    });
  });

  s.it("SSE - Last-Event-ID replays every later event in order, then continues live", async () => {
    await createRoom(s.server, { id: "ev-replay", members: ["alpha"] });
    const a = await send(s.server, roomMessage("ev-r-1", "ev-replay"));
    await send(s.server, roomMessage("ev-r-2", "ev-replay"));
    await send(s.server, threadMessage("ev-r-3", "ev-replay", "ev-r-thread", "ev-r-1"));
    await withStream(await s.server.sse({ headers: { "Last-Event-ID": a.event_id } }), async (r) => {
      expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
      const replayed = await r.events(3);
      expect(replayed.map((e) => e.event)).toEqual(["message.created", "thread.created", "message.created"]);
      expect(replayed[0]!.id).toBe(messageEventId("ev-r-2"));
      expect(replayed[2]!.id).toBe(messageEventId("ev-r-3"));
      expect(await r.quietFor(200)).toEqual([]);
      await send(s.server, roomMessage("ev-r-4", "ev-replay"));
      expect((await r.nextEvent()).id).toBe(messageEventId("ev-r-4"));
    });
    // The query parameter works too; the newest id replays nothing.
    await withStream(
      await s.server.sse({ path: `/v1/events/stream?last_event_id=${messageEventId("ev-r-4")}` }),
      async (r) => {
        await r.next();
        expect(await r.quietFor(300)).toEqual([]);
      },
    );
  });

  s.it("SSE - an unknown Last-Event-ID starts with a stream.replay_gap, then the whole buffer", async () => {
    await createRoom(s.server, { id: "ev-gap", members: ["alpha"] });
    const last = await send(s.server, roomMessage("ev-gap-1", "ev-gap"));
    await withStream(await s.server.sse({ headers: { "Last-Event-ID": "evt_never_published" } }), async (r) => {
      await r.next();
      const gap = await r.nextEvent();
      const gapId = `evt_gap_${createHash("sha256").update("evt_never_published").digest("hex")}`;
      expect([gap.event, gap.id]).toEqual(["stream.replay_gap", gapId]);
      expect(gap.json.replay_gap).toMatchObject({
        requested_event_id: "evt_never_published",
        newest_event_id: last.event_id,
      });
      const replayed: string[] = [];
      for (;;) {
        const e = await r.nextEvent();
        replayed.push(e.id);
        if (e.id === last.event_id) break;
      }
      expect(replayed[0]).toBe(gap.json.replay_gap.oldest_event_id);
      expect(replayed.length).toBeGreaterThan(3);
      expect(replayed.length).toBeLessThanOrEqual(256);
    });
  });

  s.it(
    "SSE - the 17th concurrent stream of one client is 503 with a bare envelope; closing one frees a slot",
    async () => {
      const open: SseReader[] = [];
      try {
        for (let i = 0; i < 16; i++) {
          const r = await s.server.sse();
          open.push(r);
          expect(r.status, `stream ${i + 1}`).toBe(200);
          await r.next();
        }
        const over = await s.server.sse();
        const text = await over.text();
        expect(over.status).toBe(503);
        const headers = new Headers(Object.entries(over.headers).map(([k, v]) => [k, String(v)]));
        expectEnvelope({ status: over.status, headers, text, body: JSON.parse(text) }, 503, "service unavailable");
        expect(text).not.toMatch(/sse|subscriber|127\.0\.0\.1/);
      } finally {
        for (const r of open) r.close();
      }
      // The slots come back once the server sees the connections close.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const r = await s.server.sse();
        r.close();
        if (r.status === 200) break;
        if (Date.now() > deadline) throw new Error("stream slots were not released after the clients closed");
        await new Promise((res) => setTimeout(res, 100));
      }
    },
  );
}
