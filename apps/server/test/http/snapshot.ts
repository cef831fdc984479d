// A byte-level picture of everything a client can read: every list route and
// every item reachable from them, each answer kept as status + exact body.
// Two snapshots of the same data must be identical (restart persistence,
// "malformed input changes nothing").
import { expect } from "vitest";
import type { HttpClient } from "./client.js";

export type Snapshot = Map<string, string>;

const ALL = "limit=500";

export interface SnapshotOptions {
  /** Extra paths to include (e.g. answers for removed rooms). */
  extra?: string[];
  token?: string;
  /** Include DM routes (off when DMs are disabled). */
  dms?: boolean;
}

/**
 * Pairing statuses (and the network's warnings drawn from them) are each
 * server's live view of its remotes, checked after start, not stored data:
 * they are left out of the comparison.
 */
function liveless(path: string, text: string): string {
  const list = path === "/v1/pairings" || path.startsWith("/v1/pairings?");
  const network = path === "/v1/network" || path.startsWith("/v1/network?");
  if (!list && !network) return text;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  if (network && body && typeof body === "object") delete body.warnings;
  if (list && Array.isArray(body?.pairings))
    for (const p of body.pairings) {
      delete p.status;
      delete p.diagnostics;
    }
  return JSON.stringify(body);
}

/** Reads every GET answer reachable from the lists. A fixed X-Request-Id keeps even error bodies stable. */
export async function takeSnapshot(client: HttpClient, options: SnapshotOptions = {}): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  const read = async (path: string): Promise<any> => {
    if (snap.has(path)) return undefined;
    const reply = await client.get(path, { token: options.token, headers: { "X-Request-Id": "snapshot" } });
    snap.set(path, `${reply.status} ${liveless(path, reply.text)}`);
    return reply.body;
  };
  const idsIn = (body: any, key: string): string[] => ((body?.[key] ?? []) as { id: string }[]).map((x) => x.id);

  await read("/v1/network");
  await read(`/v1/pairings?${ALL}`);
  const rooms = idsIn(await read(`/v1/rooms?${ALL}`), "rooms");
  for (const room of rooms) {
    const r = encodeURIComponent(room);
    await read(`/v1/rooms/${r}`);
    await read(`/v1/rooms/${r}/messages?${ALL}`);
    await read(`/v1/artifacts?room_id=${r}&${ALL}`);
    for (const thread of idsIn(await read(`/v1/rooms/${r}/threads?${ALL}`), "threads")) {
      const t = encodeURIComponent(thread);
      await read(`/v1/threads/${t}`);
      await read(`/v1/threads/${t}/messages?${ALL}`);
      await read(`/v1/artifacts?thread_id=${t}&${ALL}`);
    }
  }
  if (options.dms !== false) {
    for (const dm of idsIn(await read(`/v1/dms?${ALL}`), "dms")) {
      const d = encodeURIComponent(dm);
      await read(`/v1/dms/${d}`);
      await read(`/v1/dms/${d}/messages?${ALL}`);
      await read(`/v1/artifacts?dm_id=${d}&${ALL}`);
    }
  }
  for (const agent of idsIn(await read(`/v1/agents?${ALL}`), "agents"))
    await read(`/v1/agents/${encodeURIComponent(agent)}`);
  // A few small pages, so paging metadata is compared too.
  for (const path of ["/v1/rooms?limit=2", "/v1/agents?limit=2", ...(options.dms === false ? [] : ["/v1/dms?limit=2"])])
    await read(path);
  for (const path of options.extra ?? []) await read(path);
  return snap;
}

/** Expects two snapshots to hold the same paths with byte-identical answers, reporting the first differences. */
export function expectSameSnapshot(after: Snapshot, before: Snapshot): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const diffs: string[] = [];
  for (const [path, text] of before) {
    if (after.get(path) !== text)
      diffs.push(`${path}\n  before: ${text.slice(0, 400)}\n  after:  ${(after.get(path) ?? "").slice(0, 400)}`);
  }
  expect(diffs.slice(0, 5).join("\n"), `${diffs.length} answers differ`).toBe("");
}
