// Which agents have a live attachment on this server, and the lifecycle
// events that say so (`agent.connected`, `agent.disconnected`, with the
// reference's `server.debug_events` details). The events go to the stored log,
// so every server on the database and every stream sees them.
import type { AppContext, MoltnetEvent } from "../context.js";
import { newEventId } from "../events/ids.js";
import { agentFqid } from "../ids.js";
import type { AttachedAgent } from "./delivery.js";

export class Presence {
  readonly #counts = new Map<string, number>();

  constructor(private readonly ctx: AppContext) {}

  isConnected(agentId: string): boolean {
    return (this.#counts.get(agentId.trim()) ?? 0) > 0;
  }

  /** The agent payload of lifecycle and wake events, keys in the reference's order. */
  agentPayload(agent: AttachedAgent, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const networkId = this.ctx.settings.networkId;
    const out: Record<string, unknown> = { agent_id: agent.id, network_id: networkId, fqid: agentFqid(networkId, agent.id) };
    if (agent.name.trim()) out.name = agent.name.trim();
    for (const key of ["message_id", "reason", "target", "error"]) {
      const value = extra[key];
      if (value !== undefined && value !== "") out[key] = value;
    }
    return out;
  }

  async publish(type: string, agent: Record<string, unknown>): Promise<void> {
    const event: MoltnetEvent = { id: newEventId(), type, network_id: this.ctx.settings.networkId, agent, created_at: this.ctx.clock.now() };
    try {
      await this.ctx.events.publish(event);
    } catch (err) {
      // Presence events are best effort: a store outage must not keep a socket open or crash the session.
      this.ctx.log.warn({ event_type: type, agent_id: agent.agent_id, error: err instanceof Error ? err.message : String(err) }, "attachment event not stored");
    }
  }

  connected(agent: AttachedAgent): Promise<void> {
    this.#counts.set(agent.id, (this.#counts.get(agent.id) ?? 0) + 1);
    const reason = this.ctx.settings.debugEvents ? "attachment_ready" : undefined;
    return this.publish("agent.connected", this.agentPayload(agent, { reason }));
  }

  disconnected(agent: AttachedAgent, reason: string, error: string): Promise<void> {
    const n = (this.#counts.get(agent.id) ?? 0) - 1;
    if (n > 0) this.#counts.set(agent.id, n);
    else this.#counts.delete(agent.id);
    const extra = this.ctx.settings.debugEvents ? { reason: reason || "attachment_closed", error } : {};
    return this.publish("agent.disconnected", this.agentPayload(agent, extra));
  }
}
