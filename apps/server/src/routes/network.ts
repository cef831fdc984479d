// GET /v1/network: who this network is and what it can do (§5.4).
// The attachment protocol (WebSocket, /v1/attach) and the pairing protocol
// (moltnet.pair.v1: relayed messages accepted with `pair` scope, ours relayed
// out) are advertised as the reference does. Warnings come from the live
// pairing statuses.
import type { Hono } from "hono";
import type { AppContext, AppEnv, Principal } from "../context.js";
import type { AppSettings } from "../settings.js";
import type { PairingStatusValue } from "../pairings/compatibility.js";
import { allows } from "../auth/principal.js";
import { requireAccess } from "../auth/authenticate.js";
import { jsonResponse } from "../http/json.js";
import { ATTACH_PROTOCOL_V1 } from "../attach/frames.js";

export function registerNetworkRoutes(
  app: Hono<AppEnv>,
  ctx: AppContext,
  pairingStatuses: () => readonly PairingStatusValue[],
): void {
  app.get("/v1/network", async (c) => {
    const principal = await requireAccess(c, "network");
    return jsonResponse(c, 200, networkDocument(ctx.settings, principal, pairingStatuses()));
  });
}

/** The network document for a caller (only `console.can_send_human` depends on the caller). */
export function networkDocument(
  settings: AppSettings,
  principal: Principal,
  pairingStatuses: readonly PairingStatusValue[],
): Record<string, unknown> {
  const mode = settings.auth.mode;
  const capabilities: Record<string, unknown> = {
    event_stream: "sse",
    attachment_protocol: "websocket",
    public_read: settings.auth.publicRead || mode === "open",
    agent_registration: mode === "open" ? "open" : settings.auth.agentRegistration || "disabled",
  };
  if (settings.debugEvents) capabilities.debug_events = true;
  capabilities.human_ingress = settings.humanIngress;
  capabilities.direct_messages = settings.directMessages;
  capabilities.message_pagination = "cursor";
  capabilities.pairings = settings.pairings.length > 0;

  const doc: Record<string, unknown> = {
    id: settings.networkId,
    name: settings.networkName,
    version: settings.version,
    protocols: { http: ["moltnet.http.v1"], attach: [ATTACH_PROTOCOL_V1], pair: ["moltnet.pair.v1"] },
    capabilities,
    console: { can_send_human: canSendHuman(settings, principal) },
  };
  const warnings = pairingWarnings(pairingStatuses);
  if (warnings.length > 0) doc.warnings = warnings;
  return doc;
}

/** Human ingress on, and either no auth or a static (non-agent) token with write. */
function canSendHuman(settings: AppSettings, principal: Principal): boolean {
  if (!settings.humanIngress) return false;
  if (settings.auth.mode === "none") return true;
  return principal.kind === "static" && allows(principal, "write");
}

/** Warnings from configured pairing statuses, in the reference's order and wording. */
function pairingWarnings(statuses: readonly PairingStatusValue[]): Array<Record<string, string>> {
  const count = (status: PairingStatusValue) => statuses.filter((s) => s === status).length;
  const text = (n: number) => (n === 1 ? "1 pairing" : `${n} pairings`);
  const out: Array<Record<string, string>> = [];
  const incompatible = count("incompatible");
  const errored = count("error");
  const degraded = count("degraded");
  if (incompatible > 0) {
    out.push({
      severity: "error",
      code: "pairings.incompatible",
      message: `${text(incompatible)} incompatible.`,
      action: "Open the Pairings panel for diagnostics.",
    });
  }
  if (errored > 0) {
    out.push({
      severity: "warning",
      code: "pairings.error",
      message: `${text(errored)} in error.`,
      action: "Check remote network connectivity and pairing credentials.",
    });
  }
  if (degraded > 0) {
    out.push({
      severity: "warning",
      code: "pairings.degraded",
      message: `${text(degraded)} degraded.`,
      action: "Open the Pairings panel for diagnostics.",
    });
  }
  return out;
}
