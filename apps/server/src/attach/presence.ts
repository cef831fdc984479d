// Which agents have a live attachment on any server sharing the store, and
// the lifecycle events that say so (`agent.connected`, `agent.disconnected`,
// with the reference's `server.debug_events` details). Each attachment has a
// row in the store's presence table (store `presence`), refreshed every
// PRESENCE_BEAT_MS; an agent counts as connected while a row of it was
// refreshed within PRESENCE_TTL_MS, so the agents of a server killed without
// a goodbye stop counting within that bound. Events go to the stored log, so
// every server on the database and every stream sees them.
import { randomUUID } from "node:crypto";
import type { PresenceBeat } from "@moltnet/store";
import type { AppContext, MoltnetEvent } from "../context.js";
import { newEventId } from "../events/ids.js";
import { agentFqid } from "@moltnet/store";
import { newPrefixedId } from "../ids.js";
import type { AttachedAgent } from "./delivery.js";

/** How often this server refreshes its attachments' presence rows. */
export const PRESENCE_BEAT_MS = 5000;
/** A row not refreshed for this long belongs to a server that died; its agent no longer counts. */
export const PRESENCE_TTL_MS = 3 * PRESENCE_BEAT_MS;

export class Presence {
  /** Live attachments on this server, by attachment id. */
  readonly #live = new Map<string, PresenceBeat>();
  readonly #serverId = `srv_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  #timer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: AppContext) {}

  /** Agent ids connected on any server sharing the store. */
  async connectedAgents(): Promise<Set<string>> {
    return new Set(await this.ctx.store.presence.connected(Date.now() - PRESENCE_TTL_MS));
  }

  /**
   * This server's presence writes, one at a time: a refresh that read the live
   * set before an attachment ended must not re-insert its row after the end
   * deleted it.
   */
  #writes: Promise<void> = Promise.resolve();

  #serial(write: () => Promise<void>): Promise<void> {
    const next = this.#writes.then(write);
    this.#writes = next.catch(() => {});
    return next;
  }

  /** Refreshes this server's rows and deletes expired ones (every server does; deleting twice is harmless). */
  #beat(): Promise<void> {
    return this.#serial(async () => {
      await this.ctx.store.presence.beat([...this.#live.values()], Date.now());
      await this.ctx.store.presence.expire(Date.now() - PRESENCE_TTL_MS);
    }).catch((err) => {
      this.ctx.log.warn(
        { error: err instanceof Error ? err.message : String(err) },
        "attachment presence refresh failed",
      );
    });
  }

  #startBeating(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.#beat(), PRESENCE_BEAT_MS);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** The agent payload of lifecycle and wake events, keys in the reference's order. */
  agentPayload(agent: AttachedAgent, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const networkId = this.ctx.settings.networkId;
    const out: Record<string, unknown> = {
      agent_id: agent.id,
      network_id: networkId,
      fqid: agentFqid(networkId, agent.id),
    };
    if (agent.name.trim()) out.name = agent.name.trim();
    for (const key of ["message_id", "reason", "target", "error"]) {
      const value = extra[key];
      if (value !== undefined && value !== "") out[key] = value;
    }
    return out;
  }

  async publish(type: string, agent: Record<string, unknown>): Promise<void> {
    const event: MoltnetEvent = {
      id: newEventId(),
      type,
      network_id: this.ctx.settings.networkId,
      agent,
      created_at: this.ctx.clock.now(),
    };
    try {
      await this.ctx.events.publish(event);
    } catch (err) {
      // Presence events are best effort: a store outage must not keep a socket open or crash the session.
      this.ctx.log.warn(
        { event_type: type, agent_id: agent.agent_id, error: err instanceof Error ? err.message : String(err) },
        "attachment event not stored",
      );
    }
  }

  /** Records a new live attachment (before READY, so a client that saw READY is `connected` everywhere); returns its id. */
  async register(agent: AttachedAgent): Promise<string> {
    const beat: PresenceBeat = { attachment_id: newPrefixedId("att"), agent_id: agent.id, server_id: this.#serverId };
    this.#live.set(beat.attachment_id, beat);
    this.#startBeating();
    try {
      await this.#serial(() => this.ctx.store.presence.beat([beat], Date.now()));
    } catch (err) {
      // The next beat retries; the attachment itself works without the row.
      this.ctx.log.warn(
        { agent_id: agent.id, error: err instanceof Error ? err.message : String(err) },
        "attachment presence not stored",
      );
    }
    return beat.attachment_id;
  }

  /** Publishes `agent.connected` (after READY, as the reference). */
  connected(agent: AttachedAgent): Promise<void> {
    const reason = this.ctx.settings.debugEvents ? "attachment_ready" : undefined;
    return this.publish("agent.connected", this.agentPayload(agent, { reason }));
  }

  /** Drops an attachment's row (it ended). */
  async unregister(attachmentId: string, agentId: string): Promise<void> {
    this.#live.delete(attachmentId);
    try {
      await this.#serial(() => this.ctx.store.presence.end(attachmentId));
    } catch (err) {
      // The row expires on its own (PRESENCE_TTL_MS).
      this.ctx.log.warn(
        { agent_id: agentId, error: err instanceof Error ? err.message : String(err) },
        "attachment presence not removed",
      );
    }
  }

  /** Drops the row and publishes `agent.disconnected`. */
  async disconnected(attachmentId: string, agent: AttachedAgent, reason: string, error: string): Promise<void> {
    await this.unregister(attachmentId, agent.id);
    const extra = this.ctx.settings.debugEvents ? { reason: reason || "attachment_closed", error } : {};
    await this.publish("agent.disconnected", this.agentPayload(agent, extra));
  }
}
