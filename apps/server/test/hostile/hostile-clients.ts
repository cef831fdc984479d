// Clients that misbehave on purpose, for the hostile-client tests: raw
// sockets that pipeline and never read, idle connections from a chosen
// loopback address, and a reader of a process's resident memory.
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";

/** Resident memory of a process, MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? "0");
  return kb / 1024;
}

/** A TCP connection to the server from `localAddress` (a 127.0.0.0/8 alias binds on Linux). */
export function openSocket(port: number, localAddress = "127.0.0.1"): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port, localAddress });
    socket.once("connect", () => {
      socket.off("error", reject);
      socket.on("error", () => {});
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/**
 * Sends `count` pipelined GETs for `path` and never reads: the socket is
 * paused before any answer arrives. (A paused socket does not notice the
 * server closing it; `closesWithin` reads it to find out.)
 */
export async function pipelineWithoutReading(port: number, path: string, count: number): Promise<Socket> {
  const socket = await openSocket(port);
  socket.pause();
  socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`.repeat(count));
  return socket;
}

/** Polls `read()` (a growing log) for `text` after `from`; the ms it took, or null after `timeoutMs`. */
export async function waitForText(
  read: () => string,
  from: number,
  text: string,
  timeoutMs: number,
): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (read().slice(from).includes(text)) return Date.now() - started;
    await sleep(50);
  }
  return null;
}

/** True when the server has closed `socket` (or it was reset) within `ms`. */
export function closesWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once("close", done);
    socket.once("end", done);
    // Reading (and dropping) what was sent is how a paused socket learns it was closed.
    socket.on("data", () => {});
    socket.resume();
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
