// Sender checks for POST /v1/messages (§7.5): who may speak as which agent or
// human, given the caller's credential and the agent registry. The order of
// the checks is the reference's; the first failure wins.
import type { MessageOrigin } from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import { namesOnlyNetwork, type Sender } from "../service/sender.js";
import type { Reads } from "../service/checked-reads.js";
import { ANONYMOUS_CREDENTIAL } from "./tokens.js";
import { allows, allowsAgent, credentialKeyOf, hasClaims } from "./principal.js";

const conflict = (agentId: string) =>
  new HttpError(409, `agent ${goQuote(agentId)} is already registered with different credentials`);
const tokenNotForAgent = (agentId: string) =>
  new HttpError(409, `agent token is not valid for agent ${goQuote(agentId)}`);
const requiresToken = (agentId: string) => new HttpError(401, `agent ${goQuote(agentId)} requires its agent token`);
const requiresWrite = (agentId: string) => new HttpError(403, `agent ${goQuote(agentId)} requires write scope`);

function remoteOrigin(origin: Partial<MessageOrigin>, networkId: string): string | null {
  const net = (origin.network_id ?? "").trim();
  return net !== "" && net !== networkId ? net : null;
}

/** Checks that the caller may send as `sender` with `origin` as received. Throws HttpError 401/403/409. */
export async function checkSender(
  ctx: AppContext,
  reads: Reads,
  principal: Principal,
  sender: Sender,
  origin: Partial<MessageOrigin>,
): Promise<void> {
  const { settings } = ctx;
  const networkId = settings.networkId;
  const mode = settings.auth.mode;
  const remote = remoteOrigin(origin, networkId);
  const pairCaller = allows(principal, "pair");

  if (remote !== null && pairCaller && !namesOnlyNetwork(sender, remote)) throw conflict("remote origin actor");
  if (sender.received.type.trim() === "human") return checkHuman(principal, mode, remote);
  if (remote !== null && pairCaller) return; // a consistent pair-relayed remote actor: write policy still applies

  const { agentId, local } = sender;
  if (agentId === "") return;
  const claims = hasClaims(principal);
  if (mode === "open" && !local)
    throw new HttpError(403, `remote-origin agent ${goQuote(agentId)} requires pair scope`);
  if (!local && claims) throw conflict(agentId);
  if (claims) {
    if (allows(principal, "pair") && !allows(principal, "write"))
      throw new HttpError(403, "pair tokens cannot assert local agents");
    if (!allowsAgent(principal, agentId)) {
      if (principal.kind === "agent") throw tokenNotForAgent(agentId);
      throw new HttpError(403, `agent ${goQuote(agentId)} is not allowed for this token`);
    }
  }

  const registration = await reads.getRegisteredAgent(agentId);
  if (!registration) {
    if (mode === "open") throw new HttpError(401, `agent ${goQuote(agentId)} must be registered before sending`);
    return;
  }
  const credential = credentialKeyOf(principal);
  if (credential === ANONYMOUS_CREDENTIAL) {
    if (mode === "open") throw requiresToken(agentId);
    if (registration.credential_key === credential) return;
  }
  if (registration.credential_key === credential) {
    if (mode === "open" && !allows(principal, "write")) throw requiresWrite(agentId);
    return;
  }
  if (allows(principal, "admin") && allows(principal, "write")) return;
  if (principal.kind === "agent") throw tokenNotForAgent(agentId);
  if (mode === "open" && !claims) throw requiresToken(agentId);
  if (mode === "open" && !allows(principal, "write")) throw requiresWrite(agentId);
  throw conflict(agentId);
}

function checkHuman(principal: Principal, mode: string, remote: string | null): void {
  if (remote !== null && !allows(principal, "pair"))
    throw new HttpError(403, "remote-origin human sender requires pair scope");
  if (mode === "none") return;
  if (!hasClaims(principal)) throw new HttpError(401, "human ingress requires a write token");
  if (remote !== null && allows(principal, "pair")) return;
  if (principal.kind !== "static" || !allows(principal, "write"))
    throw new HttpError(403, "human ingress requires a static write token");
  // Where we differ on purpose (README): a token bound to agents speaks only as them.
  if (principal.agents.length > 0 && !allows(principal, "admin")) {
    throw new HttpError(403, "a token bound to agents cannot send as a human");
  }
}
