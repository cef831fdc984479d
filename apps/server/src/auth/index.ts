// Authentication and authorization for the HTTP app: what routes and the app
// use. See authenticate.ts for the per-route rules, rooms.ts for read/write
// policy, sender-policy.ts for sender checks.
export { authMiddleware, requireAccess, type AccessRule } from "./authenticate.js";
export { allows, streamIdentity } from "./principal.js";
export { canReadRoom, checkWritePolicy, roomAccess } from "./rooms.js";
export { AUTH_COOKIE, agentTokenCredentialKey, generateAgentToken, staticCredentialKey } from "./tokens.js";
