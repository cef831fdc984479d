// A transaction body that never makes postgres.js write to a dead connection.
//
// Why: postgres.js 3.4.9 (the newest release; porsager/postgres#1066, #1154,
// #1208, fixes proposed in PRs #1168 and #1176, not released) answers a failed
// `begin` body by sending ROLLBACK on the transaction's reserved connection,
// and a finished one by sending COMMIT, without checking that the connection
// is still open. When the backend was terminated (pg_terminate_backend, a
// failover, a proxy cutting it) the socket is already null: the small write
// is deferred with setImmediate and `nextWrite` throws `Cannot read properties
// of null (reading 'write')` outside any promise, which kills the process.
// When the write is deferred just before the socket closes instead, the
// driver's write timer is left set and that pooled connection never sends
// anything again (every later connect times out).
//
// So: when the body fails because the connection died, we do not let the
// failure reach postgres.js's rollback. The body's promise stays pending; the
// driver rejects the `begin` itself when the connection closes (it races the
// body against the connection's close), so the caller still gets the error at
// once. If the connection did not close after all (an error code that only
// looked fatal), the failure is passed on after a short wait so the ROLLBACK
// is sent on a live connection and nothing stays reserved.
import type { Db, Tx } from "./connection.js";
import { errorCode } from "./errors.js";

/** How long a body that failed with a connection error waits for the driver to report the close. */
const CLOSE_WAIT_MS = 1_000;

/**
 * Codes after which the connection is certainly gone: the server ended the
 * session (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect
 * now, class 08) or the socket closed. Not "too many connections" or I/O
 * errors, after which the session may live on.
 */
const TERMINAL_CODES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
]);

export function isTerminalConnectionError(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && (TERMINAL_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code));
}

/**
 * Runs `body` through `begin` (postgres.js `sql.begin`, or Drizzle's
 * `db.transaction`, which calls it) so that a connection lost in the middle
 * rejects the transaction without the driver writing ROLLBACK/COMMIT to it.
 */
export async function guardedTransaction<Tx, T>(
  begin: (body: (tx: Tx) => Promise<T>) => Promise<T>,
  body: (tx: Tx) => Promise<T>,
): Promise<T> {
  let settled = false;
  try {
    return await begin((tx) => holdOnConnectionLoss(body(tx), () => settled));
  } finally {
    settled = true;
  }
}

function holdOnConnectionLoss<T>(work: Promise<T>, transactionSettled: () => boolean): Promise<T> {
  return work.catch((err: unknown) => {
    if (!isTerminalConnectionError(err)) throw err;
    return new Promise<T>((_resolve, reject) => {
      const timer = setTimeout(() => {
        if (!transactionSettled()) reject(err);
      }, CLOSE_WAIT_MS);
      timer.unref?.();
    });
  });
}

/** Drizzle's `db.transaction(fn)` with the guard. */
export function transaction<T>(db: Db, body: (tx: Tx) => Promise<T>): Promise<T> {
  return guardedTransaction<Tx, T>((guarded) => db.transaction(guarded), body);
}
