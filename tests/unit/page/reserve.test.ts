// @vitest-environment happy-dom
/**
 * Badge space reserved under technician titles before the first layout (src/page/reserve.ts). The
 * layout itself (the badge taking exactly that space, nothing moving) is checked in real Chromium:
 * tests/e2e/boards.e2e.test.ts, "a 500-card page".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePosting } from '../../../src/analyze';
import { indeedBoard } from '../../../src/boards/indeed';
import { BOARDS } from '../../../src/boards';
import { TECH_TITLE_PHRASES } from '../../../keywords/roles';
import { ATTR_PLACED, reservationCss, reserveBadgeSpace, TECH_TITLE_CUES } from '../../../src/page/reserve';
import { CARD_HOST_PX } from '../../../src/ui/badge-css';
import { ANSWER_STALL_MS } from '../../../src/page/runtime';
import { FakeWindow, hosts, loadPage, startHarness } from './harness';

const INDEED = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const INDEED_TECH = ['112104b730fa333d', '726b87af195fa7d2', 'b896fb1b75b3414d', '6940cbd84ada64d8', '1e5203a7e8e7f07e', '30f3fc718ebc6d63', 'b2043f30e70f9d5a', '93527518aa95ee36', 'e3eaa50d83c54ab5'];

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

describe('technician title cues', () => {
  it('each begins a technician title phrase of the keyword map', () => {
    const phrases = TECH_TITLE_PHRASES.map((p) => p.toLowerCase());
    for (const cue of TECH_TITLE_CUES) expect(phrases.some((p) => p.startsWith(cue)), cue).toBe(true);
  });

  it('make the analyzer call the title a pharmacy-technician role wherever they stand, near misses included', () => {
    const titles = (cue: string) => {
      const word = cue === 'cpht' ? 'CPhT' : cue.replace(/\b\w/g, (c) => c.toUpperCase());
      const longer = cue.endsWith('tech') ? `${word}nician II - IV Room` : `${word} II - IV Room`;
      return [word, longer, `Lead ${word}`, `${word} Trainee`, `Pharmacist Intern / ${word}`, `Cashier or ${word}`];
    };
    for (const cue of TECH_TITLE_CUES) {
      for (const title of titles(cue)) {
        expect(title.toLowerCase()).toContain(cue);
        expect(analyzePosting({ title, text: 'Retail pharmacy, full-time.' }).isPharmacyTech, title).toBe(true);
      }
    }
  });
});

describe('reservationCss', () => {
  const spec = { lists: ['#list-a', '#list-b'], title: 'h2 span[title]', attribute: 'title' };

  it('keeps the card host height under each cue in each list, until the title is marked placed', () => {
    const css = reservationCss(spec, ['pharmacy tech', 'cpht'], 28);
    expect(css).toContain('#list-a h2 span[title][title*="pharmacy tech" i]:not([data-rxl-placed])::after');
    expect(css).toContain('#list-b h2 span[title][title*="cpht" i]:not([data-rxl-placed])::after');
    expect(css.split(',\n')).toHaveLength(4);
    expect(css).toContain('height:calc(1lh + 28px)');
    // Inline (never a block split into the board's link), zero width, top-aligned.
    expect(css).toContain('display:inline-block;width:0;vertical-align:top');
  });

  it('reserves the card host height by default', () => {
    expect(reservationCss(spec)).toContain(`calc(1lh + ${CARD_HOST_PX}px)`);
  });

  it('never writes a cue that could break out of the CSS string', () => {
    const css = reservationCss(spec, ['pharm tech', 'x"]{}*{display:none}', 'Upper', ''], 28);
    expect(css.split(',\n')).toHaveLength(2);
    expect(css).not.toContain('display:none');
    expect(reservationCss(spec, ['"'], 28)).toBe('');
  });

  it('only Indeed reserves today, inside its result lists only', () => {
    expect(BOARDS.filter((b) => b.reserve).map((b) => b.id)).toEqual(['indeed']);
    expect(indeedBoard.reserve!.lists).toContain('#mosaic-provider-jobcards');
  });
});

describe('reserveBadgeSpace', () => {
  it('adopts one stylesheet next to the page\'s own, marks a settled card\'s title, and removes only its own sheet', () => {
    const theirs = new CSSStyleSheet();
    document.adoptedStyleSheets = [theirs];
    document.body.innerHTML = '<div id="mosaic-provider-jobcards"><div class="card"><h2 class="jobTitle"><a><span title="Pharmacy Technician">Pharmacy Technician</span></a></h2></div></div>';
    const r = reserveBadgeSpace(document, indeedBoard.reserve!)!;
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(theirs);
    expect(document.adoptedStyleSheets[1]!.cssRules).toHaveLength(1);
    const card = document.querySelector('.card')!;
    r.settle(card);
    expect(card.querySelector('span')!.hasAttribute(ATTR_PLACED)).toBe(true);
    r.remove();
    r.remove();
    expect(document.adoptedStyleSheets).toEqual([theirs]);
  });

  it('marks only titles that hold space: a card without a technician cue is left untouched', () => {
    document.body.innerHTML = '<div id="mosaic-provider-jobcards"><div class="card"><h2 class="jobTitle"><a><span title="Cashier">Cashier</span></a></h2></div></div>';
    const r = reserveBadgeSpace(document, indeedBoard.reserve!)!;
    r.settle(document.querySelector('.card')!);
    expect(document.querySelector(`[${ATTR_PLACED}]`)).toBeNull();
  });

  it('does nothing after it was removed', () => {
    document.body.innerHTML = '<div class="card"><h2 class="jobTitle"><span title="Pharm Tech">Pharm Tech</span></h2></div>';
    const r = reserveBadgeSpace(document, indeedBoard.reserve!)!;
    r.remove();
    r.settle(document.querySelector('.card')!);
    expect(document.querySelector(`[${ATTR_PLACED}]`)).toBeNull();
  });

  it('gives null, and adopts nothing, where a stylesheet cannot be constructed or adopted', () => {
    const replace = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new Error('not allowed');
    });
    expect(reserveBadgeSpace(document, indeedBoard.reserve!)).toBeNull();
    expect(document.adoptedStyleSheets).toEqual([]);
    replace.mockRestore();
    expect(reserveBadgeSpace(document, { lists: ['#l'], title: 'span', attribute: 'title' })).not.toBeNull();
  });
});

describe('the runtime settles reserved cards', () => {
  it('each technician card in the frame its badge is attached, each card without a badge too, and closes every space on stop', async () => {
    loadPage('indeed', 'results.html');
    const real = reserveBadgeSpace(document, indeedBoard.reserve!)!;
    const settled: { jk: string | null; badged: boolean }[] = [];
    const reservation = {
      settle(card: Element) {
        settled.push({ jk: card.querySelector('[data-jk]')?.getAttribute('data-jk') ?? null, badged: card.querySelector('rxl-badge') !== null });
        real.settle(card);
      },
      remove: vi.fn(() => real.remove()),
    };
    const t = await startHarness(INDEED, { reservation, firstRun: true });
    await t.settle();
    expect(hosts('card')).toHaveLength(INDEED_TECH.length);
    // Never before the badge is in the card (the space would close and the card below move twice).
    for (const jk of INDEED_TECH) {
      expect(settled.filter((s) => s.jk === jk), jk).toEqual([{ jk, badged: true }]);
      expect(document.getElementById(`jobTitle-${jk}`)!.hasAttribute(ATTR_PLACED), jk).toBe(true);
    }
    // The other listings were settled with no badge, and their titles (no technician cue) left untouched.
    const others = settled.filter((s) => !INDEED_TECH.includes(s.jk ?? ''));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((s) => !s.badged)).toBe(true);
    expect(document.querySelectorAll(`[${ATTR_PLACED}]`)).toHaveLength(INDEED_TECH.length);
    expect(reservation.remove).not.toHaveBeenCalled();
    t.ctx.invalidate();
    expect(reservation.remove).toHaveBeenCalledTimes(1);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});

describe('a reserved space whose answer does not come', () => {
  it(`closes ${ANSWER_STALL_MS} ms after the card was asked for, not before, and the late badge still arrives`, async () => {
    loadPage('indeed', 'results.html');
    const real = reserveBadgeSpace(document, indeedBoard.reserve!)!;
    const win = new FakeWindow();
    // The runtime's clock is the test's: timers and "since when" agree.
    win.performance = { now: () => win.clock } as Performance;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const t = await startHarness(INDEED, { reservation: real, firstRun: true, win, gate: () => held });
    t.win.settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.runtime.client.pending).toBeGreaterThan(0);
    const placed = () => document.querySelectorAll(`[${ATTR_PLACED}]`).length;
    expect(placed()).toBe(0);
    t.win.tick(ANSWER_STALL_MS - 1);
    expect(placed()).toBe(0);
    t.win.tick(1);
    // Every technician title the first read asked about closes its space (no badge yet).
    expect(placed()).toBe(INDEED_TECH.length);
    expect(hosts('card')).toHaveLength(0);
    release();
    await t.settle();
    expect(hosts('card')).toHaveLength(INDEED_TECH.length);
  });

  it('never closes a space whose badge came in time', async () => {
    loadPage('indeed', 'results.html');
    const real = reserveBadgeSpace(document, indeedBoard.reserve!)!;
    const settle = vi.spyOn(real, 'settle');
    const win = new FakeWindow();
    win.performance = { now: () => win.clock } as Performance;
    const t = await startHarness(INDEED, { reservation: real, firstRun: true, win });
    await t.settle();
    const calls = settle.mock.calls.length;
    expect(hosts('card')).toHaveLength(INDEED_TECH.length);
    t.win.tick(ANSWER_STALL_MS * 2);
    expect(settle.mock.calls.length).toBe(calls);
  });
});
