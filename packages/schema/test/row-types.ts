// Compile-time only: the two dialects' tables infer the same row types.
// parity.test.ts type-checks this file; a difference is a type error here.
import type { InferInsertModel as Insert, InferSelectModel as Select } from "drizzle-orm";
import type * as pg from "../src/postgres.js";
import type * as lite from "../src/sqlite.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type RowTypesAgree = [
  Expect<Equal<Select<typeof lite.rooms>, Select<typeof pg.rooms>>>,
  Expect<Equal<Insert<typeof lite.rooms>, Insert<typeof pg.rooms>>>,
  Expect<Equal<Select<typeof lite.roomMembers>, Select<typeof pg.roomMembers>>>,
  Expect<Equal<Insert<typeof lite.roomMembers>, Insert<typeof pg.roomMembers>>>,
  Expect<Equal<Select<typeof lite.threads>, Select<typeof pg.threads>>>,
  Expect<Equal<Insert<typeof lite.threads>, Insert<typeof pg.threads>>>,
  Expect<Equal<Select<typeof lite.messages>, Select<typeof pg.messages>>>,
  Expect<Equal<Insert<typeof lite.messages>, Insert<typeof pg.messages>>>,
  Expect<Equal<Select<typeof lite.dmConversations>, Select<typeof pg.dmConversations>>>,
  Expect<Equal<Insert<typeof lite.dmConversations>, Insert<typeof pg.dmConversations>>>,
  Expect<Equal<Select<typeof lite.dmParticipants>, Select<typeof pg.dmParticipants>>>,
  Expect<Equal<Insert<typeof lite.dmParticipants>, Insert<typeof pg.dmParticipants>>>,
  Expect<Equal<Select<typeof lite.artifacts>, Select<typeof pg.artifacts>>>,
  Expect<Equal<Insert<typeof lite.artifacts>, Insert<typeof pg.artifacts>>>,
  Expect<Equal<Select<typeof lite.agents>, Select<typeof pg.agents>>>,
  Expect<Equal<Insert<typeof lite.agents>, Insert<typeof pg.agents>>>,
  Expect<Equal<Select<typeof lite.events>, Select<typeof pg.events>>>,
  // Drizzle makes an SQLite INTEGER PRIMARY KEY optional on insert (a rowid alias); the store always sets it.
  Expect<Equal<Required<Insert<typeof lite.events>>, Required<Insert<typeof pg.events>>>>,
  Expect<Equal<Select<typeof lite.attachmentPresence>, Select<typeof pg.attachmentPresence>>>,
  Expect<Equal<Insert<typeof lite.attachmentPresence>, Insert<typeof pg.attachmentPresence>>>,
];

// Both files export the same names.
export type SameExports = Expect<Equal<keyof typeof lite, keyof typeof pg>>;
