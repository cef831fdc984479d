// The grouping rules of src/append-group-commit.ts on their own, with a recording
// writer: which appends end up in which transaction, and who learns what.
import { describe, expect, test } from "vitest";
import { AppendGroupCommit, type GroupOutcome } from "../src/append-group-commit.js";

function recorder(fail: (item: number) => boolean = () => false) {
  const groups: number[][] = [];
  const release: Array<() => void> = [];
  const write = (items: readonly number[]) => {
    groups.push([...items]);
    const outcome: GroupOutcome<string> = items.map((i) =>
      fail(i) ? { ok: false, error: new Error(`bad ${i}`) } : { ok: true, value: `ok ${i}` },
    );
    return outcome;
  };
  const writeLater = (items: readonly number[]) =>
    new Promise<GroupOutcome<string>>((resolve) => {
      groups.push([...items]);
      release.push(() => resolve(items.map((i) => ({ ok: true, value: `ok ${i}` }))));
    });
  return { groups, release, write, writeLater };
}

describe("group commit (synchronous writer)", () => {
  test("appends of one event-loop turn share a group, in arrival order; each caller gets its own outcome", async () => {
    const r = recorder((i) => i === 2);
    const gc = new AppendGroupCommit<number, string>(r.write);
    const settled = await Promise.allSettled([0, 1, 2, 3].map((i) => gc.submit(i)));
    expect(r.groups).toEqual([[0, 1, 2, 3]]);
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([
      "ok 0",
      "ok 1",
      "bad 2",
      "ok 3",
    ]);
    await gc.submit(9);
    expect(r.groups).toEqual([[0, 1, 2, 3], [9]]);
  });

  test("groups are capped at maxGroup; a writer that throws fails its whole group only", async () => {
    let calls = 0;
    const gc = new AppendGroupCommit<number, number>(
      (items) => {
        calls++;
        if (items.includes(3)) throw new Error("commit failed");
        return items.map((i) => ({ ok: true, value: i }));
      },
      { maxGroup: 3 },
    );
    const settled = await Promise.allSettled([0, 1, 2, 3, 4, 5, 6].map((i) => gc.submit(i)));
    expect(calls).toBe(3);
    expect(settled.map((s) => s.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
  });
});

describe("group commit (asynchronous writer)", () => {
  test("an append alone starts at once; those arriving meanwhile form the next group; settled waits for all", async () => {
    const r = recorder();
    const gc = new AppendGroupCommit<number, string>(r.writeLater, { async: true });
    const first = gc.submit(0);
    expect(r.groups).toEqual([[0]]);
    const rest = [1, 2, 3].map((i) => gc.submit(i));
    expect(r.groups).toEqual([[0]]);
    let idle = false;
    const settled = gc.settled().then(() => (idle = true));
    r.release.shift()!();
    expect(await first).toBe("ok 0");
    expect(r.groups).toEqual([[0], [1, 2, 3]]);
    expect(idle).toBe(false);
    r.release.shift()!();
    expect(await Promise.all(rest)).toEqual(["ok 1", "ok 2", "ok 3"]);
    await settled;
    expect(idle).toBe(true);
  });
});
