// @vitest-environment happy-dom
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { emptyTabState, recordListings, recordPresence, type TabListing } from '../../src/tab/state';

type Data = Omit<TabListing, 'seq' | 'key'>;
const listing = (over: Partial<Data> = {}): Data => ({ title: 'Pharmacy Technician', verdict: 'qualified', words: 'You qualify', settings: [], missing: [], trainable: [], ...over });

const roots: HTMLElement[] = [];

/** A tab showing `url`, and the popup pointed at it with `?tab=` (src/ui/popup/target.ts). */
async function tabFor(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  return tab.id!;
}

async function mountFor(url: string): Promise<{ root: HTMLElement; tabId: number }> {
  const tab = { id: await tabFor(url) };
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(<PopupApp />, root);
  return { root, tabId: tab.id! };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}

/** Messages the popup sent to tabs: [tabId, message]. */
let sentToTabs: [number, unknown][] = [];
beforeEach(() => {
  fakeBrowser.reset();
  sentToTabs = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
    sentToTabs.push([tabId, message]);
    return undefined;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const r of roots.splice(0)) render(null, r);
  document.body.replaceChildren();
});

describe('popup', () => {
  it('on a board page: board health, counts, best next credential, settings and listings; page text stays text', async () => {
    const hostile = 'Pharmacy Technician <img src=x onerror="window.pwned=1">';
    let state = recordListings(emptyTabState(), 'indeed', [
      { key: 'indeed:a', listing: listing({ title: hostile, employer: '<b>CVS</b>', settings: ['retail'], pay: { min: 18, max: 21, unit: 'hour' } }) },
      { key: 'indeed:b', listing: listing({ verdict: 'missing', words: 'Needs IV cert', settings: ['hospital'], missing: [{ id: 'sterile-compounding', alternatives: [] }] }) },
    ]);
    state = recordPresence(state, 0, ['indeed:a', 'indeed:b'], false, 'indeed');
    const tab = { id: await tabFor('https://www.indeed.com/jobs?q=pharmacy+technician') };
    await fakeBrowser.storage.session.set({ [`rxl-tab-${tab.id}`]: state, 'rxl-health': { [tab.id!]: { board: 'indeed', listings: 12, recognised: true, frameId: 0, at: 1 } } });
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    render(<PopupApp />, root);
    await until(() => root.querySelector('[data-count]') !== null);

    expect(root.querySelector('[data-health]')?.textContent).toBe('Indeed: layout recognised, 12 job listings read.');
    const counts = Object.fromEntries([...root.querySelectorAll('[data-count]')].map((li) => [li.getAttribute('data-count'), li.querySelector('.rxl-count-n')!.textContent]));
    expect(counts).toEqual({ qualified: '1', trainable: '0', missing: '1' });
    expect(root.querySelector('.rxl-best')?.getAttribute('data-credential')).toBe('sterile-compounding');
    expect(root.querySelector('[data-setting="retail"]')?.textContent).toContain('$18–21 an hour (1 posting)');
    const buttons = [...root.querySelectorAll('.rxl-listing')];
    expect(buttons.map((b) => b.getAttribute('data-key'))).toEqual(['indeed:a', 'indeed:b']);
    // Hostile titles and employers are shown as text, never as markup or links.
    expect(buttons[0]!.textContent).toContain(hostile);
    expect(buttons[0]!.textContent).toContain('<b>CVS</b>');
    expect(root.querySelector('img, b')).toBeNull();
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https:|chrome-extension:|moz-extension:)/);
    // Verdicts carry words and an icon, not colour alone.
    expect(buttons[1]!.querySelector('[data-verdict="missing"]')?.textContent).toBe('Needs IV cert');
    expect(buttons[1]!.querySelector('svg')).not.toBeNull();
    // Nothing grabbed the focus.
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
    // The tab is asked to read its far-off listings too, so the counts cover the whole page.
    expect(sentToTabs).toContainEqual([tab.id, { type: 'rxl/read-all' }]);
  });

  it('says when the board layout was not recognised, with a hint', async () => {
    const tab = { id: await tabFor('https://www.linkedin.com/jobs/search/?keywords=x') };
    await fakeBrowser.storage.session.set({ 'rxl-health': { [tab.id!]: { board: 'linkedin', listings: 0, recognised: false, frameId: 0, at: 1 } } });
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    render(<PopupApp />, root);
    await until(() => root.querySelector('[data-health]') !== null);
    expect(root.querySelector('[data-health]')?.getAttribute('data-health')).toBe('not-recognised');
    expect(root.textContent).toContain('LinkedIn: this board’s layout was not recognised.');
    expect(root.textContent).toContain('Reload the page');
    expect(root.querySelector('[data-count]')).toBeNull();
  });

  it('on a board page with no technician listings: says so plainly', async () => {
    const tab = { id: await tabFor('https://www.indeed.com/jobs?q=cashier') };
    await fakeBrowser.storage.session.set({ [`rxl-tab-${tab.id}`]: recordPresence(emptyTabState(), 0, ['indeed:x'], false, 'indeed') });
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    render(<PopupApp />, root);
    await until(() => root.querySelector('[data-empty]') !== null);
    expect(root.querySelector('[data-empty]')?.textContent).toBe('No pharmacy-technician listings on this page.');
  });

  it('on another site: offers "Scan this page"', async () => {
    const { root } = await mountFor('https://careers.example-hospital.test/job/1');
    await until(() => root.querySelector('[data-empty]') !== null);
    expect(root.querySelector('[data-empty]')?.getAttribute('data-empty')).toBe('not-board');
    const scan = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Scan this page');
    expect(scan).toBeDefined();
    // The tab is still asked to read everything: a board embedded in a frame (iCIMS, Greenhouse)
    // would answer; with no content script of ours, nobody does.
    expect(sentToTabs).toEqual([[expect.any(Number), { type: 'rxl/read-all' }]]);
  });
});
