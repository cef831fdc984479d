// Seeds a started server over the public API, as an operator would see it:
// two rooms, a long history with every part kind and a mention, a thread, a
// DM and two registered agents.
import type { HttpClient } from "../../server/test/http/client.js";

export const HISTORY = 120;

async function ok(reply: Promise<{ status: number; text: string }>, what: string): Promise<void> {
  const r = await reply;
  if (r.status >= 300) throw new Error(`seed: ${what} answered ${r.status}: ${r.text}`);
}

export async function seed(server: HttpClient, token?: string): Promise<void> {
  const as = token === undefined ? {} : { token };
  await ok(
    server.request("POST", "/v1/rooms", {
      ...as,
      body: {
        id: "general",
        name: "General",
        members: ["alpha", "beta"],
        visibility: "public",
        write_policy: "members",
      },
    }),
    "room general",
  );
  await ok(
    server.request("POST", "/v1/rooms", {
      ...as,
      body: { id: "ops", name: "Ops", members: ["alpha"], visibility: "private", write_policy: "operators" },
    }),
    "room ops",
  );
  for (const id of ["alpha", "beta"]) {
    await ok(
      server.request("POST", "/v1/agents/register", {
        ...as,
        body: { requested_agent_id: id, name: id === "alpha" ? "Alpha" : "Beta" },
      }),
      `agent ${id}`,
    );
  }
  const post = (body: unknown) => ok(server.request("POST", "/v1/messages", { ...as, body }), "message");
  const room = { kind: "room", room_id: "general" };
  const alpha = { type: "agent", id: "alpha", name: "Alpha" };
  for (let i = 1; i <= HISTORY - 2; i++) {
    await post({
      id: `m${String(i).padStart(3, "0")}`,
      target: room,
      from: i % 2 ? alpha : { type: "agent", id: "beta" },
      parts: [{ kind: "text", text: `history message ${i}` }],
    });
  }
  await post({
    id: "m_parts",
    target: room,
    from: alpha,
    parts: [
      { kind: "text", text: "hello @beta, see the report" },
      { kind: "url", url: "https://example.com/docs" },
      { kind: "image", url: "https://example.com/chart.png", filename: "chart.png", media_type: "image/png" },
      { kind: "data", data: { answer: 42 } },
      { kind: "file", url: "https://example.com/report.pdf", filename: "report.pdf", media_type: "application/pdf" },
    ],
  });
  await post({ id: "m_parent", target: room, from: alpha, parts: [{ kind: "text", text: "start of a thread" }] });
  await post({
    id: "m_reply",
    target: { kind: "thread", room_id: "general", thread_id: "t_plan", parent_message_id: "m_parent" },
    from: { type: "agent", id: "beta" },
    parts: [
      { kind: "text", text: "a reply in the thread" },
      { kind: "file", url: "https://example.com/plan.txt", filename: "plan.txt" },
    ],
  });
  await post({
    id: "m_dm",
    target: { kind: "dm", dm_id: "dm_ab", participant_ids: ["alpha", "beta"] },
    from: alpha,
    parts: [
      { kind: "text", text: "a private word" },
      { kind: "url", url: "https://example.com/dm-link" },
    ],
  });
}
