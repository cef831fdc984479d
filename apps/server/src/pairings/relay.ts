// Outbound relay for one pairing, built on the stored event log: the relay
// reads `message.created` events in log order after the pairing's stored
// position (store `relayCursors`) and sends each local-origin room or thread
// message, and each DM naming an agent of the remote network, to the remote's
// POST /v1/messages with its id and full origin. One message at a time, in log
// order, so each conversation arrives in order.
//
// - Nothing is lost: the position moves past a message only once the remote
//   accepted it or refused it for good; a remote that is down, slow, answers
//   5xx or 401 is retried with backoff, the position held, across restarts.
// - Nothing is stored twice: the remote's append is idempotent by message id,
//   so a message sent again after a crash (the position is written every
//   PERSIST_EVERY_MS, not per message) or a takeover is answered as a
//   duplicate, never stored twice.
// - One relayer per pairing among the servers sharing a database: the cursor
//   has a lease (LEASE_MS); the holder renews it as it goes, the others wait
//   and take over once it expires.
// - No loops: messages that came from another network (origin elsewhere) are
//   never relayed, so a message makes one hop.
import { randomUUID } from "node:crypto";
import { parseQualifiedAgent, scopedAgentId, actorMatches, type StoredEvent } from "@moltnet/store";
import type { AppContext } from "../context.js";
import type { Metrics } from "../metrics.js";
import type { PairingSettings } from "../settings.js";
import { callPairing, PairingRequestError } from "./client.js";
import type { PairingMonitor } from "./monitor.js";

/**
 * How long a relayer's claim on a pairing lasts without renewal; another
 * server (or this one restarted after a crash: a new process is a new owner)
 * takes over after it. Renewed every RENEW_MS while relaying, waiting or idle.
 */
export const RELAY_LEASE_MS = 6_000;
const RENEW_MS = RELAY_LEASE_MS / 3;
/** Events read per page. */
const PAGE = 200;
/** The position is written at least this often while relaying (and at the end of every page). */
const PERSIST_EVERY_MS = 250;
/** Backoff between attempts at a message the remote did not take: doubles from the first to the last. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 5_000;

/** HTTP statuses a retry can fix: the remote is overloaded, restarting, or our token is not (yet) accepted. */
const RETRIED_STATUSES = new Set([401, 408, 425, 429]);

interface RelayMessage {
  id: string;
  origin?: { network_id?: string; message_id?: string };
  target: { kind: string; participant_ids?: string[]; [k: string]: unknown };
  from: { id?: string; network_id?: string; [k: string]: unknown };
  parts?: unknown[];
  mentions?: string[];
}

type Attempt = "sent" | "rejected" | "skipped" | "stopped" | "lost";

export class PairingRelay {
  readonly #owner = `relay_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  #running = false;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  #unwatch: (() => void) | null = null;
  #unlisten: (() => void) | null = null;
  /** The lease this relayer holds: the stored position (only the holder moves it) and when the lease was last renewed. */
  #held: { position: number; renewedAt: number } | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly pairing: PairingSettings,
    private readonly monitor: PairingMonitor,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Creates the pairing's cursor at the log's head if it has none (a new
   * pairing relays what is sent from now on, not the history), before the
   * server takes its first message; claims it when free.
   */
  async prepare(): Promise<void> {
    try {
      await this.#claim();
    } catch (err) {
      this.ctx.log.warn({ pairing_id: this.pairing.id, error: (err as Error).message }, "relay cursor not ready");
    }
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unwatch = this.ctx.store.events.watch(() => this.#poke());
    this.#unlisten = this.monitor.onChange((id) => {
      if (id === this.pairing.id) this.#poke();
    });
    this.#loop = this.#run();
  }

  /** Stops after the message in flight, and gives the lease up so another server takes over at once. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#unwatch?.();
    this.#unlisten?.();
    this.#poke();
    await this.#loop;
    if (this.#held) await this.ctx.store.relayCursors.release(this.pairing.id, this.#owner).catch(() => {});
  }

  #poke(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  /** Waits for a wake-up (new events, a status change, stop) or `ms`. */
  #pause(ms: number): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#wake = null;
        resolve();
      }, ms);
      timer.unref();
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /**
   * A pause that only stop() cuts short (a backoff must not be skipped by
   * every new event), renewing the lease on `held` as it goes; false when the
   * lease was lost meanwhile.
   */
  async #backoff(ms: number, held: number | null): Promise<boolean> {
    const until = Date.now() + ms;
    while (this.#running && Date.now() < until) {
      await this.#pause(Math.min(until - Date.now(), RENEW_MS));
      if (held !== null && !(await this.#renew(held))) return false;
    }
    return true;
  }

  /** Takes or renews the lease (a missing cursor starts at the log's head); false while another server holds it. */
  async #claim(): Promise<boolean> {
    const head = await this.ctx.store.events.head();
    const now = Date.now();
    const position = await this.ctx.store.relayCursors.claim(this.pairing.id, this.#owner, now, RELAY_LEASE_MS, head);
    this.#held = position === null ? null : { position, renewedAt: now };
    return this.#held !== null;
  }

  /** Stores `position` and renews the lease; false (and nothing held) when another server took the pairing over. */
  async #save(position: number): Promise<boolean> {
    const now = Date.now();
    const kept = await this.ctx.store.relayCursors.advance(this.pairing.id, this.#owner, position, now, RELAY_LEASE_MS);
    this.#held = kept ? { position, renewedAt: now } : null;
    return kept;
  }

  async #run(): Promise<void> {
    const id = this.pairing.id;
    while (this.#running) {
      try {
        // The lease is renewed when due, not on every wake-up: a busy log wakes the relayer per commit.
        if (!this.#held || Date.now() - this.#held.renewedAt >= RENEW_MS) {
          if (!(await this.#claim())) {
            await this.#backoff(RENEW_MS, null);
            continue;
          }
        }
        const claimed = this.#held!.position;
        const page = await this.ctx.store.events.read(claimed, PAGE);
        if (page.length === 0) {
          await this.#pause(RENEW_MS);
          continue;
        }
        if (page[0]!.position > claimed + 1)
          // Retention pruned events this pairing had not relayed yet (the remote was away longer than the log keeps).
          this.ctx.log.warn(
            { pairing_id: id, from: claimed + 1, to: page[0]!.position - 1 },
            "relay fell behind event retention; pruned events were not relayed",
          );
        let position = claimed;
        let persisted = Date.now();
        for (const event of page) {
          const attempt = await this.#relayEvent(event, position);
          if (attempt === "stopped" || attempt === "lost") break;
          position = event.position;
          if (Date.now() - persisted >= PERSIST_EVERY_MS) {
            if (!(await this.#save(position))) break;
            persisted = Date.now();
          }
        }
        if (this.#held && position !== this.#held.position) await this.#save(position);
      } catch (err) {
        // The store is unavailable: nothing moved; try again shortly.
        this.ctx.log.warn({ pairing_id: id, error: err instanceof Error ? err.message : String(err) }, "relay paused");
        await this.#backoff(1000, null);
      }
    }
  }

  /** Sends one event's message if it is to be relayed; retries until the remote takes or refuses it. */
  async #relayEvent(event: StoredEvent, heldPosition: number): Promise<Attempt> {
    if (event.type !== "message.created") return "skipped";
    const message = messageOf(event.data);
    if (!message) return "skipped";
    const networkId = this.ctx.settings.networkId;
    // Only what was written here: a relayed message is never relayed again (one hop, no loops).
    if ((message.origin?.network_id ?? "").trim() !== networkId) return "skipped";
    const kind = message.target.kind === "dm" ? "dm" : message.target.kind === "thread" ? "thread" : "room";
    const body = relayRequest(this.pairing, message);
    if (!body) return "skipped";

    let delay = RETRY_FIRST_MS;
    for (;;) {
      if (!this.#running) return "stopped";
      if (!this.monitor.mayRelay(this.pairing.id, kind)) {
        if (kind === "dm" && this.monitor.status(this.pairing.id) === "degraded") {
          // The remote is up but takes no DMs: this one cannot be delivered, now or later.
          this.metrics.relayed(this.pairing.id, "dropped");
          return "rejected";
        }
        // Not checked yet, incompatible or failing: hold the position until the monitor says otherwise
        // (a status change wakes the pause).
        await this.#pause(Math.min(delay, RENEW_MS));
        delay = Math.min(delay * 2, RETRY_MAX_MS);
        if (!(await this.#renew(heldPosition))) return "lost";
        continue;
      }
      try {
        await callPairing(this.pairing, {
          method: "POST",
          path: "/v1/messages",
          body,
          timeoutMs: this.monitor.timeoutMs,
        });
        this.metrics.relayed(this.pairing.id, "success");
        this.monitor.relayed(this.pairing.id);
        return "sent";
      } catch (err) {
        const status = err instanceof PairingRequestError ? err.status : undefined;
        const fields = { pairing_id: this.pairing.id, message_id: message.id, error: (err as Error).message };
        if (status !== undefined && status >= 400 && status < 500 && !RETRIED_STATUSES.has(status)) {
          // The remote refuses this message (no such room there, write policy, validation): record, move on.
          this.metrics.relayed(this.pairing.id, "rejected");
          this.ctx.log.warn(fields, "relay refused by the paired network");
          return "rejected";
        }
        this.metrics.relayed(this.pairing.id, "error");
        this.ctx.log.warn(fields, "relay attempt failed; retrying");
        this.monitor.failed(this.pairing.id, "Remote relay request failed.", err);
        if (!(await this.#backoff(delay, heldPosition))) return "lost";
        delay = Math.min(delay * 2, RETRY_MAX_MS);
      }
    }
  }

  /** Keeps the lease while waiting on the remote; false when another server took the pairing over. */
  async #renew(position: number): Promise<boolean> {
    try {
      return await this.#save(position);
    } catch {
      return true; // The store is down: the lease may lapse, and advance will say so once it is back.
    }
  }
}

function messageOf(data: string): RelayMessage | null {
  try {
    const event = JSON.parse(data) as { message?: RelayMessage };
    const m = event.message;
    if (!m || typeof m.id !== "string" || !m.target || typeof m.target.kind !== "string" || !m.from) return null;
    return m;
  } catch {
    return null;
  }
}

/**
 * The request that relays a message (the reference's shape: id, origin,
 * target, from, parts, mentions). A DM goes only to a network one of its
 * participants belongs to, with plain participant ids qualified (the sender by
 * its network, others by the remote's); null when not for this pairing.
 */
export function relayRequest(pairing: PairingSettings, message: RelayMessage): Record<string, unknown> | null {
  const target = { ...message.target };
  if (target.kind === "dm") {
    const remote = pairing.remote_network_id.trim();
    const participants = target.participant_ids ?? [];
    if (!remote || !participants.some((p) => parseQualifiedAgent(p)?.networkId === remote)) return null;
    const fromNetwork = (message.from.network_id ?? "").trim();
    const fromId = (message.from.id ?? "").trim();
    const ids: string[] = [];
    for (const p of participants) {
      const qualified = parseQualifiedAgent(p);
      if (qualified) ids.push(scopedAgentId(qualified.networkId, qualified.agentId));
      else if (actorMatches(fromNetwork, fromId, p)) ids.push(scopedAgentId(fromNetwork, fromId));
      else if (p.trim()) ids.push(scopedAgentId(remote, p));
    }
    const unique = [...new Set(ids.map((s) => s.trim()).filter((s) => s !== ""))];
    if (unique.length < 2) return null;
    target.participant_ids = unique;
  }
  const body: Record<string, unknown> = {
    id: message.id,
    origin: message.origin,
    target,
    from: message.from,
    parts: message.parts ?? [],
  };
  if (message.mentions && message.mentions.length > 0) body.mentions = message.mentions;
  return body;
}
