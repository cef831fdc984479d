// `?access_token=` bootstrap for the console, as the reference does it: a link
// like /console/?access_token=<token> stores the token in an HttpOnly cookie
// (read back by auth/tokens.ts) and redirects to the same URL without it, so
// the token leaves the address bar and history. Only when auth is on.
import type { MiddlewareHandler } from "hono";
import { setCookie } from "hono/cookie";
import type { AppEnv } from "../context.js";
import { AUTH_COOKIE } from "../auth/tokens.js";
import type { AuthMode } from "../settings.js";

export interface ConsoleTokenOptions {
  mode: AuthMode;
  /** `server.trust_forwarded_proto`: believe `X-Forwarded-Proto: https` from a TLS proxy. */
  trustForwardedProto: boolean;
}

/** True when the request reached us over TLS, or through a trusted TLS-terminating proxy. */
function isSecure(url: URL, forwardedProto: string | undefined, trustForwardedProto: boolean): boolean {
  if (url.protocol === "https:") return true;
  if (!trustForwardedProto) return false;
  return (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}

export function consoleTokenBootstrap(options: ConsoleTokenOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (options.mode === "none" || (c.req.method !== "GET" && c.req.method !== "HEAD")) return next();
    const url = new URL(c.req.url);
    const token = url.searchParams.get("access_token");
    if (token === null || token.trim() === "") return next();
    setCookie(c, AUTH_COOKIE, token.trim(), {
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
      secure: isSecure(url, c.req.header("X-Forwarded-Proto"), options.trustForwardedProto),
    });
    url.searchParams.delete("access_token");
    // Relative to the request URL (its last segment, or "./" for a directory), so a proxy's path prefix survives.
    const last = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
    c.header("Cache-Control", "no-store");
    return c.redirect(`${last === "" ? "./" : last}${url.search}`, 307);
  };
}
