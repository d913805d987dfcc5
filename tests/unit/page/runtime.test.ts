// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../../src/profile/types';
import { FakeContext, hosts, loadPage, MemoryStore, startHarness } from './harness';
import type { PageMessage, RxlMessage } from '../../../src/page/messages';

const INDEED = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const CVS = '112104b730fa333d'; // "Pharmacy Technician", CVS Health
const NCH = '6940cbd84ada64d8'; // "IV Pharmacy Technician", shown in the split pane (vjk)
const INDEED_TECH = [CVS, '726b87af195fa7d2', 'b896fb1b75b3414d', NCH, '1e5203a7e8e7f07e', '30f3fc718ebc6d63', 'b2043f30e70f9d5a', '93527518aa95ee36', 'e3eaa50d83c54ab5'];

const LINKEDIN = 'https://www.linkedin.com/jobs/search/?currentJobId=4087360354&keywords=pharmacy%20technician';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Number of badge hosts inside each Indeed card, by job key. */
function hostsPerIndeedCard(): Map<string, number> {
  const out = new Map<string, number>();
  for (const card of Array.from(document.querySelectorAll('#mosaic-provider-jobcards .cardOutline'))) {
    const jk = card.querySelector('[data-jk]')?.getAttribute('data-jk');
    if (jk) out.set(jk, card.querySelectorAll('rxl-badge').length);
  }
  return out;
}

function expectOneHostPerTechCard(): void {
  const per = hostsPerIndeedCard();
  expect(per.size).toBe(22);
  for (const [jk, n] of per) expect(n, jk).toBe(INDEED_TECH.includes(jk) ? 1 : 0);
}

describe('idempotence', () => {
  it('mounts exactly one host per pharmacy-technician card, none on the others', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    expectOneHostPerTechCard();
    const cvs = document.querySelector(`[data-jk="${CVS}"]`)!.closest('.cardOutline')!.querySelector('rxl-badge')!;
    expect(cvs.getAttribute('data-rxl-key')).toBe(`indeed:${CVS}`);
    expect(cvs.getAttribute('data-rxl-place')).toBe('card');
    expect(cvs.shadowRoot).not.toBeNull();
    // The host sits right after the card's title heading (where Indeed's reservation keeps its space).
    expect(cvs.previousElementSibling!.matches('h2.jobTitle')).toBe(true);
    expect(cvs.closest('td.resultContent')).not.toBeNull();
  });

  it('running again (rescan, navigation, mutations everywhere) never duplicates a host', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const before = hosts().slice();
    for (let i = 0; i < 3; i++) {
      t.runtime.locationChanged();
      await t.settle();
    }
    // Text changes inside every card and outside them.
    for (const card of Array.from(document.querySelectorAll('.cardOutline'))) card.querySelector('[data-testid="text-location"]')?.append(' ');
    document.querySelector('.jobsearch-JobCountAndSortPane-jobCount span')!.textContent = '313 jobs';
    await t.mutations();
    t.win.tick(1000);
    await t.settle();
    expectOneHostPerTechCard();
    // The same host elements were updated in place.
    expect(hosts()).toEqual(before);
    expect(hosts('detail')).toHaveLength(1);
  });

  it('a board re-render that clones a card (with a dead copy of our host) still ends with one host', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const li = document.querySelector(`[data-jk="${CVS}"]`)!.closest('li')!;
    const clone = li.cloneNode(true) as Element; // shadow roots are not cloned: a dead <rxl-badge>
    expect(clone.querySelectorAll('rxl-badge')).toHaveLength(1);
    li.replaceWith(clone);
    await t.mutations();
    await t.settle();
    const hs = clone.querySelectorAll('rxl-badge');
    expect(hs).toHaveLength(1);
    expect(hs[0]!.shadowRoot).not.toBeNull();
    expectOneHostPerTechCard();
  });

  it('a second content-script instance replaces the first one’s hosts instead of adding its own', async () => {
    loadPage('indeed', 'results.html');
    const first = new FakeContext();
    const a = await startHarness(`${INDEED}&vjk=${NCH}`, { ctx: first });
    await a.settle();
    first.invalidate(); // WXT invalidates the older instance when a new one starts
    const b = await startHarness(`${INDEED}&vjk=${NCH}`);
    await b.settle();
    expectOneHostPerTechCard();
    expect(hosts('detail')).toHaveLength(1);
    for (const h of hosts()) expect(b.runtime.mounter.owns(h)).toBe(true);
  });

  it('cards appended later (infinite scroll) get their badge in the next frame', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const ul = document.querySelector('#mosaic-provider-jobcards ul')!;
    const template = document.querySelector(`[data-jk="${CVS}"]`)!.closest('li')!;
    const extra = template.cloneNode(true) as Element;
    extra.querySelector('rxl-badge')?.remove();
    extra.querySelectorAll('[data-jk]').forEach((e) => e.setAttribute('data-jk', 'aaaaaaaaaaaaaaa1'));
    ul.append(extra);
    await t.mutations();
    expect(t.win.pendingFrames).toBe(1);
    await t.settle();
    expect(extra.querySelectorAll('rxl-badge')).toHaveLength(1);
    expect(extra.querySelector('rxl-badge')!.getAttribute('data-rxl-key')).toBe('indeed:aaaaaaaaaaaaaaa1');
  });

  it('several hosts are built when their answers come and attached in the next frame, all together and building nothing', async () => {
    loadPage('indeed', 'results.html');
    // A budget no busy test machine runs out of: all six are built in one frame (a real page's
    // 6 ms budget spreads them when the machine is slow, which is what the budget is for).
    const t = await startHarness(`${INDEED}&vjk=${NCH}`, { budgets: { writeBudgetMs: 10_000 } });
    await t.settle();
    const ul = document.querySelector('#mosaic-provider-jobcards ul')!;
    const template = document.querySelector(`[data-jk="${CVS}"]`)!.closest('li')!;
    const extras = Array.from({ length: 6 }, (_, i) => {
      const extra = template.cloneNode(true) as Element;
      extra.querySelector('rxl-badge')?.remove();
      extra.querySelectorAll('[data-jk]').forEach((e) => e.setAttribute('data-jk', `bbbbbbbbbbbbbbb${i}`));
      ul.append(extra);
      return extra;
    });
    await t.mutations();
    const attached = () => extras.filter((e) => e.querySelector('rxl-badge') !== null).length;
    // Frame by frame until the six are in: their hosts are built (rendered) off-page when the
    // answers come, outside any frame, and attached in the next frame, which renders nothing.
    const steps: { renders: number; attached: number }[] = [];
    for (let i = 0; i < 20 && attached() < 6; i++) {
      const before = t.runtime.mounter.renders;
      t.win.frame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      steps.push({ renders: t.runtime.mounter.renders - before, attached: attached() });
    }
    // Two frames: the first reads the cards and asks (the answers, and the building, come after
    // it); the second attaches.
    expect(steps).toEqual([
      { renders: 6, attached: 0 },
      { renders: 0, attached: 6 },
    ]);
  });

  it('cards read over several frames and answered in several replies are attached in one frame', async () => {
    loadPage('indeed', 'results.html');
    // No read budget: a few units per frame, so the page goes to the background in several
    // requests. Every frame that inserts hosts makes the board relayout everything below them, so
    // the first hosts wait for the other answers (a hold no test machine runs out of here).
    const t = await startHarness(INDEED, { budgets: { frameBudgetMs: 0, attachHoldMs: 60_000 } });
    const inserts: number[] = [];
    for (let i = 0; i < 100 && (t.win.pendingFrames > 0 || t.runtime.client.pending > 0); i++) {
      const before = hosts('card').length;
      t.win.frame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (hosts('card').length > before) inserts.push(hosts('card').length - before);
    }
    expect(t.requests.length).toBeGreaterThan(1);
    expect(inserts).toEqual([INDEED_TECH.length]);
    expect(new Set(hosts('card').map((h) => h.getAttribute('data-rxl-key')))).toEqual(new Set(INDEED_TECH.map((k) => `indeed:${k}`)));
  });

  it('an answer that is slow to come does not keep the other badges off the page past the hold', async () => {
    loadPage('indeed', 'results.html');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let n = 0;
    const t = await startHarness(INDEED, {
      budgets: { frameBudgetMs: 0, attachHoldMs: 20 },
      gate: () => (++n === 2 ? held : Promise.resolve()),
    });
    for (let i = 0; i < 100 && hosts('card').length === 0; i++) {
      t.win.frame();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Badges are on the page while the second request is still unanswered.
    expect(hosts('card').length).toBeGreaterThan(0);
    expect(t.runtime.client.pending).toBeGreaterThan(0);
    release();
    await t.settle();
    expect(hosts('card')).toHaveLength(INDEED_TECH.length);
  });

  it('a burst of mutations coalesces into one animation frame', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const before = t.win.rafRequests;
    const count = document.querySelector('.jobsearch-JobCountAndSortPane-jobCount span')!;
    for (let i = 0; i < 50; i++) {
      count.textContent = `${i} jobs`;
      await t.mutations(); // one observer callback each
    }
    expect(t.win.rafRequests - before).toBe(1);
  });
});

describe('LinkedIn virtualised list', () => {
  function li(id: string): Element {
    return document.querySelector(`li[data-occludable-job-id="${id}"]`)!;
  }

  /** LinkedIn re-uses a list item for another job: ids, link and title change in place. */
  function recycle(item: Element, id: string, title: string): void {
    const old = item.getAttribute('data-occludable-job-id')!;
    item.setAttribute('data-occludable-job-id', id);
    const card = item.querySelector('[data-job-id]')!;
    card.setAttribute('data-job-id', id);
    const link = card.querySelector('a[href*="/jobs/view/"]')!;
    link.setAttribute('href', link.getAttribute('href')!.replace(old, id));
    link.setAttribute('aria-label', title);
    link.querySelector('strong')!.textContent = title;
    link.querySelector('.visually-hidden')!.textContent = title;
  }

  it('a recycled list item gets its host re-keyed, never a second host', async () => {
    loadPage('linkedin', 'results.html');
    const t = await startHarness(LINKEDIN);
    await t.settle();
    const item = li('4094464903');
    const host = item.querySelector('rxl-badge')!;
    expect(host.getAttribute('data-rxl-key')).toBe('linkedin:4094464903');

    recycle(item, '4111111111', 'Pharmacy Technician - Specialty Pharmacy');
    await t.mutations();
    await t.settle();
    const hs = item.querySelectorAll('rxl-badge');
    expect(hs).toHaveLength(1);
    expect(hs[0]).toBe(host); // same element, re-keyed
    expect(host.getAttribute('data-rxl-key')).toBe('linkedin:4111111111');
    expect(document.querySelectorAll('[data-rxl-key="linkedin:4094464903"]')).toHaveLength(0);

    // Recycled again, now for a job that is not a pharmacy-technician job: the badge goes.
    recycle(item, '4122222222', 'Line Cook');
    await t.mutations();
    await t.settle();
    expect(item.querySelectorAll('rxl-badge')).toHaveLength(0);
  });

  it('an empty shell gets its badge when its content fills in', async () => {
    loadPage('linkedin', 'results.html');
    const t = await startHarness(LINKEDIN);
    await t.settle();
    const shell = li('4029270255');
    expect(shell.children).toHaveLength(0);
    expect(shell.querySelector('rxl-badge')).toBeNull();
    // Fill it like LinkedIn does on scroll: the inner markup of a rendered card, with its own id.
    const donor = li('4094464903').firstElementChild!.cloneNode(true) as Element;
    donor.querySelectorAll('rxl-badge').forEach((h) => h.remove());
    shell.append(donor);
    recycle(shell, '4029270255', 'Pharmacy Technician - Long Term Care');
    await t.mutations();
    await t.settle();
    expect(shell.querySelectorAll('rxl-badge')).toHaveLength(1);
    expect(shell.querySelector('rxl-badge')!.getAttribute('data-rxl-key')).toBe('linkedin:4029270255');
  });

  it('keeps no reference to cards the board removed (no growth while scrolling a virtualised list)', async () => {
    loadPage('linkedin', 'results.html');
    const t = await startHarness(LINKEDIN);
    await t.settle();
    const before = t.runtime.stats();
    expect(before.knownCards).toBe(22);
    const list = document.querySelector('.scaffold-layout__list-container')!;
    for (const item of Array.from(list.querySelectorAll(':scope > li')).slice(0, 10)) item.remove();
    await t.mutations();
    await t.settle();
    const after = t.runtime.stats();
    expect(after.knownCards).toBeLessThan(before.knownCards);
    expect(after.hosts).toBe(document.querySelectorAll('rxl-badge').length);
    expect(after.queued).toBe(0);
  });

  it('a card emptied back into a shell loses its badge; no host is left behind', async () => {
    loadPage('linkedin', 'results.html');
    const t = await startHarness(LINKEDIN);
    await t.settle();
    const item = li('4094464903');
    item.replaceChildren();
    await t.mutations();
    await t.settle();
    expect(item.querySelector('rxl-badge')).toBeNull();
    expect(t.runtime.mounter.hosts().every((h) => h.isConnected)).toBe(true);
  });
});

describe('detail badge keyed by the selected job', () => {
  const pane = () => document.querySelector('.jobsearch-JobComponent')!;

  it('hides the previous job’s badge synchronously in the observer callback, before any frame', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const detail = hosts('detail');
    expect(detail).toHaveLength(1);
    expect(detail[0]!.getAttribute('data-rxl-key')).toBe(`indeed:${NCH}`);
    expect(detail[0]!.hasAttribute('hidden')).toBe(false);

    // The reader clicks card A: the URL names A, the pane starts re-rendering.
    t.setUrl(`${INDEED}&vjk=${CVS}`);
    pane().querySelector('[data-testid="jobsearch-JobInfoHeader-title"] span')!.firstChild!.textContent = 'Pharmacy Technician';
    await t.mutations(); // the MutationObserver callback only: no animation frame has run
    expect(t.win.pendingFrames).toBe(1);
    const visible = hosts('detail').filter((h) => !h.hasAttribute('hidden'));
    expect(visible.map((h) => h.getAttribute('data-rxl-key'))).not.toContain(`indeed:${NCH}`);

    // The pane finishes rendering job A; the next frame shows A's badge.
    pane().querySelector('[data-testid="inlineHeader-companyName"] a')!.textContent = 'CVS Health';
    pane().querySelector('#jobDescriptionText')!.textContent = 'Count, pour and label medications. PTCB certification required.';
    await t.mutations();
    await t.settle();
    const after = hosts('detail');
    expect(after).toHaveLength(1);
    expect(after[0]!.getAttribute('data-rxl-key')).toBe(`indeed:${CVS}`);
    expect(after[0]!.hasAttribute('hidden')).toBe(false);
    expect(after[0]!.getAttribute('data-rxl-requires')).toContain('ptcb-cpht');
  });

  it('hides it synchronously on a location change that names another job (no DOM change yet)', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    t.setUrl(`${INDEED}&vjk=${CVS}`);
    t.runtime.locationChanged(new URL(`${INDEED}&vjk=${CVS}`));
    expect(hosts('detail')[0]!.hasAttribute('hidden')).toBe(true);
  });

  it('a card’s badge upgrades to the full posting once it is read, and stays upgraded on a later visit', async () => {
    const store = new MemoryStore();
    // 1. The detail page of job CVS is read.
    loadPage('indeed', 'detail.html');
    const a = await startHarness(`https://www.indeed.com/viewjob?jk=${CVS}&from=serp&vjs=3`, { store });
    await a.settle();
    expect(hosts('detail')[0]!.getAttribute('data-rxl-key')).toBe(`indeed:${CVS}`);
    const fullRequires = hosts('detail')[0]!.getAttribute('data-rxl-requires');
    const fullVerdict = hosts('detail')[0]!.getAttribute('data-rxl-verdict');
    a.win.tick(2000); // the debounced storage write
    await a.postingStore.flush();
    expect(store.value!.entries.map((e) => e.k)).toEqual([`indeed:${CVS}`]);
    a.ctx.invalidate();

    // 2. Back on the results (a new page load), no pane open: CVS's card shows the full picture.
    loadPage('indeed', 'results.html');
    const b = await startHarness(INDEED, { store });
    await b.settle();
    const card = document.querySelector(`[data-jk="${CVS}"]`)!.closest('.cardOutline')!.querySelector('rxl-badge')!;
    expect(card.getAttribute('data-rxl-source')).toBe('posting');
    expect(card.getAttribute('data-rxl-requires')).toBe(fullRequires);
    expect(card.getAttribute('data-rxl-verdict')).toBe(fullVerdict);
    // Cards whose posting was never read still show what the card says.
    const other = document.querySelector('[data-jk="726b87af195fa7d2"]')!.closest('.cardOutline')!.querySelector('rxl-badge')!;
    expect(other.getAttribute('data-rxl-source')).toBe('card');
  });

  it('upgrades the split view’s card in the same page', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const card = document.querySelector(`[data-jk="${NCH}"]`)!.closest('.cardOutline')!.querySelector('rxl-badge')!;
    expect(card.getAttribute('data-rxl-source')).toBe('posting');
    expect(card.getAttribute('data-rxl-verdict')).toBe(hosts('detail')[0]!.getAttribute('data-rxl-verdict'));
  });
});

describe('profile', () => {
  it('re-judges every badge when the stored profile changes, without a reload', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const sel = '[data-rxl-key="indeed:726b87af195fa7d2"]'; // "Active PTCB or ExCPT certification required."
    expect(document.querySelector(sel)!.getAttribute('data-rxl-verdict')).toBe('missing');
    t.profile.set({ ...EMPTY_PROFILE, credentials: { 'ptcb-cpht': 'held' } });
    expect(t.win.pendingFrames).toBe(1);
    await t.settle();
    expect(document.querySelector(sel)!.getAttribute('data-rxl-verdict')).toBe('qualified');
    expect(document.querySelector(sel)!.shadowRoot!.textContent).toContain('You qualify');
  });
});

describe('an earlier instance of the content script (Firefox re-injects on update)', () => {
  it('a restarted run clears the display marks the earlier one left', async () => {
    loadPage('indeed', 'results.html');
    const left = document.querySelector('.jobsearch-JobCountAndSortPane-jobCount')!;
    left.setAttribute('data-rxl-display', 'hide');
    const t = await startHarness(INDEED);
    await t.settle();
    expect(left.hasAttribute('data-rxl-display')).toBe(false);
  });

  it('a first run (no earlier instance marked the page) does not search the document for them', async () => {
    loadPage('indeed', 'results.html');
    const query = vi.spyOn(document, 'querySelectorAll');
    const t = await startHarness(INDEED, { firstRun: true });
    await t.settle();
    expect(query.mock.calls.filter(([selector]) => String(selector).includes('data-rxl-display'))).toEqual([]);
    expect(hosts('card')).toHaveLength(INDEED_TECH.length);
    query.mockRestore();
  });
});

describe('stale context (extension updated or reloaded)', () => {
  it('disconnects the observer, cancels the frame, greys badges out, and stays quiet', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    // Work is pending when the context dies.
    document.querySelector('.jobsearch-JobCountAndSortPane-jobCount span')!.textContent = 'x';
    await t.mutations();
    expect(t.win.pendingFrames).toBe(1);

    t.ctx.invalidate();
    expect(t.runtime.isStopped).toBe(true);
    expect(t.runtime.scheduler.observing).toBe(false);
    expect(t.win.pendingFrames).toBe(0);
    expect(hosts().length).toBeGreaterThan(0);
    for (const h of hosts()) {
      expect(h.hasAttribute('data-rxl-stale')).toBe(true);
      expect(h.shadowRoot!.querySelector('button.badge')!.classList.contains('v-stale')).toBe(true);
    }
    // Nothing reacts any more, nothing is sent, nothing is logged.
    const sent = t.sent.length;
    document.querySelector('#mosaic-provider-jobcards ul')!.append(document.createElement('li'));
    await t.mutations();
    t.win.tick(10_000);
    expect(t.win.pendingFrames).toBe(0);
    expect(t.sent.length).toBe(sent);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('notices a dead context from the observer callback (no explicit notification)', async () => {
    loadPage('indeed', 'results.html');
    let dead = false;
    const listeners: (() => void)[] = [];
    const ctx = {
      get isInvalid() {
        if (dead) listeners.splice(0).forEach((cb) => cb());
        return dead;
      },
      onInvalidated(cb: () => void) {
        listeners.push(cb);
        return () => undefined;
      },
    };
    const t = await startHarness(`${INDEED}&vjk=${NCH}`, { ctx: ctx as unknown as FakeContext });
    await t.settle();
    dead = true; // browser.runtime.id is gone; WXT's ctx.isInvalid notices on first access
    document.body.append(document.createElement('div'));
    await t.mutations();
    expect(t.runtime.isStopped).toBe(true);
    expect(t.win.pendingFrames).toBe(0);
    expect(hosts()[0]!.hasAttribute('data-rxl-stale')).toBe(true);
  });
});

describe('board health', () => {
  /** Health reports only (the page also reports its listing keys, tested below). */
  const health = (t: { sent: RxlMessage[] }) => t.sent.filter((m) => m.type === 'rxl/health');

  it('reports "not recognised" once and logs one console line when listings are expected but absent', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('main'), { textContent: 'A redesigned Indeed' }));
    const t = await startHarness(`${INDEED}`);
    await t.settle();
    expect(health(t)).toEqual([]);
    t.win.tick(3000);
    expect(health(t)).toEqual([{ type: 'rxl/health', board: 'indeed', listings: 0, recognised: false }]);
    expect(t.logs).toHaveLength(1);
    expect(t.logs[0]).toMatch(/^\[RxLadder\] Indeed: no job listings recognised/);
    // Navigating within the page re-checks but neither re-sends the same state nor logs again.
    t.runtime.locationChanged();
    await t.settle();
    t.win.tick(3000);
    expect(health(t)).toHaveLength(1);
    expect(t.logs).toHaveLength(1);
  });

  it('reports the listings it found on a recognised page', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    t.win.tick(3000);
    expect(health(t)).toEqual([{ type: 'rxl/health', board: 'indeed', listings: 23, recognised: true }]);
    expect(t.logs).toEqual([]);
  });

  it('says nothing on pages where no listings are expected', async () => {
    document.body.replaceChildren(document.createElement('main'));
    const t = await startHarness('https://www.indeed.com/cmp/Cvs-Health/reviews');
    await t.settle();
    t.win.tick(5000);
    expect(health(t)).toEqual([]);
    expect(t.logs).toEqual([]);
  });
});

describe('listings on the page (the popup counts only these)', () => {
  it('starts fresh, then reports the keys of the cards and the open posting once, debounced', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    const pages = () => t.sent.filter((m): m is PageMessage => m.type === 'rxl/page');
    expect(pages()).toEqual([{ type: 'rxl/page', keys: [], fresh: true }]);
    await t.settle();
    t.win.tick(1000);
    const reports = pages().slice(1);
    expect(reports).toHaveLength(1);
    const keys = new Set(reports[0]!.keys);
    // Every listing with a badge, the open posting, and only job keys the page carries.
    for (const h of hosts()) expect(keys).toContain(h.getAttribute('data-rxl-key'));
    expect(keys).toContain(`indeed:${NCH}`);
    const onPage = new Set([...document.querySelectorAll('[data-jk]')].map((el) => `indeed:${el.getAttribute('data-jk')}`));
    for (const k of keys) expect(onPage).toContain(k);
    expect(keys.size).toBeGreaterThan(hosts('card').length - 1);
    expect(reports[0]!.fresh).toBe(false);
    // Nothing changed: nothing more is sent.
    t.win.tick(5000);
    expect(pages()).toHaveLength(2);
    // A card leaves the page: one new report without its key.
    const gone = document.querySelector('[data-jk]')!.closest('li')!;
    const goneKey = `indeed:${gone.querySelector('[data-jk]')!.getAttribute('data-jk')}`;
    gone.remove();
    await t.mutations();
    await t.settle();
    t.win.tick(1000);
    expect(pages()).toHaveLength(3);
    expect(pages()[2]!.keys).not.toContain(goneKey);
  });

  it('after a back/forward-cache restore: starts fresh and sends every listing again', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    t.win.tick(1000);
    const asked = t.runtime.stats().analysed;
    const before = t.sent.length;
    t.runtime.restored();
    expect(t.sent[before]).toEqual({ type: 'rxl/page', keys: [], fresh: true });
    await t.settle();
    t.win.tick(1000);
    expect(t.runtime.stats().analysed).toBeGreaterThanOrEqual(asked * 2);
    expect(t.sent.slice(before + 1).some((m) => m.type === 'rxl/page' && m.keys.length > 0)).toBe(true);
  });

  it('reveals a listing: scrolls its card badge into view and focuses it; false when it is gone', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const host = hosts()[0]!;
    const key = host.getAttribute('data-rxl-key')!;
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    expect(t.runtime.reveal(key)).toBe(true);
    expect(scrolled).toEqual([host]);
    expect(host.shadowRoot!.activeElement).toBe(host.shadowRoot!.querySelector('button'));
    expect(t.runtime.reveal('indeed:not-on-this-page')).toBe(false);
  });
});
