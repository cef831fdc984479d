import { describe, expect, it } from "vitest";
import { HttpError } from "../../src/http/errors.js";
import { parseLimit, windowFromParams } from "../../src/http/query.js";
import { idError, memberIdError } from "../../src/ids.js";

const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HttpError);
    return `${(e as HttpError).status} ${(e as HttpError).message}`;
  }
  return "no error";
};

describe("list query parsing", () => {
  it("limit - defaults to 100, clamps to 500 and never fails", () => {
    expect([undefined, "", "  ", "abc", "0", "-5", "1.5", "1e2", "99999999999999999999"].map(parseLimit)).toEqual([
      100, 100, 100, 100, 100, 100, 100, 100, 100,
    ]);
    expect([" 7 ", "+8", "500", "501", "9000000000000000000"].map(parseLimit)).toEqual([7, 8, 500, 500, 500]);
  });

  it("cursors - are trimmed and carried in the window", () => {
    expect(windowFromParams("10", "  m5 ", undefined)).toEqual({ limit: 10, before: "m5" });
    expect(windowFromParams(undefined, "", " a:b ")).toEqual({ limit: 100, after: "a:b" });
    expect(windowFromParams(undefined, "  ", "")).toEqual({ limit: 100 });
  });

  it("both cursors - are 422", () => {
    expect(err(() => windowFromParams(undefined, "a", "b"))).toBe("422 before and after cannot both be set");
  });

  it("malformed cursors - are 422 with the id rule", () => {
    expect(err(() => windowFromParams(undefined, "-x", undefined))).toBe(
      "422 before id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
    );
    expect(err(() => windowFromParams(undefined, undefined, "a b"))).toBe(
      "422 after id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}",
    );
    expect(err(() => windowFromParams(undefined, "a".repeat(129), undefined))).toBe(
      "422 before id must be 128 characters or fewer",
    );
  });
});

describe("id validators", () => {
  it("generic ids - check length (in bytes) before the pattern", () => {
    expect(idError("a".repeat(128))).toBeUndefined();
    expect(idError("a".repeat(129))).toBe("id must be 128 characters or fewer");
    expect(idError("é".repeat(70))).toBe("id must be 128 characters or fewer");
    expect(idError("_a")).toBe("id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    expect(idError("")).toBe("id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  });

  it("member ids - accept scoped and FQID forms and name the failing half", () => {
    expect(memberIdError("alpha")).toBeUndefined();
    expect(memberIdError(" remote:alpha ")).toBeUndefined();
    expect(memberIdError("molt://net/agents/alpha")).toBeUndefined();
    expect(memberIdError("  ")).toBe("is required");
    expect(memberIdError("-net:alpha")).toBe("network id id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    expect(memberIdError("net:al pha")).toBe("agent id id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    expect(memberIdError("molt://n/agents/" + "x".repeat(129))).toBe("agent id id must be 128 characters or fewer");
    expect(memberIdError("molt://n/rooms/x")).toBe("id must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  });
});
