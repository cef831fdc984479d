// Whether a paired network can take what we relay, judged from its
// /v1/network document by the reference's rules: the expected network id,
// moltnet.http.v1 (or a legacy document with cursor pagination),
// moltnet.pair.v1 (or none listed beside http.v1 / a legacy document), cursor
// pagination for discovery, and direct messages for DM relay.

export type PairingStatusValue = "connected" | "degraded" | "incompatible" | "error" | "unknown";

/** What a check found, as `GET /v1/pairings` shows it (keys in the reference's order). */
export interface PairingDiagnostics {
  checked_at: string;
  remote_version?: string;
  remote_network_id?: string;
  remote_protocols?: { http?: string[]; attach?: string[]; pair?: string[] };
  reason?: string;
  message?: string;
}

export type CheckScope = "network" | "discovery" | "relay";

export interface Compatibility {
  status: PairingStatusValue;
  /** The remote takes direct messages (`capabilities.direct_messages`). */
  directMessages: boolean;
  /** The remote pages its collections by cursor. */
  cursorPagination: boolean;
  diagnostics: PairingDiagnostics;
}

const HTTP_V1 = "moltnet.http.v1";
const PAIR_V1 = "moltnet.pair.v1";

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.filter((v): v is string => typeof v === "string");
  return out.length > 0 ? out : undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const has = (list: string[] | undefined, want: string) => (list ?? []).some((v) => v.trim() === want);

export function evaluateCompatibility(
  expectedNetworkId: string,
  network: Record<string, unknown>,
  scope: CheckScope,
  checkedAt: string,
): Compatibility {
  const protocols = (network.protocols && typeof network.protocols === "object" ? network.protocols : {}) as Record<
    string,
    unknown
  >;
  const capabilities = (
    network.capabilities && typeof network.capabilities === "object" ? network.capabilities : {}
  ) as Record<string, unknown>;
  const remoteProtocols: PairingDiagnostics["remote_protocols"] = {};
  const http = strings(protocols.http);
  const attach = strings(protocols.attach);
  const pair = strings(protocols.pair);
  if (http) remoteProtocols.http = http;
  if (attach) remoteProtocols.attach = attach;
  if (pair) remoteProtocols.pair = pair;

  const legacy = !http && !attach && !pair;
  const cursorPagination = text(capabilities.message_pagination) === "cursor";
  const directMessages = capabilities.direct_messages === true;
  const version = text(network.version);
  const reportedId = text(network.id);
  // Keys in the reference's order: checked_at, remote_version, remote_network_id, remote_protocols, reason, message.
  const diagnostics: PairingDiagnostics = { checked_at: checkedAt };
  if (version) diagnostics.remote_version = version;
  if (reportedId) diagnostics.remote_network_id = reportedId;
  diagnostics.remote_protocols = remoteProtocols;

  const result = (status: PairingStatusValue, reason?: string, message?: string): Compatibility => {
    if (reason) diagnostics.reason = reason;
    if (message) diagnostics.message = message;
    return { status, directMessages, cursorPagination, diagnostics };
  };
  const expected = expectedNetworkId.trim();
  if (expected && reportedId !== expected)
    return result(
      "incompatible",
      "network_id_mismatch",
      `Remote network_id ${JSON.stringify(reportedId)} does not match configured remote_network_id ${JSON.stringify(expected)}.`,
    );
  if (!has(http, HTTP_V1) && !(legacy && cursorPagination))
    return result("incompatible", "unsupported_http_protocol", "Remote server does not advertise moltnet.http.v1.");
  if (!has(pair, PAIR_V1) && !(!pair && (has(http, HTTP_V1) || legacy)))
    return result("incompatible", "unsupported_pair_protocol", "Remote server does not advertise moltnet.pair.v1.");
  if (scope === "discovery" && !cursorPagination)
    return result(
      "degraded",
      "missing_cursor_pagination",
      "Remote server does not advertise cursor pagination for pairing discovery.",
    );
  if (!directMessages)
    return result("degraded", "direct_messages_disabled", "Remote server has direct_messages disabled.");
  return result("connected");
}
