// The configuration file as written (contract §6.2): every key optional, names
// exactly as the reference spells them. `fileShape` is what the decoder checks
// against; the interfaces are what a file that passed the check looks like.
import { bool, list, num, obj, str, type Shape } from "./shape.js";

export interface RawToken {
  id?: string;
  value?: string;
  scopes?: string[];
  agents?: string[];
}

export interface RawRoom {
  id?: string;
  name?: string;
  members?: string[];
  visibility?: string;
  write_policy?: string;
}

export interface RawPairing {
  id?: string;
  remote_network_id?: string;
  remote_network_name?: string;
  remote_base_url?: string;
  status?: string;
  diagnostics?: Record<string, unknown>;
  token?: string;
}

export interface RawConsoleAnalytics {
  provider?: string;
  measurement_id?: string;
}

export interface RawAuthSection {
  mode?: string;
  public_read?: boolean;
  agent_registration?: string;
  tokens?: RawToken[];
}

export interface RawConfigFile {
  version?: string;
  network?: { id?: string; name?: string };
  server?: {
    listen_addr?: string;
    data_path?: string;
    human_ingress?: boolean;
    direct_messages?: boolean;
    debug_events?: boolean;
    allowed_origins?: string[];
    trust_forwarded_proto?: boolean;
    console?: { analytics?: RawConsoleAnalytics };
  };
  auth?: RawAuthSection;
  storage?: {
    kind?: string;
    json?: { path?: string };
    sqlite?: { path?: string };
    postgres?: { dsn?: string };
  };
  rooms?: RawRoom[];
  pairings?: RawPairing[];
  events?: { retention?: { max_age_hours?: number; max_count?: number } };
}

export const pairingShape: Shape = obj({
  id: str,
  remote_network_id: str,
  remote_network_name: str,
  remote_base_url: str,
  status: str,
  // Written back by pairing checks; accepted so such files keep loading.
  diagnostics: obj({
    checked_at: str,
    remote_version: str,
    remote_network_id: str,
    remote_protocols: obj({ http: list(str), attach: list(str), pair: list(str) }),
    reason: str,
    message: str,
  }),
  token: str,
});

export const fileShape: Shape = obj({
  version: str,
  network: obj({ id: str, name: str }),
  server: obj({
    listen_addr: str,
    data_path: str,
    human_ingress: bool,
    direct_messages: bool,
    debug_events: bool,
    allowed_origins: list(str),
    trust_forwarded_proto: bool,
    console: obj({ analytics: obj({ provider: str, measurement_id: str }) }),
  }),
  auth: obj({
    mode: str,
    public_read: bool,
    agent_registration: str,
    tokens: list(obj({ id: str, value: str, scopes: list(str), agents: list(str) })),
  }),
  storage: obj({
    kind: str,
    json: obj({ path: str }),
    sqlite: obj({ path: str }),
    postgres: obj({ dsn: str }),
  }),
  rooms: list(obj({ id: str, name: str, members: list(str), visibility: str, write_policy: str })),
  pairings: list(pairingShape),
  events: obj({ retention: obj({ max_age_hours: num, max_count: num }) }),
});
