// A Postgres that cannot be reached fails the open with `unavailable`, quickly,
// and the message never repeats the DSN's password.
import { expect, test } from "vitest";
import { openStore } from "../../src/open.js";
import { isStoreError } from "../../src/errors.js";

test("postgres - an unreachable server is unavailable and the password stays secret", async () => {
  const started = Date.now();
  let failure: unknown = null;
  try {
    await (
      await openStore({
        kind: "postgres",
        dsn: "postgres://moltnet:s3cr3t-pw@127.0.0.1:1/moltnet",
        connectTimeoutSeconds: 2,
      })
    ).close();
  } catch (err) {
    failure = err;
  }
  expect(isStoreError(failure, "unavailable"), String(failure)).toBe(true);
  const text = `${(failure as Error).message} ${String((failure as Error).stack)} ${JSON.stringify(failure)}`;
  expect(text).not.toContain("s3cr3t-pw");
  expect((failure as Error).message).toMatch(/^\[store:postgres\] /);
  expect(Date.now() - started).toBeLessThan(15_000);
}, 30_000);
