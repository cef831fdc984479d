import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../src/context.js";
import { MAX_BODY_BYTES, readBody, readJson } from "../../src/http/body.js";
import { t } from "../../src/go-struct-schema.js";
import { createErrorHandler } from "../../src/http/errors.js";
import { jsonResponse } from "../../src/http/json.js";
import { bodyOf, recordingLogger } from "./helpers.js";

const roomSchema = t.object("protocol.CreateRoomRequest", { id: t.string, members: t.strings });

function bodyApp() {
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("requestId", "req_body");
    await next();
  });
  app.post("/raw", async (c) => jsonResponse(c, 200, { ok: (await readBody(c)) !== undefined }));
  app.post("/room", async (c) => jsonResponse(c, 200, await readJson(c, roomSchema)));
  app.onError(createErrorHandler(recordingLogger()));
  return app;
}

async function post(path: string, body: NonNullable<RequestInit["body"]>, init: RequestInit = {}) {
  const res = await bodyApp().request(path, {
    method: "POST",
    body,
    ...init,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return { status: res.status, body: await bodyOf(res) };
}

describe("readBody", () => {
  it("a single object - is accepted with trailing whitespace", async () => {
    expect(await post("/room", '{"id":"r1"} \n\t')).toEqual({ status: 200, body: { id: "r1", members: [] } });
  });

  it("empty body - is 400 EOF", async () => {
    expect(await post("/room", "")).toEqual({
      status: 400,
      body: { code: "bad_request", error: "EOF", request_id: "req_body" },
    });
    expect((await post("/room", "   ")).body.error).toBe("EOF");
  });

  it("a second JSON value - is 400 expected a single JSON object", async () => {
    for (const tail of ['{"id":"b"}', "1", '"x"', "[]", "null", "true"]) {
      expect((await post("/room", `{"id":"a"} ${tail}`)).body.error).toBe("expected a single JSON object");
    }
  });

  it("trailing garbage - is 400 with the parser message", async () => {
    expect((await post("/room", '{"id":"a"} }')).body.error).toBe(
      "invalid character '}' looking for beginning of value",
    );
  });

  it("syntax errors - are worded like Go's scanner", async () => {
    const cases: Array<[string, string]> = [
      ["{", "unexpected EOF"],
      ['{"id" "x"}', "invalid character '\"' after object key"],
      ['{"id":"x",}', "invalid character '}' looking for beginning of object key string"],
      ['{"id":"x" "y"}', "invalid character '\"' after object key:value pair"],
      ["[1 2]", "invalid character '2' after array element"],
      ["{'id':1}", "invalid character '\\'' looking for beginning of object key string"],
      ["tru", "unexpected EOF"],
      ["trux", "invalid character 'x' in literal true (expecting 'e')"],
      ['{"id":01}', "invalid character '1' after object key:value pair"],
      ['{"id":1.}', "invalid character '}' after decimal point in numeric literal"],
      ['{"id":"a\\qb"}', "invalid character 'q' in string escape code"],
      ['{"id":"a\nb"}', "invalid character '\\n' in string literal"],
      ['{"id":"\\u12G4"}', "invalid character 'G' in \\u hexadecimal character escape"],
      ["x", "invalid character 'x' looking for beginning of value"],
    ];
    for (const [input, message] of cases) expect((await post("/raw", input)).body.error, input).toBe(message);
  });

  it("invalid UTF-8 - is 400", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    const res = await post("/room", bytes);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("request body is not valid UTF-8");
  });

  it("exactly 1 MiB - is accepted", async () => {
    const prefix = '{"id":"r","pad":"';
    const body = prefix + "x".repeat(MAX_BODY_BYTES - prefix.length - 2) + '"}';
    expect(body.length).toBe(MAX_BODY_BYTES);
    expect((await post("/room", body)).status).toBe(200);
  });

  it("1 MiB + 1 byte - is 400 request body too large", async () => {
    const body = '{"pad":"' + "x".repeat(MAX_BODY_BYTES - 9) + '"}';
    expect(body.length).toBe(MAX_BODY_BYTES + 1);
    expect(await post("/room", body)).toEqual({
      status: 400,
      body: { code: "bad_request", error: "http: request body too large", request_id: "req_body" },
    });
  });

  it("an unbounded streamed body - is cut off just past the limit without reading the rest", async () => {
    let produced = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        produced += chunk.byteLength;
        controller.enqueue(chunk);
        if (produced > 64 * MAX_BODY_BYTES) controller.close();
      },
    });
    const res = await post("/raw", stream);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("http: request body too large");
    // The stream may pre-fetch a little, but never anything close to the whole 64 MiB.
    expect(produced).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("a declared Content-Length over the limit - is refused before reading", async () => {
    const res = await bodyApp().request("/raw", {
      method: "POST",
      body: "{}",
      headers: { "Content-Length": String(MAX_BODY_BYTES + 1) },
    });
    expect(res.status).toBe(400);
  });

  it("deep nesting - is 400 exceeded max depth, never a stack overflow", async () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(await post("/raw", deep)).toMatchObject({ status: 400, body: { error: "exceeded max depth" } });
    const deepObject = '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000);
    expect((await post("/room", deepObject)).body.error).toBe("exceeded max depth");
  });

  it("nesting within the limit inside an ignored key - is accepted", async () => {
    const nested = "[".repeat(900) + "]".repeat(900);
    expect((await post("/room", `{"id":"r","x":${nested}}`)).status).toBe(200);
  });

  it("a huge flat array - decodes without a 500", async () => {
    const members = JSON.stringify(Array.from({ length: 60_000 }, (_, i) => `m${i}`));
    const res = await post("/room", `{"members":${members}}`);
    expect(res.status).toBe(200);
    expect(res.body.members).toHaveLength(60_000);
  });

  it("a type error - is reported before the single-value check", async () => {
    expect((await post("/room", '"x" {}')).body.error).toBe(
      "json: cannot unmarshal string into Go value of type protocol.CreateRoomRequest",
    );
  });
});
