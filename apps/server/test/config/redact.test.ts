import { describe, expect, it } from "vitest";
import { createRedactor, dsnSecrets, maskCredentials, redactDsn } from "../../src/config/redact.js";

describe("redaction", () => {
  it("redactDsn - masks the password of a URL DSN and keeps the rest", () => {
    expect(redactDsn("postgres://moltnet:s3cr%40t@db.example:5432/moltnet?sslmode=require")).toBe(
      "postgres://moltnet:***@db.example:5432/moltnet?sslmode=require",
    );
    expect(redactDsn("postgres://db.example/moltnet")).toBe("postgres://db.example/moltnet");
  });

  it("redactDsn - masks password= in key/value DSNs", () => {
    expect(redactDsn("host=db user=u password=hunter22 dbname=m")).toBe("host=db user=u password=*** dbname=m");
    expect(redactDsn("host=db password='a b c'")).toBe("host=db password=***");
  });

  it("dsnSecrets - yields the raw and percent-decoded password", () => {
    expect(dsnSecrets("postgres://u:s3cr%40t@h/db")).toEqual(["s3cr%40t", "s3cr@t"]);
    expect(dsnSecrets("host=h password=pw123")).toEqual(["pw123"]);
    expect(dsnSecrets("postgres://u@h/db")).toEqual([]);
  });

  it("createRedactor - removes known secrets wherever they appear, longest first", () => {
    const redact = createRedactor(["s3cr@t", "token-abcdef", "token-abcdef-long", "  "]);
    expect(redact('password authentication failed: "s3cr@t"; bearer token-abcdef-long and token-abcdef')).toBe(
      'password authentication failed: "***"; bearer *** and ***',
    );
  });

  it("createRedactor - masks credential-shaped text it was not told about", () => {
    const redact = createRedactor([]);
    expect(redact("connect postgres://admin:unknown-pass@10.0.0.1:5432/x failed")).toBe(
      "connect postgres://admin:***@10.0.0.1:5432/x failed",
    );
  });

  it("createRedactor - ignores values too short to be secrets", () => {
    expect(createRedactor(["a"])("a cat")).toBe("a cat");
  });

  it("maskCredentials - leaves ordinary URLs and text alone", () => {
    expect(maskCredentials("listening on http://127.0.0.1:8787/v1/network")).toBe(
      "listening on http://127.0.0.1:8787/v1/network",
    );
  });
});
