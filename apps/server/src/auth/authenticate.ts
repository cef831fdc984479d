// Authentication happens in two steps. A middleware mounted for every request
// records how to resolve the caller and sets the least-privileged principal
// (`open-access` in mode none, else `anonymous`). Each route then states its
// rule with `requireAccess(c, rule)`, which resolves the credential (once per
// request; agent tokens cost a store lookup) and applies the reference's
// per-route semantics (§7.2, §7.3): required scopes → 401/403; public-read
// routes accept anonymous callers, downgrade a valid token lacking the scopes
// to anonymous, but never forgive an invalid credential (401).
import type { Context, MiddlewareHandler } from "hono";
import type { AppContext, AppEnv, Principal } from "../context.js";
import type { Scope } from "../settings.js";
import { HttpError } from "../http-error.js";
import { allowsAny, effectivePublicRead, effectiveRegistration } from "./principal.js";
import {
  StaticTokenTable,
  agentTokenCredentialKey,
  looksLikeAgentToken,
  requestToken,
  staticCredentialKey,
} from "./tokens.js";

/**
 * Route access rules (§7.3), applied when auth mode is not `none`:
 * - `health`: /healthz, /readyz. Nothing required; with public read on, a presented credential must be valid.
 * - `network`: GET /v1/network. observe/admin/pair/attach; anonymous with public read.
 * - `list`: GET /v1/rooms, /v1/agents. observe/admin/pair; anonymous with public read.
 * - `read`: room, thread, agent reads and the event stream. observe/admin; anonymous with public read.
 * - `observe`: DMs, artifacts, pairings. observe/admin, never anonymous.
 * - `write`: POST /v1/messages. write or pair.
 * - `admin`: room/agent mutations, apply, metrics.
 * - `register`: POST /v1/agents/register, by registration mode (disabled: admin; token: admin/attach; open: anonymous or admin/attach).
 * - `attach`: attach scope (anonymous when registration is open).
 * - `skill`: GET /skill.md. observe/write/admin/attach; anonymous with public read.
 */
export type AccessRule =
  "health" | "network" | "list" | "read" | "observe" | "write" | "admin" | "register" | "attach" | "skill";

const RULE_SCOPES: Record<Exclude<AccessRule, "health" | "register" | "attach">, Scope[]> = {
  network: ["observe", "admin", "pair", "attach"],
  skill: ["observe", "write", "admin", "attach"],
  list: ["observe", "admin", "pair"],
  read: ["observe", "admin"],
  observe: ["observe", "admin"],
  write: ["write", "pair"],
  admin: ["admin"],
};

type Resolution = { principal: Principal | null; error: HttpError | null };

interface RequestAuth {
  ctx: AppContext;
  tokens: StaticTokenTable;
  resolved?: Promise<Resolution>;
}

const requests = new WeakMap<Request, RequestAuth>();

/** Middleware for every request: sets the default principal and prepares credential resolution. */
export function authMiddleware(ctx: AppContext): MiddlewareHandler<AppEnv> {
  const tokens = new StaticTokenTable(ctx.settings.auth.mode === "none" ? [] : ctx.settings.auth.tokens);
  return async (c, next) => {
    c.set("principal", ctx.settings.auth.mode === "none" ? { kind: "open-access" } : { kind: "anonymous" });
    requests.set(c.req.raw, { ctx, tokens });
    await next();
  };
}

function stateOf(c: Context<AppEnv>): RequestAuth {
  const state = requests.get(c.req.raw);
  if (!state) throw new Error("auth middleware is not mounted");
  return state;
}

/** Resolves the presented credential once per request. */
function resolve(c: Context<AppEnv>): Promise<Resolution> {
  const state = stateOf(c);
  state.resolved ??= (async (): Promise<Resolution> => {
    let token: string | null;
    try {
      token = requestToken(c);
    } catch (err) {
      if (err instanceof HttpError) return { principal: null, error: err };
      throw err;
    }
    if (token === null) return { principal: null, error: null };
    const found = state.tokens.match(token);
    if (found) {
      return {
        principal: {
          kind: "static",
          tokenId: found.id,
          scopes: new Set(found.token.scopes),
          agents: found.token.agents.map((a) => a.trim()).filter((a) => a !== ""),
          credentialKey: staticCredentialKey(found.id),
        },
        error: null,
      };
    }
    if (looksLikeAgentToken(token)) {
      const registration = await state.ctx.store.getRegisteredAgentByCredentialKey(agentTokenCredentialKey(token));
      if (registration) {
        return {
          principal: {
            kind: "agent",
            agentId: registration.agent_id,
            scopes: new Set<Scope>(["write", "attach"]),
            credentialKey: registration.credential_key,
          },
          error: null,
        };
      }
    }
    return { principal: null, error: new HttpError(401, "invalid token") };
  })();
  return state.resolved;
}

/** Required credential with any of `scopes`: 401 `authorization required` / `invalid token`, 403 `forbidden`. */
async function required(c: Context<AppEnv>, scopes: readonly Scope[]): Promise<Principal> {
  const { principal, error } = await resolve(c);
  if (error) throw error;
  if (!principal) throw new HttpError(401, "authorization required");
  if (!allowsAny(principal, scopes)) throw new HttpError(403, "forbidden");
  return principal;
}

/** Optional credential: none → anonymous; invalid → 401; valid without `scopes` → anonymous (or 403 when `strict`). */
async function optional(c: Context<AppEnv>, scopes: readonly Scope[], strict = false): Promise<Principal> {
  const { principal, error } = await resolve(c);
  if (error) throw error;
  if (!principal) return { kind: "anonymous" };
  if (scopes.length > 0 && !allowsAny(principal, scopes)) {
    if (strict) throw new HttpError(403, "forbidden");
    return { kind: "anonymous" };
  }
  return principal;
}

/**
 * Applies a route's access rule, sets `principal` on the context and returns it.
 * Call first thing in every handler (before reading the body). Throws HttpError 401/403.
 * In mode `none` every rule passes with the `open-access` principal and credentials are ignored.
 */
export async function requireAccess(c: Context<AppEnv>, rule: AccessRule): Promise<Principal> {
  const { settings } = stateOf(c).ctx;
  let principal: Principal;
  if (settings.auth.mode === "none") principal = { kind: "open-access" };
  else {
    const publicRead = effectivePublicRead(settings);
    switch (rule) {
      case "health":
        principal = publicRead ? await optional(c, []) : { kind: "anonymous" };
        break;
      case "network":
      case "list":
      case "read":
      case "skill":
        principal = publicRead ? await optional(c, RULE_SCOPES[rule]) : await required(c, RULE_SCOPES[rule]);
        break;
      case "observe":
      case "write":
      case "admin":
        principal = await required(c, RULE_SCOPES[rule]);
        break;
      case "register": {
        const registration = effectiveRegistration(settings);
        if (registration === "open") principal = await optional(c, ["admin", "attach"], true);
        else principal = await required(c, registration === "token" ? ["admin", "attach"] : ["admin"]);
        break;
      }
      case "attach":
        principal =
          effectiveRegistration(settings) === "open"
            ? await optional(c, ["attach"], true)
            : await required(c, ["attach"]);
        break;
    }
  }
  c.set("principal", principal);
  return principal;
}
