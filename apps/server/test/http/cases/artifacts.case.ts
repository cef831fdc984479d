// GET /v1/artifacts over real HTTP (§5.10, §2.6 rule 5): which parts become
// artifacts, the three filters, history pagination, the filter errors.
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import {
  createRoom,
  dmMessage,
  expectEnvelope,
  expectOk,
  idsOf,
  roomMessage,
  send,
  textPart,
  threadMessage,
} from "../fixtures.js";
import { checkHistoryPaging } from "../paging.js";

const url = (n: number) => ({ kind: "url", url: `https://files.example.test/${n}` });

export function artifactCases(s: Suite): void {
  s.it("GET /v1/artifacts - room_id lists the room's and its threads' artifacts; parts keep their order", async () => {
    await createRoom(s.server, { id: "art-room", members: ["alpha"] });
    // 12 artifact parts in one message: part order (…_2 before …_10), not id string order.
    const many = Array.from({ length: 12 }, (_, i) => url(i));
    await send(s.server, roomMessage("art-m1", "art-room", "alpha", [textPart("plain"), ...many]));
    await send(
      s.server,
      threadMessage("art-t1", "art-room", "art-thread", "art-m1", "alpha", [
        { kind: "data", data: { n: 1 } },
        { kind: "text", text: "caption", media_type: "text/plain" },
        textPart("no artifact"),
      ]),
    );
    await send(
      s.server,
      roomMessage("art-m2", "art-room", "alpha", [
        { kind: "image", url: "molt://local/files/x.png", filename: "x.png", media_type: "image/png" },
      ]),
    );

    const page = expectOk(await s.server.get("/v1/artifacts?room_id=art-room&limit=500"));
    const want = [
      ...Array.from({ length: 12 }, (_, i) => `art_art-m1_${i + 1}`),
      "art_art-t1_0",
      "art_art-t1_1",
      "art_art-m2_0",
    ];
    expect(idsOf(page, "artifacts")).toEqual(want);
    const image = page.artifacts.at(-1);
    expect(Object.keys(image)).toEqual([
      "id",
      "network_id",
      "fqid",
      "message_id",
      "target",
      "part_index",
      "kind",
      "media_type",
      "filename",
      "url",
      "created_at",
    ]);
    expect(image).toMatchObject({
      fqid: "molt://local/artifacts/art_art-m2_0",
      message_id: "art-m2",
      target: { kind: "room", room_id: "art-room" },
      part_index: 0,
      kind: "image",
      filename: "x.png",
      media_type: "image/png",
      url: "molt://local/files/x.png",
    });
    const data = page.artifacts[12];
    expect(data).toMatchObject({
      id: "art_art-t1_0",
      kind: "data",
      part_index: 0,
      target: { kind: "thread", thread_id: "art-thread" },
    });
    expect(data.data).toBeUndefined();
    await checkHistoryPaging(s.server, "/v1/artifacts?room_id=art-room", "artifacts", want, 4);
  });

  s.it(
    "GET /v1/artifacts - thread_id and dm_id filters; an unknown dm is an empty page; precedence thread > dm > room",
    async () => {
      await createRoom(s.server, { id: "art-room2", members: ["alpha"] });
      await send(s.server, roomMessage("art2-m1", "art-room2", "alpha", [url(1)]));
      await send(s.server, threadMessage("art2-t1", "art-room2", "art2-thread", "art2-m1", "alpha", [url(2), url(3)]));
      await send(
        s.server,
        dmMessage("art2-d1", "art2-dm", ["alpha", "beta"], "alpha", [{ kind: "file", filename: "a.txt" }]),
      );
      expect(idsOf(expectOk(await s.server.get("/v1/artifacts?thread_id=art2-thread")), "artifacts")).toEqual([
        "art_art2-t1_0",
        "art_art2-t1_1",
      ]);
      expect(idsOf(expectOk(await s.server.get("/v1/artifacts?dm_id=art2-dm")), "artifacts")).toEqual([
        "art_art2-d1_0",
      ]);
      expect(expectOk(await s.server.get("/v1/artifacts?dm_id=art2-nodm"))).toEqual({
        artifacts: [],
        page: { has_more: false },
      });
      expect(idsOf(expectOk(await s.server.get("/v1/artifacts?room_id=art-room2&dm_id=art2-dm")), "artifacts")).toEqual(
        ["art_art2-d1_0"],
      );
      expect(
        idsOf(
          expectOk(await s.server.get("/v1/artifacts?room_id=art-room2&thread_id=art2-thread&dm_id=art2-dm")),
          "artifacts",
        ),
      ).toEqual(["art_art2-t1_0", "art_art2-t1_1"]);
      await checkHistoryPaging(
        s.server,
        "/v1/artifacts?thread_id=art2-thread",
        "artifacts",
        ["art_art2-t1_0", "art_art2-t1_1"],
        1,
      );
    },
  );

  s.it("GET /v1/artifacts - no filter is 422, unknown room or thread 404, a foreign cursor 422", async () => {
    await createRoom(s.server, { id: "art-room3", members: ["alpha"] });
    await send(s.server, roomMessage("art3-m1", "art-room3", "alpha", [url(1)]));
    expectEnvelope(await s.server.get("/v1/artifacts"), 422, "artifact filter is required");
    expectEnvelope(await s.server.get("/v1/artifacts?room_id=%20&limit=3"), 422, "artifact filter is required");
    expectEnvelope(await s.server.get("/v1/artifacts?before=bad%20id"), 422, /^before id must match/);
    expectEnvelope(await s.server.get("/v1/artifacts?room_id=art-noroom"), 404, 'unknown room "art-noroom"');
    expectEnvelope(await s.server.get("/v1/artifacts?thread_id=art-nothread"), 404, 'unknown thread "art-nothread"');
    expectEnvelope(
      await s.server.get("/v1/artifacts?room_id=art-room3&after=art_art2-t1_0"),
      422,
      'invalid cursor "art_art2-t1_0"',
    );
    expect(expectOk(await s.server.get("/v1/artifacts?room_id=art-room3&after=art_art3-m1_0"))).toEqual({
      artifacts: [],
      page: { has_more: false },
    });
  });
}
