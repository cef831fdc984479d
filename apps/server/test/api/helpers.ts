// Shared setup for the domain API tests: an app over a real in-memory store,
// settings with overrides, a JSON request helper and the published events.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@moltnet/store";
import { createApp, type MoltnetApp } from "../../src/app.js";
import type { MoltnetEvent } from "../../src/context.js";
import { silentLogger } from "../../src/log.js";
import type { StaticToken } from "../../src/settings.js";
import { makeSettings, type SettingsOverrides } from "../platform/helpers.js";

/** The platform tests' settings builder: one definition of the test defaults. */
export const settingsWith = makeSettings;

export const staticToken = (id: string, scopes: StaticToken["scopes"], agents: string[] = []): StaticToken => ({
  id,
  value: `${id}-secret`,
  scopes,
  agents,
});

export interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export interface Api {
  app: MoltnetApp;
  store: Store;
  /** Events stored so far (the store's event log), oldest first. */
  events(): Promise<MoltnetEvent[]>;
  get(path: string, token?: string): Promise<Reply>;
  post(path: string, body: unknown, token?: string): Promise<Reply>;
  patch(path: string, body: unknown, token?: string): Promise<Reply>;
  del(path: string, token?: string): Promise<Reply>;
  /** A raw request (body sent as given). */
  send(method: string, path: string, rawBody?: string, token?: string): Promise<Reply>;
}

/**
 * The backing store: memory by default. `MOLTNET_API_TEST_STORE=sqlite` runs
 * the same tests over a fresh SQLite file (a quick local cross-check; the
 * cross-backend suite proper lives elsewhere).
 */
async function freshStore(): Promise<Store> {
  if (process.env.MOLTNET_API_TEST_STORE !== "sqlite") return openStore({ kind: "memory" });
  const dir = await mkdtemp(join(tmpdir(), "moltnet-api-"));
  return openStore({ kind: "sqlite", path: join(dir, "moltnet.db") });
}

export async function makeApi(overrides: SettingsOverrides = {}, store?: Store): Promise<Api> {
  const backing = store ?? (await freshStore());
  const app = createApp({ settings: settingsWith(overrides), store: backing, log: silentLogger });
  const send = async (method: string, path: string, rawBody?: string, token?: string): Promise<Reply> => {
    const headers = new Headers();
    if (token !== undefined) headers.set("Authorization", `Bearer ${token}`);
    const res = await app.fetch(new Request(`http://x${path}`, { method, headers, body: rawBody }));
    const text = await res.text();
    let body: any;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text, headers: res.headers };
  };
  return {
    app,
    store: backing,
    events: async () => (await backing.events.read(0, 1000)).map((e) => JSON.parse(e.data) as MoltnetEvent),
    get: (path, token) => send("GET", path, undefined, token),
    post: (path, body, token) => send("POST", path, JSON.stringify(body), token),
    patch: (path, body, token) => send("PATCH", path, JSON.stringify(body), token),
    del: (path, token) => send("DELETE", path, undefined, token),
    send,
  };
}

/** A room message from `from` (default `alpha`). */
export function roomMessage(
  roomId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    target: { kind: "room", room_id: roomId },
    from: { type: "agent", id: "alpha" },
    parts: [{ kind: "text", text }],
    ...extra,
  };
}

export function threadMessage(
  roomId: string,
  threadId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    target: { kind: "thread", room_id: roomId, thread_id: threadId },
    from: { type: "agent", id: "alpha" },
    parts: [{ kind: "text", text }],
    ...extra,
  };
}

export function dmMessage(
  dmId: string,
  participants: string[],
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    target: { kind: "dm", dm_id: dmId, participant_ids: participants },
    from: { type: "agent", id: "alpha" },
    parts: [{ kind: "text", text }],
    ...extra,
  };
}

/** Expects an error envelope and returns its message. */
export function errorOf(reply: Reply): { status: number; code: string; error: string } {
  return { status: reply.status, code: reply.body?.code, error: reply.body?.error };
}
