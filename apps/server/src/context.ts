// Types shared by every part of the HTTP application: who is calling, what
// the routes can reach, and the Hono environment carrying both per request.
import type { MonotonicClock, Store, Timestamp } from "@moltnet/store";
import type { Logger } from "./log.js";
import type { AppSettings, Scope } from "./settings.js";

/**
 * The caller, as authentication resolved it.
 * - `open-access`: auth mode `none`; every read and write is allowed, no claims.
 * - `anonymous`: no credential where one is optional (public read, open registration).
 * - `static`: a configured token (`token:<id>` credential key).
 * - `agent`: an agent token (`magt_v1_…`), scopes write+attach for exactly one agent.
 */
export type Principal =
  | { kind: "open-access" }
  | { kind: "anonymous" }
  | { kind: "static"; tokenId: string; scopes: ReadonlySet<Scope>; agents: readonly string[]; credentialKey: string }
  | { kind: "agent"; agentId: string; scopes: ReadonlySet<Scope>; credentialKey: string };

/** An event as published on the stream (wire shape, keys in the reference's order). */
export interface MoltnetEvent {
  id: string;
  type: string;
  network_id: string;
  agent?: Record<string, unknown>;
  message?: Record<string, unknown>;
  room?: Record<string, unknown>;
  thread?: Record<string, unknown>;
  dm?: Record<string, unknown>;
  pairing?: Record<string, unknown>;
  replay_gap?: Record<string, unknown>;
  created_at: Timestamp;
}

/** Stores an event that has no change of its own (its change's events go with the store call instead). */
export interface EventPublisher {
  publish(event: MoltnetEvent): Promise<void>;
}

export interface AppContext {
  settings: AppSettings;
  store: Store;
  clock: MonotonicClock;
  events: EventPublisher;
  log: Logger;
  /** Live attachments on every server sharing the store (set by the app; absent in bare service tests). */
  presence?: { connectedAgents(): Promise<Set<string>> };
}

export type AppEnv = {
  Variables: {
    principal: Principal;
    requestId: string;
  };
};
