// Concurrent requests against one real process: lazy creation and
// idempotency must hold when the requests race (exactly one creator, one
// stored copy, strictly increasing created_at in history order).
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import { createRoom, dmMessage, expectEnvelope, expectOk, messageEventId, threadMessage } from "../fixtures.js";

const N = 16;

export function concurrencyCases(s: Suite): void {
  s.it(
    "concurrent - 16 parallel first messages of one thread: exactly one reports thread_created; the count is 16",
    async () => {
      await createRoom(s.server, { id: "cc-room", members: ["alpha"] });
      const replies = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          s.server.post("/v1/messages", threadMessage(`cc-t-${i}`, "cc-room", "cc-thread", "cc-root")),
        ),
      );
      const bodies = replies.map((r) => expectOk(r, 202));
      expect(bodies.filter((b) => b.thread_created).length).toBe(1);
      expect(expectOk(await s.server.get("/v1/threads/cc-thread")).message_count).toBe(N);
      const history = expectOk(await s.server.get("/v1/threads/cc-thread/messages")).messages as {
        id: string;
        created_at: string;
      }[];
      expect(history.map((m) => m.id).sort()).toEqual(bodies.map((b) => b.message_id).sort());
      const times = history.map((m) => m.created_at);
      expect(new Set(times).size, "created_at values are distinct").toBe(N);
      for (let i = 1; i < N; i++) expect(Date.parse(times[i]!)).toBeGreaterThanOrEqual(Date.parse(times[i - 1]!));
    },
  );

  s.it(
    "concurrent - 16 parallel sends of one new DM message id: one stored copy, one dm_created, the same event id",
    async () => {
      const replies = await Promise.all(
        Array.from({ length: N }, () => s.server.post("/v1/messages", dmMessage("cc-dup", "cc-dm", ["alpha", "beta"]))),
      );
      const bodies = replies.map((r) => expectOk(r, 202));
      expect(new Set(bodies.map((b) => b.event_id))).toEqual(new Set([messageEventId("cc-dup")]));
      expect(bodies.filter((b) => b.dm_created).length).toBe(1);
      expect(expectOk(await s.server.get("/v1/dms/cc-dm")).message_count).toBe(1);
      expect(expectOk(await s.server.get("/v1/dms/cc-dm/messages")).messages).toHaveLength(1);
    },
  );

  s.it("concurrent - 16 parallel creations of one room id: one 201, the rest 409", async () => {
    const replies = await Promise.all(Array.from({ length: N }, () => s.server.post("/v1/rooms", { id: "cc-same" })));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of replies.filter((x) => x.status !== 201)) expectEnvelope(r, 409, 'room "cc-same" already exists');
  });

  s.it("concurrent - parallel member changes of one room all apply", async () => {
    await createRoom(s.server, { id: "cc-members" });
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) => s.server.patch("/v1/rooms/cc-members/members", { add: [`cc-m-${i}`] })),
    );
    for (const r of replies) expectOk(r);
    const members = expectOk(await s.server.get("/v1/rooms/cc-members")).members as string[];
    expect(members).toHaveLength(N);
  });
}
