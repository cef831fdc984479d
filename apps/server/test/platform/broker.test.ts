import { describe, expect, it } from "vitest";
import { MonotonicClock } from "@moltnet/store";
import type { MoltnetEvent } from "../../src/context.js";
import { EventBroker, messageEventId, newEventId, replayGapEventId } from "../../src/events/index.js";

const clock = new MonotonicClock();
const ev = (id: string, extra: Partial<MoltnetEvent> = {}): MoltnetEvent => ({ id, type: "room.created", network_id: "local", created_at: clock.now(), ...extra });
const broker = (directMessages = true, onDrop?: () => void) => new EventBroker({ directMessages, now: () => clock.now(), onDrop });
const drain = (sub: { take(): MoltnetEvent | undefined }) => {
  const out: string[] = [];
  for (let e = sub.take(); e; e = sub.take()) out.push(e.id);
  return out;
};

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

describe("EventBroker", () => {
  it("no cursor - delivers live events only", () => {
    const b = broker();
    b.publish(ev("e1"));
    const sub = b.subscribe();
    b.publish(ev("e2"));
    expect(drain(sub)).toEqual(["e2"]);
  });

  it("known cursor - replays what followed it, then live", () => {
    const b = broker();
    for (const id of ["e1", "e2", "e3"]) b.publish(ev(id));
    const sub = b.subscribe("e1");
    b.publish(ev("e4"));
    expect(drain(sub)).toEqual(["e2", "e3", "e4"]);
  });

  it("newest cursor - replays nothing", () => {
    const b = broker();
    for (const id of ["e1", "e2"]) b.publish(ev(id));
    expect(drain(b.subscribe("e2"))).toEqual([]);
  });

  it("unknown cursor - sends a replay gap, then the whole buffer", () => {
    const b = broker();
    for (const id of ["e1", "e2"]) b.publish(ev(id, { network_id: "net-x" }));
    const sub = b.subscribe("lost");
    const gap = sub.take()!;
    expect(gap).toMatchObject({
      id: replayGapEventId("lost"),
      type: "stream.replay_gap",
      network_id: "net-x",
      replay_gap: { requested_event_id: "lost", oldest_event_id: "e1", newest_event_id: "e2" },
    });
    expect(drain(sub)).toEqual(["e1", "e2"]);
  });

  it("evt_gap_ cursor - replays the whole buffer without a new gap", () => {
    const b = broker();
    for (const id of ["e1", "e2"]) b.publish(ev(id));
    expect(drain(b.subscribe(replayGapEventId("old")))).toEqual(["e1", "e2"]);
  });

  it("empty buffer - replays nothing whatever the cursor", () => {
    expect(drain(broker().subscribe("anything"))).toEqual([]);
  });

  it("history - keeps the last 256 events; evicted cursors become gaps", () => {
    const b = broker();
    for (let i = 0; i < 300; i++) b.publish(ev(`e${i}`));
    expect(b.history()).toHaveLength(256);
    expect(b.history()[0]!.id).toBe("e44");
    expect(drain(b.subscribe("e298"))).toEqual(["e299"]);
    const evicted = drain(b.subscribe("e10"));
    expect(evicted[0]).toBe(replayGapEventId("e10"));
    expect(evicted).toHaveLength(257);
  });

  it("slow subscribers - lose events beyond their queue and each drop is counted", () => {
    let drops = 0;
    const b = broker(true, () => drops++);
    const sub = b.subscribe();
    for (let i = 0; i < 300; i++) b.publish(ev(`e${i}`));
    expect(drain(sub)).toHaveLength(256);
    expect(drops).toBe(44);
  });

  it("direct messages disabled - DM events are withheld live and on replay", () => {
    const b = broker(false);
    b.publish(ev("r1"));
    b.publish(ev("d1", { type: "dm.created", dm: { id: "dm1" } }));
    b.publish(ev("m1", { type: "message.created", message: { id: "x", target: { kind: "dm", dm_id: "dm1" } } }));
    b.publish(ev("m2", { type: "message.created", message: { id: "y", target: { kind: "room", room_id: "r" } } }));
    const sub = b.subscribe("unknown-cursor");
    expect(drain(sub).slice(1)).toEqual(["r1", "m2"]);
    b.publish(ev("d2", { type: "dm.created", dm: { id: "dm2" } }));
    expect(drain(sub)).toEqual([]);
  });

  it("close - ends every subscription and next() resolves null", async () => {
    const b = broker();
    const sub = b.subscribe();
    const pending = sub.next();
    b.close();
    expect(await pending).toBeNull();
    expect(b.subscriberCount).toBe(0);
  });
});
