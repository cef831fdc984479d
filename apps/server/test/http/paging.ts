// Walks a list route page by page with both cursors and checks every page
// against the two pagination flavours of §5.2 / §2.8 (with the "differ on
// purpose" rules: history pages carry next_before only when older items
// remain, next_after only when newer items remain; empty lists are []).
import { expect } from "vitest";
import type { HttpClient } from "./client.js";
import { expectEnvelope, expectOk } from "./fixtures.js";

interface Page {
  has_more: boolean;
  next_before?: string;
  next_after?: string;
}

function page(hasMore: boolean, nextBefore?: string, nextAfter?: string): Page {
  const p: Page = { has_more: hasMore };
  if (nextBefore !== undefined) p.next_before = nextBefore;
  if (nextAfter !== undefined) p.next_after = nextAfter;
  return p;
}

const join = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;

async function fetchPage(
  client: HttpClient,
  path: string,
  key: string,
  query: string,
  token?: string,
): Promise<{ ids: string[]; page: Page }> {
  const body = expectOk(await client.get(join(path, query), { token }));
  expect(Array.isArray(body[key]), `${key} is always an array`).toBe(true);
  expect(Object.keys(body)).toEqual([key, "page"]);
  return { ids: (body[key] as { id: string }[]).map((x) => x.id), page: body.page };
}

/**
 * Collection flavour (rooms, threads, DMs, agents, pairings): the first `limit` items by id; with a cursor `has_more` is
 * always true; `after` pages name the first item as next_before and the last as next_after when more follow;
 * `before` pages the reverse. Checks every page of a forward and a backward walk. Returns the full id list.
 */
export async function checkCollectionPaging(
  client: HttpClient,
  path: string,
  key: string,
  limit: number,
  token?: string,
): Promise<string[]> {
  const all = (await fetchPage(client, path, key, "limit=500", token)).ids;
  expect(
    [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    "collections are sorted by id",
  ).toEqual(all);
  const n = all.length;

  const first = await fetchPage(client, path, key, `limit=${limit}`, token);
  expect(first.ids).toEqual(all.slice(0, limit));
  expect(first.page).toEqual(page(n > limit, undefined, n > limit ? all[limit - 1] : undefined));

  for (let i = 0; i < n; i++) {
    const cursor = all[i]!;
    const after = await fetchPage(client, path, key, `limit=${limit}&after=${encodeURIComponent(cursor)}`, token);
    const want = all.slice(i + 1, i + 1 + limit);
    const more = i + 1 + limit < n;
    expect(after.ids, `after=${cursor}`).toEqual(want);
    expect(after.page, `after=${cursor}`).toEqual(page(true, want[0], more ? want.at(-1) : undefined));

    const before = await fetchPage(client, path, key, `limit=${limit}&before=${encodeURIComponent(cursor)}`, token);
    const from = Math.max(0, i - limit);
    const older = all.slice(from, i);
    expect(before.ids, `before=${cursor}`).toEqual(older);
    expect(before.page, `before=${cursor}`).toEqual(page(true, from > 0 ? older[0] : undefined, older.at(-1)));
  }

  const unknown = "no-such-cursor-zz";
  expectEnvelope(await client.get(join(path, `after=${unknown}`), { token }), 422, `invalid cursor "${unknown}"`);
  return all;
}

/**
 * History flavour (messages, artifacts): the newest `limit` items, ascending; `before` walks to older pages and
 * `after` to newer ones. `expected` is the whole list in order. Checks every cursor position and both walks.
 */
export async function checkHistoryPaging(
  client: HttpClient,
  path: string,
  key: string,
  expected: string[],
  limit: number,
): Promise<void> {
  const n = expected.length;
  const all = await fetchPage(client, path, key, "limit=500");
  expect(all.ids).toEqual(expected);
  expect(all.page).toEqual(page(false));

  const newest = await fetchPage(client, path, key, `limit=${limit}`);
  const tail = expected.slice(Math.max(0, n - limit));
  expect(newest.ids).toEqual(tail);
  expect(newest.page).toEqual(page(n > limit, n > limit ? tail[0] : undefined));

  for (let i = 0; i < n; i++) {
    const cursor = expected[i]!;
    const before = await fetchPage(client, path, key, `limit=${limit}&before=${encodeURIComponent(cursor)}`);
    const from = Math.max(0, i - limit);
    const older = expected.slice(from, i);
    expect(before.ids, `before=${cursor}`).toEqual(older);
    expect(before.page, `before=${cursor}`).toEqual(page(from > 0, from > 0 ? older[0] : undefined));

    const after = await fetchPage(client, path, key, `limit=${limit}&after=${encodeURIComponent(cursor)}`);
    const newer = expected.slice(i + 1, i + 1 + limit);
    const more = i + 1 + limit < n;
    expect(after.ids, `after=${cursor}`).toEqual(newer);
    expect(after.page, `after=${cursor}`).toEqual(page(more, undefined, more ? newer.at(-1) : undefined));
  }

  // Walking with the returned cursors visits everything once, in both directions.
  const backward: string[] = [];
  let query = `limit=${limit}`;
  for (;;) {
    const p = await fetchPage(client, path, key, query);
    backward.unshift(...p.ids);
    if (!p.page.has_more) break;
    query = `limit=${limit}&before=${p.page.next_before}`;
  }
  expect(backward).toEqual(expected);
  if (n > 0) {
    const forward = [expected[0]!];
    query = `limit=${limit}&after=${expected[0]}`;
    for (;;) {
      const p = await fetchPage(client, path, key, query);
      forward.push(...p.ids);
      if (!p.page.has_more) break;
      query = `limit=${limit}&after=${p.page.next_after}`;
    }
    expect(forward).toEqual(expected);
  }
}
