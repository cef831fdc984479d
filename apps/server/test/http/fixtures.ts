// Request builders and answer checks shared by the HTTP cases.
import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { HttpClient, Reply } from "./client.js";

const STATUS_CODE: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "unprocessable_entity",
  429: "too_many_requests",
  502: "bad_gateway",
  503: "service_unavailable",
  507: "storage_full",
  405: "method_not_allowed",
  413: "payload_too_large",
};

/** Things a 5xx body must never show: SQL, stack frames, file paths, driver names. */
const LEAKS = [
  /select|insert|update|delete|from\s|where\s/i,
  /\bat\s+\S+\s*\(/,
  /\/(tmp|work|home|usr|var)\//,
  /\.(ts|js):\d+/,
  /postgres|sqlite|econn|errno/i,
  /\[store:/,
];

/** The `{code,error,request_id}` envelope (§5.1), exactly these keys in this order, with the status's code. */
export function expectEnvelope(reply: Reply, status: number, error?: string | RegExp): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get("content-type")).toMatch(/^application\/json/);
  expect(reply.text.endsWith("}\n"), "JSON bodies end with one newline").toBe(true);
  expect(Object.keys(reply.body ?? {}), reply.text).toEqual(["code", "error", "request_id"]);
  expect(reply.body.code).toBe(STATUS_CODE[status] ?? "internal_error");
  expect(reply.body.request_id).toBe(reply.headers.get("x-request-id"));
  if (error instanceof RegExp) expect(reply.body.error).toMatch(error);
  else if (error !== undefined) expect(reply.body.error).toBe(error);
  if (status >= 500) {
    expect(reply.body.error).toMatch(/^[a-z ]+$/);
    for (const leak of LEAKS) expect(reply.text, "a 5xx body shows nothing internal").not.toMatch(leak);
  }
}

/** A success answer: status, JSON content type, trailing newline. Returns the parsed body. */
export function expectOk(reply: Reply, status = 200): any {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get("content-type")).toMatch(/^application\/json/);
  expect(reply.text.endsWith("\n")).toBe(true);
  return reply.body;
}

/** The deterministic `message.created` event id (§1.3): evt_ + UUID-shaped SHA-256 of the trimmed id. */
export function messageEventId(messageId: string): string {
  const b = createHash("sha256").update(messageId.trim()).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString("hex");
  return `evt_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const textPart = (text: string) => ({ kind: "text", text });
export const agent = (id: string) => ({ type: "agent", id });

export function roomMessage(
  id: string,
  roomId: string,
  from = "alpha",
  parts: unknown[] = [textPart(`hello from ${id}`)],
) {
  return { id, target: { kind: "room", room_id: roomId }, from: agent(from), parts };
}

export function threadMessage(
  id: string,
  roomId: string,
  threadId: string,
  parent: string,
  from = "alpha",
  parts: unknown[] = [textPart(`reply ${id}`)],
) {
  return {
    id,
    target: { kind: "thread", room_id: roomId, thread_id: threadId, parent_message_id: parent },
    from: agent(from),
    parts,
  };
}

export function dmMessage(
  id: string,
  dmId: string,
  participants: string[],
  from = "alpha",
  parts: unknown[] = [textPart(`psst ${id}`)],
) {
  return { id, target: { kind: "dm", dm_id: dmId, participant_ids: participants }, from: agent(from), parts };
}

/** POST /v1/rooms, expecting 201. */
export async function createRoom(client: HttpClient, room: Record<string, unknown>, token?: string): Promise<any> {
  return expectOk(await client.post("/v1/rooms", room, { token }), 201);
}

/** POST /v1/messages, expecting 202; returns the MessageAccepted body. */
export async function send(client: HttpClient, message: Record<string, unknown>, token?: string): Promise<any> {
  return expectOk(await client.post("/v1/messages", message, { token }), 202);
}

/** Sends `count` room messages `<prefix>-1..count` in order; returns their ids. */
export async function sendMany(
  client: HttpClient,
  prefix: string,
  count: number,
  target: (id: string) => Record<string, unknown>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}-${i}`;
    await send(client, target(id));
    ids.push(id);
  }
  return ids;
}

/** The ids of a page's items under `key`. */
export const idsOf = (body: any, key: string): string[] => (body[key] as { id: string }[]).map((x) => x.id);
