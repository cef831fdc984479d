// The address a request comes from, for per-client limits. The socket's peer,
// unless that peer is a configured trusted proxy (server.trusted_proxies):
// then the nearest X-Forwarded-For entry that is not itself a trusted proxy.
// Without configuration the header is ignored, so a client cannot pick the
// address it is counted under.
import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

export function clientAddress(c: Context, trustedProxies: ReadonlySet<string>): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const peer = normalizeAddress(incoming?.socket?.remoteAddress ?? "");
  if (peer === "" || !trustedProxies.has(peer)) return peer || "unknown";
  const hops = (c.req.header("X-Forwarded-For") ?? "")
    .split(",")
    .map(normalizeAddress)
    .filter((h) => h !== "");
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.has(hops[i]!)) return hops[i]!;
  return peer;
}
