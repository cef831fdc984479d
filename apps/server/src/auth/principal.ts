// Questions asked about a caller. "Claims" are what the reference attaches
// to an authenticated request: static and agent tokens have them; the
// open-access caller (mode none) and anonymous public readers do not.
import type { Principal } from "../context.js";
import type { AgentRegistrationMode, AppSettings, Scope } from "../settings.js";
import { ANONYMOUS_CREDENTIAL, staticCredentialKey } from "./tokens.js";

export type ClaimedPrincipal = Extract<Principal, { kind: "static" } | { kind: "agent" }>;

/** True for static and agent tokens. */
export function hasClaims(p: Principal): p is ClaimedPrincipal {
  return p.kind === "static" || p.kind === "agent";
}

/** True when the caller's token carries `scope`. Open-access and anonymous callers carry none. */
export function allows(p: Principal, scope: Scope): boolean {
  return hasClaims(p) && p.scopes.has(scope);
}

export function allowsAny(p: Principal, scopes: readonly Scope[]): boolean {
  return scopes.some((s) => allows(p, s));
}

/** Static token without an `agents:` list, or listing `agentId`; agent token for exactly `agentId`. No claims: true. */
export function allowsAgent(p: Principal, agentId: string): boolean {
  const id = agentId.trim();
  if (p.kind === "static") return p.agents.length === 0 || p.agents.includes(id);
  if (p.kind === "agent") return p.agentId.trim() === id;
  return true;
}

/** The credential key the caller registers and sends under: `token:<id>`, `agent-token:<hash>`, else `anonymous`. */
export function credentialKeyOf(p: Principal): string {
  if (p.kind === "static") return p.credentialKey || staticCredentialKey(p.tokenId);
  if (p.kind === "agent") return p.credentialKey;
  return ANONYMOUS_CREDENTIAL;
}

/** Public read as requests see it: never in mode none (the reference only applies auth context when auth is on). */
export function effectivePublicRead(settings: AppSettings): boolean {
  return settings.auth.mode !== "none" && (settings.auth.publicRead || settings.auth.mode === "open");
}

/** Registration policy as requests see it: `disabled` in mode none (credential is always `anonymous` there), `open` in mode open. */
export function effectiveRegistration(settings: AppSettings): AgentRegistrationMode {
  if (settings.auth.mode === "none") return "disabled";
  if (settings.auth.mode === "open") return "open";
  return settings.auth.agentRegistration;
}

/** Whether a register call without a credential mints a fresh agent token. */
export function mintsAgentTokens(settings: AppSettings): boolean {
  return effectiveRegistration(settings) === "open";
}

/** SSE capacity identity: `token:<id>` for static tokens, else `addr:<remote ip>`. */
export function streamIdentity(p: Principal, remoteAddress: string | undefined): string {
  if (p.kind === "static" && p.tokenId.trim() !== "") return `token:${p.tokenId.trim()}`;
  const addr = (remoteAddress ?? "").trim();
  return addr !== "" ? `addr:${addr}` : "anonymous";
}
