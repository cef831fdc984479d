// Router misses. The reference answers an unknown GET with a redirect to its
// console and anything else with a plain-text 405; we answer JSON envelopes
// instead (differ-on-purpose): 404 for a path no route serves, 405 with an
// `Allow` header for a known path asked with the wrong method.
import type { Hono, NotFoundHandler } from "hono";
import type { AppEnv } from "../context.js";
import { errorResponse } from "./errors.js";

interface RoutePattern {
  regex: RegExp;
  methods: Set<string>;
}

/** Builds the notFound handler for `app`; the route table is read on first use, after every route is mounted. */
export function createNotFoundHandler(app: Hono<AppEnv>): NotFoundHandler<AppEnv> {
  let patterns: RoutePattern[] | null = null;
  return (c) => {
    patterns ??= compileRoutes(app);
    const path = c.req.path;
    const allowed = new Set<string>();
    for (const p of patterns) if (p.regex.test(path)) for (const m of p.methods) allowed.add(m);
    if (allowed.size === 0) return errorResponse(c, 404, "not found");
    if (allowed.has("GET")) allowed.add("HEAD");
    const allow = [...allowed].sort().join(", ");
    return errorResponse(c, 405, "method not allowed", { Allow: allow });
  };
}

function compileRoutes(app: Hono<AppEnv>): RoutePattern[] {
  const byPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    // Middleware is mounted with method ALL on wildcard paths; only real handlers define the API surface.
    if (route.method === "ALL" || route.path.includes("*")) continue;
    let methods = byPath.get(route.path);
    if (!methods) byPath.set(route.path, (methods = new Set()));
    methods.add(route.method.toUpperCase());
  }
  return [...byPath].map(([path, methods]) => ({ regex: patternRegex(path), methods }));
}

function patternRegex(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}
