// Concurrent writers on separate connections: idempotency and lazy creation
// hold under races, not just one call at a time.
import { afterEach, describe, expect, test } from "vitest";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import { compareTime } from "../../src/time.js";
import type { AppendResult, Store } from "../../src/store.js";
import {
  at,
  dmTarget,
  filePart,
  message,
  registration,
  room,
  roomTarget,
  sender,
  threadTarget,
} from "../fixtures/records.js";
import { openFreshStore, type OpenedStore } from "./helpers.js";

const WRITERS = 8;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

/** One store per writer, each with a single connection: eight real sessions racing. */
async function writers(): Promise<{ main: OpenedStore; stores: Store[] }> {
  const main = await openFreshStore();
  cleanups.push(() => main.cleanup());
  const stores = await Promise.all(
    Array.from({ length: WRITERS }, () =>
      openPostgresStore({ kind: "postgres", dsn: main.database.dsn, maxConnections: 1 }),
    ),
  );
  cleanups.push(async () => {
    await Promise.all(stores.map((s) => s.close()));
  });
  // Warm every connection so the appends below start together instead of queueing on connects.
  await Promise.all(stores.map((s) => s.health()));
  return { main, stores };
}

function counts(results: AppendResult[]) {
  return {
    appended: results.filter((r) => r.status === "appended").length,
    duplicate: results.filter((r) => r.status === "duplicate").length,
    createdThreads: results.filter((r) => r.status === "appended" && r.createdThread).length,
    createdDms: results.filter((r) => r.status === "appended" && r.createdDm).length,
  };
}

describe("postgres concurrent appends", () => {
  test("append - the same id from 8 connections stores exactly one message and creates its thread once", async () => {
    const { main, stores } = await writers();
    await main.store.createRoom(room("r1"));
    const results = await Promise.all(
      stores.map((s, i) =>
        s.appendMessage(
          message("same-id", threadTarget("r1", "t1", "root"), {
            parts: [{ kind: "text", text: `writer ${i}` }, filePart(`f${i}.pdf`)],
            created_at: at(10, i),
          }),
        ),
      ),
    );
    expect(counts(results)).toEqual({ appended: 1, duplicate: WRITERS - 1, createdThreads: 1, createdDms: 0 });

    const thread = await main.store.getThread("t1");
    expect(thread?.message_count).toBe(1);
    const history = await main.store.listMessages({ kind: "thread", threadId: "t1" }, { limit: 100 });
    expect(history.items.map((m) => m.id)).toEqual(["same-id"]);
    const artifacts = await main.store.listArtifacts({ threadId: "t1" }, { limit: 100 });
    expect(artifacts.items.map((a) => a.id)).toEqual(["art_same-id_1"]);
    // The kept message is the winner's, whole: its text and its artifact agree.
    const winner = history.items[0]!.parts[0]!.text!.replace("writer ", "");
    expect(artifacts.items[0]?.filename).toBe(`f${winner}.pdf`);
    const [stored] = await main.raw<{ n: number }[]>`select count(*)::int as n from messages`;
    expect(stored?.n).toBe(1);
  });

  test("append - 8 first messages racing into one new thread create it once with the right count", async () => {
    const { main, stores } = await writers();
    await main.store.createRoom(room("r1"));
    const results = await Promise.all(
      stores.map((s, i) =>
        s.appendMessage(message(`m${i}`, threadTarget("r1", "t-new", "root"), { created_at: at(20, i) })),
      ),
    );
    expect(counts(results)).toEqual({ appended: WRITERS, duplicate: 0, createdThreads: 1, createdDms: 0 });
    const created = results.find((r) => r.status === "appended" && r.createdThread);
    expect(created?.status === "appended" && created.createdThread?.message_count).toBe(1);

    const thread = await main.store.getThread("t-new");
    expect(thread).toMatchObject({ id: "t-new", room_id: "r1", parent_message_id: "root", message_count: WRITERS });
    const listed = await main.store.listThreads("r1", { limit: 10 });
    expect(listed.items.map((t) => t.id)).toEqual(["t-new"]);
    const history = await main.store.listMessages({ kind: "thread", threadId: "t-new" }, { limit: 100 });
    expect(history.items).toHaveLength(WRITERS);
  });

  test("append - 8 first messages racing into one new DM create it once with every sender as participant", async () => {
    const { main, stores } = await writers();
    const results = await Promise.all(
      stores.map((s, i) =>
        s.appendMessage(
          message(`d${i}`, dmTarget("dm-new", ["alpha", "beta"]), { from: sender(`s${i}`), created_at: at(30, i) }),
        ),
      ),
    );
    expect(counts(results)).toEqual({ appended: WRITERS, duplicate: 0, createdThreads: 0, createdDms: 1 });
    const dm = await main.store.getDirectConversation("dm-new");
    expect(dm?.message_count).toBe(WRITERS);
    expect(dm?.participant_ids).toEqual(["alpha", "beta", ...Array.from({ length: WRITERS }, (_, i) => `s${i}`)]);
  });

  test("registerAgent - 8 racing first registrations of one id keep one record", async () => {
    const { main, stores } = await writers();
    const results = await Promise.all(
      stores.map((s, i) =>
        s.registerAgent(
          registration("racer", { display_name: `Racer ${i}`, created_at: at(40), updated_at: at(40, i) }),
        ),
      ),
    );
    expect(results.every((r) => r.agent_id === "racer" && r.credential_key === "token:racer")).toBe(true);
    const all = await main.store.listRegisteredAgents();
    expect(all.map((a) => a.agent_id)).toEqual(["racer"]);
    const [stored] = await main.raw<{ n: number }[]>`select count(*)::int as n from agents`;
    expect(stored?.n).toBe(1);
  });

  test("append - room messages from 8 connections all land, in (created_at, id) order", async () => {
    const { main, stores } = await writers();
    await main.store.createRoom(room("busy"));
    await Promise.all(
      stores.map(async (s, w) => {
        for (let i = 0; i < 10; i++)
          await s.appendMessage(message(`w${w}-${i}`, roomTarget("busy"), { created_at: at(50 + i, w) }));
      }),
    );
    const all = await main.store.listMessages({ kind: "room", roomId: "busy" }, { limit: 500 });
    expect(all.items).toHaveLength(WRITERS * 10);
    const expected = [...all.items].sort((a, b) => compareTime(a.created_at, b.created_at) || (a.id < b.id ? -1 : 1));
    expect(all.items.map((m) => m.id)).toEqual(expected.map((m) => m.id));
  });
});
