import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterEach, describe, expect, it } from "vitest";
import { MonotonicClock, wireRoom, type Room } from "@moltnet/store";
import type { MoltnetEvent } from "../../src/context.js";
import { messageEventId, newEventId } from "../../src/events/ids.js";
import { TOKENS, frames, makeApp, readMore, readStreamUntil } from "./helpers.js";

const clock = new MonotonicClock();
const room = (id: string, visibility: "public" | "private"): Room => ({
  id,
  network_id: "local",
  fqid: `molt://local/rooms/${id}`,
  name: id,
  members: [],
  visibility,
  write_policy: "members",
  created_at: clock.now(),
});
const roomEvent = (r: Room, type = "room.created"): MoltnetEvent => ({
  id: newEventId(),
  type,
  network_id: "local",
  room: wireRoom(r),
  created_at: clock.now(),
});
const messageEvent = (id: string, target: Record<string, unknown>): MoltnetEvent => ({
  id: messageEventId(id),
  type: "message.created",
  network_id: "local",
  message: { id, target },
  created_at: clock.now(),
});

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe("GET /v1/events/stream", () => {
  it("opening - sends SSE headers and the stream-open comment", async () => {
    const { app, call } = await makeApp();
    cleanups.push(() => app.close());
    const res = await call("/v1/events/stream");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("\n\n"));
    expect(text).toBe(": stream-open\n\n");
    await reader.cancel();
  });

  it("after stream-open - every published event arrives as an id/event/data frame with Go escaping", async () => {
    const { app, call } = await makeApp();
    cleanups.push(() => app.close());
    const res = await call("/v1/events/stream");
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("stream-open"));
    const event = messageEvent("m1", { kind: "room", room_id: "r<1>" });
    await app.context.events.publish(event);
    const more = await readMore(reader, text, (t) => t.includes("data: "));
    expect(more).toContain(
      `id: evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd\nevent: message.created\ndata: {"id":"evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd","type":"message.created","network_id":"local","message":{"id":"m1","target":{"kind":"room","room_id":"r\\u003c1\\u003e"}},"created_at":"${event.created_at}"}\n\n`,
    );
    await reader.cancel();
  });

  it("Last-Event-ID - replays after the cursor; the query parameter works too; an invalid one is ignored", async () => {
    const { app, call } = await makeApp();
    cleanups.push(() => app.close());
    const events = [roomEvent(room("a", "public")), roomEvent(room("b", "public")), roomEvent(room("c", "public"))];
    for (const e of events) await app.context.events.publish(e);

    const viaHeader = await call("/v1/events/stream", { headers: { "Last-Event-ID": events[0]!.id } });
    const h = await readStreamUntil(viaHeader.body!, (t) => frames(t).length >= 2);
    expect(frames(h.text).map((f) => f.id)).toEqual([events[1]!.id, events[2]!.id]);
    await h.reader.cancel();

    const viaQuery = await call(`/v1/events/stream?last_event_id=${events[1]!.id}`);
    const q = await readStreamUntil(viaQuery.body!, (t) => frames(t).length >= 1);
    expect(frames(q.text).map((f) => f.id)).toEqual([events[2]!.id]);
    await q.reader.cancel();

    const invalid = await call("/v1/events/stream", { headers: { "Last-Event-ID": "not valid!" } });
    const i = await readStreamUntil(invalid.body!, (t) => frames(t).length >= 1, 300);
    expect(frames(i.text)).toEqual([]);
    await i.reader.cancel();
  });

  it("unknown cursor - starts with a stream.replay_gap frame, then the buffer", async () => {
    const { app, call } = await makeApp();
    cleanups.push(() => app.close());
    const e1 = roomEvent(room("a", "public"));
    await app.context.events.publish(e1);
    const res = await call("/v1/events/stream", { headers: { "Last-Event-ID": "evt_forgotten" } });
    const { text, reader } = await readStreamUntil(res.body!, (t) => frames(t).length >= 2);
    const [gap, first] = frames(text);
    expect(gap!.event).toBe("stream.replay_gap");
    expect(gap!.id).toMatch(/^evt_gap_[0-9a-f]{64}$/);
    expect(gap!.data.replay_gap).toEqual({
      requested_event_id: "evt_forgotten",
      oldest_event_id: e1.id,
      newest_event_id: e1.id,
    });
    expect(first!.id).toBe(e1.id);
    await reader.cancel();
  });

  it("heartbeat - writes keep-alive comments", async () => {
    const { app, call } = await makeApp({}, { heartbeatMs: 30 });
    cleanups.push(() => app.close());
    const res = await call("/v1/events/stream");
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes(": keep-alive\n\n"));
    expect(text).toContain(": keep-alive\n\n");
    await reader.cancel();
  });

  it("unsafe event ids or types - are skipped", async () => {
    const { app, call } = await makeApp();
    cleanups.push(() => app.close());
    const res = await call("/v1/events/stream");
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("stream-open"));
    await app.context.events.publish({
      id: "bad id",
      type: "room.created",
      network_id: "local",
      created_at: clock.now(),
    });
    await app.context.events.publish({
      id: "evt_ok1",
      type: "bad\ntype",
      network_id: "local",
      created_at: clock.now(),
    });
    await app.context.events.publish({
      id: "evt_ok2",
      type: "room.created",
      network_id: "local",
      created_at: clock.now(),
    });
    const more = await readMore(reader, text, (t) => frames(t).length >= 1);
    expect(frames(more).map((f) => f.id)).toEqual(["evt_ok2"]);
    await reader.cancel();
  });

  it("anonymous public-read stream - passes only public room events and gaps", async () => {
    const { app, call, store } = await makeApp({ auth: { mode: "open" } });
    cleanups.push(() => app.close());
    const pub = room("pub", "public");
    const priv = room("priv", "private");
    await store.createRoom(pub);
    await store.createRoom(priv);
    const res = await call("/v1/events/stream");
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("stream-open"));
    const publish = (e: MoltnetEvent) => app.context.events.publish(e);
    await publish(roomEvent(priv));
    await publish(messageEvent("p1", { kind: "room", room_id: "priv" }));
    await publish(messageEvent("d1", { kind: "dm", dm_id: "dm1" }));
    await publish({
      id: newEventId(),
      type: "dm.created",
      network_id: "local",
      dm: { id: "dm1" },
      created_at: clock.now(),
    });
    await publish(roomEvent(pub, "room.members.updated"));
    await publish({
      id: newEventId(),
      type: "agent.removed",
      network_id: "local",
      agent: { agent_id: "a" },
      created_at: clock.now(),
    });
    await publish({
      id: newEventId(),
      type: "thread.created",
      network_id: "local",
      thread: { id: "t1", room_id: "priv" },
      created_at: clock.now(),
    });
    await publish(roomEvent(room("gone-private", "private"), "room.removed"));
    const visible = [
      roomEvent(pub),
      messageEvent("m1", { kind: "room", room_id: "pub" }),
      messageEvent("m2", { kind: "thread", thread_id: "t2", room_id: "pub" }),
      {
        id: newEventId(),
        type: "thread.created",
        network_id: "local",
        thread: { id: "t2", room_id: "pub" },
        created_at: clock.now(),
      } as MoltnetEvent,
      roomEvent(room("gone-public", "public"), "room.removed"),
    ];
    for (const e of visible) await publish(e);
    const more = await readMore(reader, text, (t) => frames(t).length >= visible.length);
    expect(frames(more).map((f) => f.id)).toEqual(visible.map((e) => e.id));
    await reader.cancel();
  });

  it("observe token on a public-read network - gets the full stream", async () => {
    const { app, call } = await makeApp({ auth: { mode: "open", tokens: TOKENS } });
    cleanups.push(() => app.close());
    const res = await call("/v1/events/stream", { token: "observe-secret" });
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("stream-open"));
    const dm = {
      id: newEventId(),
      type: "dm.created",
      network_id: "local",
      dm: { id: "dm1" },
      created_at: clock.now(),
    };
    await app.context.events.publish(dm);
    expect(frames(await readMore(reader, text, (t) => frames(t).length >= 1)).map((f) => f.id)).toEqual([dm.id]);
    await reader.cancel();
  });

  it("capacity - 16 streams per token identity, then 503 service unavailable; a closed stream frees its slot", async () => {
    const { app, call, log } = await makeApp({ auth: { mode: "bearer", tokens: TOKENS } });
    cleanups.push(() => app.close());
    const open: Response[] = [];
    for (let i = 0; i < 16; i++) {
      const res = await call("/v1/events/stream", { token: "observe-secret" });
      expect(res.status).toBe(200);
      open.push(res);
    }
    const refused = await call("/v1/events/stream", { token: "observe-secret" });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: "service_unavailable", error: "service unavailable" });
    expect(log.lines.some((l) => String(l.fields.error).includes("too many concurrent sse subscribers"))).toBe(true);
    expect((await call("/v1/events/stream", { token: "admin-secret" })).status).toBe(200);
    await open[0]!.body!.cancel();
    expect((await call("/v1/events/stream", { token: "observe-secret" })).status).toBe(200);
  });

  it("capacity - 128 streams in total", async () => {
    const tokens = Array.from({ length: 9 }, (_, i) => ({
      id: `t${i}`,
      value: `v${i}`,
      scopes: ["observe" as const],
      agents: [],
    }));
    const { app, call } = await makeApp({ auth: { mode: "bearer", tokens } });
    cleanups.push(() => app.close());
    for (let i = 0; i < 128; i++) expect((await call("/v1/events/stream", { token: `v${i % 8}` })).status).toBe(200);
    expect((await call("/v1/events/stream", { token: "v8" })).status).toBe(503);
    expect(app.platform.limiter.active).toBe(128);
  });

  it("close() - ends open streams", async () => {
    const { app, call } = await makeApp();
    const res = await call("/v1/events/stream");
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("stream-open"));
    app.close();
    const result = await reader.read();
    expect(text).toBe(": stream-open\n\n");
    expect(result.done).toBe(true);
    expect(app.platform.limiter.active).toBe(0);
  });
});

describe("over real HTTP", () => {
  it("a client disconnect - releases the subscription and its slot", async () => {
    const { app } = await makeApp();
    cleanups.push(() => app.close());
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
    cleanups.push(() => server.close());
    await new Promise<void>((r) => server.once("listening", () => r()));
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/v1/events/stream`, { signal: controller.signal });
    expect(res.status).toBe(200);
    const { text, reader } = await readStreamUntil(res.body!, (t) => t.includes("stream-open"));
    expect(text).toBe(": stream-open\n\n");
    await app.context.events.publish(roomEvent(room("live", "public")));
    expect(frames(await readMore(reader, "", (t) => frames(t).length >= 1))).toHaveLength(1);
    expect(app.platform.feed.subscriberCount).toBe(1);
    controller.abort();
    for (let i = 0; i < 100 && app.platform.feed.subscriberCount > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(app.platform.feed.subscriberCount).toBe(0);
    expect(app.platform.limiter.active).toBe(0);
  });

  it("per-address identity - all localhost clients share 16 slots", async () => {
    const { app } = await makeApp();
    cleanups.push(() => app.close());
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
    cleanups.push(() => server.close());
    await new Promise<void>((r) => server.once("listening", () => r()));
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    // The responses stay referenced: a dropped one can be collected, and undici then cancels its body, freeing its slot.
    const responses: Response[] = [];
    for (let i = 0; i < 17; i++)
      responses.push(await fetch(`http://127.0.0.1:${port}/v1/events/stream`, { signal: controller.signal }));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(16);
    expect(statuses[16]).toBe(503);
  });
});
