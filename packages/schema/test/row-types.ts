// Compile-time only: every table infers the same row types in both generated
// modules (a dialect builder could infer, say, Date where the other infers
// string). parity.test.ts type-checks this file; a difference is a type error
// here. It walks the modules' exports, so a new table needs no line here.
import type { InferInsertModel as Insert, InferSelectModel as Select, Table } from "drizzle-orm";
import type * as pg from "../src/postgres.js";
import type * as lite from "../src/sqlite.js";

export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/**
 * True when table export K has the same select and insert row types in both
 * modules (A, B). Insert rows are compared with every key required: an INTEGER
 * PRIMARY KEY is optional to insert on SQLite (it would default to the rowid)
 * and not on Postgres, and the store always supplies it (events.position).
 */
export type Agree<A, B, K extends keyof A & keyof B> = A[K] extends Table
  ? B[K] extends Table
    ? [Equal<Select<A[K]>, Select<B[K]>>, Equal<Required<Insert<A[K]>>, Required<Insert<B[K]>>>] extends [true, true]
      ? true
      : false
    : false
  : false;
/** True only when every export agrees (one `false` makes the union `boolean`). */
export type AllAgree<A, B> = { [K in keyof A & keyof B]: Agree<A, B, K> }[keyof A & keyof B];

export type RowTypesAgree = Expect<AllAgree<typeof lite, typeof pg>>;

// Both files export the same names.
export type SameExports = Expect<Equal<keyof typeof lite, keyof typeof pg>>;
