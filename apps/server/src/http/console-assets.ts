// Serves the operator console (package @moltnet/console) at /console/.
// Hashed assets (assets/<name>-<hash>.js) never change under their name, so
// they are cached for a year; index.html is revalidated on every load so a new
// build is picked up at once. Any other path under /console/ is a client route
// and gets index.html (SPA fallback). The console's URLs are relative, so a
// route nested deeper still asks for `…/assets/<file>`: that is served by its
// file name wherever it appears.
import { readFile, readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Context, Hono } from "hono";
import { consoleAssetsDir } from "@moltnet/console";
import type { AppEnv } from "../context.js";
import type { AuthMode } from "../settings.js";
import { errorResponse } from "./errors.js";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * The console runs only its own scripts and styles and talks only to its own
 * origin; images in messages may come from anywhere over http(s). It may not
 * be framed (clickjacking the composer).
 */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https: http:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

interface Asset {
  body: Uint8Array;
  type: string;
}

interface Bundle {
  index: Asset;
  /** By file name inside assets/. */
  assets: Map<string, Asset>;
}

/**
 * Reads the built console once; null when it was not built (the routes then
 * answer 404). The auth mode goes into index.html's `moltnet-auth-mode` meta
 * tag: /v1/network does not carry it (its shape is the reference's), and the
 * console shows it in the header.
 */
async function loadBundle(dir: string, authMode: string): Promise<Bundle | null> {
  try {
    const html = (await readFile(join(dir, "index.html"), "utf8")).replace(
      '<meta name="moltnet-auth-mode" content="" />',
      `<meta name="moltnet-auth-mode" content="${authMode}" />`,
    );
    const index = { body: new TextEncoder().encode(html), type: TYPES[".html"]! };
    const assets = new Map<string, Asset>();
    const names = await readdir(join(dir, "assets")).catch(() => [] as string[]);
    for (const name of names) {
      assets.set(name, {
        body: await readFile(join(dir, "assets", name)),
        type: TYPES[extname(name)] ?? "application/octet-stream",
      });
    }
    return { index, assets };
  } catch {
    return null;
  }
}

function send(c: Context<AppEnv>, asset: Asset, cacheControl: string): Response {
  return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": asset.type,
    "Cache-Control": cacheControl,
    "X-Content-Type-Options": "nosniff",
  });
}

/** Relative to the request's own URL, so a path prefix added by a reverse proxy survives. */
function redirectToConsole(c: Context<AppEnv>): Response {
  const query = new URL(c.req.url).search;
  return c.body(null, 307, { Location: `console/${query}`, "Cache-Control": "no-store" });
}

export function registerConsoleRoutes(app: Hono<AppEnv>, authMode: AuthMode, dir: string = consoleAssetsDir): void {
  let bundle: Promise<Bundle | null> | null = null;
  const load = () => (bundle ??= loadBundle(dir, authMode));

  app.get("/", redirectToConsole);
  app.get("/console", redirectToConsole);
  app.get("/console/*", async (c) => {
    const built = await load();
    if (!built) return errorResponse(c, 404, "the console is not built (run pnpm build)");
    const path = c.req.path;
    const at = path.lastIndexOf("/assets/");
    if (at >= 0) {
      const asset = built.assets.get(path.slice(at + "/assets/".length));
      return asset ? send(c, asset, IMMUTABLE) : errorResponse(c, 404, "not found");
    }
    c.header("Content-Security-Policy", CONSOLE_CSP);
    c.header("Referrer-Policy", "no-referrer");
    return send(c, built.index, "no-cache");
  });
}
