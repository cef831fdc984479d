// The connection layer under the HTTP application: what a client may hold
// and for how long, so that no client (or address) can exhaust the process.
//
// - Timeouts as the reference's Go server sets them: the request headers
//   within 5 s, the whole request within 15 s, an idle keep-alive connection
//   60 s, and the response written within 30 s. Event streams are exempt from
//   the write deadline (they are meant to stay open; heartbeats keep them honest).
// - One request at a time per connection. Node parses pipelined requests as
//   they arrive and would run them all at once, each building its answer in
//   memory while the client reads none of them; here the next one runs only
//   when the previous answer is written, and the socket is not read meanwhile.
// - A write deadline: a client that stops reading is disconnected and the
//   requests it had queued are dropped unrun.
// - Caps on open connections per remote address and in total, so one abusive
//   address cannot starve the others; connections over a cap get a bare 503.
// - A budget of requests in flight (running or writing their answer) across
//   the process, and of response bytes not yet taken by their clients; beyond
//   either, new requests get a 503 at once instead of queuing.
// - drain() for shutdown: stop accepting, close idle connections at once,
//   answer the requests in flight with `Connection: close`, refuse the rest.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { ConnectionLimits } from "../config/limits.js";
import type { Logger } from "../log.js";
import { normalizeAddress } from "./client-address.js";

export interface GuardedServer {
  server: Server;
  /** Requests running or writing their answer now (event streams excluded). */
  inflight(): number;
  /** Stops accepting, closes idle connections, and marks the rest to close after their current answer. */
  drain(): void;
  /** True when every request in flight finished within `ms`. */
  settled(ms: number): Promise<boolean>;
}

export interface GuardOptions {
  limits: ConnectionLimits;
  log: Logger;
  /** A fresh request id for answers the application never sees. */
  requestId: () => string;
}

interface Connection {
  address: string;
  /** A request of this connection is running or writing its answer. */
  busy: boolean;
  /** Taken over by a WebSocket (/v1/attach): it still counts against the caps, but its owner closes it on shutdown (1001). */
  upgraded?: boolean;
  /** Requests parsed while another was busy, run in order. */
  queue: [IncomingMessage, ServerResponse][];
}

const EVENT_STREAM = /^text\/event-stream/i;
/** A rejected connection is logged at most this often (a flood would flood the log too). */
const REJECT_LOG_EVERY_MS = 10_000;

export function createGuardedServer(listener: RequestListener, options: GuardOptions): GuardedServer {
  const { limits, log } = options;
  const server = createServer({
    headersTimeout: limits.headerTimeoutMs,
    requestTimeout: Math.max(limits.bodyTimeoutMs, limits.headerTimeoutMs),
    keepAliveTimeout: limits.idleTimeoutMs,
    // How often Node checks the header and request deadlines (default 30 s).
    connectionsCheckingInterval: Math.min(1_000, limits.headerTimeoutMs),
  });
  const connections = new Map<Socket, Connection>();
  const perAddress = new Map<string, number>();
  let inflight = 0;
  let draining = false;
  let waiters: (() => void)[] = [];
  let rejected = 0;
  let lastRejectLog = 0;

  const release = () => {
    inflight--;
    if (inflight === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };

  server.on("connection", (socket: Socket) => {
    const address = normalizeAddress(socket.remoteAddress ?? "") || "unknown";
    const fromAddress = perAddress.get(address) ?? 0;
    if (draining || connections.size >= limits.maxConnections || fromAddress >= limits.maxConnectionsPerAddress) {
      rejected++;
      const now = Date.now();
      if (now - lastRejectLog >= REJECT_LOG_EVERY_MS) {
        lastRejectLog = now;
        log.warn(
          { remote_addr: address, open: connections.size, from_address: fromAddress, rejected },
          draining ? "connection refused: shutting down" : "connection refused: connection limit reached",
        );
      }
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      socket.destroySoon?.();
      return;
    }
    perAddress.set(address, fromAddress + 1);
    connections.set(socket, { address, busy: false, queue: [] });
    socket.once("close", () => {
      connections.delete(socket);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });

  server.on("upgrade", (req: IncomingMessage) => {
    const conn = connections.get(req.socket as Socket);
    if (conn) conn.upgraded = true;
  });

  const dispatch = (conn: Connection, req: IncomingMessage, res: ServerResponse) => {
    conn.busy = true;
    const socket = req.socket;
    let counted = true;
    inflight++;
    let deadline: NodeJS.Timeout | undefined = setTimeout(() => {
      log.warn(
        { remote_addr: conn.address, method: req.method, timeout_ms: limits.writeTimeoutMs },
        "write deadline passed; closing the connection",
      );
      socket.destroy();
    }, limits.writeTimeoutMs);
    const stopDeadline = () => {
      if (deadline) clearTimeout(deadline);
      deadline = undefined;
    };
    // Event streams stay open by design: no write deadline, and they do not
    // hold a place in the in-flight budget once their headers are out.
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (draining) res.shouldKeepAlive = false;
      if (EVENT_STREAM.test(contentTypeOf(res, args))) {
        stopDeadline();
        if (counted) {
          counted = false;
          release();
        }
      }
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as typeof res.writeHead;
    res.once("close", () => {
      stopDeadline();
      if (counted) {
        counted = false;
        release();
      }
      conn.busy = false;
      if (socket.destroyed || draining) {
        conn.queue = [];
        // Shutting down: the answer is out (with `Connection: close`); close now rather than at the end of the grace period.
        if (draining && !socket.destroyed) socket.end();
        return;
      }
      const next = conn.queue.shift();
      if (next) dispatch(conn, next[0], next[1]);
      else if (socket.isPaused()) socket.resume();
    });
    if (draining) return refuse(req, res, "shutting down");
    if (inflight > limits.maxInflightRequests) return refuse(req, res, "too many requests in flight");
    if (pendingWriteBytes() > limits.maxPendingWriteBytes) return refuse(req, res, "too many unread responses");
    listener(req, res);
  };

  /** Bytes queued in sockets (answers written that clients have not read). Only busy connections can hold any. */
  const pendingWriteBytes = () => {
    let total = 0;
    for (const [socket, conn] of connections) if (conn.busy) total += socket.writableLength;
    return total;
  };

  const refuse = (req: IncomingMessage, res: ServerResponse, why: string) => {
    const requestId = options.requestId();
    const body = `{"code":"service_unavailable","error":"service unavailable","request_id":"${requestId}"}\n`;
    log.warn({ request_id: requestId, method: req.method, status: 503, reason: why }, "request refused");
    res.shouldKeepAlive = false;
    res.writeHead(503, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Retry-After": "1",
      "X-Request-Id": requestId,
    });
    res.end(body);
  };

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const conn = connections.get(req.socket);
    if (!conn) {
      // Not tracked (refused at connect); nothing runs for it.
      req.socket.destroy();
      return;
    }
    if (conn.busy) {
      conn.queue.push([req, res]);
      // Leave the rest of what the client sent unread until its turn.
      req.socket.pause();
      return;
    }
    dispatch(conn, req, res);
  });

  return {
    server,
    inflight: () => inflight,
    drain() {
      if (draining) return;
      draining = true;
      server.close();
      for (const [socket, conn] of connections) {
        conn.queue = [];
        if (!conn.busy && !conn.upgraded) socket.destroy();
      }
    },
    settled(ms: number): Promise<boolean> {
      if (inflight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}

/** The Content-Type a writeHead call will send: from its headers argument, else already set on the response. */
function contentTypeOf(res: ServerResponse, args: unknown[]): string {
  for (const arg of args.slice(1)) {
    if (Array.isArray(arg)) {
      // [name, value, name, value, …] or [[name, value], …]
      const flat = arg.flat() as unknown[];
      for (let i = 0; i + 1 < flat.length; i += 2)
        if (String(flat[i]).toLowerCase() === "content-type") return String(flat[i + 1]);
    } else if (arg && typeof arg === "object") {
      for (const [name, value] of Object.entries(arg)) if (name.toLowerCase() === "content-type") return String(value);
    }
  }
  return String(res.getHeader("content-type") ?? "");
}
