import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithBrowser,
  launchExtension,
  REPO_ROOT,
  screenshot,
  serveFolder,
  waitForPageWithUrl,
  watchConsole,
  type ExtensionBrowser,
  type FixtureServer,
} from './support/browser';

// The extension API as seen inside the service worker (for evaluate() callbacks).
declare const chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } };

describeWithBrowser('RxLadder production build in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    browser = await launchExtension();
    server = await serveFolder(join(REPO_ROOT, 'tests/e2e/fixtures/hello'));
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('starts the background service worker with the RxLadder manifest', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(browser.extensionUrl('background.js'));
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('RxLadder');
    expect(manifest.manifest_version).toBe(3);
  });

  it('opens the options page with its welcome on first install', async () => {
    const optionsUrl = `${browser.extensionUrl('options.html')}?welcome=1`;
    const page = await waitForPageWithUrl(browser.context, optionsUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('RxLadder settings');
    await page.close();
  });

  it('renders the popup', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(browser.extensionUrl('popup.html'));
    const h1 = page.locator('h1');
    await h1.waitFor();
    expect(await h1.count()).toBe(1);
    expect(await h1.textContent()).toBe('RxLadder');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('This page is not one of the job boards RxLadder reads by itself.');
    await screenshot(page, 'popup');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'popup-dark');
    expect(log.errors()).toEqual([]);

    // The settings link opens the options page in a tab (and closes the popup).
    const optionsUrl = browser.extensionUrl('options.html');
    await page.getByRole('link', { name: 'Your credentials and settings' }).click();
    const options = await waitForPageWithUrl(browser.context, optionsUrl);
    await options.locator('h1').waitFor();
    await options.close();
    if (!page.isClosed()) await page.close();
  });

  it('renders the options page', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(browser.extensionUrl('options.html'));
    const h1 = page.locator('h1');
    await h1.waitFor();
    expect(await h1.count()).toBe(1);
    expect(await h1.textContent()).toBe('RxLadder settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main').textContent()).toContain(
      'Set your credentials and home state in under a minute.',
    );
    await screenshot(page, 'options');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'options-dark');
    expect(log.errors()).toEqual([]);
    await page.close();
  });

  it('runs the content script on a supported board host', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(server.url('www.indeed.com', '/'));
    await page.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
    // It ran quietly: no line of ours in the page's console (the page's own favicon 404 may be there).
    expect(log.messages.filter((m) => m.text.includes('RxLadder'))).toEqual([]);
    expect(server.requests.some((r) => r.host === `www.indeed.com:${server.port}`)).toBe(true);
    await screenshot(page, 'content-indeed');
    await page.close();
  });

  it('does not run the content script anywhere else', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('127.0.0.1', '/'));
    await page.locator('h1').waitFor();
    // document_idle has passed once the load event fired and the page is idle.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.dataset.rxlReady)).toBeUndefined();
    await page.close();
  });

  it('resolves no host outside the supported boards', async () => {
    const page = await browser.context.newPage();
    await expect(page.goto('http://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });
});
