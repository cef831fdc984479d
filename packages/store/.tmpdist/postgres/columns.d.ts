import { type Column, type SQL } from "drizzle-orm";
/** `"table"."column"`. */
export declare function qualified(column: Column): SQL;
/** The column compared bytewise (COLLATE "C"), as every other backend orders ids. */
export declare function bytewise(column: Column): SQL;
/**
 * The values of `value` in the rows of `column`'s table whose `key` equals the
 * outer row's `outer`, as a bytewise-sorted text[] (e.g. a room's members).
 */
export declare function sortedList(value: Column, key: Column, outer: Column): SQL<string[]>;
