import { describe, expect, it } from "vitest";
import { dmMessage, errorOf, makeApi, roomMessage, staticToken, threadMessage } from "./helpers.js";

const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe("threads", () => {
  it("get - answers the thread; unknown thread is 404", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    const sent = await api.post("/v1/messages", threadMessage("r", "t1", "x", { id: "t-1" }));
    expect(sent.body.thread_created).toBe(true);
    const res = await api.get("/v1/threads/t1");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["id", "network_id", "fqid", "room_id", "message_count", "last_message_at"]);
    expect(errorOf(await api.get("/v1/threads/nope"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown thread "nope"',
    });
    expect(errorOf(await api.get("/v1/threads/nope/messages")).error).toBe('unknown thread "nope"');
  });

  it("messages - pages history newest first with both cursors", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    for (let i = 1; i <= 4; i++) await api.post("/v1/messages", threadMessage("r", "t1", "x", { id: `t-${i}` }));
    const newest = await api.get("/v1/threads/t1/messages?limit=3");
    expect(ids(newest.body.messages)).toEqual(["t-2", "t-3", "t-4"]);
    expect(newest.body.page).toEqual({ has_more: true, next_before: "t-2" });
    const older = await api.get("/v1/threads/t1/messages?limit=3&before=t-2");
    expect(ids(older.body.messages)).toEqual(["t-1"]);
    expect(older.body.page).toEqual({ has_more: false });
    const newer = await api.get("/v1/threads/t1/messages?limit=2&after=t-1");
    expect(newer.body.page).toEqual({ has_more: true, next_after: "t-3" });
    expect(errorOf(await api.get("/v1/threads/t1/messages?after=zz")).error).toBe('invalid cursor "zz"');
  });

  it("visibility - a thread of a private room is 403 for anonymous public readers, readable when public", async () => {
    const admin = staticToken("admin", ["admin", "write"]);
    const api = await makeApi({ auth: { mode: "bearer", publicRead: true, tokens: [admin] } });
    await api.post("/v1/rooms", { id: "priv" }, admin.value);
    await api.post("/v1/rooms", { id: "pub", visibility: "public" }, admin.value);
    await api.post("/v1/messages", threadMessage("priv", "tp", "x"), admin.value);
    await api.post("/v1/messages", threadMessage("pub", "tq", "x"), admin.value);
    expect(errorOf(await api.get("/v1/threads/tp"))).toEqual({
      status: 403,
      code: "forbidden",
      error: "room priv is not readable",
    });
    expect((await api.get("/v1/threads/tq")).status).toBe(200);
    expect((await api.get("/v1/threads/tq/messages")).body.messages).toHaveLength(1);
  });
});

describe("direct conversations", () => {
  it("list - pages DMs by id; empty is []", async () => {
    const api = await makeApi();
    expect((await api.get("/v1/dms")).text).toBe('{"dms":[],"page":{"has_more":false}}\n');
    for (const id of ["d3", "d1", "d2"]) await api.post("/v1/messages", dmMessage(id, ["alpha", "beta"], "x"));
    const first = await api.get("/v1/dms?limit=2");
    expect(ids(first.body.dms)).toEqual(["d1", "d2"]);
    expect(first.body.page).toEqual({ has_more: true, next_after: "d2" });
    const back = await api.get("/v1/dms?before=d3");
    expect(ids(back.body.dms)).toEqual(["d1", "d2"]);
    expect(back.body.page).toEqual({ has_more: true, next_after: "d2" });
    expect(errorOf(await api.get("/v1/dms?after=d9")).error).toBe('invalid cursor "d9"');
  });

  it("get - answers the DM; unknown is 404; blank id is 422", async () => {
    const api = await makeApi();
    await api.post("/v1/messages", dmMessage("d1", ["beta", "alpha"], "x"));
    expect((await api.get("/v1/dms/d1")).body).toEqual({
      id: "d1",
      network_id: "local",
      fqid: "molt://local/dms/d1",
      participant_ids: ["alpha", "beta"],
      message_count: 1,
      last_message_at: expect.any(String),
    });
    expect(errorOf(await api.get("/v1/dms/nope"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown direct conversation "nope"',
    });
    expect(errorOf(await api.get("/v1/dms/%20"))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: "dm id is required",
    });
    expect(errorOf(await api.get("/v1/dms/%20/messages")).error).toBe("dm id is required");
    expect(errorOf(await api.get("/v1/dms/nope/messages")).error).toBe('unknown direct conversation "nope"');
  });

  it("messages - history of one DM only", async () => {
    const api = await makeApi();
    await api.post("/v1/messages", dmMessage("d1", ["alpha", "beta"], "x", { id: "a1" }));
    await api.post("/v1/messages", dmMessage("d2", ["alpha", "beta"], "x", { id: "b1" }));
    await api.post("/v1/messages", dmMessage("d1", ["alpha", "beta"], "x", { id: "a2" }));
    const res = await api.get("/v1/dms/d1/messages");
    expect(ids(res.body.messages)).toEqual(["a1", "a2"]);
    expect(errorOf(await api.get("/v1/dms/d1/messages?before=b1")).error).toBe('invalid cursor "b1"');
  });

  it("disabled - every DM route is 403, after the blank-id check", async () => {
    const api = await makeApi({ directMessages: false });
    const forbidden = { status: 403, code: "forbidden", error: "direct messages are disabled for this network" };
    expect(errorOf(await api.get("/v1/dms"))).toEqual(forbidden);
    expect(errorOf(await api.get("/v1/dms/d1"))).toEqual(forbidden);
    expect(errorOf(await api.get("/v1/dms/d1/messages"))).toEqual(forbidden);
    expect(errorOf(await api.get("/v1/dms/%20")).status).toBe(422);
    expect(errorOf(await api.get("/v1/artifacts?dm_id=d1"))).toEqual(forbidden);
  });

  it("auth - DMs need observe or admin, never anonymous", async () => {
    const observer = staticToken("observer", ["observe"]);
    const api = await makeApi({ auth: { mode: "open", tokens: [observer] } });
    expect((await api.get("/v1/dms")).status).toBe(401);
    expect((await api.get("/v1/dms", observer.value)).status).toBe(200);
  });
});

describe("GET /v1/artifacts", () => {
  async function seeded() {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    await api.post("/v1/rooms", { id: "other" });
    await api.post("/v1/messages", {
      ...roomMessage("r", "x", { id: "m1" }),
      parts: [{ kind: "image", url: "https://img.test/1.png", media_type: "image/png" }],
    });
    await api.post("/v1/messages", {
      ...threadMessage("r", "t1", "x", { id: "m2" }),
      parts: [
        { kind: "text", text: "t" },
        { kind: "file", filename: "a.txt" },
      ],
    });
    await api.post("/v1/messages", {
      ...roomMessage("other", "x", { id: "m3" }),
      parts: [{ kind: "data", data: { k: 1 } }],
    });
    await api.post("/v1/messages", {
      ...dmMessage("d1", ["alpha", "beta"], "x", { id: "m4" }),
      parts: [{ kind: "url", url: "http://x.test" }],
    });
    return api;
  }

  it("filter - room_id includes the room's thread artifacts, in message order", async () => {
    const api = await seeded();
    const res = await api.get("/v1/artifacts?room_id=r");
    expect(ids(res.body.artifacts)).toEqual(["art_m1_0", "art_m2_1"]);
    expect(res.body.artifacts[0]).toEqual({
      id: "art_m1_0",
      network_id: "local",
      fqid: "molt://local/artifacts/art_m1_0",
      message_id: "m1",
      target: { kind: "room", room_id: "r" },
      part_index: 0,
      kind: "image",
      media_type: "image/png",
      url: "https://img.test/1.png",
      created_at: expect.any(String),
    });
    expect(res.body.page).toEqual({ has_more: false });
  });

  it("filter - thread_id, dm_id; an unknown dm id is an empty page", async () => {
    const api = await seeded();
    expect(ids((await api.get("/v1/artifacts?thread_id=t1")).body.artifacts)).toEqual(["art_m2_1"]);
    expect(ids((await api.get("/v1/artifacts?dm_id=d1")).body.artifacts)).toEqual(["art_m4_0"]);
    expect((await api.get("/v1/artifacts?dm_id=nope")).text).toBe('{"artifacts":[],"page":{"has_more":false}}\n');
  });

  it("filter - thread beats dm beats room when several are set", async () => {
    const api = await seeded();
    expect(ids((await api.get("/v1/artifacts?room_id=other&dm_id=d1&thread_id=t1")).body.artifacts)).toEqual([
      "art_m2_1",
    ]);
    expect(ids((await api.get("/v1/artifacts?room_id=other&dm_id=d1")).body.artifacts)).toEqual(["art_m4_0"]);
  });

  it("errors - cursor checks, then filter required, then unknown room, then unknown thread", async () => {
    const api = await seeded();
    expect(errorOf(await api.get("/v1/artifacts?before=-x")).error).toBe(
      "before id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
    );
    expect(errorOf(await api.get("/v1/artifacts"))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: "artifact filter is required",
    });
    expect(errorOf(await api.get("/v1/artifacts?room_id=%20&thread_id="))).toMatchObject({
      status: 422,
      error: "artifact filter is required",
    });
    expect(errorOf(await api.get("/v1/artifacts?room_id=nope&thread_id=nope"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown room "nope"',
    });
    expect(errorOf(await api.get("/v1/artifacts?thread_id=nope"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown thread "nope"',
    });
    expect(errorOf(await api.get("/v1/artifacts?room_id=r&before=art_m3_0")).error).toBe('invalid cursor "art_m3_0"');
  });

  it("paging - history flavour over the filtered list", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "r" });
    const parts = Array.from({ length: 12 }, (_, i) => ({ kind: "file", filename: `f${i}` }));
    await api.post("/v1/messages", { ...roomMessage("r", "x", { id: "m" }), parts });
    const newest = await api.get("/v1/artifacts?room_id=r&limit=3");
    expect(ids(newest.body.artifacts)).toEqual(["art_m_9", "art_m_10", "art_m_11"]);
    expect(newest.body.page).toEqual({ has_more: true, next_before: "art_m_9" });
    const older = await api.get("/v1/artifacts?room_id=r&limit=3&before=art_m_2");
    expect(ids(older.body.artifacts)).toEqual(["art_m_0", "art_m_1"]);
    expect(older.body.page).toEqual({ has_more: false });
    const newer = await api.get("/v1/artifacts?room_id=r&limit=2&after=art_m_1");
    expect(ids(newer.body.artifacts)).toEqual(["art_m_2", "art_m_3"]);
    expect(newer.body.page).toEqual({ has_more: true, next_after: "art_m_3" });
  });

  it("removed room - room filter is 404, thread filter still lists", async () => {
    const api = await seeded();
    await api.del("/v1/rooms/r");
    expect(errorOf(await api.get("/v1/artifacts?room_id=r")).status).toBe(404);
    expect(ids((await api.get("/v1/artifacts?thread_id=t1")).body.artifacts)).toEqual(["art_m2_1"]);
  });
});
