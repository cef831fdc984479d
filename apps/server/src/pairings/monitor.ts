// The live status of each pairing: checked against the remote's /v1/network
// when the server starts, re-checked every `checkIntervalMs` while the remote
// answers and sooner (with backoff) after a failure, and after any failed
// proxy call or relay. A change of status or diagnostics is published as a
// `pairing.updated` event (in the stored log, so every stream sees it).
// Statuses are this server's own view: servers sharing a database each check
// for themselves.
import type { AppContext } from "../context.js";
import { newEventId } from "../events/ids.js";
import type { PairingSettings } from "../settings.js";
import { callPairing, PairingRequestError } from "./client.js";
import {
  evaluateCompatibility,
  type CheckScope,
  type Compatibility,
  type PairingDiagnostics,
  type PairingStatusValue,
} from "./compatibility.js";

interface LiveStatus {
  status: PairingStatusValue;
  diagnostics?: PairingDiagnostics;
  directMessages: boolean;
  cursorPagination: boolean;
}

/** Shortest wait before re-checking a remote that failed; it doubles up to the check interval (at most 15 s). */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;

const STATUS_VALUES = new Set<string>(["connected", "degraded", "incompatible", "error", "unknown"]);

function configuredStatus(p: PairingSettings): PairingStatusValue {
  const s = (p.status ?? "").trim();
  return STATUS_VALUES.has(s) ? (s as PairingStatusValue) : "unknown";
}

/** What changes a status: everything but the check time (a periodic check that finds the same is no event). */
function sameStatus(a: LiveStatus, b: LiveStatus): boolean {
  const key = (s: LiveStatus) => {
    const { checked_at: _checked, ...rest } = s.diagnostics ?? { checked_at: "", remote_protocols: {} };
    return JSON.stringify([s.status, s.directMessages, s.cursorPagination, s.diagnostics ? rest : null]);
  };
  return key(a) === key(b);
}

export interface PairingMonitorOptions {
  timeoutMs: number;
  checkIntervalMs: number;
}

export class PairingMonitor {
  readonly #live = new Map<string, LiveStatus>();
  readonly #byId = new Map<string, PairingSettings>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #retryMs = new Map<string, number>();
  readonly #listeners = new Set<(id: string) => void>();
  #running = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: PairingMonitorOptions,
  ) {
    for (const p of ctx.settings.pairings) {
      this.#byId.set(p.id, p);
      this.#live.set(p.id, {
        status: configuredStatus(p),
        directMessages: true,
        cursorPagination: true,
      });
    }
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  pairing(id: string): PairingSettings | undefined {
    return this.#byId.get(id);
  }

  status(id: string): PairingStatusValue {
    return this.#live.get(id)?.status ?? "unknown";
  }

  /** What the last check found, when there was one. */
  diagnostics(id: string): PairingDiagnostics | undefined {
    return this.#live.get(id)?.diagnostics;
  }

  /** Statuses of all pairings, for the network document's warnings. */
  statuses(): PairingStatusValue[] {
    return [...this.#live.values()].map((s) => s.status);
  }

  /** The API view of a pairing: no token, the live status and its diagnostics. */
  wire(p: PairingSettings): Record<string, unknown> {
    const live = this.#live.get(p.id);
    const out: Record<string, unknown> = { id: p.id, remote_network_id: p.remote_network_id };
    if (p.remote_network_name) out.remote_network_name = p.remote_network_name;
    if (p.remote_base_url) out.remote_base_url = p.remote_base_url;
    out.status = live?.status ?? "unknown";
    if (live?.diagnostics) out.diagnostics = live.diagnostics;
    return out;
  }

  /** Whether a message of this kind may be relayed now: connected, or degraded for what the remote still takes. */
  mayRelay(id: string, kind: "room" | "thread" | "dm"): boolean {
    const live = this.#live.get(id);
    if (!live) return false;
    if (live.status === "connected") return true;
    return live.status === "degraded" && (kind !== "dm" || live.directMessages);
  }

  /** Called with a pairing id whenever its status changes (the relay wakes on it). */
  onChange(listener: (id: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Fetches the remote's /v1/network and records what it says. Resolves with
   * the document; a failed call records `error` and rethrows.
   */
  async refresh(pairing: PairingSettings, scope: CheckScope): Promise<Record<string, unknown>> {
    let network: Record<string, unknown>;
    try {
      network = await callPairing(pairing, { method: "GET", path: "/v1/network", timeoutMs: this.options.timeoutMs });
    } catch (err) {
      this.failed(pairing.id, "Remote network metadata could not be fetched.", err);
      throw err;
    }
    let next: Compatibility = evaluateCompatibility(pairing.remote_network_id, network, scope, this.ctx.clock.now());
    const previous = this.#live.get(pairing.id);
    // A relay or metadata check does not test pagination: keep what discovery found.
    if (
      scope !== "discovery" &&
      next.status === "connected" &&
      previous?.status === "degraded" &&
      previous.diagnostics?.reason === "missing_cursor_pagination"
    )
      next = { ...next, status: "degraded", diagnostics: previous.diagnostics };
    this.#set(pairing.id, {
      status: next.status,
      diagnostics: next.diagnostics,
      directMessages: next.directMessages,
      cursorPagination: next.cursorPagination,
    });
    return network;
  }

  /** Records a failed call to the remote (a proxy call, a relay, a check) as `error`, and re-checks soon. */
  failed(id: string, message: string, err?: unknown): void {
    const previous = this.#live.get(id);
    if (!previous) return;
    const detail = err instanceof PairingRequestError && err.status !== undefined ? ` (HTTP ${err.status})` : "";
    this.#set(id, {
      ...previous,
      status: "error",
      diagnostics: {
        checked_at: this.ctx.clock.now(),
        remote_protocols: {},
        reason: "remote_request_failed",
        message: message + detail,
      },
    });
    this.#schedule(id);
  }

  /** A relayed message was accepted: a pairing marked `error` is re-checked now instead of after its backoff. */
  relayed(id: string): void {
    const live = this.#live.get(id);
    if (live && live.status !== "connected" && live.status !== "degraded") this.#schedule(id, 0);
  }

  /** Checks every pairing now, then keeps re-checking. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    for (const id of this.#byId.keys()) this.#schedule(id, 0);
  }

  stop(): void {
    this.#running = false;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }

  #set(id: string, next: LiveStatus): void {
    const previous = this.#live.get(id);
    this.#live.set(id, next);
    if (next.status !== "error") this.#retryMs.delete(id);
    if (previous && sameStatus(previous, next)) return;
    const pairing = this.#byId.get(id);
    if (!pairing) return;
    this.ctx.log.info(
      { pairing_id: id, status: next.status, reason: next.diagnostics?.reason },
      "pairing status updated",
    );
    for (const listener of this.#listeners) listener(id);
    void this.ctx.events
      .publish({
        id: newEventId(),
        type: "pairing.updated",
        network_id: this.ctx.settings.networkId,
        pairing: this.wire(pairing),
        created_at: this.ctx.clock.now(),
      })
      .catch((err: unknown) => {
        this.ctx.log.warn(
          { pairing_id: id, error: err instanceof Error ? err.message : String(err) },
          "pairing.updated could not be stored",
        );
      });
  }

  /** Plans the next check: after `delayMs`, else the interval while healthy, else the current backoff. */
  #schedule(id: string, delayMs?: number): void {
    if (!this.#running) return;
    let delay = delayMs;
    if (delay === undefined) {
      if (this.#live.get(id)?.status === "error") {
        const retry = this.#retryMs.get(id) ?? FIRST_RETRY_MS;
        this.#retryMs.set(id, Math.min(retry * 2, MAX_RETRY_MS, this.options.checkIntervalMs));
        delay = Math.min(retry, this.options.checkIntervalMs);
      } else delay = this.options.checkIntervalMs;
    }
    const existing = this.#timers.get(id);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      const pairing = this.#byId.get(id);
      if (!pairing) return;
      this.refresh(pairing, "relay").then(
        () => this.#schedule(id),
        // failed() already planned the retry.
        () => {},
      );
    }, delay);
    timer.unref();
    this.#timers.set(id, timer);
  }
}
