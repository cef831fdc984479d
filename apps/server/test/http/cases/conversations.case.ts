// Threads and DMs over real HTTP (§5.6, §5.9): single reads, collection
// pagination of a room's threads and of all DMs, the not-found answers.
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import { createRoom, dmMessage, expectEnvelope, expectOk, roomMessage, send, threadMessage } from "../fixtures.js";
import { checkCollectionPaging } from "../paging.js";

export function conversationCases(s: Suite): void {
  s.it("GET /v1/threads/{id} - the thread with its count and last_message_at; an unknown thread is 404", async () => {
    await createRoom(s.server, { id: "conv-room", members: ["alpha", "beta"] });
    await send(s.server, roomMessage("conv-root", "conv-room"));
    await send(s.server, threadMessage("conv-t-1", "conv-room", "conv-thread", "conv-root"));
    await send(s.server, threadMessage("conv-t-2", "conv-room", "conv-thread", "ignored-parent", "beta"));
    const thread = expectOk(await s.server.get("/v1/threads/conv-thread"));
    expect(Object.keys(thread)).toEqual([
      "id",
      "network_id",
      "fqid",
      "room_id",
      "parent_message_id",
      "message_count",
      "last_message_at",
    ]);
    expect(thread).toMatchObject({
      id: "conv-thread",
      network_id: "local",
      fqid: "molt://local/threads/conv-thread",
      room_id: "conv-room",
      parent_message_id: "conv-root",
      message_count: 2,
    });
    const messages = expectOk(await s.server.get("/v1/threads/conv-thread/messages")).messages;
    expect(thread.last_message_at).toBe(messages[1].created_at);
    expectEnvelope(await s.server.get("/v1/threads/conv-none"), 404, 'unknown thread "conv-none"');
    expectEnvelope(await s.server.get("/v1/threads/conv-none/messages"), 404, 'unknown thread "conv-none"');
  });

  s.it("GET /v1/rooms/{id}/threads - collection pages of the room's threads by id", async () => {
    await createRoom(s.server, { id: "conv-threads", members: ["alpha"] });
    for (const t of ["ct-e", "ct-a", "ct-d", "ct-b", "ct-c"])
      await send(s.server, threadMessage(`${t}-m`, "conv-threads", t, "root"));
    const all = await checkCollectionPaging(s.server, "/v1/rooms/conv-threads/threads", "threads", 2);
    expect(all).toEqual(["ct-a", "ct-b", "ct-c", "ct-d", "ct-e"]);
    const empty = await createRoom(s.server, { id: "conv-nothreads" });
    expect(expectOk(await s.server.get(`/v1/rooms/${empty.id}/threads`))).toEqual({
      threads: [],
      page: { has_more: false },
    });
    expectEnvelope(await s.server.get("/v1/rooms/conv-ghost/threads"), 404, 'unknown room "conv-ghost"');
    expectEnvelope(await s.server.get("/v1/rooms/conv-threads/threads?after=ct-zz"), 422, 'invalid cursor "ct-zz"');
  });

  s.it(
    "GET /v1/dms and /v1/dms/{id} - DM summaries with trimmed sorted participants; collection pages; 404 unknown",
    async () => {
      await send(s.server, dmMessage("cd-1", "conv-dm-b", [" zed ", "alpha", "alpha"], "alpha"));
      await send(s.server, dmMessage("cd-2", "conv-dm-a", ["beta", "gamma"], "beta"));
      await send(s.server, dmMessage("cd-3", "conv-dm-c", ["beta", "delta"], "delta"));
      const dm = expectOk(await s.server.get("/v1/dms/conv-dm-b"));
      expect(Object.keys(dm)).toEqual([
        "id",
        "network_id",
        "fqid",
        "participant_ids",
        "message_count",
        "last_message_at",
      ]);
      expect(dm).toMatchObject({
        id: "conv-dm-b",
        network_id: "local",
        participant_ids: ["alpha", "zed"],
        message_count: 1,
      });
      const all = await checkCollectionPaging(s.server, "/v1/dms", "dms", 2);
      expect(all).toEqual(expect.arrayContaining(["conv-dm-a", "conv-dm-b", "conv-dm-c"]));
      expectEnvelope(await s.server.get("/v1/dms/conv-dm-none"), 404, 'unknown direct conversation "conv-dm-none"');
      expectEnvelope(
        await s.server.get("/v1/dms/conv-dm-none/messages"),
        404,
        'unknown direct conversation "conv-dm-none"',
      );
      expectEnvelope(await s.server.get("/v1/dms/%20"), 422, "dm id is required");
    },
  );
}
