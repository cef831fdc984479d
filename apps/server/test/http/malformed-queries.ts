// Generated malformed queries and path ids for every GET route with a query
// (§5.2): malformed, over-long, unknown and foreign cursors, both cursors,
// repeated parameters, junk limits alongside, ids with bad characters in the
// path. All are 4xx by the contract. A second list holds requests the
// contract answers 200 (junk limits alone, junk dm_id), which must never 500.
import fc from "fast-check";
import { badId, type MalformedRequest } from "./malformed-bodies.js";

export interface QueryFixture {
  roomId: string;
  threadId: string;
  dmId: string;
  /** A message id of the room (a cursor of the wrong kind for collections). */
  messageId: string;
  agentId: string;
  pairingId: string;
}

interface ListRoute {
  path: string;
  /** Extra fixed query (artifact filter). */
  fixed?: string;
  /** A well-formed cursor that exists elsewhere but not in this list. */
  foreign: string;
  /** Two valid cursors of this list. */
  own: [string, string];
}

export function listRoutes(f: QueryFixture): ListRoute[] {
  const art = `art_${f.messageId}_0`;
  return [
    { path: `/v1/rooms/${f.roomId}/messages`, foreign: f.roomId, own: [f.messageId, f.messageId] },
    { path: `/v1/threads/${f.threadId}/messages`, foreign: f.messageId, own: ["mf-t-1", "mf-t-1"] },
    { path: `/v1/dms/${f.dmId}/messages`, foreign: f.messageId, own: ["mf-d-1", "mf-d-1"] },
    { path: "/v1/rooms", foreign: f.messageId, own: [f.roomId, f.roomId] },
    { path: `/v1/rooms/${f.roomId}/threads`, foreign: f.roomId, own: [f.threadId, f.threadId] },
    { path: "/v1/dms", foreign: f.roomId, own: [f.dmId, f.dmId] },
    { path: "/v1/artifacts", fixed: `room_id=${f.roomId}`, foreign: f.messageId, own: [art, art] },
    { path: "/v1/agents", foreign: f.dmId, own: [f.agentId, f.agentId] },
    { path: "/v1/pairings", foreign: f.roomId, own: [f.pairingId, f.pairingId] },
  ];
}

const SEED = 77_2026;
/** Percent-encodes, turning lone surrogates into U+FFFD first (encodeURIComponent throws on them). */
const q = (value: string): string =>
  encodeURIComponent(
    value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
  );

const junkLimit = fc.constantFrom(
  "",
  "abc",
  "-1",
  "0",
  "1e3",
  "1.5",
  "99999999999999999999999",
  "%00",
  "%ZZ",
  "++1",
  "0x10",
  " 7",
  "٣",
);

/** Raw (already percent-encoded) cursor values that can never be a valid id. */
const rawBadCursors = [
  "%00",
  "%ZZ",
  "%C3%28",
  "%FF",
  "a%2Fb",
  "%E2%80%A8x",
  "-x",
  ".x",
  "x%20y",
  "%F0%9F%A6%80",
  "a".repeat(129),
  "b".repeat(5000),
];

export function malformedQueries(f: QueryFixture): { invalid: MalformedRequest[]; valid: MalformedRequest[] } {
  const invalid: MalformedRequest[] = [];
  const valid: MalformedRequest[] = [];
  const routes = listRoutes(f);
  routes.forEach((route, r) => {
    const url = (query: string) => `${route.path}?${[route.fixed, query].filter(Boolean).join("&")}`;
    const add = (label: string, query: string) =>
      invalid.push({ label: `GET ${route.path} ${label}`, method: "GET", path: url(query) });
    const limits = fc.sample(junkLimit, { seed: SEED + r, numRuns: 12 });
    const bad = fc.sample(badId, { seed: SEED + 100 + r, numRuns: 6 });
    bad.forEach((cursor, i) => {
      const dir = i % 2 === 0 ? "before" : "after";
      add(`${dir}=${JSON.stringify(cursor).slice(0, 30)}`, `${dir}=${q(cursor)}&limit=${limits[i]}`);
    });
    rawBadCursors.forEach((cursor, i) =>
      add(
        `raw cursor ${cursor.slice(0, 20)}`,
        `${i % 2 ? "after" : "before"}=${cursor}&limit=${limits[i % limits.length]}`,
      ),
    );
    add("unknown cursor", `after=mf-never-seen&limit=${limits[6]}`);
    add("foreign cursor", `before=${q(route.foreign)}&limit=${limits[7]}`);
    add("both cursors", `before=${q(route.own[0])}&after=${q(route.own[1])}`);
    add("both cursors, one blank-padded", `before=%20${q(route.own[0])}%20&after=x`);
    add("repeated before, the first malformed", `before=bad%20id&before=${q(route.own[0])}`);
    add("repeated after, the first unknown", `after=mf-never-seen&after=${q(route.own[0])}`);
    // Only junk limits: the contract answers 200 with the default page.
    for (const limit of limits.slice(0, 4)) {
      valid.push({ label: `GET ${route.path} limit=${limit}`, method: "GET", path: url(`limit=${limit}`) });
    }
  });
  // Artifacts: a cursor is checked before the missing filter; bad filter values.
  const artifact = (label: string, query: string) =>
    invalid.push({ label: `GET /v1/artifacts ${label}`, method: "GET", path: `/v1/artifacts?${query}` });
  artifact("no filter", "limit=5");
  artifact("blank filters", "room_id=%20&thread_id=&dm_id=%09");
  artifact("no filter, bad cursor", "before=%00");
  for (const id of fc.sample(badId, { seed: SEED + 999, numRuns: 4 })) {
    artifact(`room_id=${JSON.stringify(id).slice(0, 20)}`, `room_id=${q(id)}`);
    artifact(`thread_id=${JSON.stringify(id).slice(0, 20)}`, `thread_id=${q(id)}`);
    valid.push({
      label: `GET /v1/artifacts dm_id=${JSON.stringify(id).slice(0, 20)}`,
      method: "GET",
      path: `/v1/artifacts?dm_id=${q(id)}`,
    });
  }
  // Ids with bad characters in paths: unknown (404) or rejected (422), never 2xx.
  const pathIds = [
    ...fc.sample(badId, { seed: SEED + 500, numRuns: 5 }).map(q),
    "%00",
    "%FF",
    "%2F",
    "..%2F..",
    "%20",
    "a".repeat(3000),
    "%E2%80%A8",
  ];
  for (const id of pathIds) {
    for (const template of [
      "/v1/rooms/{}",
      "/v1/rooms/{}/messages",
      "/v1/rooms/{}/threads",
      "/v1/threads/{}",
      "/v1/threads/{}/messages",
      "/v1/dms/{}",
      "/v1/dms/{}/messages",
      "/v1/agents/{}",
    ]) {
      invalid.push({ label: `GET ${template} id=${id.slice(0, 20)}`, method: "GET", path: template.replace("{}", id) });
    }
    invalid.push({ label: `DELETE /v1/rooms id=${id.slice(0, 20)}`, method: "DELETE", path: `/v1/rooms/${id}` });
    invalid.push({ label: `DELETE /v1/agents id=${id.slice(0, 20)}`, method: "DELETE", path: `/v1/agents/${id}` });
    invalid.push({
      label: `PATCH /v1/rooms/{}/members id=${id.slice(0, 20)}`,
      method: "PATCH",
      path: `/v1/rooms/${id}/members`,
      body: '{"add":["mf-x"]}',
    });
  }
  return { invalid, valid };
}
