// Message histories over real HTTP (§2.8, §5.2): newest window first,
// ascending output, both cursor directions, the page edges, cursor errors.
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import { createRoom, dmMessage, expectEnvelope, expectOk, roomMessage, sendMany, threadMessage } from "../fixtures.js";
import { checkHistoryPaging } from "../paging.js";

export function historyCases(s: Suite): void {
  s.it("GET /v1/rooms/{id}/messages - pages with before and after, edges and walks over 7 messages", async () => {
    await createRoom(s.server, { id: "hist-room", members: ["alpha"] });
    const ids = await sendMany(s.server, "hist-r", 7, (id) => roomMessage(id, "hist-room"));
    await checkHistoryPaging(s.server, "/v1/rooms/hist-room/messages", "messages", ids, 3);
    // The edges by name: before the oldest and after the newest are empty, with nothing more.
    const oldest = expectOk(await s.server.get(`/v1/rooms/hist-room/messages?before=${ids[0]}`));
    expect(oldest).toEqual({ messages: [], page: { has_more: false } });
    const newest = expectOk(await s.server.get(`/v1/rooms/hist-room/messages?after=${ids[6]}`));
    expect(newest).toEqual({ messages: [], page: { has_more: false } });
    // created_at strictly increases in history order.
    const times = (
      expectOk(await s.server.get("/v1/rooms/hist-room/messages")).messages as { created_at: string }[]
    ).map((m) => Date.parse(m.created_at));
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
  });

  s.it("GET /v1/threads/{id}/messages - pages like a room history", async () => {
    await createRoom(s.server, { id: "hist-troom", members: ["alpha"] });
    const ids = await sendMany(s.server, "hist-t", 5, (id) => threadMessage(id, "hist-troom", "hist-thread", "root"));
    await checkHistoryPaging(s.server, "/v1/threads/hist-thread/messages", "messages", ids, 2);
    expect(expectOk(await s.server.get("/v1/rooms/hist-troom/messages")).messages).toEqual([]);
  });

  s.it("GET /v1/dms/{id}/messages - pages like a room history", async () => {
    const ids = await sendMany(s.server, "hist-d", 4, (id) => dmMessage(id, "hist-dm", ["alpha", "beta"]));
    await checkHistoryPaging(s.server, "/v1/dms/hist-dm/messages", "messages", ids, 3);
  });

  s.it("history - an empty conversation is [] and a limit larger than it returns everything", async () => {
    await createRoom(s.server, { id: "hist-empty" });
    expect(expectOk(await s.server.get("/v1/rooms/hist-empty/messages?limit=1000"))).toEqual({
      messages: [],
      page: { has_more: false },
    });
  });

  s.it(
    "history - cursor problems are 422: another conversation's id, unknown id, both cursors, malformed or too long",
    async () => {
      await createRoom(s.server, { id: "hist-cur-a", members: ["alpha"] });
      await createRoom(s.server, { id: "hist-cur-b", members: ["alpha"] });
      await sendMany(s.server, "hist-ca", 2, (id) => roomMessage(id, "hist-cur-a"));
      await sendMany(s.server, "hist-cb", 2, (id) => roomMessage(id, "hist-cur-b"));
      const srv = s.server;
      expectEnvelope(
        await srv.get("/v1/rooms/hist-cur-a/messages?before=hist-cb-1"),
        422,
        'invalid cursor "hist-cb-1"',
      );
      expectEnvelope(await srv.get("/v1/rooms/hist-cur-a/messages?after=hist-cb-2"), 422, 'invalid cursor "hist-cb-2"');
      expectEnvelope(
        await srv.get("/v1/rooms/hist-cur-a/messages?after=never-sent"),
        422,
        'invalid cursor "never-sent"',
      );
      expectEnvelope(
        await srv.get("/v1/rooms/hist-cur-a/messages?before=hist-ca-2&after=hist-ca-1"),
        422,
        "before and after cannot both be set",
      );
      expectEnvelope(
        await srv.get("/v1/rooms/hist-cur-a/messages?before=bad%20cursor"),
        422,
        "before id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
      );
      expectEnvelope(
        await srv.get(`/v1/rooms/hist-cur-a/messages?after=${"a".repeat(129)}`),
        422,
        "after id must be 128 characters or fewer",
      );
      // Cursor checks come before the room lookup.
      expectEnvelope(
        await srv.get("/v1/rooms/hist-nowhere/messages?before=bad%20cursor"),
        422,
        /^before id must match/,
      );
      expectEnvelope(
        await srv.get("/v1/rooms/hist-nowhere/messages?before=hist-ca-1"),
        404,
        'unknown room "hist-nowhere"',
      );
      // A cursor of the room is fine when trimmed.
      const trimmed = expectOk(await srv.get("/v1/rooms/hist-cur-a/messages?after=%20hist-ca-1%20"));
      expect(trimmed.messages.map((m: { id: string }) => m.id)).toEqual(["hist-ca-2"]);
      // Limits never fail.
      for (const limit of ["", "x", "0", "-1", "3.0", "501", "1e3"]) {
        expect(expectOk(await srv.get(`/v1/rooms/hist-cur-a/messages?limit=${limit}`)).messages).toHaveLength(2);
      }
    },
  );
}
