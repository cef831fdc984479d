// Keeps secrets out of everything the process prints. Two layers: the known
// secrets of the loaded configuration (token values, pairing tokens, the DSN
// and its password, raw and percent-decoded) are replaced wherever they show
// up, and anything shaped like a credential in a URL or key=value DSN is
// masked even when we did not know it was a secret (a driver echoing a DSN).
export const MASK = "***";

/** postgres://user:secret@host/db → postgres://user:***@host/db; password=secret → password=***. */
export function maskCredentials(text: string): string {
  // Every log line passes here; most hold neither shape, and these two checks
  // cost far less than running the replaces over the whole line.
  let out = text;
  if (out.includes("://")) out = out.replace(/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)([^\s@/]*)@/gi, `$1${MASK}@`);
  if (PASSWORD_WORD.test(out))
    out = out.replace(/\b(password|passwd|pwd)\s*=\s*('[^']*'|"[^"]*"|[^\s&;]+)/gi, `$1=${MASK}`);
  return out;
}

/** What the key=value replace needs somewhere in the text: `password`, `passwd` or `pwd`, in any case. */
const PASSWORD_WORD = /passw|pwd/i;

/** The DSN with its password masked; safe to show. */
export function redactDsn(dsn: string): string {
  return maskCredentials(dsn);
}

/** The secret parts of a DSN: its password in every spelling a driver might print. */
export function dsnSecrets(dsn: string): string[] {
  const out: string[] = [];
  try {
    const url = new URL(dsn);
    if (url.password) {
      out.push(url.password);
      try {
        out.push(decodeURIComponent(url.password));
      } catch {
        // A malformed escape: the raw form above is all there is.
      }
    }
  } catch {
    const kv = /\bpassword\s*=\s*('([^']*)'|"([^"]*)"|([^\s&;]+))/i.exec(dsn);
    const value = kv?.[2] ?? kv?.[3] ?? kv?.[4];
    if (value) out.push(value);
  }
  return out;
}

export type Redactor = (text: string) => string;

/**
 * Below this length a "secret" would mask ordinary words all over the output
 * (a one-letter test token would eat every "a"); such values protect nothing.
 */
const MIN_SECRET_LENGTH = 4;

/**
 * Replaces every known secret, longest first so a secret containing another
 * is masked whole, then masks credential-shaped text.
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const known = [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join(MASK);
    return maskCredentials(out);
  };
}
