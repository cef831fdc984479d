// Field rules shared by the request validators: list cleaning, list and key
// limits, the NUL ban. The request types themselves are inferred from their
// decoder schemas (request-schemas.ts).

/** Trims, drops blanks, keeps the first occurrence (`UniqueTrimmedStrings`). */
export function uniqueTrimmed(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values ?? []) {
    const trimmed = (value ?? "").trim();
    if (!trimmed || seen.has(trimmed)) continue;
    seen.add(trimmed);
    out.push(trimmed);
  }
  return out;
}

export const MAX_IDS_PER_LIST = 256;

/**
 * Free text that lands in a plain TEXT column (room and agent names, part
 * filename and media type, credential keys) may not hold U+0000: Postgres
 * cannot store it. Rejecting it on every backend keeps them answering alike.
 */
export function nulError(field: string, value: string | undefined): string | undefined {
  return value !== undefined && value.includes("\0") ? `${field} must not contain NUL characters` : undefined;
}

/** Credential keys are indexed; Postgres b-tree entries are limited to ~2.7 KB. */
export const MAX_CREDENTIAL_KEY_LENGTH = 512;
