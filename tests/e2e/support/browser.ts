/**
 * Shared end-to-end harness: real Chromium (Debian's `chromium` package) with the
 * production build of RxLadder loaded, plus a tiny static server for fixture pages
 * that are reached under the real board host names.
 *
 *   const browser = await launchExtension();              // .output/chrome-mv3
 *   const server = await serveFolder('tests/e2e/fixtures/hello');
 *   const page = await browser.context.newPage();
 *   await page.goto(server.url('www.indeed.com', '/'));   // http://www.indeed.com:PORT/
 *   ...
 *   await page.close(); await server.close(); await browser.close();
 *
 * Every board domain in SUPPORTED_MATCHES (and its subdomains) resolves to 127.0.0.1
 * inside the launched browser; every other host name fails to resolve, so a test can
 * never reach the real internet by accident.
 *
 * Also here: describeWithBrowser (skip loudly without Chromium, fail under CI),
 * waitForPageWithUrl (tabs opened by extension APIs), watchConsole (console errors),
 * screenshot (into the git-ignored test-output/), FixtureServer.requests (what was served).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ConsoleMessage, type Frame, type Page, type Worker } from 'playwright-core';
import { describe, it } from 'vitest';
import { SUPPORTED_DOMAINS } from '../../../src/boards/hosts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** Output of `npm run build` (`npm run test:e2e` builds first). */
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
/** Git-ignored folder for screenshots and other artefacts. */
export const TEST_OUTPUT_DIR = join(REPO_ROOT, 'test-output');

const IS_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * The Chromium to drive: $RXL_CHROMIUM if set, else Debian's /usr/bin/chromium.
 * Branded Google Chrome ignores --load-extension (since 137), so it is not tried.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.RXL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const CHROMIUM_PATH = findChromium();

/**
 * `describe` for suites that need the browser. Without Chromium the suite is skipped
 * with a loud notice, except under CI (CI=true), where a missing browser fails the run.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (CHROMIUM_PATH) {
    describe(name, body);
    return;
  }
  if (IS_CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(
          'CI=true but no Chromium found (looked for $RXL_CHROMIUM, /usr/bin/chromium). ' +
            'Install it with `apt-get install -y chromium`.',
        );
      });
    });
    return;
  }
  const bar = '!'.repeat(78);
  console.warn(
    `\n${bar}\n!! BROWSER TESTS SKIPPED: "${name}"\n` +
      '!! No Chromium found ($RXL_CHROMIUM or /usr/bin/chromium).\n' +
      '!! Install it (Debian/Ubuntu: `sudo apt-get install chromium`) to run them.\n' +
      `${bar}\n`,
  );
  // A deliberate, announced skip: no browser on this machine (and not CI).
  describe.skipIf(true)(name, body);
}

/**
 * Chromium `--host-resolver-rules` value sending each board domain and all its
 * subdomains to `ip`. With `blockOthers`, every other name fails with
 * ERR_NAME_NOT_RESOLVED (IP literals such as 127.0.0.1 are not affected).
 */
export function boardHostResolverRules(
  { ip = '127.0.0.1', domains = SUPPORTED_DOMAINS, blockOthers = true } = {},
): string {
  const rules = domains.flatMap((domain) => [`MAP ${domain} ${ip}`, `MAP *.${domain} ${ip}`]);
  if (blockOthers) rules.push('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost');
  return rules.join(', ');
}

export interface LaunchOptions {
  /** Unpacked extension to load; default: the Chrome MV3 build. */
  extensionDir?: string;
  /** Map the board hosts to 127.0.0.1 and block other names (default true). */
  mapBoardHosts?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /** Viewport of new pages; default 1280x800. */
  viewport?: { width: number; height: number };
  /** Emulated colour scheme of new pages; default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** Run without a window (new headless mode); default true. `npm run demo` shows a window. */
  headless?: boolean;
  /** More host names (not boards) to send to 127.0.0.1, e.g. an "unknown site" for scan this page. */
  extraHosts?: string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  /** Close the browser and delete its temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/** Launch Chromium with the extension loaded (headless=new unless told otherwise, fresh temporary profile). */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = CHROMIUM_PATH;
  if (!executablePath) throw new Error('No Chromium found; use describeWithBrowser() to skip.');
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`npm run build\` first.`);
  }

  const userDataDir = await mkdtemp(join(tmpdir(), 'rxl-chromium-'));
  const args = [
    ...((options.headless ?? true) ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
  if (options.mapBoardHosts ?? true) {
    args.push(`--host-resolver-rules=${boardHostResolverRules({ domains: [...SUPPORTED_DOMAINS, ...(options.extraHosts ?? [])] })}`);
  }
  args.push(...(options.args ?? []));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      // Playwright's own headless mode adds --headless (old style); extensions need the
      // new headless mode, which we pass ourselves.
      headless: false,
      args,
      // Playwright disables all extensions by default.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      serviceWorker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * Wait until some tab of `context` shows `url` (string: exact match). Extension APIs
 * such as runtime.openOptionsPage() may open a blank tab and navigate it afterwards,
 * or reuse an existing blank tab, so waiting for the 'page' event is not enough.
 */
export async function waitForPageWithUrl(
  context: BrowserContext,
  url: string | ((url: string) => boolean),
  timeoutMs = 15_000,
): Promise<Page> {
  const matches = typeof url === 'string' ? (u: string) => u === url : url;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => matches(p.url()));
    if (page) return page;
    if (Date.now() > deadline) {
      const open = context.pages().map((p) => p.url());
      throw new Error(`No tab with the expected URL after ${timeoutMs} ms; open tabs: ${open.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Save a full-page screenshot to test-output/<name>.png and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(TEST_OUTPUT_DIR, { recursive: true });
  const path = join(TEST_OUTPUT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Record a page's console messages and uncaught errors from now on, e.g. to assert
 * that the extension logged no errors: `expect(log.errors()).toEqual([])`.
 */
export function watchConsole(page: Page) {
  const messages: { type: string; text: string }[] = [];
  const onConsole = (message: ConsoleMessage) => messages.push({ type: message.type(), text: message.text() });
  const onError = (error: Error) => messages.push({ type: 'pageerror', text: String(error) });
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return {
    messages,
    errors: () => messages.filter((m) => m.type === 'error' || m.type === 'pageerror'),
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onError);
    },
  };
}

export interface ServedRequest {
  method: string;
  host: string;
  url: string;
}

export interface FixtureServer {
  port: number;
  /** http://HOST:PORT, e.g. origin('www.indeed.com'). */
  origin(host: string): string;
  /** http://HOST:PORT/PATH */
  url(host: string, path?: string): string;
  /** Every request served so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

/**
 * Serve a folder over HTTP on 127.0.0.1 at a random free port, for any Host header
 * (so with the resolver rules of launchExtension, http://www.indeed.com:PORT/x.html
 * is `<root>/x.html`). A path ending in "/" serves its index.html. No caching, no
 * directory listings, nothing outside `root`.
 */
export async function serveFolder(root: string): Promise<FixtureServer> {
  const base = resolve(root);
  const requests: ServedRequest[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    requests.push({ method: req.method ?? 'GET', host: req.headers.host ?? '', url: req.url ?? '/' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');

    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad path');
    }
    if (relative.endsWith('/')) relative += 'index.html';
    const file = resolve(base, `.${relative}`);
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'Forbidden');

    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'Not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'Not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'Server error'));
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    origin: (host) => `http://${host}:${port}`,
    url: (host, path = '/') => `http://${host}:${port}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function send(res: ServerResponse, status: number, text: string) {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * The usual start of a job-board test: the extension in Chromium, `folder` served on 127.0.0.1
 * (board hosts mapped there), and the options tab that opens on first install closed again.
 */
export async function launchOnFixtures(folder: string, launch: LaunchOptions = {}): Promise<{ browser: ExtensionBrowser; server: FixtureServer }> {
  const browser = await launchExtension(launch);
  const server = await serveFolder(folder);
  // The options tab opened on first install may re-use the next blank tab: wait for it, close it.
  const optionsUrl = browser.extensionUrl('options.html');
  const options = await waitForPageWithUrl(browser.context, (u) => u.startsWith(optionsUrl));
  await options.close();
  return { browser, server };
}

/**
 * Scroll a page (or frame) from top to bottom a screen at a time, as a reader would, then back to
 * the top: listings far below the fold are read when the reader comes near them
 * (src/page/distant.ts), so a test that checks every listing on a long page scrolls first.
 */
export async function scrollThrough(target: Page | Frame): Promise<void> {
  await target.evaluate(async () => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const step = Math.max(200, innerHeight);
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}
