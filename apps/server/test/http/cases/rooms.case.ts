// Rooms over real HTTP (§5.5, §2.5): create, read, list, members, soft delete.
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import { createRoom, expectEnvelope, expectOk, roomMessage, send, threadMessage } from "../fixtures.js";
import { checkCollectionPaging } from "../paging.js";

export function roomCases(s: Suite): void {
  s.it("POST /v1/rooms - creates the room (201) normalized, without access", async () => {
    const reply = await s.server.post("/v1/rooms", {
      id: " rm-create ",
      name: "  Create Room ",
      members: ["zeta", " alpha", "zeta", ""],
      visibility: "public",
    });
    const room = expectOk(reply, 201);
    expect(Object.keys(room)).toEqual([
      "id",
      "network_id",
      "fqid",
      "name",
      "members",
      "visibility",
      "write_policy",
      "created_at",
    ]);
    expect(room).toMatchObject({
      id: "rm-create",
      network_id: "local",
      fqid: "molt://local/rooms/rm-create",
      name: "Create Room",
      members: ["alpha", "zeta"],
      visibility: "public",
      write_policy: "members",
    });
    expect(room.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

    const blankName = await createRoom(s.server, { id: "rm-create-2" });
    expect(blankName).toMatchObject({ name: "rm-create-2", visibility: "private", write_policy: "members" });
    expect(blankName.members).toBeUndefined();
  });

  s.it("POST /v1/rooms - a taken id is 409, invalid fields are 422, a broken body is 400", async () => {
    await createRoom(s.server, { id: "rm-taken" });
    expectEnvelope(await s.server.post("/v1/rooms", { id: "rm-taken" }), 409, 'room "rm-taken" already exists');
    expectEnvelope(await s.server.post("/v1/rooms", { id: "  " }), 422, "room id is required");
    expectEnvelope(
      await s.server.post("/v1/rooms", { id: "bad id" }),
      422,
      "room id id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
    );
    expectEnvelope(
      await s.server.post("/v1/rooms", { id: "x".repeat(129) }),
      422,
      "room id id must be 128 characters or fewer",
    );
    expectEnvelope(
      await s.server.post("/v1/rooms", { id: "rm-v", visibility: "secret" }),
      422,
      'unsupported room visibility "secret"',
    );
    expectEnvelope(
      await s.server.post("/v1/rooms", { id: "rm-w", write_policy: "all" }),
      422,
      'unsupported room write_policy "all"',
    );
    expectEnvelope(await s.server.post("/v1/rooms", { id: "rm-m", members: ["ok", "not ok"] }), 422, /^members\[1\] /);
    expectEnvelope(await s.server.post("/v1/rooms", '{"id": 7}'), 400);
    expectEnvelope(await s.server.post("/v1/rooms", ""), 400, "EOF");
    expectEnvelope(await s.server.get("/v1/rooms/rm-v"), 404, 'unknown room "rm-v"');
  });

  s.it("GET /v1/rooms/{id} - answers the room with its access; an unknown room is 404", async () => {
    await createRoom(s.server, { id: "rm-get", members: ["alpha"], write_policy: "operators" });
    const room = expectOk(await s.server.get("/v1/rooms/rm-get"));
    expect(room).toMatchObject({ id: "rm-get", members: ["alpha"], write_policy: "operators" });
    expect(room.access).toEqual({ can_read: true, can_write: true, reason: "private/operators-write" });
    expect(Object.keys(room).at(-2)).toBe("access");
    expectEnvelope(await s.server.get("/v1/rooms/rm-nope"), 404, 'unknown room "rm-nope"');
  });

  s.it("PATCH /v1/rooms/{id}/members - adds and removes (remove wins), 404 unknown room, 422 bad member", async () => {
    await createRoom(s.server, { id: "rm-members", members: ["alpha", "beta"] });
    const updated = expectOk(
      await s.server.patch("/v1/rooms/rm-members/members", {
        add: ["gamma", " delta ", "beta"],
        remove: ["alpha", "delta"],
      }),
    );
    expect(updated.members).toEqual(["beta", "gamma"]);
    expect(updated.access).toBeUndefined();
    expect(expectOk(await s.server.get("/v1/rooms/rm-members")).members).toEqual(["beta", "gamma"]);
    expectEnvelope(await s.server.patch("/v1/rooms/rm-ghost/members", { add: ["x"] }), 404, 'unknown room "rm-ghost"');
    expectEnvelope(await s.server.patch("/v1/rooms/rm-members/members", { add: ["ok", "no way"] }), 422, /^add\[1\] /);
    expectEnvelope(await s.server.patch("/v1/rooms/rm-members/members", { remove: ["bad/id"] }), 422, /^remove\[0\] /);
    expectEnvelope(await s.server.patch("/v1/rooms/rm-members/members", { add: "gamma" }), 400);
    expect(expectOk(await s.server.get("/v1/rooms/rm-members")).members).toEqual(["beta", "gamma"]);
  });

  s.it(
    "DELETE /v1/rooms/{id} - soft delete hides the room everywhere, keeps thread artifacts, reserves the id",
    async () => {
      const srv = s.server;
      await createRoom(srv, { id: "rm-gone", members: ["alpha", "omega-only"] });
      await send(srv, roomMessage("rm-gone-m1", "rm-gone"));
      await send(
        srv,
        threadMessage("rm-gone-t1-m1", "rm-gone", "rm-gone-t1", "rm-gone-m1", "alpha", [
          { kind: "url", url: "https://example.test/a" },
        ]),
      );
      expect(expectOk(await srv.get("/v1/agents/omega-only")).rooms).toEqual(["rm-gone"]);

      expect(expectOk(await srv.del("/v1/rooms/rm-gone"))).toEqual({
        removed: true,
        kind: "room",
        id: "rm-gone",
        mode: "soft",
      });

      expectEnvelope(await srv.get("/v1/rooms/rm-gone"), 404, 'unknown room "rm-gone"');
      expectEnvelope(await srv.get("/v1/rooms/rm-gone/messages"), 404, 'unknown room "rm-gone"');
      expectEnvelope(await srv.get("/v1/rooms/rm-gone/threads"), 404, 'unknown room "rm-gone"');
      expectEnvelope(await srv.get("/v1/threads/rm-gone-t1"), 404, 'unknown room "rm-gone"');
      expectEnvelope(await srv.get("/v1/threads/rm-gone-t1/messages"), 404, 'unknown room "rm-gone"');
      expectEnvelope(
        await srv.post("/v1/messages", roomMessage("rm-gone-m2", "rm-gone")),
        404,
        'unknown room "rm-gone"',
      );
      expectEnvelope(
        await srv.post("/v1/messages", threadMessage("rm-gone-t1-m2", "rm-gone", "rm-gone-t1", "rm-gone-m1")),
        404,
        'unknown room "rm-gone"',
      );
      expectEnvelope(await srv.get("/v1/artifacts?room_id=rm-gone"), 404, 'unknown room "rm-gone"');
      expect(idsOfArtifacts(expectOk(await srv.get("/v1/artifacts?thread_id=rm-gone-t1")))).toEqual([
        "art_rm-gone-t1-m1_0",
      ]);
      const rooms = expectOk(await srv.get("/v1/rooms?limit=500")).rooms as { id: string }[];
      expect(rooms.map((r) => r.id)).not.toContain("rm-gone");
      expectEnvelope(await srv.get("/v1/agents/omega-only"), 404, 'unknown agent "omega-only"');

      expectEnvelope(await srv.post("/v1/rooms", { id: "rm-gone" }), 409, 'room "rm-gone" already exists');
      expectEnvelope(await srv.del("/v1/rooms/rm-gone"), 404, 'unknown room "rm-gone"');
      expectEnvelope(await srv.del("/v1/rooms/bad%20id"), 422, "room id is required");
      expectEnvelope(await srv.patch("/v1/rooms/rm-gone/members", { add: ["x"] }), 404, 'unknown room "rm-gone"');
    },
  );

  s.it(
    "GET /v1/rooms - ids sort bytewise (digits, punctuation, upper before lower case) on every backend",
    async () => {
      const ids = ["cl-a", "cl-B", "cl-ab", "cl-a.b", "cl-a-c", "cl-a:z", "cl-9", "cl-Z"];
      for (const id of ids) await createRoom(s.server, { id });
      const listed = (expectOk(await s.server.get("/v1/rooms?limit=500")).rooms as { id: string }[])
        .map((r) => r.id)
        .filter((id) => id.startsWith("cl-"));
      expect(listed).toEqual(["cl-9", "cl-B", "cl-Z", "cl-a", "cl-a-c", "cl-a.b", "cl-a:z", "cl-ab"]);
      const page = expectOk(await s.server.get("/v1/rooms?limit=2&after=cl-Z"));
      expect(page.rooms.map((r: { id: string }) => r.id)).toEqual(["cl-a", "cl-a-c"]);
    },
  );

  s.it("GET /v1/rooms - collection pages by id with has_more, next_after and next_before on both cursors", async () => {
    for (const id of ["rm-page-a", "rm-page-b", "rm-page-c", "rm-page-d"])
      await createRoom(s.server, { id, members: ["pager"] });
    const all = await checkCollectionPaging(s.server, "/v1/rooms", "rooms", 2);
    expect(all).toEqual(expect.arrayContaining(["rm-page-a", "rm-page-b", "rm-page-c", "rm-page-d"]));
    const body = expectOk(await s.server.get("/v1/rooms?limit=1&after=rm-page-b"));
    expect(body.rooms[0].id).toBe("rm-page-c");
    expect(body.rooms[0].access).toEqual({ can_read: true, can_write: true, reason: "private/members-write" });
    // limit never fails: junk and non-positive values mean 100, large ones 500.
    for (const limit of ["abc", "0", "-3", "1.5", "99999999999999999999"]) {
      expect(expectOk(await s.server.get(`/v1/rooms?limit=${limit}`)).rooms.length).toBe(all.length);
    }
  });
}

const idsOfArtifacts = (body: any): string[] => (body.artifacts as { id: string }[]).map((a) => a.id);
