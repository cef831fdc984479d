// POST /v1/agents/register (§5.11): claim an agent id under the caller's
// credential. Callers without a credential get a freshly minted agent token
// when registration is open, else the shared `anonymous` credential. 201 when
// a token was minted or the record is new, 200 for an idempotent re-register.
import { agentFqid, isStoreError, wireRegistration, type AgentRegistration } from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { allows, allowsAgent, credentialKeyOf, hasClaims, mintsAgentTokens } from "../auth/principal.js";
import { agentTokenCredentialKey, ANONYMOUS_CREDENTIAL, generateAgentToken } from "../auth/tokens.js";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import { memberIdError, newPrefixedId } from "../ids.js";
import { slugAgentId, slugSuffix } from "./agent-slug.js";
import { nulError } from "./request-rules.js";
import type { RegisterAgentRequest } from "./request-schemas.js";

export interface Registered {
  status: 200 | 201;
  body: Record<string, unknown>;
}

const MAX_SLUG_ATTEMPTS = 100;

const alreadyRegistered = (id: string) => new HttpError(409, `agent ${goQuote(id)} is already registered`);
const differentCredentials = (id: string) =>
  new HttpError(409, `agent ${goQuote(id)} is already registered with different credentials`);

export async function registerAgent(
  ctx: AppContext,
  principal: Principal,
  request: RegisterAgentRequest,
): Promise<Registered> {
  const agentId = await resolveAgentId(ctx, request);
  if (hasClaims(principal) && !allowsAgent(principal, agentId)) {
    if (principal.kind === "agent") throw new HttpError(409, `agent token is not valid for agent ${goQuote(agentId)}`);
    throw new HttpError(403, `requested_agent_id ${agentId} is not allowed for this token`);
  }

  let credentialKey = ANONYMOUS_CREDENTIAL;
  let issuedToken = "";
  if (hasClaims(principal)) credentialKey = credentialKeyOf(principal);
  else if (mintsAgentTokens(ctx.settings)) {
    issuedToken = generateAgentToken();
    credentialKey = agentTokenCredentialKey(issuedToken);
  }

  const registration = newRegistration(ctx, agentId, credentialKey, request.name);

  const existing = await ctx.store.getRegisteredAgent(agentId);
  if (existing && existing.credential_key !== credentialKey) {
    // An admin re-registering resolves to the existing identity rather than taking it over.
    if (allows(principal, "admin")) {
      registration.credential_key = existing.credential_key;
      registration.actor_uid = existing.actor_uid;
      registration.actor_uri = existing.actor_uri;
      registration.created_at = existing.created_at;
    } else if (credentialKey === ANONYMOUS_CREDENTIAL || issuedToken) throw alreadyRegistered(agentId);
    else throw differentCredentials(agentId);
  }

  let stored: AgentRegistration;
  try {
    stored = await ctx.store.registerAgent(registration);
  } catch (err) {
    // Lost a race with another registration of the same id.
    if (isStoreError(err, "agent_credential"))
      throw issuedToken ? alreadyRegistered(agentId) : differentCredentials(agentId);
    throw err;
  }
  const status = issuedToken || stored.created_at === stored.updated_at ? 201 : 200;
  return { status, body: wireRegistration(stored, issuedToken || undefined) };
}

/** The trimmed requested id (any member-id form), or a slug of the name not yet registered. */
async function resolveAgentId(ctx: AppContext, request: RegisterAgentRequest): Promise<string> {
  const nameErr = nulError("name", request.name);
  if (nameErr !== undefined) throw new HttpError(422, nameErr);
  const requested = (request.requested_agent_id ?? "").trim();
  if (requested) {
    const err = memberIdError(requested);
    if (err !== undefined) throw new HttpError(422, `requested_agent_id ${err}`);
    return requested;
  }
  const base = slugAgentId(request.name ?? "");
  for (let attempt = 0; attempt < MAX_SLUG_ATTEMPTS; attempt++) {
    const candidate = attempt === 0 ? base : `${base}-${slugSuffix(newPrefixedId("agent"))}`;
    if (!(await ctx.store.getRegisteredAgent(candidate))) return candidate;
  }
  throw new HttpError(422, "unable to generate unique agent id");
}

/** A registration as first made for `agentId`: a new actor identity, timestamps now, the trimmed name if any. */
export function newRegistration(
  ctx: AppContext,
  agentId: string,
  credentialKey: string,
  name: string | undefined,
): AgentRegistration {
  const networkId = ctx.settings.networkId;
  const now = ctx.clock.now();
  const registration: AgentRegistration = {
    network_id: networkId,
    agent_id: agentId,
    actor_uid: newPrefixedId("actor"),
    actor_uri: agentFqid(networkId, agentId),
    credential_key: credentialKey,
    created_at: now,
    updated_at: now,
  };
  const displayName = (name ?? "").trim();
  if (displayName) registration.display_name = displayName;
  return registration;
}
