import { describe, expect, it } from "vitest";
import { errorOf, makeApi, roomMessage, staticToken, threadMessage } from "./helpers.js";

const ID_RULE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

describe("POST /v1/rooms", () => {
  it("create - normalizes the room and answers 201 without access", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/rooms", {
      id: "  general ",
      name: "  ",
      members: [" beta", "alpha", "", "beta", "local:gamma"],
      visibility: " public ",
      write_policy: " operators",
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: "general",
      network_id: "local",
      fqid: "molt://local/rooms/general",
      name: "general",
      members: ["alpha", "beta", "local:gamma"],
      visibility: "public",
      write_policy: "operators",
      created_at: expect.any(String),
    });
    expect(res.text.endsWith("}\n")).toBe(true);
  });

  it("create - defaults visibility to private and write policy to members, omits empty members", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/rooms", { id: "r1", name: " Room One " });
    expect(res.body).toMatchObject({ name: "Room One", visibility: "private", write_policy: "members" });
    expect(res.body).not.toHaveProperty("members");
  });

  it("create - publishes room.created stamped with the room's creation time", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/rooms", { id: "r1" });
    const [event] = await api.events();
    expect(event).toMatchObject({
      type: "room.created",
      network_id: "local",
      created_at: res.body.created_at,
      room: res.body,
    });
    expect(event!.id).toMatch(/^evt_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event!.room).not.toHaveProperty("access");
  });

  it.each([
    [{ id: "" }, "room id is required"],
    [{ id: "   " }, "room id is required"],
    [{ id: "-bad" }, `room id id must match ${ID_RULE}`],
    [{ id: "a".repeat(129) }, "room id id must be 128 characters or fewer"],
    [{ id: "r", members: ["ok", "bad/one"] }, `members[1] id must match ${ID_RULE}`],
    [{ id: "r", members: [" ", "x", "x", "net:bad/agent"] }, `members[1] agent id id must match ${ID_RULE}`],
    [{ id: "r", members: ["molt://-net/agents/x"] }, `members[0] network id id must match ${ID_RULE}`],
    [{ id: "r", members: Array.from({ length: 257 }, (_, i) => `m${i}`) }, "members must contain 256 IDs or fewer"],
    [{ id: "r", visibility: "secret" }, 'unsupported room visibility "secret"'],
    [{ id: "r", visibility: " secret " }, 'unsupported room visibility "secret"'],
    [{ id: "r", write_policy: "anyone" }, 'unsupported room write_policy "anyone"'],
  ])("create - rejects %j with 422", async (body, message) => {
    const api = await makeApi();
    const res = await api.post("/v1/rooms", body);
    expect(errorOf(res)).toEqual({ status: 422, code: "unprocessable_entity", error: message });
    expect(await api.events()).toEqual([]);
  });

  it("create - accepts exactly 256 members", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/rooms", { id: "r", members: Array.from({ length: 256 }, (_, i) => `m${i}`) });
    expect(res.status).toBe(201);
    expect(res.body.members).toHaveLength(256);
  });

  it("create - a taken id is 409", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r1" });
    const res = await api.post("/v1/rooms", { id: "r1" });
    expect(errorOf(res)).toEqual({ status: 409, code: "conflict", error: 'room "r1" already exists' });
  });

  it("create - a removed id stays reserved (409)", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r1" });
    await api.del("/v1/rooms/r1");
    const res = await api.post("/v1/rooms", { id: "r1" });
    expect(errorOf(res)).toMatchObject({ status: 409, error: 'room "r1" already exists' });
  });

  it("create - decoding problems are 400", async () => {
    const api = await makeApi();
    expect((await api.send("POST", "/v1/rooms", "")).status).toBe(400);
    expect((await api.send("POST", "/v1/rooms", "{")).status).toBe(400);
    const wrongType = await api.send("POST", "/v1/rooms", '{"id": 5}');
    expect(errorOf(wrongType)).toMatchObject({ status: 400, code: "bad_request" });
    expect(wrongType.body.error).toContain("cannot unmarshal number");
  });

  it("create - keys match case-insensitively, as Go decodes them", async () => {
    const api = await makeApi();
    const res = await api.send("POST", "/v1/rooms", '{"ID":"upper","Members":["x"]}');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: "upper", members: ["x"] });
  });
});

describe("GET /v1/rooms and /v1/rooms/{id}", () => {
  it("list - an empty network lists [] with has_more false", async () => {
    const api = await makeApi();
    const res = await api.get("/v1/rooms");
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"rooms":[],"page":{"has_more":false}}\n');
  });

  it("list - attaches access to every room", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "a" });
    const res = await api.get("/v1/rooms");
    expect(res.body.rooms[0].access).toEqual({ can_read: true, can_write: true, reason: "private/members-write" });
  });

  it("list - pages by id: first window, after, before (collection flavour)", async () => {
    const api = await makeApi();
    for (const id of ["e", "c", "a", "d", "b"]) await api.post("/v1/rooms", { id });
    const first = await api.get("/v1/rooms?limit=2");
    expect(first.body.rooms.map((r: any) => r.id)).toEqual(["a", "b"]);
    expect(first.body.page).toEqual({ has_more: true, next_after: "b" });

    const middle = await api.get("/v1/rooms?limit=2&after=b");
    expect(middle.body.rooms.map((r: any) => r.id)).toEqual(["c", "d"]);
    expect(middle.body.page).toEqual({ has_more: true, next_before: "c", next_after: "d" });

    const last = await api.get("/v1/rooms?limit=2&after=d");
    expect(last.body.rooms.map((r: any) => r.id)).toEqual(["e"]);
    expect(last.body.page).toEqual({ has_more: true, next_before: "e" });

    const past = await api.get("/v1/rooms?limit=2&after=e");
    expect(past.text).toBe('{"rooms":[],"page":{"has_more":true}}\n');

    const back = await api.get("/v1/rooms?limit=2&before=e");
    expect(back.body.rooms.map((r: any) => r.id)).toEqual(["c", "d"]);
    expect(back.body.page).toEqual({ has_more: true, next_before: "c", next_after: "d" });

    const start = await api.get("/v1/rooms?limit=2&before=b");
    expect(start.body.rooms.map((r: any) => r.id)).toEqual(["a"]);
    expect(start.body.page).toEqual({ has_more: true, next_after: "a" });
  });

  it("list - limit never fails: junk and zero mean 100, above 500 means 500", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "a" });
    for (const limit of ["abc", "0", "-3", "9999", " 2 "]) {
      const res = await api.get(`/v1/rooms?limit=${encodeURIComponent(limit)}`);
      expect(res.status).toBe(200);
      expect(res.body.rooms).toHaveLength(1);
    }
  });

  it("list - cursor errors are 422", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "a" });
    expect(errorOf(await api.get("/v1/rooms?after=zzz"))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: 'invalid cursor "zzz"',
    });
    expect(errorOf(await api.get("/v1/rooms?before=zzz")).error).toBe('invalid cursor "zzz"');
    expect(errorOf(await api.get("/v1/rooms?after=a&before=a")).error).toBe("before and after cannot both be set");
    expect(errorOf(await api.get("/v1/rooms?after=-x")).error).toBe(`after id must match ${ID_RULE}`);
  });

  it("list - a removed room is neither listed nor usable as a cursor", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "a" });
    await api.post("/v1/rooms", { id: "b" });
    await api.del("/v1/rooms/a");
    expect((await api.get("/v1/rooms")).body.rooms.map((r: any) => r.id)).toEqual(["b"]);
    expect(errorOf(await api.get("/v1/rooms?after=a")).error).toBe('invalid cursor "a"');
  });

  it("list - anonymous public readers see public rooms only, with public-read access", async () => {
    const api = await makeApi({ auth: { mode: "open" } });
    await api.app.context.store.createRoom({
      id: "pub",
      network_id: "local",
      fqid: "molt://local/rooms/pub",
      name: "pub",
      members: [],
      visibility: "public",
      write_policy: "members",
      created_at: api.app.context.clock.now(),
    });
    await api.app.context.store.createRoom({
      id: "priv",
      network_id: "local",
      fqid: "molt://local/rooms/priv",
      name: "priv",
      members: [],
      visibility: "private",
      write_policy: "members",
      created_at: api.app.context.clock.now(),
    });
    const res = await api.get("/v1/rooms");
    expect(res.body.rooms.map((r: any) => r.id)).toEqual(["pub"]);
    expect(res.body.rooms[0].access).toEqual({ can_read: true, can_write: false, reason: "public-read/members-write" });
    expect(errorOf(await api.get("/v1/rooms?after=priv")).error).toBe('invalid cursor "priv"');
  });

  it("get - answers the room with access", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "a", members: ["x"] });
    const res = await api.get("/v1/rooms/a");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: "a", members: ["x"], access: { can_read: true, can_write: true } });
    expect(Object.keys(res.body)).toEqual([
      "id",
      "network_id",
      "fqid",
      "name",
      "members",
      "visibility",
      "write_policy",
      "access",
      "created_at",
    ]);
  });

  it("get - unknown and removed rooms are 404", async () => {
    const api = await makeApi();
    expect(errorOf(await api.get("/v1/rooms/nope"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown room "nope"',
    });
    await api.post("/v1/rooms", { id: "gone" });
    await api.del("/v1/rooms/gone");
    expect(errorOf(await api.get("/v1/rooms/gone")).error).toBe('unknown room "gone"');
  });

  it("get - a private room is 403 for an anonymous public reader", async () => {
    const admin = staticToken("admin", ["admin"]);
    const api = await makeApi({ auth: { mode: "bearer", publicRead: true, tokens: [admin] } });
    await api.post("/v1/rooms", { id: "secret" }, admin.value);
    expect(errorOf(await api.get("/v1/rooms/secret"))).toEqual({
      status: 403,
      code: "forbidden",
      error: "room secret is not readable",
    });
    expect(errorOf(await api.get("/v1/rooms/secret/messages")).status).toBe(403);
    expect(errorOf(await api.get("/v1/rooms/secret/threads")).status).toBe(403);
  });
});

describe("PATCH /v1/rooms/{id}/members", () => {
  it("members - adds and removes; remove wins; the event carries the room's creation time", async () => {
    const api = await makeApi();
    const created = await api.post("/v1/rooms", { id: "r", members: ["a", "b"] });
    const res = await api.patch("/v1/rooms/r/members", { add: [" c ", "d", "d"], remove: ["a", "d"] });
    expect(res.status).toBe(200);
    expect(res.body.members).toEqual(["b", "c"]);
    expect(res.body).not.toHaveProperty("access");
    const event = (await api.events()).at(-1)!;
    expect(event).toMatchObject({ type: "room.members.updated", created_at: created.body.created_at, room: res.body });
  });

  it("members - no change publishes nothing", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r", members: ["a"] });
    const res = await api.patch("/v1/rooms/r/members", { add: ["a"], remove: ["zz"] });
    expect(res.status).toBe(200);
    expect((await api.events()).map((e) => e.type)).toEqual(["room.created"]);
  });

  it("members - validation (422) wins over an unknown room (404)", async () => {
    const api = await makeApi();
    expect(errorOf(await api.patch("/v1/rooms/nope/members", { add: ["ok", "bad/x"] }))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: `add[1] id must match ${ID_RULE}`,
    });
    expect(errorOf(await api.patch("/v1/rooms/nope/members", { remove: ["-x"] })).error).toBe(
      `remove[0] id must match ${ID_RULE}`,
    );
    const many = Array.from({ length: 257 }, (_, i) => `m${i}`);
    expect(errorOf(await api.patch("/v1/rooms/nope/members", { add: many })).error).toBe(
      "add must contain 256 IDs or fewer",
    );
    expect(errorOf(await api.patch("/v1/rooms/nope/members", { add: ["ok"] }))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown room "nope"',
    });
  });

  it("members - a removed room is 404", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    await api.del("/v1/rooms/r");
    expect(errorOf(await api.patch("/v1/rooms/r/members", { add: ["x"] })).status).toBe(404);
  });
});

describe("DELETE /v1/rooms/{id}", () => {
  it("remove - soft-removes, publishes room.removed with the room as it was", async () => {
    const api = await makeApi();
    const created = await api.post("/v1/rooms", { id: "r", members: ["a"] });
    const res = await api.del("/v1/rooms/r");
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"removed":true,"kind":"room","id":"r","mode":"soft"}\n');
    const event = (await api.events()).at(-1)!;
    expect(event.type).toBe("room.removed");
    expect(event.room).toEqual(created.body);
    expect(event.created_at > created.body.created_at).toBe(true);
  });

  it("remove - an id failing the room-id rule answers 'room id is required'", async () => {
    const api = await makeApi();
    expect(errorOf(await api.del("/v1/rooms/-bad"))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: "room id is required",
    });
    expect(errorOf(await api.del("/v1/rooms/%20")).error).toBe("room id is required");
  });

  it("remove - unknown room and second delete are 404", async () => {
    const api = await makeApi();
    expect(errorOf(await api.del("/v1/rooms/nope"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown room "nope"',
    });
    await api.post("/v1/rooms", { id: "r" });
    expect((await api.del("/v1/rooms/r")).status).toBe(200);
    expect(errorOf(await api.del("/v1/rooms/r")).status).toBe(404);
  });

  it("remove - hides history, threads, sends and thread reads behind 404", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    await api.post("/v1/messages", threadMessage("r", "t1", "hello"));
    await api.del("/v1/rooms/r");
    for (const path of ["/v1/rooms/r/messages", "/v1/rooms/r/threads"]) {
      expect(errorOf(await api.get(path))).toMatchObject({ status: 404, error: 'unknown room "r"' });
    }
    expect(errorOf(await api.get("/v1/threads/t1"))).toMatchObject({ status: 404, error: 'unknown room "r"' });
    expect(errorOf(await api.get("/v1/threads/t1/messages"))).toMatchObject({ status: 404, error: 'unknown room "r"' });
    expect(errorOf(await api.post("/v1/messages", roomMessage("r", "x")))).toMatchObject({
      status: 404,
      error: 'unknown room "r"',
    });
    expect(errorOf(await api.post("/v1/messages", threadMessage("r", "t1", "x")))).toMatchObject({
      status: 404,
      error: 'unknown room "r"',
    });
  });
});

describe("GET /v1/rooms/{id}/messages", () => {
  async function roomWith(count: number) {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    for (let i = 1; i <= count; i++) await api.post("/v1/messages", roomMessage("r", `m${i}`, { id: `m${i}` }));
    return api;
  }
  const ids = (res: any) => res.body.messages.map((m: any) => m.id);

  it("history - an empty room pages as [] without cursors", async () => {
    const api = await roomWith(0);
    expect((await api.get("/v1/rooms/r/messages")).text).toBe('{"messages":[],"page":{"has_more":false}}\n');
  });

  it("history - no cursor returns the newest window oldest first, next_before when older remain", async () => {
    const api = await roomWith(5);
    const res = await api.get("/v1/rooms/r/messages?limit=2");
    expect(ids(res)).toEqual(["m4", "m5"]);
    expect(res.body.page).toEqual({ has_more: true, next_before: "m4" });
    const all = await api.get("/v1/rooms/r/messages");
    expect(ids(all)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
    expect(all.body.page).toEqual({ has_more: false });
  });

  it("history - before walks older; the oldest cursor gives an empty page", async () => {
    const api = await roomWith(5);
    const older = await api.get("/v1/rooms/r/messages?limit=2&before=m4");
    expect(ids(older)).toEqual(["m2", "m3"]);
    expect(older.body.page).toEqual({ has_more: true, next_before: "m2" });
    const oldest = await api.get("/v1/rooms/r/messages?limit=2&before=m2");
    expect(ids(oldest)).toEqual(["m1"]);
    expect(oldest.body.page).toEqual({ has_more: false });
    expect((await api.get("/v1/rooms/r/messages?before=m1")).text).toBe('{"messages":[],"page":{"has_more":false}}\n');
  });

  it("history - after walks newer; the newest cursor gives an empty page", async () => {
    const api = await roomWith(5);
    const newer = await api.get("/v1/rooms/r/messages?limit=2&after=m1");
    expect(ids(newer)).toEqual(["m2", "m3"]);
    expect(newer.body.page).toEqual({ has_more: true, next_after: "m3" });
    const tail = await api.get("/v1/rooms/r/messages?limit=2&after=m3");
    expect(ids(tail)).toEqual(["m4", "m5"]);
    expect(tail.body.page).toEqual({ has_more: false });
    expect((await api.get("/v1/rooms/r/messages?after=m5")).text).toBe('{"messages":[],"page":{"has_more":false}}\n');
  });

  it("history - a cursor from another conversation is 422, an unknown room 404 first", async () => {
    const api = await roomWith(1);
    await api.post("/v1/rooms", { id: "other" });
    await api.post("/v1/messages", roomMessage("other", "x", { id: "o1" }));
    expect(errorOf(await api.get("/v1/rooms/r/messages?before=o1"))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: 'invalid cursor "o1"',
    });
    expect(errorOf(await api.get("/v1/rooms/nope/messages?before=o1")).status).toBe(404);
    expect(errorOf(await api.get("/v1/rooms/nope/messages?before=o1&after=m1")).status).toBe(422);
  });

  it("history - thread messages stay out of room history", async () => {
    const api = await roomWith(1);
    await api.post("/v1/messages", threadMessage("r", "t", "in thread", { id: "t-1" }));
    expect(ids(await api.get("/v1/rooms/r/messages"))).toEqual(["m1"]);
  });
});

describe("GET /v1/rooms/{id}/threads", () => {
  it("threads - pages threads by id (collection flavour)", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    for (const t of ["t3", "t1", "t2"]) await api.post("/v1/messages", threadMessage("r", t, "x"));
    const first = await api.get("/v1/rooms/r/threads?limit=2");
    expect(first.body.threads.map((t: any) => t.id)).toEqual(["t1", "t2"]);
    expect(first.body.page).toEqual({ has_more: true, next_after: "t2" });
    expect(first.body.threads[0]).toEqual({
      id: "t1",
      network_id: "local",
      fqid: "molt://local/threads/t1",
      room_id: "r",
      message_count: 1,
      last_message_at: expect.any(String),
    });
    const rest = await api.get("/v1/rooms/r/threads?after=t2");
    expect(rest.body.threads.map((t: any) => t.id)).toEqual(["t3"]);
    expect(rest.body.page).toEqual({ has_more: true, next_before: "t3" });
    expect(errorOf(await api.get("/v1/rooms/r/threads?after=t9")).error).toBe('invalid cursor "t9"');
  });

  it("threads - a room without threads lists []", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    expect((await api.get("/v1/rooms/r/threads")).text).toBe('{"threads":[],"page":{"has_more":false}}\n');
    expect(errorOf(await api.get("/v1/rooms/nope/threads"))).toMatchObject({
      status: 404,
      error: 'unknown room "nope"',
    });
  });
});
