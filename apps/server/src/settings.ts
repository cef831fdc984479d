// What the HTTP application needs to know about its network, decoupled from
// how it was configured (YAML, JSON, environment). config/ builds it; app.ts
// and the service layer consume it. Nothing here is a secret except token
// values, which only the auth module reads.

export type AuthMode = "none" | "bearer" | "open";
export type AgentRegistrationMode = "disabled" | "token" | "open";
export type Scope = "observe" | "write" | "admin" | "attach" | "pair";

export interface StaticToken {
  /** `auth.tokens[].id`, or `tok_` + 16 hex of SHA-256(value) when blank. */
  id: string;
  /** The secret. Compared in constant time; never logged. */
  value: string;
  scopes: Scope[];
  /** Agent ids this token may act as; empty = any. */
  agents: string[];
}

export interface PairingSettings {
  id: string;
  remote_network_id: string;
  remote_network_name?: string;
  remote_base_url?: string;
  status?: string;
  /** Never served by the API. */
  token?: string;
}

export interface DeclaredRoom {
  id: string;
  name?: string;
  members?: string[];
  visibility?: string;
  write_policy?: string;
}

export interface AppSettings {
  networkId: string;
  networkName: string;
  /** Server version reported by /v1/network. */
  version: string;
  humanIngress: boolean;
  directMessages: boolean;
  debugEvents: boolean;
  auth: {
    mode: AuthMode;
    /** Forced true by mode `open`. */
    publicRead: boolean;
    /** Forced `open` by mode `open`. */
    agentRegistration: AgentRegistrationMode;
    tokens: StaticToken[];
  };
  pairings: PairingSettings[];
  /** Declared rooms, re-applied on every boot. */
  rooms: DeclaredRoom[];
}
