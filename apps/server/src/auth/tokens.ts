// Credentials: where a request carries one, how static tokens are matched
// (SHA-256 of the trimmed value, compared in constant time against every
// configured token so timing does not reveal which prefix matched), and the
// agent-token format `magt_v1_<43 base64url chars>`.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { parse as parseCookies } from "hono/utils/cookie";
import { staticTokenId } from "../config/static-token-id.js";
import type { StaticToken } from "../settings.js";
import { HttpError } from "../http-error.js";

export const AUTH_COOKIE = "moltnet_auth";
export const AGENT_TOKEN_PREFIX = "magt_v1_";
/** Registration credential when nobody authenticated (mode none, or no token). */
export const ANONYMOUS_CREDENTIAL = "anonymous";

const sha256 = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();

/** `token:<id>` */
export function staticCredentialKey(tokenId: string): string {
  return `token:${tokenId.trim()}`;
}

/** `agent-token:` + lowercase hex SHA-256 of the trimmed token. */
export function agentTokenCredentialKey(token: string): string {
  return `agent-token:${sha256(token.trim()).toString("hex")}`;
}

export function looksLikeAgentToken(token: string): boolean {
  return token.trim().startsWith(AGENT_TOKEN_PREFIX);
}

/** A fresh agent token: the prefix + unpadded base64url of 32 random bytes. */
export function generateAgentToken(): string {
  return AGENT_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * The presented credential, in the reference's order: `Authorization: Bearer <t>`
 * (prefix case-sensitive; anything else is a 401), then the `moltnet_auth`
 * cookie, then `?access_token=` on `/console` paths only. Null when none.
 */
export function requestToken(request: CredentialSource): string | null {
  const header = (request.authorization ?? "").trim();
  if (header !== "") {
    if (!header.startsWith("Bearer ")) throw new HttpError(401, "invalid authorization header");
    const token = header.slice("Bearer ".length).trim();
    if (token === "") throw new HttpError(401, "authorization token is required");
    return token;
  }
  const cookies = request.cookies;
  const cookie = (cookies ? (parseCookies(cookies, AUTH_COOKIE)[AUTH_COOKIE] ?? "") : "").trim();
  if (cookie !== "") return cookie;
  const path = request.path;
  if (path === "/console" || path.startsWith("/console/")) {
    const query = (request.query("access_token") ?? "").trim();
    if (query !== "") return query;
  }
  return null;
}

/** What a request shows of its credential: read from Hono's request or straight from node:http (the hot routes). */
export interface CredentialSource {
  /** The `Authorization` header. */
  readonly authorization: string | undefined;
  /** The `Cookie` header. */
  readonly cookies: string | undefined;
  readonly path: string;
  query(name: string): string | undefined;
}

/** Configured static tokens, hashed once. */
export class StaticTokenTable {
  readonly #entries: Array<{ hash: Buffer; token: StaticToken; id: string }>;

  constructor(tokens: readonly StaticToken[]) {
    this.#entries = tokens
      .filter((t) => t.value.trim() !== "")
      .map((token) => ({ hash: sha256(token.value.trim()), token, id: staticTokenId(token.id, token.value) }));
  }

  /** Compares against every entry (no early exit) and returns the match, if any. */
  match(presented: string): { token: StaticToken; id: string } | null {
    const candidate = sha256(presented.trim());
    let found: { token: StaticToken; id: string } | null = null;
    for (const entry of this.#entries) {
      if (timingSafeEqual(candidate, entry.hash) && found === null) found = { token: entry.token, id: entry.id };
    }
    return found;
  }
}
