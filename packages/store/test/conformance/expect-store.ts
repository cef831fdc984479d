// Assertions shared by the cases. Records are compared in their wire shape
// (what an API client sees), so an adapter may keep `""` or leave an optional
// field out, but every visible value must match exactly.
import { expect } from "vitest";
import { isStoreError, type StoreErrorCode } from "../../src/errors.js";
import {
  wireArtifact,
  wireDirectConversation,
  wireMessage,
  wireRegistration,
  wireRoom,
  wireThread,
} from "../../src/wire.js";
import type { AgentRegistration, Artifact, DirectConversation, Message, Room, Thread } from "../../src/types.js";
import type { WindowResult } from "../../src/store.js";

/** Awaits a call that must fail with a StoreError of `code`; returns the error for further checks. */
export async function expectStoreError(call: Promise<unknown>, code: StoreErrorCode): Promise<Error> {
  let outcome: unknown;
  try {
    outcome = await call;
  } catch (err) {
    expect(err, `expected StoreError(${code}), got ${String(err)}`).toSatisfy((e: unknown) => isStoreError(e));
    expect((err as { code: string }).code, String((err as Error).message)).toBe(code);
    return err as Error;
  }
  throw new Error(`expected StoreError(${code}), but the call resolved with ${JSON.stringify(outcome)}`);
}

export const wire = {
  room: (r: Room) => wireRoom(r),
  thread: (t: Thread) => wireThread(t),
  dm: (d: DirectConversation) => wireDirectConversation(d),
  message: (m: Message) => wireMessage(m),
  artifact: (a: Artifact) => wireArtifact(a),
  registration: (r: AgentRegistration) => ({ ...wireRegistration(r), credential_key: r.credential_key }),
};

export function sameRoom(actual: Room | null, expected: Room): void {
  expect(actual, `room ${expected.id}`).not.toBeNull();
  expect(wire.room(actual!)).toEqual(wire.room(expected));
}

export function sameThread(actual: Thread | null, expected: Thread): void {
  expect(actual, `thread ${expected.id}`).not.toBeNull();
  expect(wire.thread(actual!)).toEqual(wire.thread(expected));
}

export function sameDm(actual: DirectConversation | null, expected: DirectConversation): void {
  expect(actual, `dm ${expected.id}`).not.toBeNull();
  expect(wire.dm(actual!)).toEqual(wire.dm(expected));
}

export function sameMessages(actual: readonly Message[], expected: readonly Message[]): void {
  expect(actual.map(wire.message)).toEqual(expected.map(wire.message));
}

export function sameRegistration(actual: AgentRegistration | null, expected: AgentRegistration): void {
  expect(actual, `registration ${expected.agent_id}`).not.toBeNull();
  expect(wire.registration(actual!)).toEqual(wire.registration(expected));
}

/** The ids of a window, in order, plus its hasMore flag: the shape most paging assertions need. */
export function page<T extends { id: string }>(result: WindowResult<T>): { ids: string[]; hasMore: boolean } {
  expect(Array.isArray(result.items), "items must be an array, never null").toBe(true);
  return { ids: result.items.map((item) => item.id), hasMore: result.hasMore };
}
