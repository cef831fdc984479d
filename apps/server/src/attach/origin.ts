// `server.allowed_origins` for browser-origin upgrades. A request without an
// Origin header (every non-browser client) passes. Without configured
// origins the allow-list is the reference's default: http and https on
// localhost, 127.0.0.1 and the listen host (unless it is a wildcard), at the
// listen port.

/** `scheme://host[:port]`, or null for anything that is not a bare origin. */
export function normalizeOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (!url.protocol || !url.host) return null;
  if (url.pathname !== "" && url.pathname !== "/") return null;
  return `${url.protocol}//${url.host}`;
}

export function allowedOrigins(
  configured: readonly string[],
  listenHost: string | undefined,
  listenPort: number,
): Set<string> {
  const out = new Set<string>();
  for (const origin of configured) {
    const normalized = normalizeOrigin(origin);
    if (normalized) out.add(normalized);
  }
  if (out.size > 0) return out;
  const hosts = ["localhost", "127.0.0.1"];
  const host = (listenHost ?? "").trim();
  if (host !== "" && host !== "0.0.0.0" && host !== "::") hosts.push(host.replace(/^\[|\]$/g, ""));
  for (const h of hosts) {
    const hostPort = h.includes(":") ? `[${h}]:${listenPort}` : `${h}:${listenPort}`;
    out.add(`http://${hostPort}`);
    out.add(`https://${hostPort}`);
  }
  return out;
}

export function originAllowed(allowed: ReadonlySet<string>, origin: string | undefined): boolean {
  const value = (origin ?? "").trim();
  if (value === "") return true;
  const normalized = normalizeOrigin(value);
  return normalized !== null && allowed.has(normalized);
}
