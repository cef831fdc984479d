// readStoredTime reads the two spellings stored times come back in (SQLite's
// fixed-width key, Postgres' text in UTC) without the general parser; for
// every input it must give what the general parser gives.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseTimestamp, readStoredTime, ZERO_TIME } from "../src/time.js";

const general = (text: string) => parseTimestamp(text) ?? ZERO_TIME;

const digits = (n: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

/** Text laid out like a stored time, with fields now and then out of range or not digits. */
const storedLike = fc
  .record({
    year: fc.oneof(digits(4), fc.constantFrom("2026", "2024", "1900", "2000", "0001", "0000")),
    month: fc.oneof(two(13), fc.constant("1x")),
    day: fc.oneof(two(32), fc.constantFrom("28", "29", "30", "31")),
    separator: fc.constantFrom("T", " ", "t", "_"),
    hour: two(24),
    minute: two(60),
    second: two(60),
    fraction: fc.oneof(
      fc.constant(""),
      fc.integer({ min: 0, max: 10 }).chain((n) => digits(n).map((d) => `.${d}`)),
      fc.constantFrom(".", ".5x"),
    ),
    zone: fc.constantFrom("Z", "+00", "z", "+00:00", "-01", "+0", "", "ZZ"),
  })
  .map((t) => `${t.year}-${t.month}-${t.day}${t.separator}${t.hour}:${t.minute}:${t.second}${t.fraction}${t.zone}`);

describe("readStoredTime", () => {
  test.each([
    "2026-04-01T09:00:00.500000000Z",
    "2026-04-01T09:00:00.000000000Z",
    "2026-04-01T09:00:00.123456789Z",
    "2026-04-01 09:00:00.5+00",
    "2026-04-01 09:00:00+00",
    "2026-04-01T09:00:00.5Z",
    "2024-02-29T23:59:59.999999Z",
    "2025-02-29T00:00:00Z",
    "2026-04-01T24:00:00Z",
    "0001-01-01T00:00:00Z",
    "2026-04-01T09:00:00.1234567890Z",
    "",
    "garbage",
  ])("readStoredTime - %j reads as the general parser reads it", (text) => {
    expect(readStoredTime(text)).toBe(general(text));
  });

  test("readStoredTime - any stored-looking text reads as the general parser reads it", () => {
    fc.assert(
      fc.property(fc.oneof(storedLike, fc.string()), (text) => {
        expect(readStoredTime(text)).toBe(general(text));
      }),
      { numRuns: 5000 },
    );
  });
});
