// @vitest-environment happy-dom
/**
 * Far-off listings wait until the reader comes near (src/page/distant.ts): which units are set
 * aside, what wakes them and with which neighbours, and the runtime reading them then — exactly
 * one badge per technician card in the end, whichever way they were woken.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK, DistantUnits, NEAR_PX, SENTINEL_EVERY } from '../../../src/page/distant';
import { scanUnits, UnitWalker } from '../../../src/page/runtime';
import { FakeWindow, hosts, loadPage, startHarness } from './harness';

/** An IntersectionObserver the test drives: it reports what the test says came near. */
class FakeIO {
  static last: FakeIO | null = null;
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly init?: IntersectionObserverInit,
  ) {
    FakeIO.last = this;
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  /** The browser reports `els` as within the margin now. */
  enter(...els: Element[]) {
    const entries = els.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Give `el` a box `top` px from the viewport's top, `height` tall; counts the measurements. */
function place(el: Element, top: number, height = 200, counter?: { n: number }) {
  el.getBoundingClientRect = () => {
    if (counter) counter.n++;
    return { top, bottom: top + height, left: 0, right: 600, width: 600, height, x: 0, y: top, toJSON() {} } as DOMRect;
  };
}

/** A list of `n` items, each 200 px tall, the first at `top`. */
function list(n: number, top = 0, counter?: { n: number }): Element[] {
  const ul = document.createElement('ul');
  document.body.append(ul);
  return Array.from({ length: n }, (_, i) => {
    const li = document.createElement('li');
    ul.append(li);
    place(li, top + i * 200, 200, counter);
    return li;
  });
}

const env = { innerHeight: 800, IntersectionObserver: FakeIO as unknown as typeof IntersectionObserver };

afterEach(() => {
  document.body.replaceChildren();
  FakeIO.last = null;
});

describe('DistantUnits', () => {
  it('sets aside units beyond the margin below or above the viewport, keeps near and box-less ones', () => {
    const woken: Element[][] = [];
    const d = new DistantUnits(env, (u) => woken.push(u));
    const [near, edge, far] = [document.createElement('div'), document.createElement('div'), document.createElement('div')];
    const above = document.createElement('div');
    const hidden = document.createElement('div');
    document.body.append(near, edge, far, above, hidden);
    place(near, 100);
    place(edge, 800 + NEAR_PX); // its top just at the margin: near
    place(far, 801 + NEAR_PX);
    place(above, -NEAR_PX - 500, 200);
    place(hidden, 0, 0);
    hidden.getBoundingClientRect = () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }) as DOMRect;
    expect([near, edge, far, above, hidden].map((u) => { d.newPass(); return d.setAsideIfFar(u); })).toEqual([false, false, true, true, false]);
    expect(d.size).toBe(2);
    expect([...FakeIO.last!.targets]).toEqual([far, above]);
    // The observer's margin is the same distance (scrollMargin where the browser has it).
    const init = FakeIO.last!.init as Record<string, string>;
    expect(init.rootMargin ?? init.scrollMargin).toBe(`${NEAR_PX}px`);
    expect(woken).toEqual([]);
  });

  it('measures a long list only up to its first far item: the siblings after it are further down', () => {
    const counter = { n: 0 };
    const items = list(500, 0, counter);
    const d = new DistantUnits(env, () => {});
    d.newPass();
    const aside = items.filter((li) => d.setAsideIfFar(li));
    const firstFar = Math.floor((800 + NEAR_PX) / 200) + 1; // top > 3300 px
    expect(aside).toEqual(items.slice(firstFar));
    expect(counter.n).toBe(firstFar + 1);
  });

  it('wakes the unit that came near with its neighbours, in document order, each once', () => {
    const woken: Element[][] = [];
    const d = new DistantUnits(env, (u) => woken.push(u));
    const items = list(400, 5000);
    d.newPass();
    for (const li of items) expect(d.setAsideIfFar(li)).toBe(true);
    FakeIO.last!.enter(items[200]!);
    expect(woken).toHaveLength(1);
    expect(woken[0]).toEqual(items.slice(200 - CHUNK, 200 + CHUNK + 1));
    expect(d.size).toBe(400 - (2 * CHUNK + 1));
    for (const u of woken[0]!) expect(FakeIO.last!.targets.has(u)).toBe(false);
    // A report for a unit already woken wakes nothing again.
    FakeIO.last!.enter(items[200]!);
    expect(woken).toHaveLength(1);
    // The next one down wakes the next group, not across the gap left by the first (never one twice).
    const next = 200 + CHUNK + 1;
    FakeIO.last!.enter(items[next]!);
    expect(woken[1]).toEqual(items.slice(next, next + CHUNK + 1));
    expect(new Set([...woken[0]!, ...woken[1]!]).size).toBe(woken[0]!.length + woken[1]!.length);
  });

  it('takeAll hands over every unit still set aside (not the removed ones) and stops observing', () => {
    const d = new DistantUnits(env, () => {});
    const items = list(10, 5000);
    d.newPass();
    for (const li of items) d.setAsideIfFar(li);
    items[3]!.remove();
    expect(d.takeAll()).toEqual(items.filter((_, i) => i !== 3));
    expect(d.size).toBe(0);
    expect(FakeIO.last!.disconnected).toBe(true);
  });

  it('prune forgets units the board removed', () => {
    const d = new DistantUnits(env, () => {});
    const items = list(5, 5000);
    d.newPass();
    for (const li of items) d.setAsideIfFar(li);
    items[0]!.remove();
    items[4]!.remove();
    d.prune();
    expect(d.size).toBe(3);
    // The removed ones were the watched ones: their neighbours are watched now.
    expect([...FakeIO.last!.targets]).toEqual([items[1], items[3]]);
  });

  it('keeps watching about one unit in SENTINEL_EVERY through wakes and prunes', () => {
    const d = new DistantUnits(env, () => {});
    const items = list(800, 5000);
    d.newPass();
    for (const li of items) d.setAsideIfFar(li);
    for (const at of [100, 300, 500, 700]) {
      FakeIO.last!.enter(items[at]!);
      items[at + CHUNK + 5]!.remove(); // the board drops an item now and then
      d.prune();
    }
    expect(d.watching).toBe(FakeIO.last!.targets.size);
    expect(d.watching).toBeLessThanOrEqual(Math.ceil(d.size / SENTINEL_EVERY) + 10);
  });

  it('watches every SENTINEL_EVERY-th unit, and the units next to a woken chunk', () => {
    const d = new DistantUnits(env, () => {});
    const items = list(400, 5000);
    d.newPass();
    for (const li of items) d.setAsideIfFar(li);
    const watched = () => items.filter((u) => FakeIO.last!.targets.has(u)).map((u) => items.indexOf(u));
    expect(watched()).toEqual(items.map((_, i) => i).filter((i) => i % SENTINEL_EVERY === 0));
    FakeIO.last!.enter(items[200]!);
    // Units 140..260 woke; 139 and 261 now mark the edges of what is still set aside.
    expect(watched()).toContain(200 - CHUNK - 1);
    expect(watched()).toContain(200 + CHUNK + 1);
    // Every unit still set aside is within SENTINEL_EVERY - 1 places of a watched one.
    const w = new Set(watched());
    for (let i = 0; i < 400; i++) {
      if (i >= 200 - CHUNK && i <= 200 + CHUNK) continue;
      const near = Array.from({ length: 2 * SENTINEL_EVERY - 1 }, (_, k) => i - SENTINEL_EVERY + 1 + k).some((j) => w.has(j));
      expect(near, `unit ${i}`).toBe(true);
    }
  });

  it('is off without IntersectionObserver, or with an infinite margin', () => {
    const [li] = list(1, 50_000);
    expect(new DistantUnits({ innerHeight: 800 }, () => {}).setAsideIfFar(li!)).toBe(false);
    expect(new DistantUnits(env, () => {}, Number.POSITIVE_INFINITY).setAsideIfFar(li!)).toBe(false);
  });
});

describe('UnitWalker', () => {
  /** A list of `n` items of `size` elements each (so the list itself is split into its items). */
  function bigList(n: number, size: number): HTMLElement {
    const ul = document.createElement('ul');
    for (let i = 0; i < n; i++) {
      const li = document.createElement('li');
      for (let k = 1; k < size; k++) li.append(document.createElement('span'));
      ul.append(li);
    }
    document.body.append(ul);
    return ul;
  }

  /** The elements whose subtree the walker counted. */
  function countedBy(run: () => void): Element[] {
    const counted: Element[] = [];
    const real = Element.prototype.getElementsByTagName;
    vi.spyOn(Element.prototype, 'getElementsByTagName').mockImplementation(function (this: Element, name: string) {
      counted.push(this);
      return real.call(this, name);
    });
    try {
      run();
    } finally {
      vi.restoreAllMocks();
    }
    return counted;
  }

  it('hands out the same units as scanUnits, one at a time', () => {
    bigList(100, 5);
    const walker = new UnitWalker(document.body);
    const units: Element[] = [];
    for (let u = walker.next(); u; u = walker.next()) units.push(u);
    expect(units).toEqual(scanUnits(document.body));
    expect(units).toHaveLength(100);
    expect(walker.left).toBe(0);
  });

  it('after wholeAfter, takes the rest of the list as it is, but still splits a sibling of another kind', () => {
    const ul = bigList(100, 5);
    const wrapper = document.createElement('div'); // e.g. a "more results" block holding 60 more items
    for (let i = 0; i < 60; i++) {
      const li = document.createElement('li');
      li.append(document.createElement('span'), document.createElement('span'), document.createElement('span'), document.createElement('span'));
      wrapper.append(li);
    }
    ul.children[50]!.after(wrapper);
    const walker = new UnitWalker(document.body);
    const units: Element[] = [];
    const counted = countedBy(() => {
      for (let i = 0; i < 3; i++) units.push(walker.next()!);
      walker.wholeAfter(units[2]!);
      for (let u = walker.next(); u; u = walker.next()) units.push(u);
    });
    const items = Array.from(ul.children).filter((c) => c.localName === 'li');
    expect(units.filter((u) => items.includes(u))).toEqual(items);
    // The wrapper was counted and split into its items; the list's own items after the third were not counted.
    expect(units).not.toContain(wrapper);
    expect(units.filter((u) => u.parentElement === wrapper)).toHaveLength(60);
    expect(counted.filter((el) => items.indexOf(el) >= 3)).toEqual([]);
    expect(counted).toContain(wrapper);
  });
});

describe('the runtime with far-off cards', () => {
  const INDEED = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
  const TECH = 9; // technician cards on the Indeed results fixture

  /** The fixture's list items (cards and decoys), 400 px apart: the first 9 within 800 + NEAR_PX. */
  async function longPage() {
    loadPage('indeed', 'results.html');
    const items = Array.from(document.querySelector('#mosaic-provider-jobcards ul')!.children);
    expect(items.length).toBeGreaterThan(22); // 22 cards and the board's decoys
    items.forEach((li, i) => place(li, i * 400, 380));
    const win = Object.assign(new FakeWindow(), env);
    const t = await startHarness(INDEED, { win });
    await t.settle();
    return { t, items };
  }

  const techBadgesIn = (els: Element[]) => els.filter((li) => li.querySelector('rxl-badge[data-rxl-place="card"]')).length;

  it('badges the near cards at once and the far ones when the reader comes near, one badge each', async () => {
    const { t, items } = await longPage();
    const nearCount = Math.floor((800 + NEAR_PX) / 400) + 1;
    const near = items.slice(0, nearCount);
    const far = items.slice(nearCount);
    expect(techBadgesIn(near)).toBeGreaterThan(0);
    expect(techBadgesIn(far)).toBe(0);
    expect(t.runtime.stats().distant).toBe(far.length);
    // Only the near cards were sent for analysis.
    const asked = t.requests.flatMap((r) => r.items.map((i) => i.key));
    expect(asked.length).toBeLessThanOrEqual(nearCount);

    FakeIO.last!.enter(far[0]!);
    await t.settle();
    expect(t.runtime.stats().distant).toBe(0);
    expect(hosts('card')).toHaveLength(TECH);
    for (const li of items) expect(li.querySelectorAll('rxl-badge').length).toBeLessThanOrEqual(1);
  });

  it('counts the subtrees of the near list items only: the rest of the list is set aside whole', async () => {
    loadPage('indeed', 'results.html');
    const items = Array.from(document.querySelector('#mosaic-provider-jobcards ul')!.children);
    items.forEach((li, i) => place(li, i * 400, 380));
    const counted = new Set<Element>();
    const real = Element.prototype.getElementsByTagName;
    vi.spyOn(Element.prototype, 'getElementsByTagName').mockImplementation(function (this: Element, name: string) {
      counted.add(this);
      return real.call(this, name);
    });
    const win = Object.assign(new FakeWindow(), env);
    const t = await startHarness(INDEED, { win });
    await t.settle();
    vi.restoreAllMocks();
    const nearCount = Math.floor((800 + NEAR_PX) / 400) + 1;
    // Up to the first far item (measured, found far), none after it.
    expect(items.filter((li) => counted.has(li)).length).toBeLessThanOrEqual(nearCount + 1);
    expect(t.runtime.stats().distant).toBe(items.length - nearCount);
    FakeIO.last!.enter(items.at(-1)!);
    await t.settle();
    expect(hosts('card')).toHaveLength(TECH);
  });

  it('readAll() (the popup opened) reads every far card', async () => {
    const { t } = await longPage();
    expect(hosts('card').length).toBeLessThan(TECH);
    t.runtime.readAll();
    await t.settle();
    expect(hosts('card')).toHaveLength(TECH);
    expect(t.runtime.stats().distant).toBe(0);
  });

  it('a rescan neither sets aside cards already read nor forgets them', async () => {
    const { t, items } = await longPage();
    t.runtime.readAll();
    await t.settle();
    // The reader scrolled far down: every card is now far above the viewport; the board changes text.
    items.forEach((li, i) => place(li, -50_000 + i * 400, 380));
    t.runtime.locationChanged();
    await t.settle();
    expect(hosts('card')).toHaveLength(TECH);
    expect(t.runtime.stats().distant).toBe(0);
  });

  it('keyboard focus on a far card reads its group at once (its badge joins the Tab order)', async () => {
    const { t, items } = await longPage();
    const lastTech = items.filter((li) => li.querySelector('a[data-jk]')).at(-1)!;
    expect(lastTech.querySelector('rxl-badge')).toBeNull();
    const link = lastTech.querySelector<HTMLElement>('a[data-jk]')!;
    link.focus();
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await t.settle();
    expect(t.runtime.stats().distant).toBe(0);
    expect(hosts('card')).toHaveLength(TECH);
  });

  it('a list that starts far below the top is read, not left unbadged (nothing near was a listing)', async () => {
    loadPage('indeed', 'results.html');
    const items = Array.from(document.querySelector('#mosaic-provider-jobcards ul')!.children);
    items.forEach((li, i) => place(li, 20_000 + i * 400, 380));
    const t = await startHarness(INDEED, { win: Object.assign(new FakeWindow(), env) });
    await t.settle();
    expect(hosts('card')).toHaveLength(TECH);
    expect(t.runtime.stats().distant).toBe(0);
  });

  it('a change inside a set-aside unit reads it whole; a later rescan forgets none of its cards', async () => {
    const { t, items } = await longPage();
    const far = items.filter((li) => li.querySelector('a[data-jk]') && !li.querySelector('rxl-badge')).at(-1)!;
    const before = t.runtime.stats().distant;
    // The board adds an element inside a far card: the unit is read now, whole.
    far.querySelector('[data-testid="text-location"]')!.append(document.createElement('span'));
    await t.mutations();
    await t.settle();
    expect(t.runtime.stats().distant).toBe(before - 1);
    const known = t.runtime.stats().knownCards;
    t.runtime.locationChanged();
    await t.settle();
    expect(t.runtime.stats().knownCards).toBe(known);
  });

  it('readAll() holds for the rest of the page: also what the first scan has not reached yet', async () => {
    loadPage('indeed', 'results.html');
    Array.from(document.querySelector('#mosaic-provider-jobcards ul')!.children).forEach((li, i) => place(li, i * 400, 380));
    const t = await startHarness(INDEED, { win: Object.assign(new FakeWindow(), env) });
    t.runtime.readAll(); // the popup opened before the first frame
    await t.settle();
    expect(hosts('card')).toHaveLength(TECH);
    expect(t.runtime.stats().distant).toBe(0);
  });

  it('stop() stops observing', async () => {
    const { t } = await longPage();
    const io = FakeIO.last!;
    t.runtime.stop();
    expect(io.disconnected).toBe(true);
    expect(t.runtime.stats().distant).toBe(0);
  });
});
