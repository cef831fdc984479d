// Authentication and authorization for the HTTP app. See authenticate.ts for
// the per-route rules, rooms.ts for read/write policy, sender-policy.ts for sender checks.
export { authMiddleware, requireAccess, type AccessRule } from "./authenticate.js";
export {
  allows,
  allowsAny,
  allowsAgent,
  credentialKeyOf,
  effectivePublicRead,
  effectiveRegistration,
  hasClaims,
  isAgentToken,
  isStaticToken,
  mintsAgentTokens,
  streamIdentity,
  type ClaimedPrincipal,
} from "./principal.js";
export { canReadRoom, checkWritePolicy, roomAccess, roomAccessReason, roomNotReadable, type RoomAccess } from "./rooms.js";
export {
  AGENT_TOKEN_PREFIX,
  ANONYMOUS_CREDENTIAL,
  AUTH_COOKIE,
  StaticTokenTable,
  agentTokenCredentialKey,
  generateAgentToken,
  looksLikeAgentToken,
  requestToken,
  staticCredentialKey,
} from "./tokens.js";
