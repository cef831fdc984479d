// GET /skill.md, /install.md, /llms.txt: the onboarding documents
// (discovery/documents.ts), rendered for the caller. /install.md and
// /llms.txt follow the read rule; /skill.md also answers write- and
// attach-only tokens (an agent's own token), listing rooms only when the
// caller may read them.
import type { Context, Hono } from "hono";
import type { AppContext, AppEnv, Principal } from "../context.js";
import { allowsAny, effectivePublicRead } from "../auth/principal.js";
import { requireAccess } from "../auth/authenticate.js";
import { installMarkdown, llmsText, skillMarkdown } from "../discovery/documents.js";
import { allReadableRooms } from "../service/readable-rooms.js";

/** `scheme://host` as the caller reached us (X-Forwarded-Proto/-Host first, as the reference). */
export function requestBaseUrl(c: Context): string {
  const proto = (c.req.header("X-Forwarded-Proto") ?? "").split(",")[0]!.trim().toLowerCase();
  const url = new URL(c.req.url);
  const scheme = proto || url.protocol.replace(/:$/, "");
  const forwardedHost = (c.req.header("X-Forwarded-Host") ?? "").split(",")[0]!.trim();
  return `${scheme}://${forwardedHost || c.req.header("Host") || url.host}`;
}

const markdown = (c: Context, body: string) => c.body(body, 200, { "Content-Type": "text/markdown; charset=utf-8" });

async function roomsFor(ctx: AppContext, principal: Principal) {
  const listable =
    ctx.settings.auth.mode === "none" ||
    effectivePublicRead(ctx.settings) ||
    allowsAny(principal, ["observe", "admin"]);
  return listable ? allReadableRooms(ctx, principal) : null;
}

export function registerDiscoveryRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.get("/skill.md", async (c) => {
    const principal = await requireAccess(c, "skill");
    return markdown(
      c,
      skillMarkdown({
        settings: ctx.settings,
        principal,
        baseUrl: requestBaseUrl(c),
        rooms: await roomsFor(ctx, principal),
      }),
    );
  });
  app.get("/install.md", async (c) => {
    const principal = await requireAccess(c, "read");
    return markdown(
      c,
      installMarkdown({
        settings: ctx.settings,
        principal,
        baseUrl: requestBaseUrl(c),
        rooms: await roomsFor(ctx, principal),
      }),
    );
  });
  app.get("/llms.txt", async (c) => {
    await requireAccess(c, "read");
    return c.body(llmsText({ settings: ctx.settings, baseUrl: requestBaseUrl(c) }), 200, {
      "Content-Type": "text/plain; charset=utf-8",
    });
  });
}
