// The configuration file as written (contract §6.2): every key optional, names
// exactly as the reference spells them. `fileShape` is what the decoder checks
// against, and the types of a file that passed the check are inferred from it,
// so a key is declared once.
import { bool, int, list, num, obj, str, type Checked } from "./shape.js";

export const pairingShape = obj({
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

const tokenShape = obj({ id: str, value: str, scopes: list(str), agents: list(str) });
const roomShape = obj({ id: str, name: str, members: list(str), visibility: str, write_policy: str });
const analyticsShape = obj({ provider: str, measurement_id: str });

export const fileShape = obj({
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
    trusted_proxies: list(str),
    // Limits (limits.ts): timeouts in ms, connection caps, the in-flight budget, the registration rate.
    header_timeout_ms: int,
    body_timeout_ms: int,
    idle_timeout_ms: int,
    write_timeout_ms: int,
    request_timeout_ms: int,
    max_connections: int,
    max_connections_per_address: int,
    max_inflight_requests: int,
    max_pending_write_bytes: int,
    registration_rate_per_minute: int,
    registration_burst: int,
    pairing_timeout_ms: int,
    pairing_check_interval_ms: int,
    console: obj({ analytics: analyticsShape }),
  }),
  auth: obj({
    mode: str,
    public_read: bool,
    agent_registration: str,
    tokens: list(tokenShape),
  }),
  storage: obj({
    kind: str,
    json: obj({ path: str }),
    sqlite: obj({ path: str, backup_before_migrate: bool }),
    postgres: obj({ dsn: str, statement_timeout_ms: int }),
  }),
  rooms: list(roomShape),
  pairings: list(pairingShape),
  events: obj({ retention: obj({ max_age_hours: num, max_count: num }) }),
});

export type RawConfigFile = Checked<typeof fileShape>;
export type RawAuthSection = NonNullable<RawConfigFile["auth"]>;
export type RawRoom = Checked<typeof roomShape>;
export type RawPairing = Checked<typeof pairingShape>;
export type RawConsoleAnalytics = Checked<typeof analyticsShape>;
