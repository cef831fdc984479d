// POST /v1/messages over real HTTP (§5.7): acceptance, idempotent retries,
// lazy thread and DM creation, the main errors.
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import {
  createRoom,
  dmMessage,
  expectEnvelope,
  expectOk,
  idsOf,
  messageEventId,
  roomMessage,
  send,
  textPart,
  threadMessage,
} from "../fixtures.js";

export function messageCases(s: Suite): void {
  s.it(
    "POST /v1/messages - 202 MessageAccepted with the deterministic event id; the message reads back as sent",
    async () => {
      await createRoom(s.server, { id: "msg-room", members: ["alpha", "beta"] });
      const reply = await s.server.post("/v1/messages", {
        ...roomMessage("msg-1", "msg-room"),
        parts: [textPart("hi <b> & co")],
      });
      expect(expectOk(reply, 202)).toEqual({
        message_id: "msg-1",
        event_id: messageEventId("msg-1"),
        accepted: true,
        thread_created: false,
        dm_created: false,
      });
      expect(messageEventId("m1")).toBe("evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd");

      const page = expectOk(await s.server.get("/v1/rooms/msg-room/messages"));
      expect(page.messages).toHaveLength(1);
      const message = page.messages[0];
      expect(Object.keys(message)).toEqual(["id", "network_id", "origin", "target", "from", "parts", "created_at"]);
      expect(message).toMatchObject({
        id: "msg-1",
        network_id: "local",
        origin: { network_id: "local", message_id: "msg-1" },
        target: { kind: "room", room_id: "msg-room" },
        from: { type: "agent", id: "alpha", network_id: "local", fqid: "molt://local/agents/alpha" },
        parts: [{ kind: "text", text: "hi <b> & co" }],
      });
      // Go's encoder escapes <, > and & in every JSON answer.
      expect(JSON.stringify(page).includes("<b>")).toBe(true);
      const raw = (await s.server.get("/v1/rooms/msg-room/messages")).text;
      expect(raw).toContain("hi \\u003cb\\u003e \\u0026 co");
    },
  );

  s.it("POST /v1/messages - parts with data, unicode and mentions read back exactly as first answered", async () => {
    await createRoom(s.server, { id: "msg-rich", members: ["alpha", "beta", "net-a:gamma"] });
    const data = { nested: { list: [1, 2.5, -0.125, "x", null, true], emoji: "🦀", html: "<&>" }, empty: {} };
    await send(s.server, {
      ...roomMessage("rich-1", "msg-rich"),
      parts: [
        textPart("hey @beta and @net-a:gamma and @nobody, line\u2028sep"),
        { kind: "data", data },
        { kind: "file", filename: "résumé.pdf", media_type: "application/pdf" },
      ],
    });
    const reply = await s.server.get("/v1/rooms/msg-rich/messages");
    const message = expectOk(reply).messages[0];
    expect(message.parts[1].data).toEqual(data);
    expect(message.parts[2]).toEqual({ kind: "file", media_type: "application/pdf", filename: "résumé.pdf" });
    expect(message.mentions).toEqual(["molt://local/agents/beta", "molt://net-a/agents/gamma"]);
    expect(reply.text).toContain("line\\u2028sep");
    expect(reply.text).toContain("\\u003c\\u0026\\u003e");
    const artifacts = expectOk(await s.server.get("/v1/artifacts?room_id=msg-rich"));
    expect(artifacts.artifacts.map((a: { id: string }) => a.id)).toEqual(["art_rich-1_1", "art_rich-1_2"]);
  });

  s.it(
    "free text with U+0000 bound for plain text columns is 422 on every backend and stores nothing; in JSON-encoded fields it round-trips",
    async () => {
      expectEnvelope(
        await s.server.post("/v1/rooms", { id: "nul-room", name: "nul\u0000name" }),
        422,
        "name must not contain NUL characters",
      );
      expectEnvelope(await s.server.get("/v1/rooms/nul-room"), 404);
      expectEnvelope(
        await s.server.post("/v1/agents/register", { requested_agent_id: "nul-agent", name: "Nul\u0000Agent" }),
        422,
        "name must not contain NUL characters",
      );
      expectEnvelope(await s.server.get("/v1/agents/nul-agent"), 404);
      expectOk(await s.server.post("/v1/rooms", { id: "nul-room", members: ["alpha"] }), 201);
      const file = { ...roomMessage("nul-file", "nul-room"), parts: [{ kind: "file", filename: "f\u0000.txt" }] };
      expectEnvelope(
        await s.server.post("/v1/messages", file),
        422,
        "parts[0]: filename must not contain NUL characters",
      );
      const media = { ...roomMessage("nul-media", "nul-room"), parts: [{ kind: "file", media_type: "text/x\u0000y" }] };
      expectEnvelope(
        await s.server.post("/v1/messages", media),
        422,
        "parts[0]: media_type must not contain NUL characters",
      );
      expect(expectOk(await s.server.get("/v1/rooms/nul-room/messages")).messages).toEqual([]);
      await send(s.server, {
        ...roomMessage("nul-msg", "nul-room"),
        from: { type: "agent", id: "alpha", name: "al\u0000pha" },
        parts: [textPart("a\u0000b")],
      });
      const message = expectOk(await s.server.get("/v1/rooms/nul-room/messages")).messages[0];
      expect(message.parts[0].text).toBe("a\u0000b");
      expect(message.from.name).toBe("al\u0000pha");
    },
  );

  s.it("POST /v1/messages - data nested 900 levels deep is stored and read back exactly", async () => {
    await createRoom(s.server, { id: "msg-deep", members: ["alpha"] });
    let data: Record<string, unknown> = { leaf: "bottom" };
    for (let i = 0; i < 900; i++) data = { d: data };
    await send(s.server, { ...roomMessage("deep-1", "msg-deep"), parts: [{ kind: "data", data }] });
    const stored = expectOk(await s.server.get("/v1/rooms/msg-deep/messages")).messages[0];
    expect(JSON.stringify(stored.parts[0].data)).toBe(JSON.stringify(data));
  });

  s.it("POST /v1/messages - a body of exactly 1 MiB is stored and read back whole; one byte more is 400", async () => {
    await createRoom(s.server, { id: "msg-big", members: ["alpha"] });
    const cap = 1_048_576;
    const filler = cap - Buffer.byteLength(JSON.stringify(roomMessage("big-1", "msg-big", "alpha", [textPart("")])));
    const text = "é".repeat(Math.floor(filler / 2)) + "a".repeat(filler % 2);
    const body = JSON.stringify(roomMessage("big-1", "msg-big", "alpha", [textPart(text)]));
    expect(Buffer.byteLength(body)).toBe(cap);
    expectOk(await s.server.post("/v1/messages", body), 202);
    const stored = expectOk(await s.server.get("/v1/rooms/msg-big/messages")).messages[0];
    expect(stored.parts[0].text.length).toBe(text.length);
    expect(stored.parts[0].text === text).toBe(true);
    const over = JSON.stringify(roomMessage("big-2", "msg-big", "alpha", [textPart(`${text}a`)]));
    expect(Buffer.byteLength(over)).toBe(cap + 1);
    expectEnvelope(await s.server.post("/v1/messages", over), 400, "http: request body too large");
    expect(expectOk(await s.server.get("/v1/rooms/msg-big/messages")).messages).toHaveLength(1);
  });

  s.it(
    "POST /v1/messages - a retry with the same id answers the same event id, flags false, and keeps the original",
    async () => {
      await createRoom(s.server, { id: "msg-retry", members: ["alpha"] });
      const first = await send(s.server, threadMessage("retry-1", "msg-retry", "retry-thread", "p0"));
      expect(first.thread_created).toBe(true);
      const again = await send(
        s.server,
        threadMessage("retry-1", "msg-retry", "retry-thread", "p0", "alpha", [textPart("changed")]),
      );
      expect(again).toEqual({
        message_id: "retry-1",
        event_id: first.event_id,
        accepted: true,
        thread_created: false,
        dm_created: false,
      });
      expect(first.event_id).toBe(messageEventId("retry-1"));
      // Same id aimed at another conversation: still a retry, nothing moves.
      const elsewhere = await send(s.server, roomMessage(" retry-1 ", "msg-retry"));
      expect(elsewhere.event_id).toBe(first.event_id);

      const thread = expectOk(await s.server.get("/v1/threads/retry-thread/messages"));
      expect(thread.messages).toHaveLength(1);
      expect(thread.messages[0].parts).toEqual([{ kind: "text", text: "reply retry-1" }]);
      expect(expectOk(await s.server.get("/v1/threads/retry-thread")).message_count).toBe(1);
      expect(expectOk(await s.server.get("/v1/rooms/msg-retry/messages")).messages).toEqual([]);
    },
  );

  s.it("POST /v1/messages - the first message of a thread creates it (thread_created), later ones do not", async () => {
    await createRoom(s.server, { id: "msg-thread", members: ["alpha", "beta"] });
    await send(s.server, roomMessage("th-root", "msg-thread"));
    const first = await send(s.server, threadMessage("th-1", "msg-thread", "th-lazy", "th-root"));
    const second = await send(s.server, threadMessage("th-2", "msg-thread", "th-lazy", "th-root", "beta"));
    expect([first.thread_created, second.thread_created]).toEqual([true, false]);
    expect([first.dm_created, second.dm_created]).toEqual([false, false]);
    const thread = expectOk(await s.server.get("/v1/threads/th-lazy"));
    expect(thread).toMatchObject({
      id: "th-lazy",
      room_id: "msg-thread",
      parent_message_id: "th-root",
      message_count: 2,
    });
    const messages = expectOk(await s.server.get("/v1/threads/th-lazy/messages")).messages;
    expect(thread.last_message_at).toBe(messages[1].created_at);
    // Thread messages stay out of the room's own history.
    expect(idsOf(expectOk(await s.server.get("/v1/rooms/msg-thread/messages")), "messages")).toEqual(["th-root"]);
  });

  s.it(
    "POST /v1/messages - the first message of a DM creates it (dm_created) with the sender among the participants",
    async () => {
      const first = await send(s.server, dmMessage("dm-lazy-1", "dm-lazy", ["beta", " gamma "], "alpha"));
      const second = await send(s.server, dmMessage("dm-lazy-2", "dm-lazy", ["beta", "gamma"], "beta"));
      expect([first.dm_created, second.dm_created]).toEqual([true, false]);
      expect([first.thread_created, second.thread_created]).toEqual([false, false]);
      const dm = expectOk(await s.server.get("/v1/dms/dm-lazy"));
      expect(dm).toMatchObject({
        id: "dm-lazy",
        fqid: "molt://local/dms/dm-lazy",
        participant_ids: ["alpha", "beta", "gamma"],
        message_count: 2,
      });
    },
  );

  s.it(
    "POST /v1/messages - main errors: 404 unknown room, 422 invalid fields, 400 broken JSON; nothing is stored",
    async () => {
      await createRoom(s.server, { id: "msg-errors", members: ["alpha"] });
      const srv = s.server;
      expectEnvelope(
        await srv.post("/v1/messages", roomMessage("err-1", "msg-nowhere")),
        404,
        'unknown room "msg-nowhere"',
      );
      expectEnvelope(
        await srv.post("/v1/messages", { ...roomMessage("err-2", "msg-errors"), parts: [] }),
        422,
        "parts must not be empty",
      );
      expectEnvelope(
        await srv.post("/v1/messages", { ...roomMessage("err-3", "msg-errors"), from: { type: "agent", id: "" } }),
        422,
        "from.id is required",
      );
      expectEnvelope(
        await srv.post("/v1/messages", { ...roomMessage("err-4", "msg-errors"), parts: [{ kind: "video" }] }),
        422,
        'parts[0]: unsupported part kind "video"',
      );
      expectEnvelope(
        await srv.post("/v1/messages", {
          ...roomMessage("err-5", "msg-errors"),
          parts: [{ kind: "url", url: "ftp://x.test/a" }],
        }),
        422,
        'parts[0]: url scheme "ftp" is unsupported',
      );
      expectEnvelope(
        await srv.post("/v1/messages", roomMessage("bad id", "msg-errors")),
        422,
        "id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
      );
      expectEnvelope(
        await srv.post("/v1/messages", { ...roomMessage("err-6", "msg-errors"), target: { kind: "room " } }),
        422,
        'unsupported target kind "room "',
      );
      expectEnvelope(
        await srv.post("/v1/messages", {
          ...roomMessage("err-7", "msg-errors"),
          target: { kind: "thread", room_id: "msg-errors" },
        }),
        422,
        "target.thread_id is required for thread messages",
      );
      expectEnvelope(
        await srv.post("/v1/messages", dmMessage("err-8", "dm-err", ["alpha"], "alpha")),
        422,
        "target.participant_ids must declare at least two direct-message participants",
      );
      expectEnvelope(await srv.post("/v1/messages", { ...roomMessage("err-9", "msg-errors"), parts: "text" }), 400);
      expectEnvelope(
        await srv.post("/v1/messages", `${JSON.stringify(roomMessage("err-10", "msg-errors"))} {}`),
        400,
        "expected a single JSON object",
      );
      expect(expectOk(await srv.get("/v1/rooms/msg-errors/messages")).messages).toEqual([]);
      expectEnvelope(await srv.get("/v1/dms/dm-err"), 404, 'unknown direct conversation "dm-err"');
    },
  );

  s.it("POST /v1/messages - stray thread_id/dm_id/room_id on a target are accepted, never a 500", async () => {
    await createRoom(s.server, { id: "msg-stray", members: ["alpha"] });
    const stray = {
      ...roomMessage("stray-1", "msg-stray"),
      target: { kind: "room", room_id: "msg-stray", thread_id: "no-thread", dm_id: "no-dm" },
    };
    expect((await send(s.server, stray)).thread_created).toBe(false);
    const dm = {
      ...dmMessage("stray-2", "stray-dm", ["alpha", "beta"]),
      target: {
        kind: "dm",
        dm_id: "stray-dm",
        participant_ids: ["alpha", "beta"],
        room_id: "no-room",
        thread_id: "no-thread",
      },
    };
    expect((await send(s.server, dm)).dm_created).toBe(true);
    expect(idsOf(expectOk(await s.server.get("/v1/rooms/msg-stray/messages")), "messages")).toEqual(["stray-1"]);
    expectEnvelope(await s.server.get("/v1/threads/no-thread"), 404, 'unknown thread "no-thread"');
  });
}
