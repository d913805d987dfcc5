/**
 * The toolbar popup in real Chromium with the production build.
 *
 * Pointing the popup at a tab: the popup page is opened in a tab of its own as
 * `popup.html?tab=<tabId>` (src/ui/popup/target.ts); the tab id comes from the service worker
 * (chrome.tabs.query). Everything the popup shows is then read from that tab's state.
 *
 * "Scan this page" needs the activeTab grant a click on the toolbar button gives. Headless Chromium
 * has no toolbar to click, so the test triggers the extension's action on the tab through the
 * DevTools protocol (`Extensions.triggerAction`, allowed with --enable-unsafe-extension-debugging):
 * Chromium then grants activeTab for that tab exactly as for a click, and the popup's
 * scripting.executeScript works on it. No host permission is added for the test.
 *
 * Expected counts are read from the fixture page's own badges (data-rxl-key / data-rxl-verdict),
 * never written here. Screenshots: test-output/popup-*.png and test-output/options-page.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, launchOnFixtures, screenshot, watchConsole, type ExtensionBrowser, type FixtureServer } from './support/browser';
import { BOARD_FIXTURES, BOARD_PAGES, boardPageRoutes, routeFixtures } from './support/board-pages';

/** The unknown career site of fixture generic/jsonld-unknown-site.html, at the address it names. */
const HOSPITAL_HOST = 'careers.mountainviewhealth.org';
const HOSPITAL_PATH = '/us/en/job/MVH-58213/Pharmacy-Technician-I-Central-Pharmacy';
const INDEED = BOARD_PAGES.find((b) => b.board === 'indeed')!;

/** The reader holds PTCB certification and an Ohio registration (so some listings qualify). */
const PROFILE = { version: 2, credentials: { 'ptcb-cpht': 'held', 'state-license': 'held' }, homeState: 'OH' };

describeWithBrowser('toolbar popup', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ browser, server } = await launchOnFixtures(BOARD_FIXTURES, {
      extraHosts: [HOSPITAL_HOST],
      args: ['--enable-unsafe-extension-debugging'],
    }));
    await browser.serviceWorker.evaluate(async (profile) => {
      await chrome.storage.sync.set({ 'rxl-profile': profile, 'rxl-profile$': { v: 2 } });
    }, PROFILE);
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  /** The chrome.tabs id of the tab showing `urlPrefix`. */
  async function tabIdOf(urlPrefix: string): Promise<number> {
    let id: number | undefined;
    await expect
      .poll(async () => {
        id = await browser.serviceWorker.evaluate(async (prefix) => {
          const tabs = await chrome.tabs.query({});
          return tabs.find((t) => t.url?.startsWith(prefix))?.id;
        }, urlPrefix);
        return id;
      })
      .toBeTypeOf('number');
    return id!;
  }

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    return popup;
  }

  const badgeText = (tabId: number) => browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const sessionState = (tabId: number) =>
    browser.serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`rxl-tab-${id}`))[`rxl-tab-${id}`], tabId);

  /** Listings with a badge on the page, by key (a card and the open posting share a key). */
  const verdictsOnPage = (page: Page) =>
    page.evaluate(() => {
      const byKey: Record<string, string> = {};
      for (const h of document.querySelectorAll('rxl-badge[data-rxl-key]')) byKey[h.getAttribute('data-rxl-key')!] = h.getAttribute('data-rxl-verdict')!;
      return byKey;
    });

  const popupCounts = (popup: Page) =>
    popup.evaluate(() => {
      const out: Record<string, number> = {};
      for (const li of document.querySelectorAll('[data-count]')) out[li.getAttribute('data-count')!] = Number(li.querySelector('.rxl-count-n')!.textContent);
      return out;
    });

  it('shows the summary of an Indeed tab: counts equal the badges, best next credential, setting breakdown, icon badge', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await routeFixtures(page, server, INDEED.host, boardPageRoutes(INDEED, server));
    await page.goto(server.url(INDEED.host, INDEED.path));
    await page.waitForSelector('rxl-badge[data-rxl-place="card"]', { state: 'attached' });
    const tabId = await tabIdOf(server.origin(INDEED.host));
    /** Wait until the page's badges stop changing; their verdicts by key. */
    const settled = async () => {
      let onPage: Record<string, string> = {};
      await expect
        .poll(async () => {
          const now = await verdictsOnPage(page);
          const same = JSON.stringify(now) === JSON.stringify(onPage);
          onPage = now;
          return same && Object.keys(now).length > 0;
        }, { interval: 500 })
        .toBe(true);
      return onPage;
    };
    // Unscrolled, the cards far below the fold are not read yet (src/page/distant.ts).
    const beforePopup = Object.keys(await settled()).length;

    const popup = await openPopup(tabId);
    const popupLog = watchConsole(popup);
    await popup.waitForSelector('[data-count="qualified"]');
    // The popup asked the tab to read everything: the far-off cards got their badges too.
    await expect.poll(async () => Object.keys(await verdictsOnPage(page)).length).toBeGreaterThan(beforePopup);
    const onPage = await settled();
    const expected: Record<string, number> = { qualified: 0, trainable: 0, missing: 0, unknown: 0 };
    for (const v of Object.values(onPage)) expected[v]!++;
    expect(expected.qualified, 'the profile qualifies the reader for some listings').toBeGreaterThan(0);
    // Every technician card of the fixture is counted (9 on Indeed's results page).
    expect(Object.keys(onPage).length).toBeGreaterThanOrEqual(9);
    await expect.poll(() => popupCounts(popup)).toEqual(Object.fromEntries(Object.entries(expected).filter(([v, n]) => v !== 'unknown' || n > 0)));
    const total = Object.keys(onPage).length;
    expect(await popup.textContent('#rxl-counts')).toBe(`${total} pharmacy-technician listings on this page`);
    // Board health arrives once the page has settled (src/page/health.ts, ~3 s).
    await expect.poll(() => popup.getAttribute('[data-health]', 'data-health'), { timeout: 10_000 }).toBe('recognised');
    expect(await popup.textContent('[data-health]')).toMatch(/^Indeed: layout recognised, \d+ job listings read\.$/);
    expect(await popup.locator('.rxl-listing').count()).toBe(total);

    // Setting breakdown: the listing counts per setting add up to at least the listings.
    const rows = await popup.$$eval('[data-setting] td:first-of-type', (tds) => tds.map((td) => Number(td.textContent)));
    expect(rows.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(total);

    // The toolbar icon's badge: the qualified count.
    await expect.poll(() => badgeText(tabId)).toBe(String(expected.qualified));
    await screenshot(popup, 'popup-indeed');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-indeed-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    // A listing link scrolls its card into view and focuses its badge. Take the last listing.
    const button = popup.locator('.rxl-listing').last();
    const key = (await button.getAttribute('data-key'))!;
    await button.click();
    await expect
      .poll(() =>
        page.evaluate((k) => {
          const active = document.activeElement;
          if (!active || active.getAttribute('data-rxl-key') !== k) return 'not focused';
          const r = active.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight ? 'focused, in view' : 'focused, out of view';
        }, key),
      )
      .toBe('focused, in view');
    await expect.poll(() => popup.locator('.rxl-note').first().textContent()).toBe('Shown on the page.');

    // The reader clears their credentials: every badge is judged again, and the popup follows.
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.remove(['rxl-profile', 'rxl-profile$']));
    await expect.poll(async () => Object.values(await verdictsOnPage(page)).includes('qualified'), { timeout: 10_000 }).toBe(false);
    const rejudged = await settled();
    const after: Record<string, number> = { qualified: 0, trainable: 0, missing: 0, unknown: 0 };
    for (const v of Object.values(rejudged)) after[v]!++;
    expect(after.missing).toBeGreaterThan(0);
    await expect.poll(() => popupCounts(popup), { timeout: 10_000 }).toEqual(Object.fromEntries(Object.entries(after).filter(([v, n]) => v !== 'unknown' || n > 0)));
    await expect.poll(() => badgeText(tabId)).toBe('');

    // Best next credential: named by the page's `missing` listings (directly, or as the national
    // certification they ask for), opening between one and all of them, with its training path.
    const required = new Set(
      (await page.evaluate(() => [...document.querySelectorAll('rxl-badge[data-rxl-verdict="missing"]')].map((h) => h.getAttribute('data-rxl-requires') ?? ''))).flatMap((r) => r.split(' ')),
    );
    const best = popup.locator('.rxl-best');
    await best.waitFor();
    const bestId = (await best.getAttribute('data-credential'))!;
    const named = required.has(bestId) || (required.has('national-certification') && ['ptcb-cpht', 'nha-excpt'].includes(bestId));
    expect(named, `${bestId} in ${[...required].join(' ')}`).toBe(true);
    const unlocks = Number(await best.locator('[data-unlocks]').getAttribute('data-unlocks'));
    expect(unlocks).toBeGreaterThan(0);
    expect(unlocks).toBeLessThanOrEqual(after.missing!);
    expect(await best.textContent()).toMatch(/Issued by.+How to earn it/);
    await screenshot(popup, 'popup-indeed-best-next');

    expect(log.errors()).toEqual([]);
    expect(popupLog.errors()).toEqual([]);

    // Per-tab state goes with the tab.
    expect(await sessionState(tabId)).toBeTruthy();
    await page.close();
    await expect.poll(() => sessionState(tabId)).toBeUndefined();
    await popup.close();
  });

  it('scans an unknown site that carries JSON-LD, after the toolbar action granted activeTab', async () => {
    const page = await browser.context.newPage();
    await routeFixtures(page, server, HOSPITAL_HOST, { [HOSPITAL_PATH]: { file: 'generic/jsonld-unknown-site.html' } });
    await page.goto(server.url(HOSPITAL_HOST, HOSPITAL_PATH));
    // No content script runs on an unknown site.
    expect(await page.evaluate(() => document.documentElement.dataset.rxlReady)).toBeUndefined();

    // The reader clicks RxLadder's toolbar button on this tab (activeTab is granted for it).
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.url.includes(HOSPITAL_HOST));
    expect(target).toBeTruthy();
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: target!.targetId });
    await cdp.detach();
    const tabId = await tabIdOf(server.origin(HOSPITAL_HOST)); // the url is visible now: activeTab

    const popup = await openPopup(tabId);
    const log = watchConsole(popup);
    await popup.waitForSelector('[data-empty="not-board"]');
    await screenshot(popup, 'popup-scan-before');
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    const result = popup.locator('.rxl-scan-result');
    await result.waitFor();
    expect(await result.locator('h3').textContent()).toBe('Pharmacy Technician I - Central Pharmacy');
    const verdict = await result.getAttribute('data-verdict');
    expect(['qualified', 'trainable', 'missing']).toContain(verdict);
    expect(await result.locator('[data-credential]').count()).toBeGreaterThan(0);
    // The posting asks for an Idaho registration: the popup explains Idaho's rule and links the posting's career rung.
    expect(await result.locator('[data-state="ID"] h4').textContent()).toBe('State rule for Idaho');
    expect(await result.getByRole('link', { name: /^Career path: / }).getAttribute('href')).toMatch(/^chrome-extension:\/\/[a-p]{32}\/career\.html#[a-z-]+$/);
    // The scanned posting counts for the tab: the icon badge follows, and the popup opened again
    // shows it in the tab's summary.
    await expect.poll(() => badgeText(tabId)).toBe(verdict === 'qualified' ? '1' : '');
    await screenshot(popup, 'popup-scan-result');
    await popup.reload();
    await popup.waitForSelector('[data-count]');
    expect(await popup.locator('.rxl-listing').allTextContents()).toEqual([expect.stringContaining('Pharmacy Technician I - Central Pharmacy')]);
    expect(log.errors()).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says plainly when a scanned page holds no job posting', async () => {
    const page = await browser.context.newPage();
    await page.route('**/*', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Visiting hours</title><main><h1>Visiting hours</h1><p>Open daily 8 to 8.</p></main>' }),
    );
    await page.goto(server.url(HOSPITAL_HOST, '/visiting-hours'));
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: targetInfos.find((t) => t.url.includes('/visiting-hours'))!.targetId });
    await cdp.detach();
    const tabId = await tabIdOf(server.url(HOSPITAL_HOST, '/visiting-hours'));
    const popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.waitForSelector('[data-scan="nothing"]');
    expect(await popup.textContent('[data-scan="nothing"]')).toBe('No job posting found on this page.');
    await popup.close();
    await page.close();
  });

  it('options page screenshot', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    await page.waitForSelector('h1');
    await screenshot(page, 'options-page');
    await page.close();
  });
});

/** The parts of the extension API the test calls inside the service worker. */
declare const chrome: {
  storage: {
    sync: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
