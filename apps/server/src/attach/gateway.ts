// GET /v1/attach: the native attachment protocol over WebSocket (`ws`, in
// noServer mode on the HTTP server's own `upgrade` event, so it shares the
// port). The upgrade request first goes through the Hono app as an ordinary
// GET (request id, log line, metrics, authentication, origin check); only
// when that accepts it is the socket upgraded. One session per socket:
//   HELLO → IDENTIFY (10 s) → READY → EVENT… / ACK, PING / PONG, ERROR.
// Events come from the stored log (events/feed.ts) in log order, resuming
// after IDENTIFY.cursor; a client silent for two heartbeats, one that does
// not read (its socket buffer stays full past the write timeout) or one that
// leaves 1,024 events unACKed is closed.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { STATUS_CODES } from "node:http";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { goStringify } from "@moltnet/store";
import type { AppContext, MoltnetEvent, Principal } from "../context.js";
import type { Platform } from "../platform.js";
import {
  allows,
  allowsAgent,
  credentialKeyOf,
  effectivePublicRead,
  effectiveRegistration,
  hasClaims,
} from "../auth/principal.js";
import { agentTokenCredentialKey, ANONYMOUS_CREDENTIAL } from "../auth/tokens.js";
import { wireEvent } from "../events/wire.js";
import type { FeedItem, Subscription } from "../events/feed.js";
import { HttpError } from "../http/errors.js";
import { idError } from "../ids.js";
import { registerAgent } from "../service/register.js";
import { deliveryFilter, isRemoval, isWake, wakeReason, type AttachedAgent } from "./delivery.js";
import {
  decodeFrame,
  encodeFrame,
  FrameError,
  HEARTBEAT_INTERVAL_MS,
  IDENTIFY_TIMEOUT_MS,
  MAX_FRAME_BYTES,
  versionError,
  WRITE_TIMEOUT_MS,
  type ClientFrame,
} from "./frames.js";
import { PendingAcks } from "./pending-acks.js";
import type { Presence } from "./presence.js";
import { AttachmentRegistry, type AttachCredential } from "./registry.js";

export const ATTACH_PATH = "/v1/attach";
/** Above this many bytes queued on the socket the session stops taking events until it drains. */
const HIGH_WATER_BYTES = 256 * 1024;
const DRAIN_POLL_MS = 20;

/** Close codes: 1000 normal, 1001 server going away, 1008 rejected (auth, identity, protocol), 1011 server error. */
const CLOSE_REJECTED = 1008;

export interface GatewayOptions {
  ctx: AppContext;
  platform: Platform;
  presence: Presence;
  /** Overrides of the reference's timings, for tests that cannot wait 10 s. */
  heartbeatMs?: number;
  identifyTimeoutMs?: number;
}

/** The app's part of an upgrade: run the request through Hono, which answers or hands back the caller. */
export type AuthorizeUpgrade = (
  request: Request,
  incoming: IncomingMessage,
) => Promise<{ principal: Principal } | { response: Response }>;

export class AttachGateway {
  readonly #wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, clientTracking: false });
  readonly registry = new AttachmentRegistry();
  readonly #sessions = new Set<Session>();
  #closed = false;

  constructor(readonly options: GatewayOptions) {}

  get active(): number {
    return this.#sessions.size;
  }

  /** The server's `upgrade` handler. Never throws; a refused upgrade gets an HTTP response and the socket is closed. */
  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, authorize: AuthorizeUpgrade): Promise<void> {
    socket.on("error", () => socket.destroy());
    const path = (req.url ?? "").split("?")[0];
    if (this.#closed) return refuse(socket, 503, '{"code":"service_unavailable","error":"service unavailable"}');
    let request: Request;
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
        method: req.method,
        headers,
      });
    } catch {
      return refuse(socket, 400, '{"code":"bad_request","error":"bad request"}');
    }
    // Only /v1/attach upgrades; other routes are never run for an upgrade (an event stream would never end).
    if (path !== ATTACH_PATH) return refuse(socket, 404, '{"code":"not_found","error":"not found"}');
    let result;
    try {
      result = await authorize(request, req);
    } catch {
      return refuse(socket, 500, '{"code":"internal_error","error":"internal server error"}');
    }
    if ("response" in result)
      return refuse(socket, result.response.status, await result.response.text(), result.response.headers);
    if (this.#closed || socket.destroyed)
      return refuse(socket, 503, '{"code":"service_unavailable","error":"service unavailable"}');
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new Session(this, ws, result.principal);
      this.#sessions.add(session);
      this.options.platform.metrics.attachmentOpened();
      void session.run().finally(() => {
        this.#sessions.delete(session);
        this.options.platform.metrics.attachmentClosed();
      });
    });
  }

  /** Ends every attachment (server shutdown); resolves when their closing events are stored. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#sessions].map((s) => s.end("server_shutdown", "", 1001)));
    this.options.presence.stop();
  }
}

function refuse(socket: Duplex, status: number, body: string, headers?: Headers): void {
  if (socket.destroyed) return;
  const type = headers?.get("content-type") ?? "application/json; charset=utf-8";
  const extra = headers?.get("www-authenticate") ? `WWW-Authenticate: ${headers.get("www-authenticate")}\r\n` : "";
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
  );
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

class Session {
  #state: "identify" | "identifying" | "ready" | "ended" = "identify";
  #agent: AttachedAgent | null = null;
  #attachmentId = "";
  #release: (() => void) | null = null;
  #sub: Subscription | null = null;
  readonly #pending = new PendingAcks();
  readonly #queued: ClientFrame[] = [];
  #timers: NodeJS.Timeout[] = [];
  #lastRead = Date.now();
  #ending: Promise<void> | null = null;
  #done!: () => void;
  readonly #finished = new Promise<void>((resolve) => (this.#done = resolve));
  readonly heartbeatMs: number;

  constructor(
    private readonly gateway: AttachGateway,
    private readonly ws: WebSocket,
    private readonly principal: Principal,
  ) {
    this.heartbeatMs = gateway.options.heartbeatMs ?? HEARTBEAT_INTERVAL_MS;
  }

  /** A getter, so narrowing of #state across awaits does not hide a concurrent end(). */
  get #ended(): boolean {
    return this.#state === "ended";
  }

  get ctx(): AppContext {
    return this.gateway.options.ctx;
  }

  /** Resolves when the session has ended and its closing events are stored. */
  run(): Promise<void> {
    const ws = this.ws;
    ws.on("message", (data, isBinary) => this.#onMessage(data, isBinary));
    ws.on("pong", () => (this.#lastRead = Date.now()));
    ws.on("ping", () => (this.#lastRead = Date.now()));
    ws.on("close", (code) => {
      if (code === 1000 || code === 1005) void this.end("client_closed", "");
      else if (code === 1001) void this.end("client_going_away", "");
      else void this.end("read_error", `websocket closed with code ${code}`);
    });
    ws.on("error", (err) => {
      // ws reports an oversized frame (it closes with 1009 itself) or an invalid frame here.
      void this.end("read_error", err.message, /max payload/i.test(err.message) ? 1009 : 1002);
    });
    this.#send(encodeFrame({ op: "HELLO", heartbeat_interval_ms: HEARTBEAT_INTERVAL_MS }));
    this.#timers.push(
      setTimeout(() => {
        if (this.#state === "identify")
          void this.#reject(
            `attachment IDENTIFY was not received within ${IDENTIFY_TIMEOUT_MS / 1000} s`,
            "read_timeout",
          );
      }, this.gateway.options.identifyTimeoutMs ?? IDENTIFY_TIMEOUT_MS),
    );
    return this.#finished;
  }

  #send(text: string): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(text);
  }

  /** Sends ERROR and ends the session. */
  #reject(message: string, reason: string, closeCode = CLOSE_REJECTED): Promise<void> {
    this.#send(encodeFrame({ op: "ERROR", error: message }));
    return this.end(reason, message, closeCode);
  }

  #onMessage(data: RawData, isBinary: boolean): void {
    this.#lastRead = Date.now();
    if (this.#state === "ended") return;
    if (isBinary) {
      void this.#reject("attachment protocol only accepts text JSON frames", "client_protocol_error");
      return;
    }
    let frame: ClientFrame;
    try {
      frame = decodeFrame(
        Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.concat(data as Buffer[]).toString("utf8"),
      );
    } catch (err) {
      void this.#reject(
        err instanceof FrameError ? err.message : "attachment frame must be valid JSON",
        "client_protocol_error",
      );
      return;
    }
    if (this.#state === "identify") {
      this.#state = "identifying";
      void this.#identify(frame).catch((err) => {
        this.ctx.log.error({ error: err instanceof Error ? err.message : String(err) }, "attachment identify failed");
        void this.#reject("internal server error", "server_error", 1011);
      });
      return;
    }
    if (this.#state === "identifying") {
      // Read after READY, in order, as the reference does (it reads nothing until then).
      this.#queued.push(frame);
      return;
    }
    this.#handle(frame);
  }

  #handle(frame: ClientFrame): void {
    const versionProblem = versionError(frame, false);
    if (versionProblem) {
      void this.#reject(versionProblem, "client_protocol_error");
      return;
    }
    switch (frame.op) {
      case "ACK": {
        const wake = this.#pending.ack(frame.cursor);
        if (wake === undefined) {
          void this.#reject("unexpected ACK cursor", "client_protocol_error");
          return;
        }
        if (wake) void this.#wakeEvent("agent.wake.delivered", wake, "");
        return;
      }
      case "PONG":
        return;
      case "PING":
        this.#send(encodeFrame({ op: "PONG" }));
        return;
      case "ERROR":
        void this.end(
          "client_error",
          `attachment client error${frame.error.trim() ? `: ${frame.error.trim()}` : ""}`,
          1000,
        );
        return;
      default:
        void this.#reject(`unexpected frame op ${JSON.stringify(frame.op)}`, "client_protocol_error");
    }
  }

  async #identify(frame: ClientFrame): Promise<void> {
    const ctx = this.ctx;
    const networkId = ctx.settings.networkId;
    if (frame.op !== "IDENTIFY") return this.#reject("expected IDENTIFY frame", "client_protocol_error");
    const versionProblem = versionError(frame, true);
    if (versionProblem) return this.#reject(versionProblem, "client_protocol_error");
    if (frame.network_id.trim() !== networkId) {
      return this.#reject(
        `attachment network_id ${JSON.stringify(frame.network_id)} does not match ${JSON.stringify(networkId)}`,
        "client_protocol_error",
      );
    }
    const agentId = (frame.agent?.id ?? "").trim();
    if (agentId === "") return this.#reject("attachment agent.id is required", "client_protocol_error");
    const idProblem = idError(agentId);
    if (idProblem !== undefined) return this.#reject(`attachment agent.id ${idProblem}`, "client_protocol_error");
    const cursor = frame.cursor.trim();
    if (cursor !== "" && idError(cursor) !== undefined)
      return this.#reject(
        `attachment cursor ${JSON.stringify(cursor)} is not a valid event id`,
        "client_protocol_error",
      );
    const principal = this.principal;
    if (hasClaims(principal) && !allowsAgent(principal, agentId)) {
      return this.#reject(
        `attachment agent.id ${JSON.stringify(agentId)} is not allowed for this token`,
        "unauthorized",
      );
    }

    let registration: Record<string, unknown>;
    try {
      registration = (
        await registerAgent(ctx, principal, { requested_agent_id: agentId, name: frame.agent?.name ?? "" })
      ).body;
    } catch (err) {
      if (!(err instanceof HttpError) || err.status >= 500) throw err;
      let message = err.message;
      if (
        effectiveRegistration(ctx.settings) === "open" &&
        !hasClaims(principal) &&
        message.includes("already registered")
      ) {
        message = `agent ${JSON.stringify(agentId)} requires its agent token`;
      }
      return this.#reject(message, "unauthorized");
    }
    if (this.#ended) return;
    const token = typeof registration.agent_token === "string" ? registration.agent_token : "";
    const agent: AttachedAgent = {
      id: String(registration.agent_id),
      name: (frame.agent?.name ?? "").trim() || String(registration.display_name ?? ""),
    };
    const credential = await this.#credential(agentId, token);
    if (this.#ended) return;
    const claim = this.gateway.registry.acquire(agent.id, credential);
    if ("error" in claim) return this.#reject(claim.error, "attachment_conflict");
    this.#release = claim.release;

    const publicOnly =
      effectivePublicRead(ctx.settings) && !allows(principal, "observe") && !allows(principal, "admin");
    const filter = deliveryFilter(ctx, agent, publicOnly);
    let sub: Subscription;
    try {
      sub = await this.gateway.options.platform.feed.subscribe(cursor);
    } catch (err) {
      this.#release();
      this.#release = null;
      throw err;
    }
    if (this.#ended) {
      sub.close();
      return;
    }
    this.#sub = sub;
    this.#agent = agent;
    const attachmentId = await this.gateway.options.presence.register(agent);
    if (this.#ended) {
      // Ended while its presence was being stored: there is nothing to announce, only the row to drop.
      await this.gateway.options.presence.unregister(attachmentId, agent.id);
      return;
    }
    this.#attachmentId = attachmentId;
    this.#send(
      encodeFrame({
        op: "READY",
        network_id: networkId,
        agent_id: agent.id,
        actor_uid: String(registration.actor_uid ?? ""),
        actor_uri: String(registration.actor_uri ?? ""),
        agent_token: token,
      }),
    );
    this.#state = "ready";
    await this.gateway.options.presence.connected(agent);
    this.#startHeartbeats();
    for (const queued of this.#queued.splice(0)) {
      if (this.#state !== "ready") return;
      this.#handle(queued);
    }
    void this.#deliver(sub, filter, agent);
  }

  /** The credential the second-attachment rule compares (the reference's attachmentCredentialForRegistration). */
  async #credential(agentId: string, mintedToken: string): Promise<AttachCredential> {
    const principal = this.principal;
    let credential: AttachCredential = hasClaims(principal)
      ? { key: credentialKeyOf(principal), authenticated: true }
      : { key: "", authenticated: false };
    let registered = mintedToken ? agentTokenCredentialKey(mintedToken) : "";
    if (!registered && (!credential.authenticated || (allows(principal, "admin") && allows(principal, "attach")))) {
      registered = (await this.ctx.store.getRegisteredAgent(agentId))?.credential_key ?? "";
    }
    if (allows(principal, "admin") && allows(principal, "attach"))
      credential = { key: registered, authenticated: registered !== "" };
    if (!credential.authenticated && registered !== "" && registered !== ANONYMOUS_CREDENTIAL)
      credential = { key: registered, authenticated: true };
    return credential;
  }

  #startHeartbeats(): void {
    const timer = setInterval(() => {
      if (Date.now() - this.#lastRead > this.heartbeatMs * 2) {
        void this.end("read_timeout", "no frame from the client within two heartbeat intervals", CLOSE_REJECTED);
        return;
      }
      this.#send(encodeFrame({ op: "PING" }));
    }, this.heartbeatMs / 2);
    timer.unref();
    this.#timers.push(timer);
  }

  async #deliver(
    sub: Subscription,
    filter: (e: MoltnetEvent) => Promise<boolean>,
    agent: AttachedAgent,
  ): Promise<void> {
    const networkId = this.ctx.settings.networkId;
    const metrics = this.gateway.options.platform.metrics;
    while (this.#state === "ready") {
      const item: FeedItem | undefined = sub.take();
      if (!item) {
        if (sub.closed) return;
        await sub.wait();
        continue;
      }
      const event = item.event;
      if (isRemoval(networkId, agent.id, event)) {
        await this.#reject("agent was removed from the network", "agent_removed");
        return;
      }
      if (!(await filter(event))) continue;
      if (this.#state !== "ready") return;
      const wake = isWake(networkId, agent, event) ? event : null;
      if (!this.#pending.note(event.id, wake)) {
        await this.#reject("too many unacknowledged events: ACK each EVENT cursor", "ack_limit");
        return;
      }
      this.#send(
        encodeFrame(
          { op: "EVENT", network_id: networkId, cursor: event.id },
          item.data || goStringify(wireEvent(event)),
        ),
      );
      metrics.eventDelivered();
      // A client that does not read: hold delivery (the log keeps the events) and drop it after the write timeout.
      const since = Date.now();
      while (this.ws.bufferedAmount > HIGH_WATER_BYTES && this.#state === "ready") {
        if (Date.now() - since > WRITE_TIMEOUT_MS) {
          void this.end("event_write_failed", "the client did not read its events", 1011);
          return;
        }
        await pause(DRAIN_POLL_MS);
      }
    }
  }

  async #wakeEvent(type: string, event: MoltnetEvent, error: string): Promise<void> {
    const agent = this.#agent;
    if (!agent || !event.message) return;
    const presence = this.gateway.options.presence;
    const networkId = this.ctx.settings.networkId;
    const message = event.message as Record<string, unknown>;
    await presence.publish(
      type,
      presence.agentPayload(agent, {
        message_id: message.id,
        reason: wakeReason(networkId, agent, event),
        target: message.target,
        error,
      }),
    );
  }

  /** Ends the session once: closes the socket, reports unACKed wakes, then the disconnection. */
  end(reason: string, error: string, closeCode = 1000): Promise<void> {
    this.#ending ??= (async () => {
      const wasReady = this.#state === "ready";
      this.#state = "ended";
      for (const t of this.#timers) clearTimeout(t);
      this.#timers = [];
      this.#sub?.close();
      if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(closeCode);
      const killer = setTimeout(() => this.ws.terminate(), 2000);
      killer.unref();
      this.#release?.();
      this.#release = null;
      try {
        const agent = this.#agent;
        if (wasReady && agent) {
          for (const wake of this.#pending.unackedWakes())
            await this.#wakeEvent("agent.wake.failed", wake, error || "attachment closed before ACK");
          await this.gateway.options.presence.disconnected(this.#attachmentId, agent, reason, error);
        }
      } finally {
        this.#done();
      }
    })();
    return this.#ending;
  }
}
