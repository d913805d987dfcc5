/**
 * RxLadder on job-board fixture pages in real Chromium with the production build: badges on every
 * pharmacy-technician card and none on the others, the DOM contract, the split-view switch, the
 * virtualised LinkedIn list, infinite scroll, in-page navigation without growth, keyboard use of
 * the explanation card, an XSS canary, no console errors, no network requests by the extension,
 * iCIMS content in its iframe, board health, and screenshots (light and dark) in test-output/.
 *
 * Fixture pages are served from tests/fixtures/boards/ on 127.0.0.1 under the real board host
 * names (tests/e2e/support/browser.ts maps them). iCIMS needs https URLs in its frame markup, so
 * those requests are answered from the same fixture files through Playwright's request routing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithBrowser,
  launchOnFixtures,
  REPO_ROOT,
  screenshot,
  scrollThrough,
  TEST_OUTPUT_DIR,
  watchConsole,
  type ExtensionBrowser,
  type FixtureServer,
} from './support/browser';
import { routeFixtures } from './support/board-pages';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/boards');

const CVS = '112104b730fa333d';
const NCH = '6940cbd84ada64d8';
const INDEED_TECH = [CVS, '726b87af195fa7d2', 'b896fb1b75b3414d', NCH, '1e5203a7e8e7f07e', '30f3fc718ebc6d63', 'b2043f30e70f9d5a', '93527518aa95ee36', 'e3eaa50d83c54ab5'];
const LINKEDIN_TECH = ['4087360354', '4094464903', '4025953474', '4066747583', '4054559778', '4059957160', '4024574253', '4042228049', '4067304131'];
const GREENHOUSE_TECH = ['5104421000', '5104421034', '5104421085', '5104421136', '5104421170', '5104421204', '5104421289', '5104421340', '5104421238'];
const ICIMS_TECH = ['10401', '10403', '10406', '10409', '10411', '10413', '10415', '10418', '10421'];

/** Per card: its job key and how many badge hosts it holds, plus the first host's attributes. */
interface CardHosts {
  key: string;
  count: number;
  attrs: Record<string, string | null> | null;
}

/** Read every card of the page (selector + how to get its key) and its hosts, in page order. */
async function cardHosts(target: Page | Frame, cardSelector: string, keyOf: 'data-jk' | 'data-occludable-job-id' | 'href'): Promise<CardHosts[]> {
  return target.evaluate(
    ([sel, how]) =>
      Array.from(document.querySelectorAll(sel)).map((card) => {
        let key = '';
        if (how === 'href') key = /\/jobs\/(\d+)/.exec(card.querySelector('a[href*="/jobs/"]')?.getAttribute('href') ?? '')?.[1] ?? '';
        else key = (card.matches(`[${how}]`) ? card : card.querySelector(`[${how}]`))?.getAttribute(how) ?? '';
        const hs = card.querySelectorAll('[data-rxl-key]');
        const h = hs[0];
        const attrs = h
          ? Object.fromEntries(['data-rxl-key', 'data-rxl-verdict', 'data-rxl-requires', 'data-rxl-settings', 'data-rxl-place', 'data-rxl-source'].map((a) => [a, h.getAttribute(a)]))
          : null;
        return { key, count: hs.length, attrs };
      }).filter((c) => c.key !== ''), // skeletons and decoys without a job id
    [cardSelector, keyOf] as const,
  );
}

function expectBadgedExactly(cards: CardHosts[], tech: string[]): void {
  for (const c of cards) expect(c.count, `card ${c.key}`).toBe(tech.includes(c.key) ? 1 : 0);
  expect(cards.filter((c) => c.count === 1).map((c) => c.key).sort()).toEqual([...tech].sort());
}

/** How many MutationObservers exist in the extension's isolated world of `page` (CDP heap query). */
async function extensionObservers(cdp: CDPSession, contextId: number): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId });
  const objs = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
  const n = await cdp.send('Runtime.callFunctionOn', {
    objectId: objs.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return n.result.value as number;
}

/** The execution context id of RxLadder's content script in the page's main frame. */
async function isolatedContext(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
  if (!found) throw new Error(`no isolated world of ${extensionId}: ${JSON.stringify(contexts)}`);
  return { cdp, contextId: found.id };
}

/**
 * Console errors, without the browser's own "Failed to load resource" lines for the fixture
 * server's 404s (e.g. /favicon.ico): those are page requests, and requests are checked separately.
 */
function errors(log: ReturnType<typeof watchConsole>) {
  return log.errors().filter((m) => !/^Failed to load resource: the server responded with a status of 404/.test(m.text));
}

/** Requests the page made that were not for the fixture server itself. */
function foreignRequests(page: Page, allowedOrigins: string[]): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:')) return;
    if (!allowedOrigins.some((o) => url.startsWith(o))) seen.push(url);
  });
  return seen;
}

const nextFrame = (page: Page | Frame) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describeWithBrowser('RxLadder on job boards (production build in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ browser, server } = await launchOnFixtures(FIXTURES));
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  async function open(host: string, path: string): Promise<{ page: Page; log: ReturnType<typeof watchConsole>; foreign: string[] }> {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    const foreign = foreignRequests(page, [server.origin(host)]);
    await page.goto(server.url(host, path));
    await page.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
    // As a reader would, scroll the whole list once: far-off cards are read when they come near.
    await scrollThrough(page);
    return { page, log, foreign };
  }

  const INDEED_PATH = `/indeed/results.html?q=pharmacy+technician&l=Columbus%2C+OH&vjk=${NCH}`;
  const indeedCards = (page: Page) => cardHosts(page, '#mosaic-provider-jobcards .cardOutline', 'data-jk');

  it('Indeed: one badge per pharmacy-technician card, none on the others, the right attributes', async () => {
    const { page, log, foreign } = await open('www.indeed.com', INDEED_PATH);
    await expect.poll(async () => (await indeedCards(page)).filter((c) => c.count > 0).length, { timeout: 10_000 }).toBe(9);
    const cards = await indeedCards(page);
    expect(cards).toHaveLength(22);
    expectBadgedExactly(cards, INDEED_TECH);

    const byKey = new Map(cards.map((c) => [c.key, c.attrs]));
    // Card A: snippet "Ohio Board of Pharmacy technician registration required; PTCB certification within 12 months"
    // (the registration blocks; PTCB is asked for, to earn after hire).
    expect(byKey.get(CVS)).toMatchObject({ 'data-rxl-key': `indeed:${CVS}`, 'data-rxl-verdict': 'missing', 'data-rxl-requires': 'state-license ptcb-cpht', 'data-rxl-place': 'card', 'data-rxl-source': 'card' });
    // "Active PTCB or ExCPT certification required."
    expect(byKey.get('726b87af195fa7d2')).toMatchObject({ 'data-rxl-verdict': 'missing', 'data-rxl-requires': 'ptcb-cpht', 'data-rxl-settings': '' });
    // The split pane's job: the card shows the full posting's picture.
    expect(byKey.get(NCH)).toMatchObject({ 'data-rxl-source': 'posting', 'data-rxl-settings': 'hospital' });
    // The detail badge in the pane, keyed by the selected job.
    const detail = await page.evaluate(() => Array.from(document.querySelectorAll('[data-rxl-place="detail"]')).map((h) => [h.getAttribute('data-rxl-key'), h.parentElement?.className]));
    expect(detail).toEqual([[`indeed:${NCH}`, expect.stringContaining('jobsearch-JobInfoHeader-title-container')]]);
    // Each host holds an open shadow root with the visible badge.
    const text = await page.evaluate((k) => document.querySelector(`[data-rxl-key="indeed:${k}"]`)!.shadowRoot!.querySelector('button')!.textContent, CVS);
    expect(text).toContain('Needs state license');

    await screenshot(page, 'board-indeed');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'board-indeed-dark');
    expect(errors(log)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('Indeed split view: the detail badge follows a job switch and never shows the previous job', async () => {
    const { page, log } = await open('www.indeed.com', INDEED_PATH);
    await page.waitForSelector(`[data-rxl-place="detail"][data-rxl-key="indeed:${NCH}"]`, { state: 'attached' });

    // The reader clicks card A: the URL names A first, then the pane re-renders in two steps.
    const sameFrame = await page.evaluate(async (cvs) => {
      const visibleDetailKeys = () =>
        Array.from(document.querySelectorAll('[data-rxl-place="detail"]'))
          .filter((h) => getComputedStyle(h).display !== 'none')
          .map((h) => h.getAttribute('data-rxl-key'));
      let inNextFrame: (string | null)[] = [];
      requestAnimationFrame(() => {
        inNextFrame = visibleDetailKeys();
      });
      const u = new URL(location.href);
      u.searchParams.set('vjk', cvs);
      history.pushState(null, '', u);
      const pane = document.querySelector('.jobsearch-JobComponent')!;
      pane.querySelector('[data-testid="jobsearch-JobInfoHeader-title"] span')!.firstChild!.textContent = 'Pharmacy Technician';
      await Promise.resolve(); // the MutationObserver callbacks have run; no frame yet
      const afterCallback = visibleDetailKeys();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return { afterCallback, inNextFrame };
    }, CVS);
    expect(sameFrame.afterCallback).not.toContain(`indeed:${NCH}`);
    expect(sameFrame.inNextFrame).not.toContain(`indeed:${NCH}`);

    await page.evaluate(() => {
      const pane = document.querySelector('.jobsearch-JobComponent')!;
      pane.querySelector('[data-testid="inlineHeader-companyName"] a')!.textContent = 'CVS Health';
      pane.querySelector('#jobDescriptionText')!.textContent = 'Count, pour and label medications. PTCB certification is required.';
    });
    await expect
      .poll(() => page.evaluate(() => Array.from(document.querySelectorAll('[data-rxl-place="detail"]')).filter((h) => !h.hasAttribute('hidden')).map((h) => h.getAttribute('data-rxl-key'))))
      .toEqual([`indeed:${CVS}`]);
    // The card of the job just read now shows the full posting's picture.
    await expect.poll(async () => (await indeedCards(page)).find((c) => c.key === CVS)!.attrs!['data-rxl-source']).toBe('posting');
    expect(errors(log)).toEqual([]);
    await page.close();
  });

  it('Indeed: infinite-scroll cards, re-running and 20 in-page navigations never duplicate or grow', async () => {
    const { page, log } = await open('www.indeed.com', INDEED_PATH);
    await expect.poll(async () => (await indeedCards(page)).filter((c) => c.count > 0).length, { timeout: 10_000 }).toBe(9);
    const { cdp, contextId } = await isolatedContext(page, browser.extensionId);
    expect(await extensionObservers(cdp, contextId)).toBe(1);
    // The first results page as the board rendered it, to re-render "page n" from.
    await page.evaluate(() => {
      const ul = document.querySelector('#mosaic-provider-jobcards ul')!;
      (window as { __page1?: Element[] }).__page1 = Array.from(ul.children).map((li) => {
        const copy = li.cloneNode(true) as Element;
        copy.querySelectorAll('[data-rxl-key]').forEach((h) => h.remove());
        return copy;
      });
    });

    // Infinite scroll: ten more cards (copies of the first ten, new keys).
    await page.evaluate(() => {
      const ul = document.querySelector('#mosaic-provider-jobcards ul')!;
      const items = Array.from(ul.querySelectorAll(':scope > li')).slice(0, 10);
      for (const li of items) {
        const copy = li.cloneNode(true) as Element;
        copy.querySelectorAll('[data-rxl-key]').forEach((h) => h.remove());
        copy.querySelectorAll('[data-jk]').forEach((e) => e.setAttribute('data-jk', `${e.getAttribute('data-jk')!.slice(0, 12)}ffff`));
        ul.append(copy);
      }
    });
    await expect.poll(async () => (await indeedCards(page)).filter((c) => c.count > 0).length).toBe(9 + 4);

    // Re-running: mutations in every card and a rescan; still one host per card.
    await page.evaluate(() => document.querySelectorAll('.cardOutline [data-testid="text-location"]').forEach((e) => e.append(' ')));
    await nextFrame(page);
    await page.waitForTimeout(300);
    for (const c of await indeedCards(page)) expect(c.count).toBeLessThanOrEqual(1);

    const counts: number[] = [];
    const heap: number[] = [];
    for (let i = 1; i <= 20; i++) {
      // An in-page navigation to "page i" of the results: new URL, the list re-rendered with new jobs.
      await page.evaluate((n) => {
        const u = new URL(location.href);
        u.searchParams.set('start', String(n * 10));
        history.pushState(null, '', u);
        const ul = document.querySelector('#mosaic-provider-jobcards ul')!;
        const fresh = (window as unknown as { __page1: Element[] }).__page1.map((li) => {
          const copy = li.cloneNode(true) as Element;
          copy.querySelectorAll('[data-jk]').forEach((e) => e.setAttribute('data-jk', `${e.getAttribute('data-jk')!.slice(0, 12)}${String(n).padStart(4, '0')}`));
          return copy;
        });
        ul.replaceChildren(...fresh);
      }, i);
      // The reader scrolls the new page (its far-off cards are read as they come near).
      await scrollThrough(page);
      await expect.poll(async () => (await indeedCards(page)).filter((c) => c.count > 0).length).toBe(9);
      counts.push(await page.evaluate(() => document.querySelectorAll('[data-rxl-key]').length));
      if (i === 5 || i === 20) {
        await cdp.send('HeapProfiler.collectGarbage');
        heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
      }
    }
    // 9 card badges + the detail badge, every time.
    expect(new Set(counts)).toEqual(new Set([10]));
    expect(await extensionObservers(cdp, contextId)).toBe(1);
    // No growth worth the name between navigation 5 and 20 (whole page heap, after GC).
    expect(heap[1]! - heap[0]!).toBeLessThan(1_000_000);
    console.info(`[e2e] hosts per navigation: ${counts.join(',')}; heap after nav 5: ${heap[0]} B, after nav 20: ${heap[1]} B`);
    expect(errors(log)).toEqual([]);
    await page.close();
  });

  it('keyboard: Tab reaches the badge, Enter opens the explanation, Escape closes it and focus returns', async () => {
    // The postings read by the tests above (one of them rewrote CVS's posting) are remembered by
    // the background for every tab: start from an empty store, so CVS's card shows its own text.
    await browser.serviceWorker.evaluate(async () => {
      await chrome.storage.local.remove('rxl-analyses');
      await new Promise((r) => setTimeout(r, 100));
    });
    const { page, log } = await open('www.indeed.com', INDEED_PATH);
    const host = `[data-rxl-place="card"][data-rxl-key="indeed:${CVS}"]`;
    await page.waitForSelector(host, { state: 'attached' });
    // Nothing took focus on its own.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await page.focus(`a[data-jk="${CVS}"]`);
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return { host: a?.getAttribute('data-rxl-key') ?? null, inner: a?.shadowRoot?.activeElement?.className ?? null, expanded: a?.shadowRoot?.activeElement?.getAttribute('aria-expanded') ?? null };
      });
    expect(await focused()).toEqual({ host: `indeed:${CVS}`, inner: expect.stringContaining('badge'), expanded: 'false' });

    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ expanded: 'true' });
    const card = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const c = root.querySelector('.card');
      return c ? { text: c.textContent, links: Array.from(c.querySelectorAll('a')).map((a) => a.getAttribute('href')), evidence: Array.from(c.querySelectorAll('q')).map((q) => q.textContent) } : null;
    }, host);
    expect(card).not.toBeNull();
    expect(card!.text).toContain('State pharmacy technician license or registration');
    expect(card!.text).toMatch(/required/);
    expect(card!.evidence.some((e) => e!.includes('Ohio Board of Pharmacy technician registration required'))).toBe(true);
    expect(card!.text).toContain('How to earn what you lack');
    for (const href of card!.links) expect(href).toMatch(/^https:\/\//);
    await screenshot(page, 'board-indeed-explanation');
    const cardItem = page.locator('#mosaic-provider-jobcards li').filter({ has: page.locator(host) });
    await cardItem.screenshot({ path: join(TEST_OUTPUT_DIR, 'board-indeed-explanation-closeup.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'board-indeed-explanation-dark');
    await cardItem.screenshot({ path: join(TEST_OUTPUT_DIR, 'board-indeed-explanation-closeup-dark.png') });

    // Tab moves into the card (it follows the badge); Escape from there closes and returns focus.
    await page.keyboard.press('Tab');
    expect((await focused()).host).toBe(`indeed:${CVS}`);
    await page.keyboard.press('Escape');
    await expect.poll(focused).toEqual({ host: `indeed:${CVS}`, inner: expect.stringContaining('badge'), expanded: 'false' });
    expect(await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelector('.card'), host)).toBeNull();
    // The board's own card did not react to our clicks and keys (no navigation happened).
    expect(page.url()).toContain('/indeed/results.html');
    expect(errors(log)).toEqual([]);
    await page.close();
  });

  it('profile change: the background re-judges and the badges update without a reload', async () => {
    const { page, log } = await open('www.indeed.com', INDEED_PATH);
    const sel = '[data-rxl-key="indeed:726b87af195fa7d2"]'; // "Active PTCB or ExCPT certification required."
    await page.waitForSelector(sel, { state: 'attached' });
    expect(await page.getAttribute(sel, 'data-rxl-verdict')).toBe('missing');
    const profile = { version: 2, credentials: { 'ptcb-cpht': 'held' }, expected: {}, homeState: null, interests: [], display: { dimNonTech: false, hideUnqualified: 'dim', showPay: true } };
    await browser.serviceWorker.evaluate((p) => chrome.storage.sync.set({ 'rxl-profile': p }), profile);
    try {
      await expect.poll(() => page.getAttribute(sel, 'data-rxl-verdict')).toBe('qualified');
    } finally {
      await browser.serviceWorker.evaluate(() => chrome.storage.sync.remove('rxl-profile'));
    }
    await expect.poll(() => page.getAttribute(sel, 'data-rxl-verdict')).toBe('missing');
    expect(errors(log)).toEqual([]);
    await page.close();
  });

  it('XSS canary: markup in posting text is shown as text and never runs', async () => {
    const { page, log, foreign } = await open('www.indeed.com', INDEED_PATH);
    await page.waitForSelector(`[data-rxl-key="indeed:${CVS}"]`, { state: 'attached' });
    await page.evaluate(() => {
      const ul = document.querySelector('#mosaic-provider-jobcards ul')!;
      const copy = ul.querySelector(':scope > li')!.cloneNode(true) as Element;
      copy.querySelectorAll('[data-rxl-key]').forEach((h) => h.remove());
      copy.querySelectorAll('[data-jk]').forEach((e) => e.setAttribute('data-jk', 'badc0de000000001'));
      copy.querySelector('[id^="jobTitle-"]')!.textContent = 'Pharmacy Technician <img src=x onerror="window.__rxlPwned=1">';
      copy.querySelector('[data-testid="jobsnippet_footer"] li')!.textContent =
        'PTCB certification required <img src=x onerror="window.__rxlPwned=2"><script>window.__rxlPwned=3</script>';
      ul.prepend(copy);
    });
    const host = '[data-rxl-key="indeed:badc0de000000001"]';
    await page.waitForSelector(host, { state: 'attached' });
    await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('button') as HTMLButtonElement).click(), host);
    await expect.poll(() => page.evaluate((sel) => !!document.querySelector(sel)!.shadowRoot!.querySelector('.card'), host)).toBe(true);
    const res = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      return {
        pwned: (window as { __rxlPwned?: unknown }).__rxlPwned ?? null,
        elements: root.querySelectorAll('img, script').length,
        evidence: Array.from(root.querySelectorAll('q')).map((q) => q.textContent),
      };
    }, host);
    expect(res.pwned).toBeNull();
    expect(res.elements).toBe(0);
    expect(res.evidence.some((e) => e!.includes('<script>window.__rxlPwned=3</script>'))).toBe(true);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __rxlPwned?: unknown }).__rxlPwned ?? null)).toBeNull();
    expect(errors(log)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('LinkedIn: badges on rendered cards, shells badged when they fill in, recycled items re-keyed', async () => {
    const { page, log, foreign } = await open('www.linkedin.com', '/linkedin/results.html?currentJobId=4087360354&keywords=pharmacy%20technician');
    const cards = () => cardHosts(page, '.scaffold-layout__list li[data-occludable-job-id]', 'data-occludable-job-id');
    await expect.poll(async () => (await cards()).filter((c) => c.count > 0).length, { timeout: 10_000 }).toBe(9);
    const first = await cards();
    expect(first).toHaveLength(26); // 22 rendered + 4 empty shells
    expectBadgedExactly(first, LINKEDIN_TECH);
    expect(first.find((c) => c.key === '4094464903')!.attrs).toMatchObject({ 'data-rxl-key': 'linkedin:4094464903', 'data-rxl-verdict': 'missing', 'data-rxl-requires': 'national-certification' });

    // Scroll: LinkedIn fills two shells, one with a pharmacy-tech job and one with another job.
    await page.evaluate(() => {
      const donor = document.querySelector('li[data-occludable-job-id="4094464903"]')!;
      const fill = (id: string, title: string) => {
        const shell = document.querySelector(`li[data-occludable-job-id="${id}"]`)!;
        const content = donor.firstElementChild!.cloneNode(true) as Element;
        content.querySelectorAll('[data-rxl-key]').forEach((h) => h.remove());
        content.querySelector('[data-job-id]')!.setAttribute('data-job-id', id);
        const a = content.querySelector('a[href*="/jobs/view/"]')!;
        a.setAttribute('href', `/jobs/view/${id}/`);
        a.querySelector('strong')!.textContent = title;
        a.querySelector('.visually-hidden')!.textContent = title;
        shell.append(content);
      };
      fill('4029270255', 'Pharmacy Technician - Long Term Care');
      fill('4009990687', 'Barista');
    });
    await expect.poll(async () => (await cards()).find((c) => c.key === '4029270255')!.count).toBe(1);
    expect((await cards()).find((c) => c.key === '4009990687')!.count).toBe(0);

    // Recycling: the list item of one job is re-used for another.
    await page.evaluate(() => {
      const li = document.querySelector('li[data-occludable-job-id="4094464903"]')!;
      li.setAttribute('data-occludable-job-id', '4133333333');
      li.querySelector('[data-job-id]')!.setAttribute('data-job-id', '4133333333');
      const a = li.querySelector('a[href*="/jobs/view/"]')!;
      a.setAttribute('href', '/jobs/view/4133333333/');
      a.querySelector('strong')!.textContent = 'Pharmacy Technician - Specialty';
    });
    await expect.poll(async () => (await cards()).find((c) => c.key === '4133333333')?.attrs?.['data-rxl-key']).toBe('linkedin:4133333333');
    expect((await cards()).find((c) => c.key === '4133333333')!.count).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('[data-rxl-key="linkedin:4094464903"]').length)).toBe(0);

    // The detail pane (split view) carries its own badge, keyed by the job it shows.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-rxl-place="detail"]')).map((h) => h.getAttribute('data-rxl-key')))).toEqual(['linkedin:4066747583']);

    await screenshot(page, 'board-linkedin');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'board-linkedin-dark');
    expect(errors(log)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('Greenhouse (ATS): one badge per pharmacy-technician opening', async () => {
    const { page, log, foreign } = await open('boards.greenhouse.io', '/greenhouse/results.html');
    const cards = () => cardHosts(page, '.opening', 'href');
    await expect.poll(async () => (await cards()).filter((c) => c.count > 0).length, { timeout: 10_000 }).toBe(9);
    const all = await cards();
    expect(all).toHaveLength(22);
    expectBadgedExactly(all, GREENHOUSE_TECH);
    expect(all.find((c) => c.key === '5104421085')!.attrs).toMatchObject({ 'data-rxl-key': 'greenhouse:5104421085', 'data-rxl-verdict': 'missing' });
    await screenshot(page, 'board-greenhouse');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'board-greenhouse-dark');
    expect(errors(log)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('iCIMS (ATS): the content script runs in the content iframe (allFrames) and badges its list', async () => {
    const ORIGIN = 'https://careers-stbrigidhealth.icims.com';
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.route(`${ORIGIN}/**`, async (route) => {
      const u = new URL(route.request().url());
      if (u.pathname === '/jobs/search' && u.searchParams.get('in_iframe') === '1') {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: await readFile(join(FIXTURES, 'icims/results.html')) });
      }
      if (u.pathname === '/jobs/search') {
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!DOCTYPE html><html lang="en"><head><title>Search Results | Careers at St. Brigid Health System</title></head><body><div id="icims_content"><iframe id="icims_content_iframe" title="iCIMS Content" style="width:100%;height:1600px;border:0" src="${ORIGIN}/jobs/search?ss=1&in_iframe=1"></iframe></div></body></html>`,
        });
      }
      return route.fulfill({ status: 404, body: 'not in this test' });
    });
    await page.goto(`${ORIGIN}/jobs/search?ss=1`);
    await expect.poll(() => page.frames().some((f) => f.url().includes('in_iframe=1'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('in_iframe=1'))!;
    await frame.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
    await scrollThrough(frame);
    const cards = () => cardHosts(frame, '.iCIMS_JobsTable .row', 'href');
    await expect.poll(async () => (await cards()).filter((c) => c.count > 0).length, { timeout: 10_000 }).toBe(9);
    const all = await cards();
    expectBadgedExactly(all, ICIMS_TECH);
    expect(all.find((c) => c.key === '10409')!.attrs).toMatchObject({ 'data-rxl-key': 'icims:careers-stbrigidhealth:10409' });
    // The parent page frames the content and gets no badge of its own.
    expect(await page.evaluate(() => document.querySelectorAll('[data-rxl-key]').length)).toBe(0);
    await screenshot(page, 'board-icims');
    expect(errors(log)).toEqual([]);
    await page.close();
  });

  it('a 500-card page: cards far below the fold wait, each has its badge before it scrolls into view, and nothing on screen moves', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    // Every layout shift of the page (the board's own content moving on screen), from the start.
    await page.addInitScript(() => {
      const w = window as unknown as { rxlShifts: number[] };
      w.rxlShifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.rxlShifts.push((e as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts = () => page.evaluate(() => (window as unknown as { rxlShifts: number[] }).rxlShifts);
    // At a real results URL: badge space is reserved on the board's results and job pages only.
    const { foreign } = await routeFixtures(page, server, 'www.indeed.com', { '/jobs?q=pharmacy+technician': { file: 'indeed/perf-500.html' } });
    await page.goto(server.url('www.indeed.com', '/jobs?q=pharmacy+technician'));
    await page.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
    const badgeCount = () => page.evaluate(() => document.querySelectorAll('rxl-badge[data-rxl-place="card"]').length);
    // At load: the cards near the top are badged, the far ones are not read yet.
    await expect.poll(badgeCount, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const atLoad = await badgeCount();
    expect(atLoad).toBeLessThan(50);
    // The badges took the space Indeed's reservation kept under the technician titles
    // (src/page/reserve.ts): the cards below them did not move.
    expect(await shifts()).toEqual([]);

    // The reader scrolls to the bottom at 4,000 px/s; after every frame, the cards on screen with no badge.
    const bare: string[] = await page.evaluate(async () => {
      const seen = new Set<string>();
      const links = Array.from(document.querySelectorAll('a[data-jk]'));
      const check = () => {
        for (const a of links) {
          const r = a.getBoundingClientRect();
          if (r.bottom <= 0 || r.top >= innerHeight) continue;
          const card = a.closest('.job_seen_beacon');
          if (card && !card.querySelector('rxl-badge')) seen.add(a.getAttribute('data-jk')!);
        }
      };
      for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
        scrollTo(0, y);
        const until = performance.now() + 100;
        while (performance.now() < until) {
          // Right after a frame's rendering: the state that frame painted.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          check();
        }
      }
      return [...seen];
    });
    await expect.poll(badgeCount, { timeout: 10_000 }).toBe(204); // the 9 technician cards of 22, repeated to 500
    const badged = new Set(await page.evaluate(() => Array.from(document.querySelectorAll('rxl-badge[data-rxl-place="card"]'), (h) => h.getAttribute('data-rxl-key')!.slice('indeed:'.length))));
    // No technician card was on screen before its badge.
    expect(bare.filter((k) => badged.has(k))).toEqual([]);
    // Exactly one badge per card.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('.job_seen_beacon')).filter((c) => c.querySelectorAll('rxl-badge').length > 1).length)).toBe(0);
    // Nor while scrolling: every badge filled its reserved space, and no space is left open.
    expect(await shifts()).toEqual([]);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('h2.jobTitle span[title]')).filter((t) => !t.hasAttribute('data-rxl-placed') && getComputedStyle(t, '::after').content !== 'none').length)).toBe(0);
    expect(errors(log)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('board health: an expected results page with no recognisable listings is reported once and logged once', async () => {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    const origin = server.origin('www.indeed.com');
    await page.route(`${origin}/jobs?**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html lang="en"><head><title>Jobs | Indeed</title></head><body><main><h1>Jobs</h1><div class="redesigned-list"><article>Pharmacy Technician</article></div></main></body></html>' }),
    );
    await page.goto(`${origin}/jobs?q=pharmacy+technician`);
    await expect
      .poll(() => log.messages.filter((m) => m.type === 'info' && m.text.startsWith('[RxLadder]')).length, { timeout: 10_000 })
      .toBe(1);
    expect(log.messages.find((m) => m.type === 'info')!.text).toMatch(/Indeed: no job listings recognised/);
    const tabHealth = await browser.serviceWorker.evaluate(async () => {
      const all = (await chrome.storage.session.get('rxl-health'))['rxl-health'] as Record<string, { board: string; listings: number; recognised: boolean }>;
      return Object.values(all ?? {});
    });
    expect(tabHealth).toContainEqual(expect.objectContaining({ board: 'indeed', listings: 0, recognised: false }));
    await page.waitForTimeout(500);
    expect(log.messages.filter((m) => m.text.startsWith('[RxLadder]') && m.type !== 'debug')).toHaveLength(1);
    expect(errors(log)).toEqual([]);
    await page.close();
  });
});

declare const chrome: {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { remove(key: string): Promise<void> };
    sync: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  };
};
