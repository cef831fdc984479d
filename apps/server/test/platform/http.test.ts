// A few checks through a real socket: what node-server does with streaming
// bodies, headers and oversized uploads is part of what clients see.
import type { AddressInfo } from "node:net";
import { request as httpRequest } from "node:http";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/http/body.js";
import { bodyOf, makeApp, type TestApp } from "./helpers.js";

let server: ReturnType<typeof serve>;
let base = "";
let t: TestApp;

beforeAll(async () => {
  t = await makeApp();
  server = serve({ fetch: t.app.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((r) => server.once("listening", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  t.app.close();
  server.close();
});

/** Streams `total` bytes of a JSON string value in chunks without Content-Length (chunked encoding). */
function postChunked(path: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      { method: "POST", headers: { "Content-Type": "application/json" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    const head = '{"id":"big","name":"';
    const tail = '"}';
    req.write(head);
    let left = total - head.length - tail.length;
    const chunk = "x".repeat(64 * 1024);
    const pump = () => {
      while (left > 0) {
        const piece = chunk.slice(0, Math.min(chunk.length, left));
        left -= piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      req.end(tail);
    };
    pump();
  });
}

describe("over real HTTP", () => {
  it("an oversized chunked body - is answered 400 request body too large", async () => {
    const res = await postChunked("/v1/rooms", MAX_BODY_BYTES + 1);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ code: "bad_request", error: "http: request body too large" });
  });

  it("a body of exactly 1 MiB - reaches the route (here: a validation answer, not a size error)", async () => {
    const res = await postChunked("/v1/rooms", MAX_BODY_BYTES);
    expect(res.status).not.toBe(400);
  });

  it("a client that disconnects mid-body - changes nothing and the server keeps answering", async () => {
    const body = JSON.stringify({ id: "half", name: "half" });
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${base}/v1/rooms`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": String(body.length + 100) },
      });
      req.on("error", () => resolve());
      req.write(body, () => setTimeout(() => req.destroy(), 50));
      req.on("close", () => resolve());
    });
    const rooms = await fetch(`${base}/v1/rooms`);
    expect(rooms.status).toBe(200);
    expect(((await bodyOf(rooms)) as { rooms: Array<{ id: string }> }).rooms.map((r) => r.id)).not.toContain("half");
    const whole = await fetch(`${base}/v1/rooms`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });
    expect(whole.status).toBe(201);
  });

  it("responses - carry X-Request-Id and JSON content type", async () => {
    const res = await fetch(`${base}/healthz`, { headers: { "X-Request-Id": "over-the-wire" } });
    expect(res.headers.get("x-request-id")).toBe("over-the-wire");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.text()).toBe('{"status":"ok"}\n');
  });

  it("unknown paths and wrong methods - are JSON envelopes", async () => {
    const missing = await fetch(`${base}/v1/nope`);
    expect(missing.status).toBe(404);
    expect((await bodyOf(missing)).code).toBe("not_found");
    const wrong = await fetch(`${base}/v1/rooms`, { method: "PUT" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD, POST");
  });
});
