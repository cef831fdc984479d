// Column references for hand-written SQL fragments. Drizzle leaves columns
// unqualified in the select list of a single-table query, which silently
// changes meaning inside a correlated subquery (`dm_id = dm_id` is always
// true); these helpers always qualify.
import { getTableName, sql, type Column, type SQL } from "drizzle-orm";

/** `"table"."column"`. */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** The column compared bytewise (COLLATE "C"), as every other backend orders ids. */
export function bytewise(column: Column): SQL {
  return sql`${qualified(column)} collate "C"`;
}

/**
 * The values of `value` in the rows of `column`'s table whose `key` equals the
 * outer row's `outer`, as a bytewise-sorted text[] (e.g. a room's members).
 */
export function sortedList(value: Column, key: Column, outer: Column): SQL<string[]> {
  return sql<
    string[]
  >`array(select ${qualified(value)} from ${sql.identifier(getTableName(value.table))} where ${qualified(key)} = ${qualified(outer)} order by ${bytewise(value)})`;
}
