/**
 * The training guide and the state rules in the explanation card (issue #5), in real Chromium
 * with the production build. The reader lives in Texas and holds nothing. The Indeed fixture page
 * (tests/fixtures/boards/indeed/results.html, Indeed's real card markup per boards.md) has a CVS
 * card asking for an Ohio registration: opened with the keyboard, its card must show the training
 * path for that missing credential (issuer, how to earn, the eligibility/exam/cost/renewal
 * disclosure, opened with the keyboard too) and Ohio's rule (the posting's state, not the home
 * state). Another card requires PTCB: its card shows PTCB's path with the sourced fee.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithBrowser,
  launchOnFixtures,
  REPO_ROOT,
  screenshot,
  TEST_OUTPUT_DIR,
  watchConsole,
  type ExtensionBrowser,
  type FixtureServer,
} from './support/browser';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/boards');
const CVS = '112104b730fa333d';
const PATH = '/indeed/results.html?q=pharmacy+technician&l=Columbus%2C+OH';
const HOST = `[data-rxl-place="card"][data-rxl-key="indeed:${CVS}"]`;

/** What has focus: the badge host's key and the element focused inside its shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement;
    return { host: a?.getAttribute('data-rxl-key') ?? null, tag: inner?.tagName ?? null, text: inner?.textContent ?? null };
  });
}

describeWithBrowser('RxLadder explanation card: training guide and state rule (production build in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ browser, server } = await launchOnFixtures(FIXTURES));
    const profile = { version: 2, credentials: {}, expected: {}, homeState: 'TX', interests: [], display: { dimNonTech: false, hideUnqualified: 'show', showPay: true } };
    await browser.serviceWorker.evaluate((p) => chrome.storage.sync.set({ 'rxl-profile': p }), profile);
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('shows the training path for a missing credential and the posting state’s rule, opened with the keyboard', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(server.url('www.indeed.com', PATH));
    await page.waitForSelector(HOST, { state: 'attached' });
    await expect.poll(() => page.getAttribute(HOST, 'data-rxl-verdict')).toBe('missing');

    // Keyboard only: Tab from the card's link to the badge, Enter opens the explanation.
    await page.focus(`a[data-jk="${CVS}"]`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ host: `indeed:${CVS}`, tag: 'BUTTON' });
    await page.keyboard.press('Enter');
    const card = page.locator(`${HOST} .card`);
    await card.waitFor();

    // The training path for the missing credential: the state credential (Ohio's, not the reader's Texas).
    const training = card.locator('li', { hasText: 'Apply to the board of pharmacy of the state where you will work' });
    await expect.poll(() => training.isVisible()).toBe(true);
    const trainingText = (await training.textContent())!;
    expect(trainingText).toContain('State pharmacy technician license or registration');
    expect(trainingText).toContain('Issuer: The state board of pharmacy.');

    // The state rule of the posting's state, with its sources and caveat.
    const rule = card.locator('.state');
    expect(await rule.isVisible()).toBe(true);
    const ruleText = (await rule.textContent())!;
    expect(ruleText).toContain('State rule for Ohio:');
    expect(ruleText).toContain('Ohio: technicians register as trainee, registered or certified technicians');
    expect(ruleText).toContain('OAC 4729:3-2-01 (official)');
    expect(ruleText).toContain('Checked 2026-11-27.');
    expect(ruleText).toMatch(/check with the board/);
    expect(ruleText).not.toContain('Texas');

    // Tab through the card to the training disclosure and open it with the keyboard.
    const disclosure = training.locator('details');
    expect(await disclosure.getAttribute('open')).toBeNull();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      reached = f.host === `indeed:${CVS}` && f.tag === 'SUMMARY';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => disclosure.getAttribute('open')).not.toBeNull();
    const facts = training.locator('dl');
    expect(await facts.isVisible()).toBe(true);
    const factsText = (await facts.textContent())!;
    expect(factsText).toMatch(/Eligibility.*trainee registration first/s);
    expect(factsText).toMatch(/Exam.*Texas requires PTCB or NHA certification/s);
    expect(factsText).toContain('Source: ');
    expect(await training.textContent()).toContain('Checked 2026-11-27');
    // Every link in the card is https and opens safely.
    for (const a of await card.locator('a').all()) {
      expect(await a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await a.getAttribute('rel')).toContain('noopener');
    }
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'knowledge-explanation');
    await page.locator('#mosaic-provider-jobcards li').filter({ has: page.locator(HOST) }).screenshot({ path: join(TEST_OUTPUT_DIR, 'knowledge-explanation-closeup.png') });
    expect(log.errors().filter((m) => !/status of 404/.test(m.text))).toEqual([]);
    await page.close();
  });

  it('shows PTCB’s training path (issuer, how to earn, $129 with its source) for a card that requires it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('www.indeed.com', PATH));
    const host = '[data-rxl-place="card"][data-rxl-key="indeed:726b87af195fa7d2"]'; // "Active PTCB or ExCPT certification required."
    await page.waitForSelector(host, { state: 'attached' });
    await page.locator(`${host} button.badge`).click();
    const training = page.locator(`${host} .card li`, { hasText: 'Issuer: Pharmacy Technician Certification Board (PTCB).' });
    await expect.poll(() => training.isVisible()).toBe(true);
    expect(await training.textContent()).toContain('Finish a PTCB-recognized education/training program (such as an ASHP/ACPE-accredited one) or work at least 500 hours');
    await training.locator('summary').click();
    const factsText = (await training.locator('dl').textContent())!;
    expect(factsText).toMatch(/Cost\$129; after approval you have 90 days to schedule the exam\. Source: ptcb\.zendesk\.com/);
    expect(factsText).toMatch(/Renewal.*20 CE hours/s);
    // No state rule: this posting asks for no state credential.
    expect(await page.locator(`${host} .card .state`).count()).toBe(0);
    await page.close();
  });
});

declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
