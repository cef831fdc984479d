// `server.listen_addr` in Go's host:port form. ":8787" (empty host) means every
// interface; "[::1]:8787" is an IPv6 host; port 0 asks the OS for a free port.
export interface ListenAddress {
  /** As configured, for messages. */
  addr: string;
  /** undefined = all interfaces. */
  host: string | undefined;
  port: number;
}

/** Null when the text is not host:port with a port in 0..65535. */
export function parseListenAddress(addr: string): ListenAddress | null {
  const text = addr.trim();
  const colon = text.lastIndexOf(":");
  if (colon < 0) return null;
  let host = text.slice(0, colon);
  const portText = text.slice(colon + 1);
  if (!/^\d{1,5}$/.test(portText)) return null;
  const port = Number(portText);
  if (port > 65535) return null;
  if (host.startsWith("[") && host.endsWith("]")) {
    host = host.slice(1, -1);
  } else if (host.includes(":") || host.includes("[") || host.includes("]")) {
    // An unbracketed IPv6 host is ambiguous with the port separator, as in Go.
    return null;
  }
  if (/\s|\//.test(host)) return null;
  return { addr: text, host: host === "" ? undefined : host, port };
}

/** How a bound address is written in logs and messages: host:port, IPv6 bracketed. */
export function formatHostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
