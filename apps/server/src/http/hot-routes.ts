// The hot routes, served on node:http directly: POST /v1/messages and the
// history pages of rooms, threads and DMs, the requests an agent network
// sends most. Under Hono each one paid for a web Request and Response, the
// middleware chain and the adapter turning the Response back into a node
// answer; profiled, that was about a fifth of a message POST's CPU (issue 12).
//
// Nothing else differs: the request id, the deadline, access rules, body
// limits, decoding, the service call, the envelope, the log line and the
// metrics come from the same modules the Hono routes use. Hono still answers
// every other request, and any request here that is not plainly one of these
// (a percent-escape in the path or query, a `+` in the query, an empty id),
// so the rarer spellings keep exactly the parsing they always had.
import type { IncomingMessage, ServerResponse } from "node:http";
import { goStringify } from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import type { AccessRule, RequestAccess } from "../auth/authenticate.js";
import type { CredentialSource } from "../auth/tokens.js";
import type { Logger } from "../log.js";
import { sendMessage } from "../service/messages.js";
import { sendMessageSchema } from "../service/request-schemas.js";
import { listRoomMessages } from "../service/rooms.js";
import { listThreadMessages } from "../service/threads.js";
import { listDmMessages } from "../service/dms.js";
import { readNodeJson } from "./body.js";
import { classifyError, errorEnvelope, logFailure } from "./errors.js";
import type { RequestObserver } from "./observe.js";
import { windowFromParams } from "./query.js";

/** Answers `req` when it is one of the hot routes (true), or leaves it to Hono (false). */
export type HotRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface HotRouteDeps {
  ctx: AppContext;
  access: (source: CredentialSource) => RequestAccess;
  observe: RequestObserver;
  log: Logger;
  requestId: (header: string | undefined) => string;
  deadlineMs: number;
}

interface Route {
  /** The metrics and log label, as routeLabel spells the Hono route. */
  label: string;
  rule: AccessRule;
  /** `id` is the conversation named by the path (empty for POST). */
  run(
    ctx: AppContext,
    principal: Principal,
    req: IncomingMessage,
    query: Query,
    id: string,
  ): Promise<[number, unknown]>;
}

type Query = (name: string) => string | undefined;

const POST_MESSAGE: Route = {
  label: "POST /v1/messages",
  rule: "write",
  async run(ctx, principal, req) {
    const request = await readNodeJson(req, sendMessageSchema);
    return [202, await sendMessage(ctx, principal, request)];
  },
};

type Lister = (
  ctx: AppContext,
  principal: Principal,
  id: string,
  window: ReturnType<typeof windowFromParams>,
) => Promise<unknown>;

function history(label: string, rule: AccessRule, list: Lister): Route {
  return {
    label,
    rule,
    async run(ctx, principal, _req, query, id) {
      const window = windowFromParams(query("limit"), query("before"), query("after"));
      return [200, await list(ctx, principal, id, window)];
    },
  };
}

const HISTORY_ROUTES: Record<string, Route> = {
  rooms: history("GET /v1/rooms/{roomID}/messages", "read", listRoomMessages),
  threads: history("GET /v1/threads/{threadID}/messages", "read", listThreadMessages),
  dms: history("GET /v1/dms/{dmID}/messages", "observe", (ctx, _principal, dmId, window) =>
    listDmMessages(ctx, dmId, window),
  ),
};

// One id segment the way Hono's `:param` matches it, without escapes to decode.
const HISTORY = /^\/v1\/(rooms|threads|dms)\/([^/%]+)\/messages$/;

/** The route for `method` and `path` with the id its path names, or null when Hono is to answer. */
function routeOf(method: string | undefined, path: string): [Route, string] | null {
  if (method === "POST") return path === "/v1/messages" ? [POST_MESSAGE, ""] : null;
  if (method !== "GET") return null;
  const m = HISTORY.exec(path);
  return m ? [HISTORY_ROUTES[m[1]!]!, m[2]!] : null;
}

/** First value of each name in a query string without escapes (the caller checked), as Hono's `c.req.query` reads it. */
function queryOf(search: string): Query {
  let values: Map<string, string> | undefined;
  return (name) => {
    if (values === undefined) {
      values = new Map();
      for (const pair of search.split("&")) {
        if (pair === "") continue;
        const eq = pair.indexOf("=");
        const key = eq < 0 ? pair : pair.slice(0, eq);
        if (!values.has(key)) values.set(key, eq < 0 ? "" : pair.slice(eq + 1));
      }
    }
    return values.get(name);
  };
}

export function createHotRoutes(deps: HotRouteDeps): HotRoutes {
  const { ctx, access, observe, log } = deps;
  return (req, res) => {
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const search = q < 0 ? "" : url.slice(q + 1);
    if (search.includes("%") || search.includes("+")) return false;
    const found = routeOf(req.method, path);
    if (!found) return false;
    void serve(req, res, found[0], found[1], path, queryOf(search));
    return true;
  };

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    route: Route,
    id: string,
    path: string,
    query: Query,
  ) {
    const started = performance.now();
    const method = req.method ?? "";
    const requestId = deps.requestId(header(req.headers["x-request-id"]));
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      const text = `${goStringify(body)}\n`;
      res.writeHead(status, {
        ...headers,
        "content-type": "application/json",
        "x-request-id": requestId,
        "content-length": Buffer.byteLength(text),
      });
      res.end(text);
      observe(requestId, method, route.label, status, (performance.now() - started) / 1000);
    };
    const fail = (err: unknown) => {
      const { status, message, headers } = classifyError(err);
      if (status >= 500) logFailure(log, err, requestId, method, status);
      return { status, body: errorEnvelope(status, message, requestId), headers };
    };
    drainWhenAnswered(req, res);
    // Nobody will read the answer; do no work for it (as requestDeadline does).
    if (req.socket.destroyed) return answer(503, errorEnvelope(503, "", requestId));

    const source: CredentialSource = {
      authorization: header(req.headers.authorization),
      cookies: header(req.headers.cookie),
      path,
      query,
    };
    const work = (async () => {
      try {
        const principal = await access(source).require(route.rule);
        const [status, body] = await route.run(ctx, principal, req, query, id);
        return { status, body, headers: undefined };
      } catch (err) {
        return fail(err);
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), deps.deadlineMs);
    });
    try {
      const result = await Promise.race([work, expired]);
      if (result === null) answer(503, errorEnvelope(503, "", requestId), { "retry-after": "1" });
      else answer(result.status, result.body, result.headers);
    } catch (err) {
      // Writing the answer itself failed (the socket went away mid-write).
      log.warn(
        { request_id: requestId, error: err instanceof Error ? err.message : String(err) },
        "answer not written",
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

const DRAIN_BYTES = 64 * 1024 * 1024;
const DRAIN_MS = 500;

/**
 * After the answer, a body the route stopped reading (too large, malformed)
 * is read and dropped, so the connection can carry the next request; a client
 * still sending after DRAIN_MS or past DRAIN_BYTES loses the connection. The
 * node adapter behind the Hono routes does the same.
 */
function drainWhenAnswered(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === "GET" || req.method === "HEAD") return;
  res.once("finish", () => {
    if (req.readableEnded || req.destroyed) return;
    let read = 0;
    const stop = () => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", stop);
      req.off("error", stop);
    };
    const cut = () => {
      stop();
      if (!req.socket.destroyed) req.socket.destroySoon();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.byteLength;
      if (read > DRAIN_BYTES) cut();
    };
    const timer = setTimeout(cut, DRAIN_MS);
    timer.unref();
    req.on("data", onData);
    req.on("end", stop);
    req.on("error", stop);
    req.resume();
  });
}
