// The domain's "not found"-style answers and the store errors that map onto
// them with the exact id the client sent. Anything a store reports beyond these
// (unavailable, internal) is rethrown for the central handler to sanitize.
import { isStoreError, type Window } from "@moltnet/store";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";

export const unknownRoom = (id: string): HttpError => new HttpError(404, `unknown room ${goQuote(id)}`);
export const unknownThread = (id: string): HttpError => new HttpError(404, `unknown thread ${goQuote(id)}`);
export const unknownAgent = (id: string): HttpError => new HttpError(404, `unknown agent ${goQuote(id)}`);
export const unknownDm = (id: string): HttpError => new HttpError(404, `unknown direct conversation ${goQuote(id)}`);
export const directMessagesDisabled = (): HttpError =>
  new HttpError(403, "direct messages are disabled for this network");

/** 422 `invalid cursor "<cursor>"`: the window's cursor is not an item of the list it pages. */
export function invalidCursor(window: Window, cause?: unknown): HttpError {
  return new HttpError(422, `invalid cursor ${goQuote(window.before ?? window.after ?? "")}`, { cause });
}

/** Runs a paged store read, turning `invalid_cursor` into 422 `invalid cursor "<cursor>"`. */
export async function pagedRead<T>(window: Window, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isStoreError(err, "invalid_cursor")) throw invalidCursor(window, err);
    throw err;
  }
}

/** Runs a store call on one room, turning `room_not_found` into 404 `unknown room "<id>"`. */
export async function onRoom<T>(roomId: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isStoreError(err, "room_not_found")) throw unknownRoom(roomId);
    throw err;
  }
}

/**
 * Waits for `check` (does the conversation exist, may the caller read it),
 * then for `read` (its page), both already started: on Postgres that is one
 * round trip instead of two. The check decides first: when it fails, its
 * error is what the caller gets, whatever the read did.
 */
export async function readAfterCheck<C, R>(check: Promise<C>, read: Promise<R>): Promise<[C, R]> {
  read.catch(() => {}); // observed below, or dropped when the check fails
  const checked = await check;
  return [checked, await read];
}
