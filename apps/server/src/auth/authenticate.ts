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
  type CredentialSource,
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

/**
 * One request's access decisions: resolves the presented credential at most
 * once, then applies each rule asked of it. Built per request by the
 * middleware (Hono routes) or by the node:http hot routes.
 */
export class RequestAccess {
  #resolved: Promise<Resolution> | undefined;

  constructor(
    private readonly ctx: AppContext,
    private readonly tokens: StaticTokenTable,
    private readonly source: CredentialSource,
  ) {}

  /** Resolves the presented credential once per request. */
  #resolve(): Promise<Resolution> {
    this.#resolved ??= (async (): Promise<Resolution> => {
      let token: string | null;
      try {
        token = requestToken(this.source);
      } catch (err) {
        if (err instanceof HttpError) return { principal: null, error: err };
        throw err;
      }
      if (token === null) return { principal: null, error: null };
      const found = this.tokens.match(token);
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
        const registration = await this.ctx.store.getRegisteredAgentByCredentialKey(agentTokenCredentialKey(token));
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
    return this.#resolved;
  }

  /** Required credential with any of `scopes`: 401 `authorization required` / `invalid token`, 403 `forbidden`. */
  async #required(scopes: readonly Scope[]): Promise<Principal> {
    const { principal, error } = await this.#resolve();
    if (error) throw error;
    if (!principal) throw new HttpError(401, "authorization required");
    if (!allowsAny(principal, scopes)) throw new HttpError(403, "forbidden");
    return principal;
  }

  /** Optional credential: none → anonymous; invalid → 401; valid without `scopes` → anonymous (or 403 when `strict`). */
  async #optional(scopes: readonly Scope[], strict = false): Promise<Principal> {
    const { principal, error } = await this.#resolve();
    if (error) throw error;
    if (!principal) return { kind: "anonymous" };
    if (scopes.length > 0 && !allowsAny(principal, scopes)) {
      if (strict) throw new HttpError(403, "forbidden");
      return { kind: "anonymous" };
    }
    return principal;
  }

  /** Applies a route's access rule (see AccessRule). Throws HttpError 401/403. In mode `none` every rule passes with `open-access`. */
  async require(rule: AccessRule): Promise<Principal> {
    const { settings } = this.ctx;
    if (settings.auth.mode === "none") return { kind: "open-access" };
    const publicRead = effectivePublicRead(settings);
    switch (rule) {
      case "health":
        return publicRead ? this.#optional([]) : { kind: "anonymous" };
      case "network":
      case "list":
      case "read":
      case "skill":
        return publicRead ? this.#optional(RULE_SCOPES[rule]) : this.#required(RULE_SCOPES[rule]);
      case "observe":
      case "write":
      case "admin":
        return this.#required(RULE_SCOPES[rule]);
      case "register": {
        const registration = effectiveRegistration(settings);
        if (registration === "open") return this.#optional(["admin", "attach"], true);
        return this.#required(registration === "token" ? ["admin", "attach"] : ["admin"]);
      }
      case "attach":
        return effectiveRegistration(settings) === "open"
          ? this.#optional(["attach"], true)
          : this.#required(["attach"]);
    }
  }
}

/** Builds each request's RequestAccess over one table of the configured tokens (hashed once). */
export function accessFactory(ctx: AppContext): (source: CredentialSource) => RequestAccess {
  const tokens = new StaticTokenTable(ctx.settings.auth.mode === "none" ? [] : ctx.settings.auth.tokens);
  return (source) => new RequestAccess(ctx, tokens, source);
}

const requests = new WeakMap<Request, RequestAccess>();

/** Middleware for every request: sets the default principal and prepares credential resolution. */
export function authMiddleware(
  ctx: AppContext,
  access: (source: CredentialSource) => RequestAccess = accessFactory(ctx),
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("principal", ctx.settings.auth.mode === "none" ? { kind: "open-access" } : { kind: "anonymous" });
    requests.set(c.req.raw, access(honoCredentials(c)));
    await next();
  };
}

function honoCredentials(c: Context<AppEnv>): CredentialSource {
  return {
    get authorization() {
      return c.req.header("Authorization");
    },
    get cookies() {
      return c.req.raw.headers.get("Cookie") ?? undefined;
    },
    get path() {
      return c.req.path;
    },
    query: (name) => c.req.query(name),
  };
}

/**
 * Applies a route's access rule, sets `principal` on the context and returns it.
 * Call first thing in every handler (before reading the body). Throws HttpError 401/403.
 * In mode `none` every rule passes with the `open-access` principal and credentials are ignored.
 */
export async function requireAccess(c: Context<AppEnv>, rule: AccessRule): Promise<Principal> {
  const access = requests.get(c.req.raw);
  if (!access) throw new Error("auth middleware is not mounted");
  const principal = await access.require(rule);
  c.set("principal", principal);
  return principal;
}
