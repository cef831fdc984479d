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
export const ZERO_TIME = "0001-01-01T00:00:00Z";
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?\d*(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
function parse(input) {
    const m = RFC3339.exec(input.trim());
    if (!m)
        return null;
    const [, date, clock, frac = "", zone] = m;
    const ms = Date.parse(`${date}T${clock}Z`);
    if (Number.isNaN(ms))
        return null;
    let seconds = BigInt(Math.floor(ms / 1000));
    if (zone !== "Z" && zone !== "z") {
        const sign = zone.startsWith("-") ? -1n : 1n;
        const digits = zone.slice(1).replace(":", "");
        const offset = BigInt(Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || "0") * 60);
        seconds -= sign * offset;
    }
    return { seconds, nanos: Number(frac.padEnd(9, "0")) };
}
function format(p, fixedWidth) {
    const ms = Number(p.seconds) * 1000;
    const base = new Date(ms).toISOString().slice(0, 19);
    const digits = String(p.nanos).padStart(9, "0");
    if (fixedWidth)
        return `${base}.${digits}Z`;
    const trimmed = digits.replace(/0+$/, "");
    return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}
/** Reads any RFC 3339 spelling (including Postgres' `2026-04-01 09:00:00.5+00`); null when unparseable. */
export function parseTimestamp(input) {
    const p = parse(input);
    return p ? format(p, false) : null;
}
/** Like parseTimestamp, but unreadable stored text becomes the zero time (as the reference does). */
export function readStoredTime(input) {
    return (input ? parseTimestamp(input) : null) ?? ZERO_TIME;
}
/** The fixed-width spelling that sorts chronologically. */
export function timeKey(ts) {
    const p = parse(ts);
    if (!p)
        throw new TypeError(`not an RFC 3339 timestamp: ${JSON.stringify(ts)}`);
    return format(p, true);
}
/** Compares two timestamps chronologically. */
export function compareTime(a, b) {
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
    nowMicros;
    #lastMicros = 0n;
    constructor(nowMicros = defaultMicros) {
        this.nowMicros = nowMicros;
    }
    now() {
        let micros = this.nowMicros();
        if (micros <= this.#lastMicros)
            micros = this.#lastMicros + 1n;
        this.#lastMicros = micros;
        return format({ seconds: micros / 1000000n, nanos: Number(micros % 1000000n) * 1000 }, false);
    }
}
const hrtimeOrigin = process.hrtime.bigint();
const wallOriginMicros = BigInt(Date.now()) * 1000n;
function defaultMicros() {
    // Wall clock at start plus monotonic elapsed time: microsecond resolution
    // without going backwards when the wall clock is adjusted.
    return wallOriginMicros + (process.hrtime.bigint() - hrtimeOrigin) / 1000n;
}
//# sourceMappingURL=time.js.map