// Timestamps travel as strings so nanoseconds written by the reference survive
// a round trip (a JS Date keeps milliseconds only).
//
// Two spellings exist:
// - the *wire* form: RFC 3339 UTC with trailing fractional zeros trimmed
//   (`2026-04-01T09:00:00.5Z`), which is what the API and the JSON snapshot show;
// - the *key* form: the same instant with exactly nine fraction digits
//   (`2026-04-01T09:00:00.500000000Z`). Key strings sort chronologically as plain
//   strings, so SQLite stores them and the memory store orders by them. Go's
//   RFC3339Nano parser reads either form, so the reference can read ours.

declare const timestampBrand: unique symbol;
/** A wire-form timestamp (trimmed RFC 3339 UTC). */
export type Timestamp = string & { readonly [timestampBrand]: true };

export const ZERO_TIME = "0001-01-01T00:00:00Z" as Timestamp;

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?\d*(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

interface Parsed {
  /** Seconds since epoch, as a bigint to keep year 0001 exact. */
  seconds: bigint;
  nanos: number;
}

function parse(input: string): Parsed | null {
  const m = RFC3339.exec(input.trim());
  if (!m) return null;
  const [, date, clock, frac = "", zone] = m as unknown as [string, string, string, string | undefined, string];
  const ms = Date.parse(`${date}T${clock}Z`);
  if (Number.isNaN(ms)) return null;
  let seconds = BigInt(Math.floor(ms / 1000));
  if (zone !== "Z" && zone !== "z") {
    const sign = zone.startsWith("-") ? -1n : 1n;
    const digits = zone.slice(1).replace(":", "");
    const offset = BigInt(Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || "0") * 60);
    seconds -= sign * offset;
  }
  return { seconds, nanos: Number(frac.padEnd(9, "0")) };
}

function format(p: Parsed, fixedWidth: boolean): string {
  const ms = Number(p.seconds) * 1000;
  const base = new Date(ms).toISOString().slice(0, 19);
  const digits = String(p.nanos).padStart(9, "0");
  if (fixedWidth) return `${base}.${digits}Z`;
  const trimmed = digits.replace(/0+$/, "");
  return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}

/** Reads any RFC 3339 spelling (including Postgres' `2026-04-01 09:00:00.5+00`); null when unparseable. */
export function parseTimestamp(input: string): Timestamp | null {
  const p = parse(input);
  return p ? (format(p, false) as Timestamp) : null;
}

/** Like parseTimestamp, but unreadable stored text becomes the zero time (as the reference does). */
export function readStoredTime(input: string | null | undefined): Timestamp {
  return (input ? (readCanonical(input) ?? parseTimestamp(input)) : null) ?? ZERO_TIME;
}

/** The number written by the digits s[from..to), or -1 when any is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The spellings stored times come back in, read without the general parser:
 * SQLite's fixed-width key (`2026-04-01T09:00:00.500000000Z`) and Postgres'
 * text in the UTC session zone (`2026-04-01 09:00:00.5+00`). A history page
 * reads one per row, and the general path (regex, Date, BigInt) was about a
 * fifth of a page's CPU. Null for anything else, or for a field out of range
 * (Date would normalize 02-30 or 24:00), so the caller's general parse then
 * gives exactly what it always gave.
 */
function readCanonical(s: string): Timestamp | null {
  const n = s.length;
  if (n < 20 || s[4] !== "-" || s[7] !== "-" || (s[10] !== "T" && s[10] !== " ") || s[13] !== ":" || s[16] !== ":")
    return null;
  const end = s.endsWith("Z") ? n - 1 : s.endsWith("+00") ? n - 3 : -1;
  if (end < 19) return null;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 7);
  const day = digitsAt(s, 8, 10);
  const hour = digitsAt(s, 11, 13);
  const minute = digitsAt(s, 14, 16);
  const second = digitsAt(s, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  let last = 19; // end of the kept text: the date-time, then the fraction without trailing zeros
  if (end > 19) {
    if (s[19] !== "." || end - 20 < 1 || end - 20 > 9 || digitsAt(s, 20, end) < 0) return null;
    last = end;
    while (last > 20 && s.charCodeAt(last - 1) === 48) last--;
    if (last === 20) last = 19;
  }
  // SQLite's key already has the T: one slice, not three pieces (a page reads one time per row).
  return (s[10] === "T" ? `${s.slice(0, last)}Z` : `${s.slice(0, 10)}T${s.slice(11, last)}Z`) as Timestamp;
}

/** The fixed-width spelling that sorts chronologically. */
export function timeKey(ts: string): string {
  const p = parse(ts);
  if (!p) throw new TypeError(`not an RFC 3339 timestamp: ${JSON.stringify(ts)}`);
  return format(p, true);
}

/** Compares two timestamps chronologically. */
export function compareTime(a: string, b: string): number {
  const ka = timeKey(a);
  const kb = timeKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * A clock whose readings strictly increase within the process, at microsecond
 * precision: Postgres keeps microseconds, and a timestamp we hand out when a
 * message is accepted must equal what every backend later reads back.
 */
export class MonotonicClock {
  #lastMicros = 0n;
  constructor(private readonly nowMicros: () => bigint = defaultMicros) {}

  now(): Timestamp {
    let micros = this.nowMicros();
    if (micros <= this.#lastMicros) micros = this.#lastMicros + 1n;
    this.#lastMicros = micros;
    return format({ seconds: micros / 1_000_000n, nanos: Number(micros % 1_000_000n) * 1000 }, false) as Timestamp;
  }
}

const hrtimeOrigin = process.hrtime.bigint();
const wallOriginMicros = BigInt(Date.now()) * 1000n;
function defaultMicros(): bigint {
  // Wall clock at start plus monotonic elapsed time: microsecond resolution
  // without going backwards when the wall clock is adjusted.
  return wallOriginMicros + (process.hrtime.bigint() - hrtimeOrigin) / 1000n;
}

/**
 * The instant Postgres stores for `ts`: TIMESTAMPTZ keeps microseconds and
 * rounds finer input to the nearest one (ties to even, as its rint() does).
 * Returns the wire form, and whether anything was rounded away.
 */
export function roundToMicros(ts: string): { value: Timestamp; rounded: boolean } {
  const p = parse(ts);
  if (!p) throw new TypeError(`not an RFC 3339 timestamp: ${JSON.stringify(ts)}`);
  const below = p.nanos % 1000;
  if (below === 0) return { value: format(p, false) as Timestamp, rounded: false };
  let micros = (p.nanos - below) / 1000;
  if (below > 500 || (below === 500 && micros % 2 === 1)) micros++;
  let seconds = p.seconds;
  if (micros === 1_000_000) {
    micros = 0;
    seconds += 1n;
  }
  return { value: format({ seconds, nanos: micros * 1000 }, false) as Timestamp, rounded: true };
}
