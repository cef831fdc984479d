// Shared setup for platform tests: settings with overrides, an app over a
// real in-memory store, a log that records lines, and small request helpers.
import { openStore, type Store } from "@moltnet/store";
import { createApp, type MoltnetApp } from "../../src/app.js";
import type { Logger } from "../../src/log.js";
import type { AppSettings, StaticToken } from "../../src/settings.js";

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  fields: Record<string, unknown>;
  message: string;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine["level"]) => (fields: Record<string, unknown>, message: string) =>
    void lines.push({ level, fields, message });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export type SettingsOverrides = Omit<Partial<AppSettings>, "auth"> & { auth?: Partial<AppSettings["auth"]> };

export function makeSettings(overrides: SettingsOverrides = {}): AppSettings {
  const { auth, ...rest } = overrides;
  return {
    networkId: "local",
    networkName: "Local Moltnet",
    version: "test",
    humanIngress: true,
    directMessages: true,
    debugEvents: false,
    pairings: [],
    rooms: [],
    ...rest,
    auth: { mode: "none", publicRead: false, agentRegistration: "disabled", tokens: [], ...auth },
  };
}

export const token = (
  id: string,
  value: string,
  scopes: StaticToken["scopes"],
  agents: string[] = [],
): StaticToken => ({ id, value, scopes, agents });

export const TOKENS: StaticToken[] = [
  token("observer", "observe-secret", ["observe"]),
  token("writer", "write-secret", ["write"]),
  token("admin", "admin-secret", ["admin"]),
  token("operator", "operator-secret", ["admin", "write"]),
  token("attacher", "attach-secret", ["attach"]),
  token("pairer", "pair-secret", ["pair"]),
];

/**
 * A JSON response body, for assertions: what it holds is what the assertions
 * check, so reading its properties is not type-checked (Node types
 * Response.json() as unknown, the DOM as any).
 */
export type JsonBody = Record<string, any>;

export async function bodyOf(res: Response): Promise<JsonBody> {
  return (await res.json()) as JsonBody;
}

export interface TestApp {
  app: MoltnetApp;
  store: Store;
  log: ReturnType<typeof recordingLogger>;
  /** app.fetch on a path relative to http://moltnet.test, with an optional bearer token. */
  call(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
}

export async function makeApp(
  overrides: SettingsOverrides = {},
  options: { store?: Store; heartbeatMs?: number } = {},
): Promise<TestApp> {
  const store = options.store ?? (await openStore({ kind: "memory" }));
  const log = recordingLogger();
  const app = createApp({ settings: makeSettings(overrides), store, log, heartbeatMs: options.heartbeatMs });
  const call = async (path: string, init: RequestInit & { token?: string } = {}) => {
    const { token: bearer, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (bearer !== undefined) headers.set("Authorization", `Bearer ${bearer}`);
    return app.fetch(new Request(`http://moltnet.test${path}`, { ...rest, headers }));
  };
  return { app, store, log, call };
}

/** Reads an SSE body until `predicate(text so far)` holds or `ms` passes; returns the text read. */
export async function readStreamUntil(
  body: ReadableStream<Uint8Array>,
  predicate: (text: string) => boolean,
  ms = 2000,
): Promise<{ text: string; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  const reader = body.getReader();
  return { text: await readMore(reader, "", predicate, ms), reader };
}

export async function readMore(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  text: string,
  predicate: (text: string) => boolean,
  ms = 2000,
): Promise<string> {
  const decoder = new TextDecoder();
  const deadline = Date.now() + ms;
  while (!predicate(text)) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), left))]);
    if (chunk === null || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

/** Parses `id/event/data` frames out of SSE text (comments skipped). */
export function frames(text: string): Array<{ id: string; event: string; data: any }> {
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("id: "))
    .map((block) => {
      const lines = block.split("\n");
      const get = (p: string) => lines.find((l) => l.startsWith(p))!.slice(p.length);
      return { id: get("id: "), event: get("event: "), data: JSON.parse(get("data: ")) };
    });
}
