/**
 * The content-script runtime across tabs and with the reader's display choices, in real Chromium
 * with the production build:
 * - a results page open in one tab upgrades its card without a reload when the job's posting is
 *   read in another tab (background → `rxl/upgraded`);
 * - display choices set in storage dim non-technician listings and dim or hide unqualified ones,
 *   on a page with a strict Content-Security-Policy (no inline styles allowed), and switching back
 *   restores every card; while listings are hidden a note says how many, and "Show them" shows them.
 *
 * Pages are the Indeed fixtures (tests/fixtures/boards/indeed/, which follow Indeed's real markup:
 * see their header comments), served under www.indeed.com.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOARD_FIXTURES, routeFixtures } from './support/board-pages';
import { describeWithBrowser, launchOnFixtures, screenshot, scrollThrough, watchConsole, type ExtensionBrowser, type FixtureServer } from './support/browser';

const HOST = 'www.indeed.com';
const RESULTS = '/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const MEIJER = 'e3eaa50d83c54ab5'; // "Pharmacy Technician (Part-Time)": the snippet names no required credential
const DETAIL = `/viewjob?jk=${MEIJER}&from=serp&vjs=3`;
/** The machine may be busy: give the browser time (the default poll timeout is 1 s). */
const POLL = { timeout: 15_000 };

/** The card host of `jk` in `page`: how many, and its attributes. */
function cardHost(page: Page, jk: string) {
  return page.evaluate((sel) => {
    const hs = document.querySelectorAll(sel);
    const h = hs[0];
    return h ? { count: hs.length, verdict: h.getAttribute('data-rxl-verdict'), requires: h.getAttribute('data-rxl-requires'), source: h.getAttribute('data-rxl-source') } : null;
  }, `[data-rxl-place="card"][data-rxl-key="indeed:${jk}"]`);
}

/** Every Indeed card with a job key: its badge verdict (null: no badge), display mark and computed style. */
function cardStates(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#mosaic-provider-jobcards .cardOutline')).flatMap((card) => {
      const jk = card.querySelector('[data-jk]')?.getAttribute('data-jk');
      if (!jk) return [];
      const marked = card.closest('[data-rxl-display]') ?? card.querySelector('[data-rxl-display]');
      const style = getComputedStyle(marked ?? card);
      return [{
        jk,
        verdict: card.querySelector('rxl-badge')?.getAttribute('data-rxl-verdict') ?? null,
        display: marked?.getAttribute('data-rxl-display') ?? null,
        hidden: style.display === 'none',
        opacity: style.opacity,
      }];
    }),
  );
}

describeWithBrowser('content-script runtime: cross-tab upgrade and display choices (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ browser, server } = await launchOnFixtures(BOARD_FIXTURES));
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  async function setProfile(profile: unknown): Promise<void> {
    await browser.serviceWorker.evaluate((p) => (p === null ? chrome.storage.sync.remove('rxl-profile') : chrome.storage.sync.set({ 'rxl-profile': p })), profile);
  }

  it('a results tab upgrades its card without a reload when the posting is read in another tab', async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('rxl-analyses'));
    const results = await browser.context.newPage();
    const log = watchConsole(results);
    const { foreign } = await routeFixtures(results, server, HOST, { [RESULTS]: { file: 'indeed/results.html' } });
    await results.goto(server.url(HOST, RESULTS));
    await results.locator(`[data-jk="${MEIJER}"]`).scrollIntoViewIfNeeded();
    await results.waitForSelector(`[data-rxl-key="indeed:${MEIJER}"]`, { state: 'attached' });
    expect(await cardHost(results, MEIJER)).toEqual({ count: 1, verdict: 'unknown', requires: '', source: 'card' });
    await results.evaluate(() => ((window as unknown as { rxlSamePage: number }).rxlSamePage = 1));

    // The reader opens the job in a second tab: its full posting requires a state registration and PTCB.
    const detail = await browser.context.newPage();
    await routeFixtures(detail, server, HOST, { [DETAIL]: { file: 'indeed/detail-meijer.html' } });
    await detail.goto(server.url(HOST, DETAIL));
    await expect.poll(() => detail.getAttribute(`[data-rxl-place="detail"][data-rxl-key="indeed:${MEIJER}"]`, 'data-rxl-source'), POLL).toBe('posting');

    // The first tab, untouched: its card now shows the full posting's picture.
    await expect.poll(() => cardHost(results, MEIJER), POLL).toMatchObject({ count: 1, source: 'posting' });
    const after = (await cardHost(results, MEIJER))!;
    expect(after.verdict).not.toBe('unknown');
    expect(after.requires!.split(' ').sort()).toEqual(['ptcb-cpht', 'state-license']);
    expect(await results.evaluate(() => (window as unknown as { rxlSamePage?: number }).rxlSamePage)).toBe(1); // no reload
    await screenshot(results, 'runtime-cross-tab-upgraded');
    expect(log.errors()).toEqual([]);
    expect(foreign).toEqual([]);
    await detail.close();
    await results.close();
  });

  it('display choices dim and hide the right cards under a strict page CSP, and switching back restores them', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    // The results page with a CSP that allows no inline styles at all (an injected <style> would be refused).
    await page.route(`**${RESULTS}`, async (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "default-src 'self'; style-src 'self'; img-src 'self' data:", 'cache-control': 'no-store' },
        body: await readFile(join(BOARD_FIXTURES, 'indeed/results.html')),
      }),
    );
    try {
      await page.goto(server.url(HOST, RESULTS));
      await page.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
      await scrollThrough(page);
      await page.waitForFunction(() => document.querySelectorAll('rxl-badge[data-rxl-place="card"]').length === 9);

      await setProfile({ version: 2, credentials: {}, display: { dimNonTech: true, hideUnqualified: 'hide', showPay: true } });
      const expected = (verdict: string | null) => (verdict === null ? 'dim' : verdict === 'missing' ? 'hide' : null);
      await expect.poll(async () => (await cardStates(page)).filter((c) => c.display !== expected(c.verdict)).map((c) => c.jk), POLL).toEqual([]);
      const states = await cardStates(page);
      expect(states).toHaveLength(22);
      expect(states.filter((c) => c.display === 'hide').length).toBeGreaterThan(0);
      // The stylesheet applies despite the CSP: hidden cards take no space, dimmed ones are faded.
      for (const c of states) {
        expect(c.hidden, c.jk).toBe(c.display === 'hide');
        if (c.display === 'dim') expect(Number(c.opacity), c.jk).toBeLessThan(1);
        if (c.display === null) expect(c.opacity, c.jk).toBe('1');
      }
      // The note says how many are hidden; "Show them" brings them back, dimmed, on this page only.
      const hidden = states.filter((c) => c.display === 'hide').length;
      const noteStatus = () => page.evaluate(() => document.querySelector('rxl-note')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null);
      await expect.poll(noteStatus, POLL).toBe(`RxLadder hid ${hidden} listing${hidden === 1 ? '' : 's'} asking for a credential you don't have.`);
      await screenshot(page, 'runtime-display-dim-hide');
      await page.locator('rxl-note').getByRole('button', { name: 'Show them' }).click();
      await expect.poll(async () => (await cardStates(page)).filter((c) => c.hidden).length, POLL).toBe(0);
      await page.locator('rxl-note').getByRole('button', { name: 'Hide them' }).click();
      await expect.poll(async () => (await cardStates(page)).filter((c) => c.hidden).length, POLL).toBe(hidden);

      // Changed on the options page: unqualified listings come back, dimmed; technician-only dimming off.
      await setProfile({ version: 2, credentials: {}, display: { dimNonTech: false, hideUnqualified: 'dim', showPay: true } });
      await expect.poll(async () => (await cardStates(page)).filter((c) => c.display !== (c.verdict === 'missing' ? 'dim' : null)).map((c) => c.jk), POLL).toEqual([]);
      expect((await cardStates(page)).filter((c) => c.hidden)).toEqual([]);
      expect(await page.locator('rxl-note').count()).toBe(0);

      // Back to the defaults: every card as the board shows it.
      await setProfile(null);
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rxl-display]').length), POLL).toBe(0);
      for (const c of await cardStates(page)) {
        expect(c.hidden, c.jk).toBe(false);
        expect(c.opacity, c.jk).toBe('1');
      }
      // The page's own inline styles are refused by its CSP; RxLadder adds no error of its own.
      expect(log.errors().filter((m) => !/inline style/i.test(m.text))).toEqual([]);
    } finally {
      await setProfile(null);
      await page.close();
    }
  });
});

declare const chrome: {
  storage: {
    local: { remove(key: string): Promise<void> };
    sync: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  };
};
