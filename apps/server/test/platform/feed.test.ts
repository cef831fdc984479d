import { describe, expect, it } from "vitest";
import { MemoryEventLog, MonotonicClock, PRUNE_BATCH } from "@moltnet/store";
import type { MoltnetEvent } from "../../src/context.js";
import { EventFeed, RING_SIZE, type Subscription } from "../../src/events/feed.js";
import { messageEventId, newEventId, replayGapEventId } from "../../src/events/ids.js";
import { eventRecordOf } from "../../src/service/events.js";

const clock = new MonotonicClock();
const ev = (id: string, extra: Partial<MoltnetEvent> = {}): MoltnetEvent => ({
  id,
  type: "room.created",
  network_id: "local",
  created_at: clock.now(),
  ...extra,
});

/** A feed over a real in-memory event log; `publish` stores events as a change would. */
function setup(directMessages = true, now?: () => number) {
  const log = new MemoryEventLog(now);
  const feed = new EventFeed(log, { directMessages, networkId: "net-x", now: () => clock.now() });
  const publish = (...events: MoltnetEvent[]) => log.push(events.map(eventRecordOf));
  return { log, feed, publish };
}

/** Everything the subscription can be given now (reading the store when it is behind), as ids. */
async function drain(feed: EventFeed, sub: Subscription): Promise<string[]> {
  await feed.sync();
  const out: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    const item = sub.take();
    if (item) {
      out.push(item.event.id);
      continue;
    }
    if (feed.fromRing(sub.position, 1) === null) {
      await sub.wait();
      continue;
    }
    break;
  }
  return out;
}

describe("event ids", () => {
  it("message event ids - are deterministic UUID-shaped SHA-256 of the trimmed id", () => {
    expect(messageEventId("m1")).toBe("evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd");
    expect(messageEventId(" msg_1 ")).toBe("evt_116b88f1-7300-4be5-a05d-f2a87105f095");
  });

  it("random event ids - are evt_ plus a v4 uuid", () => {
    expect(newEventId()).toMatch(/^evt_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("gap ids - are evt_gap_ plus the SHA-256 hex of the cursor", () => {
    expect(replayGapEventId("abc")).toBe("evt_gap_ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("EventFeed", () => {
  it("no cursor - delivers events committed after subscribing only", async () => {
    const { feed, publish } = setup();
    publish(ev("e1"));
    const sub = await feed.subscribe();
    publish(ev("e2"));
    expect(await drain(feed, sub)).toEqual(["e2"]);
    feed.close();
  });

  it("known cursor - replays what followed it, then live, each once and in order", async () => {
    const { feed, publish } = setup();
    for (const id of ["e1", "e2", "e3"]) publish(ev(id));
    const sub = await feed.subscribe("e1");
    publish(ev("e4"));
    expect(await drain(feed, sub)).toEqual(["e2", "e3", "e4"]);
    publish(ev("e5"));
    expect(await drain(feed, sub)).toEqual(["e5"]);
    feed.close();
  });

  it("newest cursor - replays nothing", async () => {
    const { feed, publish } = setup();
    for (const id of ["e1", "e2"]) publish(ev(id));
    expect(await drain(feed, await feed.subscribe("e2"))).toEqual([]);
    feed.close();
  });

  it("unknown cursor - a replay gap naming the cursor and the log's bounds, then everything retained", async () => {
    const { feed, publish } = setup();
    for (const id of ["e1", "e2"]) publish(ev(id));
    const sub = await feed.subscribe("lost");
    const first = sub.take()!;
    expect(first.event).toEqual({
      id: replayGapEventId("lost"),
      type: "stream.replay_gap",
      network_id: "net-x",
      replay_gap: { requested_event_id: "lost", oldest_event_id: "e1", newest_event_id: "e2" },
      created_at: first.event.created_at,
    });
    expect(await drain(feed, sub)).toEqual(["e1", "e2"]);
    feed.close();
  });

  it("evt_gap_ cursor - replays everything retained without a new gap", async () => {
    const { feed, publish } = setup();
    for (const id of ["e1", "e2"]) publish(ev(id));
    expect(await drain(feed, await feed.subscribe(replayGapEventId("old")))).toEqual(["e1", "e2"]);
    feed.close();
  });

  it("empty log - replays nothing whatever the cursor", async () => {
    const { feed } = setup();
    expect(await drain(feed, await feed.subscribe("anything"))).toEqual([]);
    feed.close();
  });

  it("a long replay - pages through the store past the ring, in order, nothing lost", async () => {
    const { feed, publish } = setup();
    const n = RING_SIZE * 3 + 17;
    for (let i = 0; i < n; i++) publish(ev(`e${i}`));
    const got = await drain(feed, await feed.subscribe("e0"));
    expect(got).toHaveLength(n - 1);
    expect(got[0]).toBe("e1");
    expect(got.at(-1)).toBe(`e${n - 1}`);
    feed.close();
  });

  it("a slow subscriber - falls behind without losing anything and catches up from the store", async () => {
    const { feed, publish } = setup();
    const sub = await feed.subscribe();
    const n = RING_SIZE * 3;
    for (let i = 0; i < n; i++) publish(ev(`e${i}`));
    await feed.sync();
    expect(feed.maxLag()).toBe(n);
    const got = await drain(feed, sub);
    expect(got).toEqual(Array.from({ length: n }, (_, i) => `e${i}`));
    expect(feed.maxLag()).toBe(0);
    feed.close();
  });

  it("pruned under a cursor - a gap where events were pruned, then the oldest retained", async () => {
    let now = 1_000_000;
    const { feed, publish, log } = setup(true, () => now);
    const total = PRUNE_BATCH + 10;
    for (let i = 0; i < total; i++) publish(ev(`e${i}`));
    const sub = await feed.subscribe("e3");
    now += 1;
    expect(await log.prune({ maxAgeMs: 10 ** 9, maxCount: 5 })).toBe(total - 5);
    const got = await drain(feed, sub);
    expect(got[0]).toBe(replayGapEventId("e3"));
    expect(got.slice(1)).toEqual(Array.from({ length: 5 }, (_, i) => `e${total - 5 + i}`));
    // A cursor that was pruned is unknown now: today's rule, gap then everything retained.
    expect((await drain(feed, await feed.subscribe("e3")))[1]).toBe(`e${total - 5}`);
    feed.close();
  });

  it("retention by age - prunes old events but always keeps the newest", async () => {
    let now = 0;
    const { publish, log } = setup(true, () => now);
    publish(ev("old1"), ev("old2"));
    now = 10_000;
    expect(await log.prune({ maxAgeMs: 1000, maxCount: 100 })).toBe(1);
    expect((await log.bounds())?.oldest.id).toBe("old2");
    publish(ev("new"));
    expect(await log.prune({ maxAgeMs: 1000, maxCount: 100 })).toBe(1);
    expect((await log.read(0, 10)).map((e) => [e.position, e.id])).toEqual([[3, "new"]]);
  });

  it("direct messages disabled - DM events are withheld live and on replay", async () => {
    const { feed, publish } = setup(false);
    publish(ev("r1"));
    publish(ev("d1", { type: "dm.created", dm: { id: "dm1" } }));
    publish(ev("m1", { type: "message.created", message: { id: "x", target: { kind: "dm", dm_id: "dm1" } } }));
    publish(ev("m2", { type: "message.created", message: { id: "y", target: { kind: "room", room_id: "r" } } }));
    const sub = await feed.subscribe("unknown-cursor");
    expect((await drain(feed, sub)).slice(1)).toEqual(["r1", "m2"]);
    publish(ev("d2", { type: "dm.created", dm: { id: "dm2" } }));
    expect(await drain(feed, sub)).toEqual([]);
    feed.close();
  });

  it("close - ends every subscription and next() resolves null", async () => {
    const { feed } = setup();
    const sub = await feed.subscribe();
    const pending = sub.next();
    feed.close();
    expect(await pending).toBeNull();
    expect(feed.subscriberCount).toBe(0);
  });
});
