import { test, expect } from "vitest";
import postgres from "postgres";
import { createTestDatabase } from "../postgres.js";
test("smoke", async () => {
  const db = await createTestDatabase();
  const sql = postgres(db.dsn, { max: 1 });
  const [row] = await sql`select version() as v`;
  expect(String(row!.v)).toMatch(/PostgreSQL/);
  await sql.end();
  await db.drop();
});
