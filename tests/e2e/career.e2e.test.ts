/**
 * The Career paths page (career.html) in real Chromium with the production build: it renders for
 * an empty profile (an invitation, nobody placed) and, after the profile is written to sync
 * storage, moves "You are here" live; screenshots of both (light and dark) go to test-output/.
 * Then the explanation card on an Indeed fixture page (tests/fixtures/boards/indeed, which follows
 * the real board markup per boards.md) opens career.html#<rung> of that posting in a new tab.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LADDER } from '../../keywords/ladder';
import {
  describeWithBrowser,
  launchOnFixtures,
  REPO_ROOT,
  screenshot,
  waitForPageWithUrl,
  watchConsole,
  type ExtensionBrowser,
  type FixtureServer,
} from './support/browser';

// The extension API as seen inside the service worker (for evaluate() callbacks).
declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/boards');
const NCH = '6940cbd84ada64d8';

/** A reader far up the ladder: certified, sterile and chemo, CPhT-Adv, 6 years. */
const FULL_PROFILE = {
  version: 2,
  credentials: { 'ptcb-cpht': 'held', 'state-license': 'held', cspt: 'held', 'sterile-compounding': 'held', 'hazardous-drugs': 'held', 'cpht-adv': 'held', 'medication-history': 'in-progress' },
  expected: { 'medication-history': '2027-03' },
  homeState: 'OH',
  yearsExperience: 6,
  interests: ['hospital'],
  display: { dimNonTech: false, hideUnqualified: 'show', showPay: true },
};

describeWithBrowser('Career paths page in Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ browser, server } = await launchOnFixtures(FIXTURES));
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  const currentRungs = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('article[aria-current="step"]')).map((a) => a.id));

  it('renders for an empty profile, then for a full one, moving "You are here" live', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(browser.extensionUrl('career.html'));
    await page.getByRole('heading', { name: 'Where you are' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('Career paths');
    expect(await page.locator('article.rxl-rung').count()).toBe(LADDER.length);
    // Empty profile: nobody placed, an invitation that leads to the options page.
    expect(await currentRungs(page)).toEqual([]);
    expect(await page.getByText('You are here').count()).toBe(0);
    const invite = page.getByRole('link', { name: 'Set your credentials' });
    expect(await invite.getAttribute('href')).toBe('options.html');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await screenshot(page, 'career-empty');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'career-empty-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The reader saves credentials (as the options page would): the open page follows.
    await browser.serviceWorker.evaluate(async (profile) => {
      await chrome.storage.sync.set({ 'rxl-profile': profile, 'rxl-profile$': { v: 2 } });
    }, FULL_PROFILE);
    await expect.poll(() => currentRungs(page), { timeout: 10_000 }).toEqual(['cpht-adv']);
    const here = page.locator('#cpht-adv');
    expect(await here.getByText('You are here').isVisible()).toBe(true);
    expect(await page.locator('.rxl-here').textContent()).toContain('You are here: Advanced certified technician (CPhT-Adv).');
    expect(await page.locator('.rxl-invite').count()).toBe(0);
    // Next rungs: the one whose credential is in progress (medication history, in the hospital
    // setting the reader chose, so first), then those above the current rung; reached rungs below
    // are labelled as such.
    const next = await page.locator('.rxl-next-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-rung')));
    expect(next).toEqual(['medication-history', 'lead', 'supervisor', 'educator']);
    expect(await page.locator('.rxl-next-item[data-rung="medication-history"]').textContent()).toContain('On the way (in progress): Medication history.');
    expect(await page.locator('#certified').getAttribute('data-status')).toBe('reached');
    // Every external link is https to an official site and opens safely.
    for (const a of await page.locator('a[href^="http"]').evaluateAll((els) => els.map((e) => [e.getAttribute('href'), e.getAttribute('rel')]))) {
      expect(a[0]).toMatch(/^https:\/\/www\.(ptcb\.org|nhanow\.com|ashp\.org|pharmacist\.com|bls\.gov|usajobs\.gov)\//);
      expect(a[1]).toBe('noopener noreferrer');
    }
    await here.scrollIntoViewIfNeeded();
    await screenshot(page, 'career-full');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'career-full-dark');
    expect(log.errors()).toEqual([]);
    await page.close();
  });

  it('keyboard: a rung link moves to that rung and focuses its heading', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('career.html'));
    await page.getByRole('heading', { name: 'Where you are' }).waitFor();
    const link = page.locator('.rxl-here a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rung-cpht-adv-name');
    expect(page.url()).toMatch(/career\.html#cpht-adv$/);
    await page.close();
  });

  it('the explanation card’s career link opens career.html#<rung> for that posting', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(server.url('www.indeed.com', `/indeed/results.html?q=pharmacy+technician&l=Columbus%2C+OH&vjk=${NCH}`));
    await page.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
    const host = page.locator(`[data-rxl-place="detail"][data-rxl-key="indeed:${NCH}"]`);
    await host.waitFor({ state: 'attached' });
    await host.locator('button.badge').click();
    const career = host.locator('.card button', { hasText: 'Career path:' });
    await career.waitFor();
    const label = (await career.textContent())!;
    const rung = LADDER.find((r) => label.startsWith(`Career path: ${r.name}`));
    // Nationwide Children's inpatient posting: the hospital rung.
    expect(rung?.id).toBe('hospital');
    await career.click();
    const tab = await waitForPageWithUrl(browser.context, (u) => u === `${browser.extensionUrl('career.html')}#${rung!.id}`);
    await tab.locator(`#${rung!.id}.rxl-rung--target`).waitFor();
    expect(await tab.locator(`#${rung!.id}`).getByText('The rung for the posting you opened').isVisible()).toBe(true);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe(`rung-${rung!.id}-name`);
    // The board page itself stayed where it was.
    expect(page.url()).toContain('/indeed/results.html');
    await screenshot(tab, 'career-from-posting');
    expect(log.errors().filter((m) => !/status of 404/.test(m.text))).toEqual([]);
    await tab.close();
    await page.close();
  });
});
