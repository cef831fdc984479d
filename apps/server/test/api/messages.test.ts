import { describe, expect, it } from "vitest";
import { dmMessage, errorOf, makeApi, roomMessage, staticToken, threadMessage } from "./helpers.js";

const ID_RULE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

async function withRoom(members: string[] = ["alpha", "beta"], overrides: Parameters<typeof makeApi>[0] = {}) {
  const api = await makeApi(overrides);
  await api.app.context.store.createRoom({
    id: "r",
    network_id: "local",
    fqid: "molt://local/rooms/r",
    name: "r",
    members,
    visibility: "private",
    write_policy: "members",
    created_at: api.app.context.clock.now(),
  });
  return api;
}

describe("POST /v1/messages - acceptance", () => {
  it("send - answers 202 MessageAccepted with a generated msg_ id", async () => {
    const api = await withRoom();
    const res = await api.post("/v1/messages", roomMessage("r", "hi"));
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(["message_id", "event_id", "accepted", "thread_created", "dm_created"]);
    expect(res.body.message_id).toMatch(/^msg_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.body).toMatchObject({ accepted: true, thread_created: false, dm_created: false });
  });

  it("send - stores the message normalized: actor defaults, origin defaults, trimmed id", async () => {
    const api = await withRoom();
    const res = await api.post("/v1/messages", roomMessage("r", "hi", { id: "  m1 " }));
    expect(res.body.message_id).toBe("m1");
    expect(res.body.event_id).toBe("evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd");
    const [message] = (await api.get("/v1/rooms/r/messages")).body.messages;
    expect(message).toEqual({
      id: "m1",
      network_id: "local",
      origin: { network_id: "local", message_id: "m1" },
      target: { kind: "room", room_id: "r" },
      from: { type: "agent", id: "alpha", network_id: "local", fqid: "molt://local/agents/alpha" },
      parts: [{ kind: "text", text: "hi" }],
      created_at: expect.any(String),
    });
  });

  it("send - files a padded conversation id under the trimmed id it was checked against", async () => {
    const api = await withRoom();
    await api.post("/v1/messages", { ...roomMessage(" r ", "x", { id: "m1" }) });
    await api.post("/v1/messages", { ...threadMessage(" r", " t1 ", "x", { id: "m2" }) });
    const [message] = (await api.get("/v1/rooms/r/messages")).body.messages;
    expect(message.target).toEqual({ kind: "room", room_id: "r" });
    const thread = (await api.get("/v1/threads/t1/messages")).body.messages;
    expect(thread.map((m: any) => m.target)).toEqual([{ kind: "thread", room_id: "r", thread_id: "t1" }]);
  });

  it("send - keeps caller-supplied origin and name; an actor's network follows its FQID", async () => {
    const api = await withRoom();
    await api.post(
      "/v1/messages",
      roomMessage("r", "hi", {
        id: "m1",
        origin: { network_id: "", message_id: "upstream-7" },
        from: { type: "agent", id: "alpha", name: "Alpha", fqid: "molt://elsewhere/agents/alpha" },
      }),
    );
    const [message] = (await api.get("/v1/rooms/r/messages")).body.messages;
    expect(message.origin).toEqual({ network_id: "local", message_id: "upstream-7" });
    expect(message.from).toEqual({
      type: "agent",
      id: "alpha",
      name: "Alpha",
      network_id: "elsewhere",
      fqid: "molt://elsewhere/agents/alpha",
    });
  });

  it("send - message.created carries the stored message and its created_at", async () => {
    const api = await withRoom();
    await api.post("/v1/messages", roomMessage("r", "hi", { id: "m1" }));
    const [stored] = (await api.get("/v1/rooms/r/messages")).body.messages;
    const event = (await api.events()).at(-1)!;
    expect(event).toEqual({
      id: "evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd",
      type: "message.created",
      network_id: "local",
      message: stored,
      created_at: stored.created_at,
    });
  });

  it("send - successive messages get strictly increasing created_at", async () => {
    const api = await withRoom();
    for (let i = 0; i < 5; i++) await api.post("/v1/messages", roomMessage("r", "x", { id: `m${i}` }));
    const times = (await api.get("/v1/rooms/r/messages")).body.messages.map((m: any) => m.created_at);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(5);
  });

  it("send - a retry with the same id is accepted again, changes nothing and publishes nothing", async () => {
    const api = await withRoom();
    const first = await api.post("/v1/messages", roomMessage("r", "original", { id: "m1" }));
    const eventsBefore = (await api.events()).length;
    const retry = await api.post("/v1/messages", roomMessage("r", "changed", { id: "m1" }));
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual({ ...first.body, thread_created: false, dm_created: false });
    expect(await api.events()).toHaveLength(eventsBefore);
    const messages = (await api.get("/v1/rooms/r/messages")).body.messages;
    expect(messages).toHaveLength(1);
    expect(messages[0].parts[0].text).toBe("original");
  });

  it("send - idempotency is global: the same id in another conversation is a duplicate", async () => {
    const api = await withRoom();
    await api.post("/v1/messages", roomMessage("r", "x", { id: "m1" }));
    const res = await api.post("/v1/messages", dmMessage("d1", ["alpha", "beta"], "x", { id: "m1" }));
    expect(res.body).toMatchObject({ message_id: "m1", dm_created: false });
    expect(errorOf(await api.get("/v1/dms/d1")).status).toBe(404);
  });
});

describe("POST /v1/messages - lazy threads and DMs", () => {
  it("thread - the first message creates the thread: flag, then thread.created before message.created", async () => {
    const api = await withRoom();
    const first = await api.post("/v1/messages", {
      ...threadMessage("r", "t1", "start", { id: "t1-1" }),
      target: { kind: "thread", room_id: "r", thread_id: "t1", parent_message_id: "root-1" },
    });
    expect(first.body).toMatchObject({ thread_created: true, dm_created: false });
    const types = (await api.events()).map((e) => e.type);
    expect(types).toEqual(["thread.created", "message.created"]);
    const created = (await api.events())[0]!;
    expect(created.thread).toEqual({
      id: "t1",
      network_id: "local",
      fqid: "molt://local/threads/t1",
      room_id: "r",
      parent_message_id: "root-1",
      message_count: 1,
      last_message_at: (await api.events())[1]!.created_at,
    });
    expect(created.created_at).toBe((await api.events())[1]!.created_at);

    const second = await api.post("/v1/messages", threadMessage("r", "t1", "more", { id: "t1-2" }));
    expect(second.body.thread_created).toBe(false);
    const thread = (await api.get("/v1/threads/t1")).body;
    expect(thread).toMatchObject({ message_count: 2, parent_message_id: "root-1", room_id: "r" });
  });

  it("thread - a retry of the creating message reports thread_created false", async () => {
    const api = await withRoom();
    await api.post("/v1/messages", threadMessage("r", "t1", "start", { id: "t1-1" }));
    const retry = await api.post("/v1/messages", threadMessage("r", "t1", "start", { id: "t1-1" }));
    expect(retry.body.thread_created).toBe(false);
  });

  it("dm - the first message creates the DM with the sender among its participants", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/messages", dmMessage("d1", ["beta", " gamma "], "hi", { id: "d-1" }));
    expect(res.body).toMatchObject({ thread_created: false, dm_created: true });
    expect((await api.events()).map((e) => e.type)).toEqual(["dm.created", "message.created"]);
    expect((await api.events())[0]!.dm).toEqual({
      id: "d1",
      network_id: "local",
      fqid: "molt://local/dms/d1",
      participant_ids: ["alpha", "beta", "gamma"],
      message_count: 1,
      last_message_at: expect.any(String),
    });
    const next = await api.post("/v1/messages", dmMessage("d1", ["beta", "gamma"], "again", { id: "d-2" }));
    expect(next.body.dm_created).toBe(false);
  });

  it("dm - scoped participants rewrite the list: the sender scoped, plain others dropped", async () => {
    const api = await makeApi();
    await api.post(
      "/v1/messages",
      dmMessage("d1", ["alpha", "remote:beta", "gamma", "molt://far/agents/delta"], "hi", { id: "d-1" }),
    );
    const [message] = (await api.get("/v1/dms/d1/messages")).body.messages;
    expect(message.target.participant_ids).toEqual(["local:alpha", "remote:beta", "far:delta"]);
    const dm = (await api.get("/v1/dms/d1")).body;
    expect(dm.participant_ids).toEqual(["alpha", "far:delta", "local:alpha", "remote:beta"]);
  });

  it("dm - plain participants are stored as sent", async () => {
    const api = await makeApi();
    await api.post("/v1/messages", dmMessage("d1", ["beta", "gamma"], "hi", { id: "d-1" }));
    const [message] = (await api.get("/v1/dms/d1/messages")).body.messages;
    expect(message.target).toEqual({ kind: "dm", dm_id: "d1", participant_ids: ["beta", "gamma"] });
  });
});

describe("POST /v1/messages - validation order", () => {
  const base = {
    target: { kind: "room", room_id: "r" },
    from: { type: "agent", id: "alpha" },
    parts: [{ kind: "text", text: "x" }],
  };

  it.each([
    [{}, "from.id is required"],
    [{ ...base, from: { type: "agent", id: "  " } }, "from.id is required"],
    [{ ...base, from: { type: "agent", id: "bad/id" } }, `from.id id must match ${ID_RULE}`],
    [
      { ...base, from: { type: "agent", id: "net:" + "x".repeat(129) } },
      "from.id agent id id must be 128 characters or fewer",
    ],
    [{ ...base, parts: [] }, "parts must not be empty"],
    [{ ...base, parts: undefined, id: "-bad" }, "parts must not be empty"],
    [{ ...base, parts: [{ kind: "text" }, { kind: "Text" }] }, 'parts[1]: unsupported part kind "Text"'],
    [{ ...base, parts: [{ kind: "video" }] }, 'parts[0]: unsupported part kind "video"'],
    [{ ...base, parts: [{ kind: "url", url: "ftp://host/x" }] }, 'parts[0]: url scheme "ftp" is unsupported'],
    [{ ...base, parts: [{ kind: "url", url: "https:///path" }] }, "parts[0]: url host is required"],
    [{ ...base, parts: [{ kind: "url", url: "mailto:someone" }] }, 'parts[0]: url scheme "mailto" is unsupported'],
    [
      { ...base, parts: [{ kind: "url", url: "http://[::1" }] },
      `parts[0]: url is invalid: parse "http://[::1": missing ']' in host`,
    ],
    [
      { ...base, parts: [{ kind: "url", url: "http://a b/" }] },
      `parts[0]: url is invalid: parse "http://a b/": invalid character " " in host name`,
    ],
    [
      { ...base, parts: [{ kind: "url", url: "http://host:port/" }] },
      `parts[0]: url is invalid: parse "http://host:port/": invalid port ":port" after host`,
    ],
    [
      { ...base, parts: [{ kind: "url", url: "://x" }] },
      `parts[0]: url is invalid: parse "://x": missing protocol scheme`,
    ],
    [
      { ...base, parts: [{ kind: "url", url: "http://h/%zz" }] },
      `parts[0]: url is invalid: parse "http://h/%zz": invalid URL escape "%zz"`,
    ],
    [{ ...base, id: "-bad" }, `id must match ${ID_RULE}`],
    [{ ...base, id: "a".repeat(129) }, "id must be 128 characters or fewer"],
    [{ ...base, target: { kind: "channel" } }, 'unsupported target kind "channel"'],
    [{ ...base, target: { kind: " room", room_id: "r" } }, 'unsupported target kind " room"'],
    [{ ...base, target: { kind: "room" } }, "target.room_id is required for room messages"],
    [{ ...base, target: { kind: "room", room_id: "bad/room" } }, `target.room_id room id id must match ${ID_RULE}`],
    [{ ...base, target: { kind: "thread", room_id: "r" } }, "target.thread_id is required for thread messages"],
    [{ ...base, target: { kind: "thread", thread_id: "t" } }, "target.room_id is required for thread messages"],
    [
      { ...base, target: { kind: "thread", thread_id: "-t", room_id: "-r" } },
      `target.room_id room id id must match ${ID_RULE}`,
    ],
    [
      { ...base, target: { kind: "thread", thread_id: "-t", room_id: "r" } },
      `target.thread_id id must match ${ID_RULE}`,
    ],
    [
      { ...base, target: { kind: "thread", thread_id: "t", room_id: "r", parent_message_id: "/p" } },
      `target.parent_message_id id must match ${ID_RULE}`,
    ],
    [{ ...base, target: { kind: "dm", participant_ids: ["a", "b"] } }, "target.dm_id is required for direct messages"],
    [
      { ...base, target: { kind: "dm", dm_id: "-d", participant_ids: ["a", " a "] } },
      "target.participant_ids must declare at least two direct-message participants",
    ],
    [
      { ...base, target: { kind: "dm", dm_id: "-d", participant_ids: ["a", "b"] } },
      `target.dm_id id must match ${ID_RULE}`,
    ],
    [
      { ...base, target: { kind: "dm", dm_id: "d", participant_ids: Array.from({ length: 257 }, (_, i) => `p${i}`) } },
      "target.participant_ids must contain 256 IDs or fewer",
    ],
    [
      { ...base, target: { kind: "dm", dm_id: "d", participant_ids: ["a", "b", "c/d"] } },
      `target.participant_ids[2] id must match ${ID_RULE}`,
    ],
  ])("validate - case %# → 422", async (body, message) => {
    const api = await withRoom();
    const res = await api.post("/v1/messages", body);
    expect(errorOf(res)).toEqual({ status: 422, code: "unprocessable_entity", error: message });
  });

  it("validate - accepts http(s) and molt URLs; a url on a text part makes it an artifact", async () => {
    const api = await withRoom();
    const res = await api.post("/v1/messages", {
      ...roomMessage("r", "x", { id: "m1" }),
      parts: [
        { kind: " text ", text: "plain" },
        { kind: "url", url: " HTTPS://example.com/a?b#c " },
        { kind: "file", url: "molt:opaque-ref" },
        { kind: "text", text: "see", url: "http://example.com" },
      ],
    });
    expect(res.status).toBe(202);
    const artifacts = (await api.get("/v1/artifacts?room_id=r")).body.artifacts;
    // Kind is validated trimmed but compared exactly for artifacts: " text " is not "text".
    expect(artifacts.map((a: any) => a.id)).toEqual(["art_m1_0", "art_m1_1", "art_m1_2", "art_m1_3"]);
  });

  it("switch - DMs disabled: 403 before any validation", async () => {
    const api = await makeApi({ directMessages: false });
    const res = await api.post("/v1/messages", { target: { kind: " dm " } });
    expect(errorOf(res)).toEqual({
      status: 403,
      code: "forbidden",
      error: "direct messages are disabled for this network",
    });
  });

  it("switch - human ingress disabled: 403 for type exactly 'human'", async () => {
    const api = await withRoom(["alpha"], { humanIngress: false });
    const res = await api.post("/v1/messages", { ...roomMessage("r", "x"), from: { type: "human", id: "" } });
    expect(errorOf(res)).toEqual({
      status: 403,
      code: "forbidden",
      error: "human ingress is disabled for this network",
    });
    const agent = await api.post("/v1/messages", { ...roomMessage("r", "x"), from: { type: "Human", id: "alpha" } });
    expect(agent.status).toBe(202);
  });

  it("decode - a wrong JSON type is 400", async () => {
    const api = await withRoom();
    const res = await api.send("POST", "/v1/messages", '{"from":{"id":5}}');
    expect(errorOf(res).status).toBe(400);
    expect(res.body.error).toBe("json: cannot unmarshal number into Go struct field Actor.from.id of type string");
  });
});

describe("POST /v1/messages - rooms and write policy", () => {
  it("room - unknown target room is 404", async () => {
    const api = await makeApi();
    expect(errorOf(await api.post("/v1/messages", roomMessage("nope", "x")))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown room "nope"',
    });
  });

  it("policy - mode none lets anyone write", async () => {
    const api = await withRoom(["beta"]);
    expect((await api.post("/v1/messages", roomMessage("r", "x"))).status).toBe(202);
  });

  it("policy - a write token may send only as a member of a members room", async () => {
    const writer = staticToken("writer", ["write"]);
    const api = await withRoom(["beta", "remote:alpha"], { auth: { mode: "bearer", tokens: [writer] } });
    const denied = await api.post("/v1/messages", roomMessage("r", "x"), writer.value);
    expect(errorOf(denied)).toEqual({ status: 403, code: "forbidden", error: 'room "r" write policy forbids sender' });
    const member = await api.post(
      "/v1/messages",
      { ...roomMessage("r", "x"), from: { type: "agent", id: "beta" } },
      writer.value,
    );
    expect(member.status).toBe(202);
  });

  it("policy - sender checks run before validation (401/409 beat 422)", async () => {
    const api = await withRoom(["alpha"], { auth: { mode: "open" } });
    const res = await api.post("/v1/messages", { ...roomMessage("r", "x"), parts: [] }, undefined);
    expect(res.status).toBe(401);
  });

  it("thread - a message to an existing thread is checked against the thread's own room", async () => {
    const writer = staticToken("writer", ["write"]);
    const observer = staticToken("observer", ["observe"]);
    const api = await withRoom(["alpha"], { auth: { mode: "bearer", tokens: [writer, observer] } });
    await api.post("/v1/messages", threadMessage("r", "t1", "start", { id: "t-1" }), writer.value);
    const other = await api.post("/v1/messages", threadMessage("elsewhere", "t1", "more", { id: "t-2" }), writer.value);
    expect(other.status).toBe(202);
    const thread = await api.get("/v1/threads/t1/messages", observer.value);
    expect(thread.body.messages.map((m: any) => [m.id, m.target.room_id])).toEqual([
      ["t-1", "r"],
      ["t-2", "elsewhere"],
    ]);
    expect((await api.get("/v1/threads/t1", observer.value)).body.room_id).toBe("r");
  });

  it("thread - a new thread in an unknown room is 404", async () => {
    const api = await makeApi();
    expect(errorOf(await api.post("/v1/messages", threadMessage("nope", "t1", "x")))).toMatchObject({
      status: 404,
      error: 'unknown room "nope"',
    });
  });

  it("mentions - with candidates, a thread message naming a missing room is 404", async () => {
    const api = await withRoom(["alpha", "beta"]);
    await api.post("/v1/messages", threadMessage("r", "t1", "start"));
    expect((await api.post("/v1/messages", threadMessage("elsewhere", "t1", "no mention"))).status).toBe(202);
    expect(errorOf(await api.post("/v1/messages", threadMessage("elsewhere", "t1", "hi @beta")))).toMatchObject({
      status: 404,
      error: 'unknown room "elsewhere"',
    });
  });
});

describe("POST /v1/messages - mentions", () => {
  async function mentionsOf(api: Awaited<ReturnType<typeof withRoom>>, body: Record<string, unknown>) {
    const res = await api.post("/v1/messages", body);
    expect(res.status).toBe(202);
    const messages = (await api.get("/v1/rooms/r/messages")).body.messages;
    return messages.find((m: any) => m.id === res.body.message_id).mentions;
  }

  it("mentions - resolves @name, @alias:name and <@fqid> to canonical FQIDs in order", async () => {
    const api = await withRoom(["alpha", "beta", "remote:gamma", "molt://far/agents/delta"], {
      networkName: "home",
      pairings: [{ id: "p1", remote_network_id: "remote", remote_network_name: "Remote Net" }],
    });
    const mentions = await mentionsOf(api, {
      ...roomMessage("r", "hey @beta, @home:alpha, @p1:gamma and <@molt://far/agents/delta>!"),
      mentions: ["molt://local/agents/beta", ""],
    });
    expect(mentions).toEqual([
      "molt://local/agents/beta",
      "molt://local/agents/alpha",
      "molt://remote/agents/gamma",
      "molt://far/agents/delta",
    ]);
  });

  it("mentions - drops unknown, ambiguous and bare @molt:// candidates, omitting an empty list", async () => {
    const api = await withRoom(["alpha", "beta", "remote:beta"]);
    const mentions = await mentionsOf(api, {
      ...roomMessage("r", "@nobody @beta @molt://local/agents/alpha mail@example.com"),
      mentions: ["ghost"],
    });
    expect(mentions).toBeUndefined();
  });

  it("mentions - explicit mentions resolve too, and non-text parts are not scanned", async () => {
    const api = await withRoom(["alpha", "beta"]);
    const mentions = await mentionsOf(api, {
      ...roomMessage("r", "nothing here"),
      parts: [
        { kind: "text", text: "plain" },
        { kind: "file", text: "@alpha", url: "http://x.test/f" },
      ],
      mentions: ["local:beta", "beta"],
    });
    expect(mentions).toEqual(["molt://local/agents/beta"]);
  });

  it("mentions - DMs resolve against the declared participants", async () => {
    const api = await makeApi();
    await api.post("/v1/messages", dmMessage("d1", ["alpha", "beta"], "hi @beta and @gamma", { id: "d-1" }));
    const [message] = (await api.get("/v1/dms/d1/messages")).body.messages;
    expect(message.mentions).toEqual(["molt://local/agents/beta"]);
  });
});
