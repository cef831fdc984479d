// Ids order bytewise (as on every other backend) even in a database whose
// default collation sorts like a dictionary: ICU en-US puts "a-b" before "Zed"
// and "ärger" before "Zed", bytewise order does neither.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import postgres from "postgres";
import { adminDsn } from "../../../../tooling/test/postgres.js";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import { compareBytewise } from "../../src/participants.js";
import type { Store } from "../../src/store.js";
import { at, dmTarget, filePart, message, registration, room, roomTarget, threadTarget } from "../fixtures/records.js";

const IDS = ["Zed", "a-b", "a.b", "a1", "alpha", "zulu", "ärger"];
const BYTEWISE = [...IDS].sort(compareBytewise);

let store: Store | null = null;
let dropDatabase: (() => Promise<void>) | null = null;
let unsupported = "";

beforeAll(async () => {
  const name = `moltnet_icu_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminDsn(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`);
  } catch (err) {
    unsupported = `server cannot create an ICU database: ${(err as Error).message}`;
    return;
  } finally {
    await admin.end();
  }
  dropDatabase = async () => {
    const sql = postgres(adminDsn(), { max: 1, onnotice: () => {} });
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => sql.end());
  };
  const url = new URL(adminDsn());
  url.pathname = `/${name}`;
  store = await openPostgresStore({ kind: "postgres", dsn: url.toString() });
});

afterAll(async () => {
  await store?.close();
  await dropDatabase?.();
});

function s(): Store {
  if (!store) throw new Error(unsupported || "store not opened");
  return store;
}

describe("postgres bytewise id order under a dictionary collation", () => {
  test("collections - rooms, members, threads, DMs, participants and agents list bytewise", async (ctx) => {
    if (unsupported) ctx.skip();
    expect(BYTEWISE).not.toEqual([...IDS].sort((a, b) => a.localeCompare(b, "en-US")));
    for (const id of IDS) await s().createRoom(room(id, { members: IDS }));
    const rooms = await s().listRooms({ limit: 100 });
    expect(rooms.items.map((r) => r.id)).toEqual(BYTEWISE);
    expect(rooms.items[0]?.members).toEqual(BYTEWISE);
    expect((await s().getRoom("alpha"))?.members).toEqual(BYTEWISE);

    // Keyset pages walk the same order in both directions.
    const second = await s().listRooms({ limit: 2, after: BYTEWISE[1]! });
    expect(second.items.map((r) => r.id)).toEqual(BYTEWISE.slice(2, 4));
    const before = await s().listRooms({ limit: 2, before: BYTEWISE[4]! });
    expect(before.items.map((r) => r.id)).toEqual(BYTEWISE.slice(2, 4));

    for (const [i, id] of IDS.entries()) {
      await s().appendMessage(message(`t-${i}`, threadTarget("alpha", id), { created_at: at(i) }));
      await s().appendMessage(message(`d-${i}`, dmTarget(id, IDS), { created_at: at(100 + i) }));
      await s().registerAgent(registration(id));
    }
    expect((await s().listThreads("alpha", { limit: 100 })).items.map((t) => t.id)).toEqual(BYTEWISE);
    const dms = await s().listDirectConversations({ limit: 100 });
    expect(dms.items.map((d) => d.id)).toEqual(BYTEWISE);
    expect(dms.items[0]?.participant_ids).toEqual(BYTEWISE);
    expect((await s().listRegisteredAgents()).map((a) => a.agent_id)).toEqual(BYTEWISE);
    const memberships = await s().listMemberships();
    expect(memberships.slice(0, IDS.length).map((m) => m.member_id)).toEqual(Array(IDS.length).fill(BYTEWISE[0]));
    expect(memberships.slice(0, IDS.length).map((m) => m.room_id)).toEqual(BYTEWISE);
  });

  test("history - messages and artifacts created at the same instant order by id bytewise", async (ctx) => {
    if (unsupported) ctx.skip();
    await s().createRoom(room("ties"));
    const sameInstant = at(500, 42);
    for (const id of IDS)
      await s().appendMessage(
        message(id, roomTarget("ties"), { created_at: sameInstant, parts: [filePart(`${id}.pdf`)] }),
      );
    const page = await s().listMessages({ kind: "room", roomId: "ties" }, { limit: 100 });
    expect(page.items.map((m) => m.id)).toEqual(BYTEWISE);
    const older = await s().listMessages({ kind: "room", roomId: "ties" }, { limit: 2, before: BYTEWISE[4]! });
    expect(older.items.map((m) => m.id)).toEqual(BYTEWISE.slice(2, 4));
    const artifacts = await s().listArtifacts({ roomId: "ties" }, { limit: 100 });
    expect(artifacts.items.map((a) => a.message_id)).toEqual(BYTEWISE);
  });
});
