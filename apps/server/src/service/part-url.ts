// Part URL validation (§5.7): the reference parses with Go's net/url and then
// requires an http, https or molt scheme and, except for molt, a host. This is
// the subset of Go's parser that decides those answers and its error texts
// (`is invalid: parse "<url>": <reason>`); the WHATWG URL parser in Node
// accepts and rejects different strings, so it cannot stand in for it.
import { goQuote } from "../go-quote.js";

/** The error after the `url ` prefix, or undefined when the (trimmed) URL is acceptable. */
export function partUrlError(value: string): string | undefined {
  const raw = value.trim();
  const parsed = parseGoUrl(raw);
  if (typeof parsed === "string") return `is invalid: parse ${goQuote(raw)}: ${parsed}`;
  if (parsed.scheme !== "http" && parsed.scheme !== "https" && parsed.scheme !== "molt") {
    return `scheme ${goQuote(parsed.scheme)} is unsupported`;
  }
  if (parsed.host.trim() === "" && parsed.scheme !== "molt") return "host is required";
  return undefined;
}

interface GoUrl {
  scheme: string;
  host: string;
}

/** Returns the scheme (lower-cased) and host, or the reason Go's url.Parse gives. */
function parseGoUrl(raw: string): GoUrl | string {
  if (/[\x00-\x1f\x7f]/.test(raw)) return "net/url: invalid control character in URL";
  const hash = raw.indexOf("#");
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
  const fragment = hash < 0 ? "" : raw.slice(hash + 1);

  const schemeEnd = schemeLength(beforeFragment);
  if (typeof schemeEnd === "string") return schemeEnd;
  const scheme = beforeFragment.slice(0, schemeEnd).toLowerCase();
  let rest = schemeEnd > 0 ? beforeFragment.slice(schemeEnd + 1) : beforeFragment;

  const query = rest.indexOf("?");
  if (query >= 0) rest = rest.slice(0, query);

  let host = "";
  if (!rest.startsWith("/")) {
    if (scheme !== "") return escapesError(fragment) ?? { scheme, host }; // opaque: `mailto:x`, `molt:x`
    const colon = rest.indexOf(":");
    const slash = rest.indexOf("/");
    if (colon >= 0 && (slash < 0 || colon < slash)) return "first path segment in URL cannot contain colon";
  }
  if ((scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
    const authorityEnd = rest.indexOf("/", 2);
    const authority = authorityEnd < 0 ? rest.slice(2) : rest.slice(2, authorityEnd);
    rest = authorityEnd < 0 ? "" : rest.slice(authorityEnd);
    const parsedHost = parseAuthority(authority);
    if ("error" in parsedHost) return parsedHost.error;
    host = parsedHost.host;
  }
  return escapesError(rest) ?? escapesError(fragment) ?? { scheme, host };
}

/** Index of the scheme's `:`, 0 when there is no scheme, or Go's error. */
function schemeLength(raw: string): number | string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return 0;
      continue;
    }
    if (c === ":") return i === 0 ? "missing protocol scheme" : i;
    return 0;
  }
  return 0;
}

function parseAuthority(authority: string): { host: string } | { error: string } {
  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? "" : authority.slice(0, at);
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  if (at >= 0 && !/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) return { error: "net/url: invalid userinfo" };
  const hostError = validateHost(hostPort);
  if (hostError) return { error: hostError };
  return { host: hostPort };
}

function validateHost(host: string): string | undefined {
  let name = host;
  if (host.startsWith("[")) {
    const close = host.lastIndexOf("]");
    if (close < 0) return "missing ']' in host";
    const port = host.slice(close + 1);
    if (!validOptionalPort(port)) return `invalid port ${goQuote(port)} after host`;
    name = host.slice(0, close + 1);
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0) {
      const port = host.slice(colon);
      if (!validOptionalPort(port)) return `invalid port ${goQuote(port)} after host`;
      name = host.slice(0, colon);
    }
  }
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === "%") {
      if (!/^%[0-9A-Fa-f]{2}$/.test(name.slice(i, i + 3))) return `invalid URL escape ${goQuote(name.slice(i, i + 3))}`;
      i += 2;
      continue;
    }
    if (c.charCodeAt(0) < 0x80 && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(c)) {
      return `invalid character ${goQuote(c)} in host name`;
    }
  }
  return undefined;
}

function validOptionalPort(port: string): boolean {
  return port === "" || /^:[0-9]*$/.test(port);
}

function escapesError(text: string): string | undefined {
  const bad = /%(?![0-9A-Fa-f]{2})/.exec(text);
  if (!bad) return undefined;
  return `invalid URL escape ${goQuote(text.slice(bad.index, bad.index + 3))}`;
}
