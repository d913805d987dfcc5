// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { displayChoices, listingDisplay, ListingDisplays, SHOW_ALL } from '../../../src/page/display';
import type { ListingResult } from '../../../src/page/messages';
import { DEFAULT_DISPLAY, displayOf, normaliseProfile } from '../../../src/profile/storage';
import { EMPTY_PROFILE, type DisplayPrefs, type ReaderProfile } from '../../../src/profile/types';
import { HiddenNote } from '../../../src/page/hidden-note';
import { loadPage, startHarness } from './harness';

const INDEED = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const LINKEDIN = 'https://www.linkedin.com/jobs/search/?currentJobId=4087360354&keywords=pharmacy%20technician';

afterEach(() => {
  document.body.replaceChildren();
});

function withDisplay(display: Partial<DisplayPrefs>): ReaderProfile {
  return { ...EMPTY_PROFILE, version: 2, display: { ...DEFAULT_DISPLAY, ...display } };
}

const result = (verdict: ListingResult['verdict']) => ({ verdict }) as ListingResult;

describe('display choices', () => {
  it('are read from the stored profile exactly as the options page stores them', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      'junk',
      {},
      { display: null },
      { display: [] },
      { display: { dimNonTech: true } },
      { display: { dimNonTech: 'yes', hideUnqualified: 'hide' } },
      { display: { hideUnqualified: 'dim', showPay: false } },
      { display: { hideUnqualified: 'HIDE' } },
      { version: 2, credentials: {}, display: { dimNonTech: true, hideUnqualified: 'show', showPay: true } },
    ];
    for (const raw of inputs) {
      const { dimNonTech, hideUnqualified } = displayOf(normaliseProfile(raw));
      expect(displayChoices(raw), JSON.stringify(raw)).toEqual({ dimNonTech, hideUnqualified });
    }
    expect(SHOW_ALL).toEqual({ dimNonTech: DEFAULT_DISPLAY.dimNonTech, hideUnqualified: DEFAULT_DISPLAY.hideUnqualified });
  });

  it('decide per listing: non-technician dimmed on request, missing dimmed or hidden, the rest shown', () => {
    const all = { dimNonTech: true, hideUnqualified: 'hide' } as const;
    expect(listingDisplay(null, all)).toBe('dim');
    expect(listingDisplay(null, SHOW_ALL)).toBeNull();
    expect(listingDisplay(result('missing'), all)).toBe('hide');
    expect(listingDisplay(result('missing'), { ...all, hideUnqualified: 'dim' })).toBe('dim');
    expect(listingDisplay(result('missing'), SHOW_ALL)).toBeNull();
    for (const v of ['qualified', 'trainable', 'unknown'] as const) expect(listingDisplay(result(v), all)).toBeNull();
    expect(listingDisplay(undefined, all)).toBeNull(); // answer not there yet
  });

  it('fall back to the element style through the CSSOM when no stylesheet can be adopted, and restore it', () => {
    const el = document.createElement('div');
    el.style.setProperty('opacity', '0.9');
    document.body.append(el);
    const d = new ListingDisplays(document);
    Object.defineProperty(d, 'sheet', { value: null, writable: true }); // adoptedStyleSheets unavailable
    d.setChoices({ dimNonTech: true, hideUnqualified: 'hide' });
    d.set(el, 'indeed:1', null);
    expect(el.getAttribute('data-rxl-display')).toBe('dim');
    expect(el.style.getPropertyValue('opacity')).toBe('0.55');
    d.set(el, 'indeed:1', result('missing'));
    expect(el.style.getPropertyValue('display')).toBe('none');
    expect(el.style.getPropertyValue('opacity')).toBe('0.9');
    d.clearAll();
    expect(el.hasAttribute('data-rxl-display')).toBe(false);
    expect(el.style.getPropertyValue('display')).toBe('');
    expect(el.style.getPropertyValue('opacity')).toBe('0.9');
  });
});

/** Indeed cards by job key: verdict of their badge (or null) and their display state. */
function indeedCards(): Map<string, { verdict: string | null; display: string | null }> {
  const out = new Map<string, { verdict: string | null; display: string | null }>();
  for (const card of Array.from(document.querySelectorAll('#mosaic-provider-jobcards .cardOutline'))) {
    const jk = card.querySelector('[data-jk]')?.getAttribute('data-jk');
    if (!jk) continue; // skeletons and decoys without a job key
    const marked = card.closest('[data-rxl-display]') ?? card.querySelector('[data-rxl-display]');
    out.set(jk, { verdict: card.querySelector('rxl-badge')?.getAttribute('data-rxl-verdict') ?? null, display: marked?.getAttribute('data-rxl-display') ?? null });
  }
  return out;
}

describe('display choices on a results page', () => {
  it('dim non-technician listings and hide unqualified ones, and switching back restores every card', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(INDEED, { profile: withDisplay({ dimNonTech: true, hideUnqualified: 'hide' }) });
    await t.settle();
    const cards = indeedCards();
    expect(cards.size).toBe(22);
    const missing = [...cards].filter(([, c]) => c.verdict === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const [jk, c] of cards) {
      const want = c.verdict === null ? 'dim' : c.verdict === 'missing' ? 'hide' : null;
      expect(c.display, jk).toBe(want);
    }
    // The badges themselves are untouched (a hidden listing keeps its badge for when it is shown).
    expect(document.querySelectorAll('rxl-badge[data-rxl-place="card"]')).toHaveLength(9);

    // Changed on the options page: applied in the next frame, before any answer comes back.
    t.profile.set(withDisplay({ dimNonTech: false, hideUnqualified: 'dim' }));
    t.win.frame();
    for (const [jk, c] of indeedCards()) expect(c.display, jk).toBe(c.verdict === 'missing' ? 'dim' : null);
    await t.settle();

    // Back to the defaults: no trace left on the board's elements.
    t.profile.set(withDisplay({}));
    await t.settle();
    expect(document.querySelectorAll('[data-rxl-display]')).toHaveLength(0);
  });

  it('leave the page as the board shows it when RxLadder stops', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(INDEED, { profile: withDisplay({ dimNonTech: true, hideUnqualified: 'hide' }) });
    await t.settle();
    expect(document.querySelectorAll('[data-rxl-display]').length).toBeGreaterThan(0);
    t.ctx.invalidate();
    expect(document.querySelectorAll('[data-rxl-display]')).toHaveLength(0);
  });

  it('follow the job, not the element, in a virtualised list that recycles its items', async () => {
    loadPage('linkedin', 'results.html');
    const t = await startHarness(LINKEDIN, { profile: withDisplay({ dimNonTech: true }) });
    await t.settle();
    const item = document.querySelector('li[data-occludable-job-id="4094464903"]')!; // a technician job
    const marked = () => (item.matches('[data-rxl-display]') ? item : item.querySelector('[data-rxl-display]'));
    expect(marked()).toBeNull();
    const recycle = (id: string, title: string) => {
      const old = item.getAttribute('data-occludable-job-id')!;
      item.setAttribute('data-occludable-job-id', id);
      const card = item.querySelector('[data-job-id]')!;
      card.setAttribute('data-job-id', id);
      const link = card.querySelector('a[href*="/jobs/view/"]')!;
      link.setAttribute('href', link.getAttribute('href')!.replace(old, id));
      link.querySelector('strong')!.textContent = title;
      link.querySelector('.visually-hidden')!.textContent = title;
    };
    // Re-used for a job that is not a technician job: dimmed.
    recycle('4122222222', 'Line Cook');
    await t.mutations();
    await t.settle();
    expect(marked()?.getAttribute('data-rxl-display')).toBe('dim');
    // Re-used again for a technician job: the dim does not stick to the element.
    recycle('4111111111', 'Pharmacy Technician - Specialty Pharmacy');
    await t.mutations();
    t.win.settle(); // the frame that reads the new job, before its answer arrives
    expect(marked()).toBeNull();
    await t.settle();
    expect(marked()).toBeNull();
    expect(item.querySelector('rxl-badge')!.getAttribute('data-rxl-key')).toBe('linkedin:4111111111');
  });

  it('say how many listings are hidden, and "Show them" shows them dimmed on this page only', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(INDEED, { profile: withDisplay({ hideUnqualified: 'hide' }) });
    await t.settle();
    const missing = [...indeedCards().values()].filter((c) => c.verdict === 'missing').length;
    const note = () => document.querySelector('rxl-note');
    // What the note shows, and what its live region announces (once the count is steady for 1 s).
    const status = () => note()?.shadowRoot!.querySelector('.msg')!.textContent;
    const announced = () => note()?.shadowRoot!.querySelector('[role="status"]')!.textContent;
    const button = (name: RegExp) => Array.from(note()!.shadowRoot!.querySelectorAll('button')).find((b) => name.test(b.textContent ?? '') || name.test(b.getAttribute('aria-label') ?? ''))!;
    expect(document.querySelectorAll('rxl-note')).toHaveLength(1);
    expect(status()).toBe(`RxLadder hid ${missing} listings asking for a credential you don't have.`);
    expect(announced()).toBe('');
    await new Promise((r) => setTimeout(r, 1100));
    expect(announced()).toBe(status());
    // Our own note is not a page change: no frame is scheduled for it.
    await t.mutations();
    expect(t.win.pendingFrames).toBe(0);

    button(/^Show them$/).click();
    await t.settle();
    for (const [jk, c] of indeedCards()) expect(c.display, jk).toBe(c.verdict === 'missing' ? 'dim' : null);
    expect(status()).toContain('shown dimmed on this page');
    button(/^Hide them$/).click();
    await t.settle();
    expect([...indeedCards().values()].filter((c) => c.display === 'hide')).toHaveLength(missing);

    // Closed by the reader: stays closed; the listings stay hidden.
    button(/Close this note/).click();
    await t.settle();
    expect(note()).toBeNull();
    expect([...indeedCards().values()].filter((c) => c.display === 'hide')).toHaveLength(missing);

    // Another choice on the options page: no note.
    t.profile.set(withDisplay({ hideUnqualified: 'dim' }));
    await t.settle();
    expect(note()).toBeNull();
  });
});

describe('the popup\'s listing link and "on this page only"', () => {
  it('a hidden listing chosen in the popup is shown (dimmed) and focused; a new search hides again', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(INDEED, { profile: withDisplay({ hideUnqualified: 'hide' }) });
    await t.settle();
    const hidden = [...indeedCards()].filter(([, c]) => c.display === 'hide');
    expect(hidden.length).toBeGreaterThan(0);
    const [jk] = hidden[0]!;
    expect(t.runtime.reveal(`indeed:${jk}`)).toBe(true);
    // At once, not a frame later: the card must be laid out to scroll to it.
    expect(indeedCards().get(jk)!.display).toBe('dim');
    const host = document.querySelector(`rxl-badge[data-rxl-key="indeed:${jk}"][data-rxl-place="card"]`)!;
    expect(document.activeElement).toBe(host);
    await t.settle();
    for (const [key, c] of indeedCards()) expect(c.display, key).toBe(c.verdict === 'missing' ? 'dim' : null);
    // Selecting a job in the split view is the same page; a new search is not.
    t.setUrl(`${INDEED}&vjk=${jk}`);
    t.runtime.locationChanged();
    await t.settle();
    expect(indeedCards().get(jk)!.display).toBe('dim');
    t.setUrl('https://www.indeed.com/jobs?q=pharmacy+technician&l=Dayton%2C+OH');
    t.runtime.locationChanged();
    await t.settle();
    expect(indeedCards().get(jk)!.display).toBe('hide');
  });
});

describe('a second run on the same page (Firefox re-injects on update)', () => {
  it('takes over what an earlier run left: the attribute, the note, the adopted sheet', () => {
    const cards = Array.from({ length: 3 }, () => document.body.appendChild(document.createElement('div')));
    const first = new ListingDisplays(document);
    first.setChoices({ dimNonTech: false, hideUnqualified: 'hide' });
    cards.forEach((el, i) => first.set(el, `indeed:${i}`, result(i === 0 ? 'qualified' : 'missing')));
    expect(cards.map((el) => el.getAttribute('data-rxl-display'))).toEqual([null, 'hide', 'hide']);
    new HiddenNote(document, () => undefined).update({ count: 2, revealed: false });
    // The first run dies without cleaning up. The new one starts with other choices.
    const second = new ListingDisplays(document);
    second.sweep();
    expect(document.querySelectorAll('[data-rxl-display]')).toHaveLength(0);
    second.setChoices({ dimNonTech: false, hideUnqualified: 'dim' });
    cards.forEach((el, i) => second.set(el, `indeed:${i}`, result(i === 0 ? 'qualified' : 'missing')));
    expect(cards.map((el) => el.getAttribute('data-rxl-display'))).toEqual([null, 'dim', 'dim']);
    // A board write is noticed: the wanted state is written again.
    cards[1]!.removeAttribute('data-rxl-display');
    second.refresh();
    expect(cards[1]!.getAttribute('data-rxl-display')).toBe('dim');
    new HiddenNote(document, () => undefined).update({ count: 2, revealed: true });
    expect(document.querySelectorAll('rxl-note')).toHaveLength(1);
    // Stopping withdraws the sheet it adopted.
    const before = document.adoptedStyleSheets.length;
    second.clearAll();
    expect(document.adoptedStyleSheets.length).toBe(before - 1);
    expect(document.querySelectorAll('[data-rxl-display]')).toHaveLength(0);
  });

  it('closing the note with the keyboard returns focus to where it came from', () => {
    const before = document.body.appendChild(document.createElement('button'));
    before.focus();
    const note = new HiddenNote(document, () => undefined);
    note.update({ count: 1, revealed: false });
    const close = note.element!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!;
    close.focus();
    expect(document.activeElement).toBe(note.element);
    close.click();
    expect(document.querySelector('rxl-note')).toBeNull();
    expect(document.activeElement).toBe(before);
  });
});
