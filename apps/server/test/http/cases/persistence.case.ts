// Restarts of the shared server (runs last): durable backends answer every
// GET byte for byte the same after SIGTERM and a new start; the DM switch
// hides DMs without touching them.
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import {
  createRoom,
  dmMessage,
  expectEnvelope,
  expectOk,
  messageEventId,
  roomMessage,
  send,
  threadMessage,
} from "../fixtures.js";
import { expectSameSnapshot, takeSnapshot, type Snapshot } from "../snapshot.js";

/** Answers outside the lists: removed rooms, their threads, some cursor pages. */
const EXTRA = [
  "/v1/rooms/rm-gone",
  "/v1/rooms/rm-gone/messages",
  "/v1/threads/rm-gone-t1",
  "/v1/artifacts?thread_id=rm-gone-t1",
  "/v1/rooms/hist-room/messages?limit=3&before=hist-r-5",
  "/v1/rooms/hist-room/messages?limit=3&after=hist-r-2",
  "/v1/rooms/conv-threads/threads?limit=2&after=ct-b",
  "/v1/artifacts?room_id=art-room&limit=4&before=art_art-m1_11",
  "/v1/agents/ag-del",
];

export function persistenceCases(s: Suite): void {
  let beforeDmSwitch: Snapshot | undefined;
  const lastEvent = { id: "" };

  if (s.durable) {
    s.it(
      "restart - after SIGTERM (exit 0) and a new start, every GET answers byte for byte the same",
      async () => {
        lastEvent.id = (await send(s.server, roomMessage("rs-last", "msg-room"))).event_id;
        const withLast = await takeSnapshot(s.server, { extra: EXTRA });
        expect(withLast.size).toBeGreaterThan(150);
        const exit = await s.server.stop();
        expect(exit).toEqual({ code: 0, signal: null });
        await s.server.restart();
        expectSameSnapshot(await takeSnapshot(s.server, { extra: EXTRA }), withLast);
      },
      120_000,
    );

    s.it(
      "restart - writes go on: an old message id is still a duplicate, new messages sort after the old ones",
      async () => {
        const retry = await send(s.server, threadMessage("th-1", "msg-thread", "th-lazy", "th-root"));
        expect(retry).toEqual({
          message_id: "th-1",
          event_id: messageEventId("th-1"),
          accepted: true,
          thread_created: false,
          dm_created: false,
        });
        expectEnvelope(await s.server.post("/v1/rooms", { id: "rm-gone" }), 409, 'room "rm-gone" already exists');
        expectEnvelope(await s.server.post("/v1/rooms", { id: "rm-taken" }), 409, 'room "rm-taken" already exists');
        await send(s.server, roomMessage("hist-r-8", "hist-room"));
        const ids = expectOk(await s.server.get("/v1/rooms/hist-room/messages")).messages.map(
          (m: { id: string }) => m.id,
        );
        expect(ids).toEqual([
          "hist-r-1",
          "hist-r-2",
          "hist-r-3",
          "hist-r-4",
          "hist-r-5",
          "hist-r-6",
          "hist-r-7",
          "hist-r-8",
        ]);
        const third = await send(s.server, threadMessage("th-3", "msg-thread", "th-lazy", "th-root"));
        expect(third.thread_created).toBe(false);
        expect(expectOk(await s.server.get("/v1/threads/th-lazy")).message_count).toBe(3);
        const dm = await send(s.server, dmMessage("dm-lazy-3", "dm-lazy", ["beta", "gamma"], "gamma"));
        expect(dm.dm_created).toBe(false);
        // Agent registrations survive: re-registering is the idempotent 200.
        expectOk(await s.server.post("/v1/agents/register", { requested_agent_id: "ag-reg" }), 200);
      },
      60_000,
    );

    if (s.backend === "json") {
      s.it(
        "restart - the JSON backend's event log lives in process memory: an old Last-Event-ID gets a gap, nothing from before the restart",
        async () => {
          const r = await s.server.sse({ headers: { "Last-Event-ID": lastEvent.id } });
          try {
            expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
            // Events published since this start are replayed behind a gap marker; nothing from before the restart.
            const gap = await r.nextEvent();
            expect(gap.event).toBe("stream.replay_gap");
            const rest = await r.quietFor(300);
            expect(rest.map((e) => e.id)).not.toContain(lastEvent.id);
            expect(rest.map((e) => e.id)).toContain(messageEventId("hist-r-8"));
          } finally {
            r.close();
          }
        },
      );
    } else {
      s.it(
        "restart - the event log is stored: an old Last-Event-ID replays exactly what followed it, across the restart",
        async () => {
          const r = await s.server.sse({ headers: { "Last-Event-ID": lastEvent.id } });
          try {
            expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
            const replayed = [await r.nextEvent(), ...(await r.quietFor(300))];
            const ids = replayed.map((e) => e.id);
            expect(replayed.map((e) => e.event)).not.toContain("stream.replay_gap");
            expect(ids).not.toContain(lastEvent.id);
            // What the previous case sent after the restart, in order, each once.
            const sent = ["hist-r-8", "th-3", "dm-lazy-3"].map(messageEventId);
            expect(ids.filter((id) => sent.includes(id))).toEqual(sent);
            expect(new Set(ids).size).toBe(ids.length);
          } finally {
            r.close();
          }
        },
      );
    }
  } else {
    s.it(
      "restart - memory storage starts empty after SIGTERM (exit 0) and a new start",
      async () => {
        expect(expectOk(await s.server.get("/v1/rooms")).rooms.length).toBeGreaterThan(10);
        expect(await s.server.stop()).toEqual({ code: 0, signal: null });
        await s.server.restart();
        expect(expectOk(await s.server.get("/v1/rooms"))).toEqual({ rooms: [], page: { has_more: false } });
        expect(expectOk(await s.server.get("/v1/dms"))).toEqual({ dms: [], page: { has_more: false } });
        expect(expectOk(await s.server.get("/v1/agents"))).toEqual({ agents: [], page: { has_more: false } });
        await createRoom(s.server, { id: "msg-room", members: ["alpha"] });
        await send(s.server, dmMessage("dm-mem-1", "dm-lazy", ["alpha", "beta"]));
        await send(s.server, {
          ...roomMessage("art-mem-1", "msg-room"),
          parts: [{ kind: "url", url: "https://x.test/1" }],
        });
      },
      60_000,
    );
  }

  s.it(
    "DMs disabled (MOLTNET_ALLOW_DIRECT_MESSAGES=false) - DM routes, sends and dm artifacts are 403; DM events are withheld",
    async () => {
      beforeDmSwitch = await takeSnapshot(s.server, { extra: EXTRA });
      await s.server.restart({ MOLTNET_ALLOW_DIRECT_MESSAGES: "false" });
      if (!s.durable) await createRoom(s.server, { id: "msg-room", members: ["alpha"] });
      const disabled = "direct messages are disabled for this network";
      expect(expectOk(await s.server.get("/v1/network")).capabilities.direct_messages).toBe(false);
      expectEnvelope(await s.server.get("/v1/dms"), 403, disabled);
      expectEnvelope(await s.server.get("/v1/dms/dm-lazy"), 403, disabled);
      expectEnvelope(await s.server.get("/v1/dms/dm-lazy/messages"), 403, disabled);
      expectEnvelope(await s.server.get("/v1/dms/%20"), 422, "dm id is required");
      expectEnvelope(await s.server.get("/v1/artifacts?dm_id=dm-lazy"), 403, disabled);
      // Checked before any validation: even an invalid DM send is 403.
      expectEnvelope(
        await s.server.post("/v1/messages", dmMessage("dm-off-1", "dm-lazy", ["alpha", "beta"])),
        403,
        disabled,
      );
      expectEnvelope(await s.server.post("/v1/messages", { target: { kind: " dm " } }), 403, disabled);
      // Rooms still work, and their events still flow; DM events never would.
      const r = await s.server.sse();
      try {
        await r.next();
        await send(s.server, roomMessage("dm-off-room", "msg-room"));
        expect((await r.nextEvent()).id).toBe(messageEventId("dm-off-room"));
      } finally {
        r.close();
      }
    },
    60_000,
  );

  if (s.durable) {
    s.it(
      "DMs enabled again - the stored DMs were untouched by the switch",
      async () => {
        await s.server.restart({ MOLTNET_ALLOW_DIRECT_MESSAGES: "" });
        const after = await takeSnapshot(s.server, { extra: EXTRA });
        // The one room message sent while DMs were off is the only difference.
        const changed = [...after].filter(([path, text]) => beforeDmSwitch!.get(path) !== text).map(([path]) => path);
        expect(changed).toEqual(["/v1/rooms/msg-room/messages?limit=500"]);
        expect([...after.keys()].sort()).toEqual([...beforeDmSwitch!.keys()].sort());
        expect(expectOk(await s.server.get("/v1/dms/dm-lazy")).message_count).toBe(3);
      },
      60_000,
    );
  }
}
