// Headless Chromium (Debian's package) driven by playwright-core, for the
// console's browser tests. One browser per test file with a fresh profile
// (--user-data-dir, which Playwright takes as launchPersistentContext's
// directory); each test gets a new page with the cookies cleared, collects page
// errors and console errors, and saves a screenshot of the page when it fails
// (under test-results/console/).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { onTestFailed, onTestFinished } from "vitest";

const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = fileURLToPath(new URL("../../../test-results/console/", import.meta.url));

export interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Launched> {
  const profile = await mkdtemp(join(tmpdir(), "moltnet-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors and console.error lines, in order. */
  errors: string[];
  /** Every request URL the page made (to count history fetches). */
  requests: string[];
  close(): Promise<void>;
}

/** A new page at `viewport` with no cookies (earlier pages closed); on test failure its screenshot is saved as `<name>.png`. */
export async function openPage(
  context: BrowserContext,
  name: string,
  viewport = { width: 1280, height: 800 },
): Promise<ConsolePage> {
  for (const old of context.pages()) await old.close();
  await context.clearCookies();
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("request", (req) => requests.push(req.url()));
  // The seeded parts link to example.com; the machine may have no network, so
  // the browser gets a 1x1 PNG for anything there.
  await page.route("https://example.com/**", (r) => r.fulfill({ status: 200, contentType: "image/png", body: PIXEL }));
  const shoot = async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, `${name.replace(/[^A-Za-z0-9._-]+/g, "_")}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    return file;
  };
  onTestFailed(async () => {
    const file = await shoot();
    console.error(`screenshot of the failed view: ${file}\npage errors: ${JSON.stringify(errors)}`);
  });
  // MOLTNET_CONSOLE_SCREENSHOTS=1 keeps a screenshot of every view, passing or not (for reviews).
  if (process.env.MOLTNET_CONSOLE_SCREENSHOTS === "1") onTestFinished(async () => void (await shoot()));
  return { page, context, errors, requests, close: () => page.close() };
}

/** Console errors the browser logs for a response status we asked for (e.g. an expected 401), and nothing else. */
export function unexpectedErrors(errors: readonly string[], allowedStatuses: readonly number[] = []): string[] {
  return errors.filter(
    (e) =>
      !allowedStatuses.some((s) => e.includes(`Failed to load resource: the server responded with a status of ${s}`)),
  );
}
