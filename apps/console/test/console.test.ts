// The operator console in a real browser (Debian's chromium via
// playwright-core) against a started server process seeded over the API.
// Build first (pnpm build): the server serves apps/console/dist.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { TestServer, killLeftovers } from "../../server/test/http/harness.js";
import { createTestDatabase, type TestDatabase } from "../../../tooling/test/postgres.js";
import { StallingProxy } from "../../server/test/hostile/stalling-proxy.js";
import { launchBrowser, openPage, unexpectedErrors, type Launched } from "./browser.js";
import { HISTORY, seed } from "./seed.js";

let launched: Launched;
let browser: BrowserContext;

beforeAll(async () => {
  launched = await launchBrowser();
  browser = launched.context;
});
afterAll(async () => {
  await launched?.close();
  killLeftovers();
});

const historyRequests = (requests: readonly string[], room: string) =>
  requests.filter((u) => u.includes(`/v1/rooms/${room}/messages`));

async function openRoom(page: Page, base: string, room: string): Promise<void> {
  await page.goto(`${base}/console/#/rooms/${room}`);
  await page.locator(".history li.message").first().waitFor();
}

describe("console on SQLite, auth none", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({
      backend: "sqlite",
      config: {
        network: { id: "console-net", name: "Console Test Net" },
        pairings: [
          {
            id: "pair_remote",
            remote_network_id: "remote-net",
            remote_network_name: "Remote Net",
            remote_base_url: "https://remote.example",
            status: "connected",
          },
        ],
      },
    });
    await seed(server);
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
  });

  test("/ and /console redirect 307 to /console/; index.html is not cached, hashed assets are", async () => {
    for (const path of ["/", "/console"]) {
      const r = await fetch(`${server.baseUrl}${path}`, { redirect: "manual" });
      expect(r.status).toBe(307);
      expect(new URL(r.headers.get("location")!, `${server.baseUrl}${path}`).pathname).toBe("/console/");
    }
    const index = await fetch(`${server.baseUrl}/console/rooms/general`);
    expect(index.status).toBe(200);
    expect(index.headers.get("cache-control")).toBe("no-cache");
    expect(index.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await index.text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.baseUrl}/console/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect((await fetch(`${server.baseUrl}/console/assets/missing-1234.js`)).status).toBe(404);
  });

  test("network view: name, id, version, auth mode and a live stream", async () => {
    const { page, errors } = await openPage(browser, "network");
    await page.goto(`${server.baseUrl}/console/`);
    const facts = page.locator("main .facts");
    await expect.poll(() => facts.textContent()).toContain("Console Test Net");
    const text = (await facts.textContent()) ?? "";
    expect(text).toContain("console-net");
    expect(text).toMatch(/Auth mode\s*none/);
    await expect.poll(() => page.locator("#stream-state").textContent()).toBe("live");
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("rooms view lists rooms with visibility and write policy", async () => {
    const { page, errors } = await openPage(browser, "rooms");
    await page.goto(`${server.baseUrl}/console/#/rooms`);
    const rows = page.locator("main table tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/General \(general\).*public.*members/);
    expect(await rows.nth(1).textContent()).toMatch(/Ops \(ops\).*private.*operators/);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("room history: newest page first, one request per older page on scroll, parts by kind, mention marked", async () => {
    const { page, errors, requests } = await openPage(browser, "room-history");
    await openRoom(page, server.baseUrl, "general");
    const messages = page.locator(".history li.message");
    await expect.poll(() => messages.count()).toBe(50);
    expect(historyRequests(requests, "general")).toHaveLength(1);
    // Parts of m_parts, rendered by kind.
    const parts = page.locator('li.message[data-id="m_parts"]');
    expect(await parts.locator("mark.mention").textContent()).toBe("@beta");
    expect(await parts.locator('.part-url a[href="https://example.com/docs"]').count()).toBe(1);
    expect(await parts.locator('img[src="https://example.com/chart.png"]').getAttribute("alt")).toBe("chart.png");
    expect(await parts.locator(".part-data").textContent()).toContain('"answer": 42');
    expect(await parts.locator(".part-file a").textContent()).toBe("report.pdf");

    const history = page.locator("section.history");
    for (const expected of [100, HISTORY]) {
      await history.evaluate((el) => (el.scrollTop = 0));
      await expect.poll(() => messages.count()).toBe(expected);
    }
    expect(await messages.first().getAttribute("data-id")).toBe("m001");
    // Three pages, three requests; scrolling at the top with nothing older left asks for nothing.
    await history.evaluate((el) => (el.scrollTop = 1));
    await history.evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(300);
    const fetched = historyRequests(requests, "general");
    expect(fetched).toHaveLength(3);
    expect(fetched.filter((u) => u.includes("before="))).toHaveLength(2);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("a thread opens from its parent message with its own history and artifacts", async () => {
    const { page, errors } = await openPage(browser, "thread");
    await openRoom(page, server.baseUrl, "general");
    await page.locator('li.message[data-id="m_parent"] .thread-link a').click();
    await page.waitForURL(/#\/threads\/t_plan$/);
    await page.locator(".history li.message").first().waitFor();
    expect(await page.locator(".history li.message").allTextContents()).toEqual([
      expect.stringContaining("a reply in the thread"),
    ]);
    await expect.poll(() => page.locator("section.artifacts").textContent()).toContain("plan.txt");
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("room artifacts, DMs with their history and artifacts", async () => {
    const { page, errors } = await openPage(browser, "dms");
    await openRoom(page, server.baseUrl, "general");
    const artifacts = page.locator("section.artifacts");
    await expect.poll(() => artifacts.textContent()).toContain("report.pdf");
    expect(await artifacts.textContent()).toContain("chart.png");
    await page.goto(`${server.baseUrl}/console/#/dms`);
    await page.locator('main a[href="#/dms/dm_ab"]').click();
    await page.locator(".history li.message").first().waitFor();
    expect(await page.locator(".history").textContent()).toContain("a private word");
    await expect.poll(() => page.locator("section.artifacts").textContent()).toContain("https://example.com/dm-link");
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("agents with presence, and an agent's rooms and DMs", async () => {
    const { page, errors } = await openPage(browser, "agents");
    await page.goto(`${server.baseUrl}/console/#/agents`);
    const rows = page.locator("main table tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Alpha \(alpha\)not connected.*general.*ops/);
    await rows.nth(0).locator("a").click();
    await expect.poll(() => page.locator("main").textContent()).toContain("dm_ab");
    expect(await page.locator('main a[href="#/rooms/general"]').count()).toBe(1);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("a message posted over the API appears without a reload, and in the events view", async () => {
    const { page, errors } = await openPage(browser, "live");
    await openRoom(page, server.baseUrl, "general");
    await expect.poll(() => page.locator("#stream-state").textContent()).toBe("live");
    const reply = await server.request("POST", "/v1/messages", {
      body: {
        id: "m_live",
        target: { kind: "room", room_id: "general" },
        from: { type: "agent", id: "beta" },
        parts: [{ kind: "text", text: "posted while watching" }],
      },
    });
    expect(reply.status).toBe(202);
    await page.locator('li.message[data-id="m_live"]').waitFor();
    await page.locator('nav a[data-route="events"]').click();
    await expect.poll(() => page.locator("ol.events").textContent()).toContain("posted while watching");
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("the composer sends as the operator; the message is stored and shown", async () => {
    const { page, errors } = await openPage(browser, "composer");
    await openRoom(page, server.baseUrl, "general");
    await page.getByLabel("Message to General").fill("hello from the operator");
    await page.getByRole("button", { name: "Send" }).click();
    await page.locator("li.message.from-human", { hasText: "hello from the operator" }).waitFor();
    const stored = await server.request("GET", "/v1/rooms/general/messages?limit=5");
    const mine = stored.body.messages.find(
      (m: { parts: Array<{ text?: string }> }) => m.parts[0]?.text === "hello from the operator",
    );
    expect(mine?.from).toMatchObject({ type: "human", id: "operator" });
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("pairings with their status; storage panel on SQLite", async () => {
    const { page, errors } = await openPage(browser, "storage-sqlite");
    await page.goto(`${server.baseUrl}/console/#/pairings`);
    await expect
      .poll(() => page.locator("main table tbody").textContent())
      // The configured status is only where checking starts: remote.example does not answer, so it reads error.
      .toMatch(/pair_remote.*Remote Net \(remote-net\).*error/);
    await page.goto(`${server.baseUrl}/console/#/storage`);
    const facts = page.locator("main .facts");
    await expect.poll(() => facts.textContent()).toContain("sqlite");
    const text = (await facts.textContent()) ?? "";
    expect(text).toContain(`${server.dir}/data/moltnet.db`);
    expect(text).toMatch(/WAL size/);
    expect(text).toMatch(/Schema version\s*\d+/);
    const counts = page.locator('main table:has(caption:text("Rows per table")) tbody');
    const messages = await server.request("GET", "/v1/storage");
    expect(await counts.textContent()).toContain(`messages${messages.body.tables.messages}`);
    expect(messages.body.tables.messages).toBeGreaterThanOrEqual(HISTORY + 2);
    expect(await page.locator('main table:has(caption:text("Applied migrations")) tbody tr').count()).toBe(
      messages.body.schema.applied.length,
    );
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("keyboard: the sections are reachable with Tab and Enter", async () => {
    const { page, errors } = await openPage(browser, "keyboard");
    await page.goto(`${server.baseUrl}/console/`);
    await page.locator("main .facts").waitFor();
    let focused = "";
    for (let i = 0; i < 12 && focused !== "Rooms"; i++) {
      await page.keyboard.press("Tab");
      focused = String(await page.evaluate('document.activeElement?.textContent ?? ""'));
    }
    expect(focused).toBe("Rooms");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("main h2").textContent()).toBe("Rooms");
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("usable at 390x844: no horizontal scrolling, composer on screen", async () => {
    const { page, errors } = await openPage(browser, "narrow", { width: 390, height: 844 });
    await openRoom(page, server.baseUrl, "general");
    expect(Number(await page.evaluate("document.documentElement.scrollWidth"))).toBeLessThanOrEqual(390);
    const box = await page.getByRole("button", { name: "Send" }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

describe("console on SQLite, auth bearer", () => {
  const tokens = [
    { id: "ops", value: "ops-secret-token", scopes: ["observe", "write", "admin"] },
    { id: "viewer", value: "viewer-secret-token", scopes: ["observe"] },
  ];
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({
      backend: "sqlite",
      config: { auth: { mode: "bearer", tokens }, server: { trust_forwarded_proto: true } },
    });
    await seed(server, "ops-secret-token");
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
  });

  test("?access_token= sets an HttpOnly SameSite=Lax cookie and redirects 307 without the token; Secure behind a TLS proxy", async () => {
    const r = await fetch(`${server.baseUrl}/console/?access_token=viewer-secret-token&x=1`, { redirect: "manual" });
    expect(r.status).toBe(307);
    expect(r.headers.get("location")).toBe("./?x=1");
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^moltnet_auth=viewer-secret-token;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const proxied = await fetch(`${server.baseUrl}/console/?access_token=viewer-secret-token`, {
      redirect: "manual",
      headers: { "X-Forwarded-Proto": "https" },
    });
    expect(proxied.headers.get("set-cookie")).toMatch(/Secure/);
  });

  test("GET /v1/storage needs the admin scope", async () => {
    expect((await server.request("GET", "/v1/storage")).status).toBe(401);
    expect((await server.request("GET", "/v1/storage", { token: "viewer-secret-token" })).status).toBe(403);
    const admin = await server.request("GET", "/v1/storage", { token: "ops-secret-token" });
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({
      kind: "sqlite",
      path: `${server.dir}/data/moltnet.db`,
      dsn: null,
      event_log: null,
    });
  });

  test("without a token every view says 401 in place", async () => {
    const { page, errors } = await openPage(browser, "bearer-none");
    await page.goto(`${server.baseUrl}/console/`);
    await expect.poll(() => page.locator('[role="alert"]').first().textContent()).toContain("401");
    expect(unexpectedErrors(errors, [401])).toEqual([]);
  });

  test("a read-only token sees the rooms and no composer; storage says 403 in place", async () => {
    const { page, context, errors } = await openPage(browser, "bearer-viewer");
    await page.goto(`${server.baseUrl}/console/?access_token=viewer-secret-token#/rooms/general`);
    await page.locator(".history li.message").first().waitFor();
    expect(page.url()).not.toContain("access_token");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "moltnet_auth")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.locator("form.composer").count()).toBe(0);
    expect(await page.locator(".read-only").count()).toBe(1);
    await page.goto(`${server.baseUrl}/console/#/storage`);
    await expect.poll(() => page.locator('main [role="alert"]').textContent()).toContain("403");
    expect(unexpectedErrors(errors, [403])).toEqual([]);
  });

  test("a write token gets the composer and sends", async () => {
    const { page, errors } = await openPage(browser, "bearer-ops");
    await page.goto(`${server.baseUrl}/console/?access_token=ops-secret-token#/rooms/general`);
    await page.locator(".history li.message").first().waitFor();
    await page.getByLabel("Message to General").fill("sent under bearer");
    await page.getByRole("button", { name: "Send" }).click();
    await page.locator("li.message.from-human", { hasText: "sent under bearer" }).waitFor();
    expect(await page.locator("main .facts").count()).toBeGreaterThan(0);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

describe("console on SQLite, auth open (public read)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({
      backend: "sqlite",
      config: {
        auth: {
          mode: "open",
          tokens: [{ id: "ops", value: "ops-secret-token", scopes: ["observe", "write", "admin"] }],
        },
      },
    });
    await seed(server, "ops-secret-token");
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
  });

  test("an anonymous reader sees the public room only, without a composer", async () => {
    const { page, errors } = await openPage(browser, "open-anonymous");
    await page.goto(`${server.baseUrl}/console/#/rooms`);
    const rows = page.locator("main table tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("general");
    await rows.first().locator("a").click();
    await page.locator(".history li.message").first().waitFor();
    expect(await page.locator("form.composer").count()).toBe(0);
    // Artifacts need an observe token even in open mode: said in place.
    await expect.poll(() => page.locator('section.artifacts [role="alert"]').textContent()).toContain("401");
    expect(unexpectedErrors(errors, [401])).toEqual([]);
  });
});

describe("console on Postgres (through a proxy that can stall it)", () => {
  let server: TestServer;
  let db: TestDatabase;
  let proxy: StallingProxy;
  let password = "";
  let passedDsn = "";
  beforeAll(async () => {
    db = await createTestDatabase("moltnet_console");
    const url = new URL(db.dsn);
    proxy = new StallingProxy(url.hostname, Number(url.port || 5432));
    await proxy.start();
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    // A password in the DSN (trust auth ignores it) that the panel must not show.
    if (!url.password) url.password = "console-dsn-secret";
    password = url.password;
    passedDsn = url.toString();
    server = await TestServer.start({
      backend: "postgres",
      postgresDsn: passedDsn,
      env: { MOLTNET_REQUEST_TIMEOUT_MS: "1500" },
    });
    await seed(server);
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
    await proxy?.stop();
    await db?.drop();
  });

  test("storage panel: backend, DSN without password, migrations, size and row counts", async () => {
    const { page, errors } = await openPage(browser, "storage-postgres");
    await page.goto(`${server.baseUrl}/console/#/storage`);
    const facts = page.locator("main .facts");
    await expect.poll(() => facts.textContent()).toContain("postgres");
    const report = (await server.request("GET", "/v1/storage")).body;
    expect(report.dsn).toMatch(/^postgres(ql)?:\/\//);
    // The password is masked; everything else of the DSN is shown.
    expect(new URL(report.dsn).password).toBe("***");
    expect(report.dsn).toBe(passedDsn.replace(`:${password}@`, ":***@"));
    expect(await facts.textContent()).toContain(report.dsn);
    expect(await page.content()).not.toContain(`:${password}@`);
    expect(report.size.database_bytes).toBeGreaterThan(0);
    const counts = page.locator('main table:has(caption:text("Rows per table")) tbody');
    expect(await counts.textContent()).toContain(`messages${HISTORY + 2}`);
    expect(await page.locator('main table:has(caption:text("Applied migrations")) tbody tr').count()).toBe(
      report.schema.applied.length,
    );
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test("while Postgres does not answer the view says 503 in place; Retry recovers", async () => {
    const { page, errors } = await openPage(browser, "postgres-stalled");
    await page.goto(`${server.baseUrl}/console/#/network`);
    await page.locator("main .facts").waitFor();
    proxy.stall();
    try {
      await page.locator('nav a[data-route="rooms"]').click();
      await expect.poll(() => page.locator('main [role="alert"]').textContent(), { timeout: 8_000 }).toContain("503");
    } finally {
      proxy.resume();
    }
    await page.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => page.locator("main table tbody tr").count()).toBe(2);
    expect(unexpectedErrors(errors, [503])).toEqual([]);
  });
});
