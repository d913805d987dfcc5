import { describe, expect, it } from 'vitest';
import { parseMessage, parseRevealMessage } from '../../../src/page/messages';
import { PresenceReporter } from '../../../src/page/presence';
import { emptyTabState, recordListings, recordPresence, type TabState } from '../../../src/tab/state';
import { TabStore, WRITE_DELAY_MS } from '../../../src/tab/store';

function fakeTimers() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    setTimeout: (fn: () => void, ms: number) => {
      const t = { at: now + ms, fn };
      timers.push(t);
      return t;
    },
    clearTimeout: (t: unknown) => {
      const i = timers.indexOf(t as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    tick(ms: number) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
  };
}

const qualified = { title: 'Pharmacy Technician', verdict: 'qualified' as const, words: 'You qualify', settings: [], missing: [], trainable: [] };

describe('TabStore', () => {
  it('applies updates in order, writes each tab at most once per delay, sets the icon badge, and clears', async () => {
    const t = fakeTimers();
    const stored = new Map<number, TabState>([[5, recordListings(emptyTabState(), 'indeed', [{ key: 'indeed:old', listing: qualified }])]]);
    const writes: number[] = [];
    const badges: [number, string][] = [];
    const store = new TabStore({
      read: async (id) => stored.get(id) ?? null,
      write: async (id, s) => {
        writes.push(id);
        stored.set(id, s);
      },
      remove: async (id) => void stored.delete(id),
      badge: async (id, text) => void badges.push([id, text]),
      setTimeout: t.setTimeout,
    });
    // After a worker restart the stored state is the starting point.
    void store.update(5, (s) => recordListings(s, 'indeed', [{ key: 'indeed:a', listing: qualified }]));
    await store.update(5, (s) => recordPresence(s, 0, ['indeed:a', 'indeed:old'], false, 'indeed'));
    expect(writes).toEqual([]);
    t.tick(WRITE_DELAY_MS);
    expect(writes).toEqual([5]);
    expect(badges).toEqual([[5, '2']]);
    expect(Object.keys(stored.get(5)!.listings).sort()).toEqual(['indeed:a', 'indeed:old']);
    await store.clear(5, false);
    expect(stored.has(5)).toBe(false);
    expect(badges.at(-1)).toEqual([5, '']);
    t.tick(WRITE_DELAY_MS);
    expect(writes).toEqual([5]);
  });

  it('a late message after the tab left the board or closed writes nothing back', async () => {
    const t = fakeTimers();
    const stored = new Map<number, TabState>();
    const badges: [number, string][] = [];
    const store = new TabStore({
      read: async (id) => stored.get(id) ?? null,
      write: async (id, s) => void stored.set(id, s),
      remove: async (id) => void stored.delete(id),
      badge: async (id, text) => void badges.push([id, text]),
      setTimeout: t.setTimeout,
    });
    const judged = (s: TabState) => recordListings(s, 'indeed', [{ key: 'indeed:a', listing: qualified }]);
    await store.update(7, (s) => recordPresence(judged(s), 0, ['indeed:a'], true, 'indeed'), { fresh: true });
    // The tab moves to a page without a board; an answer for the old page arrives afterwards.
    await store.clear(7, false);
    await store.update(7, judged);
    await store.update(7, (s) => recordPresence(s, 0, ['indeed:a'], false, 'indeed'));
    t.tick(WRITE_DELAY_MS);
    expect(stored.has(7)).toBe(false);
    expect(badges.at(-1)).toEqual([7, '']);
    // The next page's first report opens the tab again.
    await store.update(7, (s) => recordPresence(s, 0, [], true, 'indeed'), { fresh: true });
    t.tick(WRITE_DELAY_MS);
    expect(stored.get(7)?.present).toEqual({ '0': [] });
    // Closed: nothing is written back, not even by a fresh report.
    await store.clear(7, true);
    await store.update(7, (s) => recordPresence(judged(s), 0, ['indeed:a'], true, 'indeed'), { fresh: true });
    t.tick(WRITE_DELAY_MS);
    expect(stored.has(7)).toBe(false);
  });
});

describe('content-script messages', () => {
  it('validates page reports and employers', () => {
    expect(parseMessage({ type: 'rxl/page', keys: ['indeed:a'], fresh: false })).toEqual({ type: 'rxl/page', keys: ['indeed:a'], fresh: false });
    expect(parseMessage({ type: 'rxl/page', keys: [''], fresh: false })).toBeNull();
    expect(parseMessage({ type: 'rxl/page', keys: ['a'] })).toBeNull();
    expect(parseMessage({ type: 'rxl/page', keys: Array(5001).fill('k'), fresh: false })).toBeNull();
    const item = { key: 'indeed:a', title: 'T', text: 'x', partial: true };
    expect(parseMessage({ type: 'rxl/analyze', items: [{ ...item, employer: 'CVS Health' }] })).toEqual({ type: 'rxl/analyze', items: [{ ...item, employer: 'CVS Health' }] });
    expect(parseMessage({ type: 'rxl/analyze', items: [{ ...item, employer: 'x'.repeat(301) }] })).toBeNull();
    expect(parseMessage({ type: 'rxl/analyze', items: [{ ...item, employer: {} }] })).toBeNull();
    expect(parseRevealMessage({ type: 'rxl/reveal', key: 'indeed:a' })).toEqual({ type: 'rxl/reveal', key: 'indeed:a' });
    expect(parseRevealMessage({ type: 'rxl/reveal', key: 5 })).toBeNull();
  });

  it('PresenceReporter: fresh first, then one debounced report per change', () => {
    const t = fakeTimers();
    const sent: unknown[] = [];
    let keys = ['indeed:a', 'indeed:b'];
    const r = new PresenceReporter({ send: (m) => sent.push(m), setTimeout: t.setTimeout, clearTimeout: t.clearTimeout, delayMs: 400 }, () => keys);
    r.start();
    r.changed();
    r.changed();
    t.tick(399);
    expect(sent).toEqual([{ type: 'rxl/page', keys: [], fresh: true }]);
    t.tick(1);
    expect(sent.at(-1)).toEqual({ type: 'rxl/page', keys: ['indeed:a', 'indeed:b'], fresh: false });
    keys = ['indeed:b', 'indeed:a'];
    r.changed();
    t.tick(400);
    expect(sent).toHaveLength(2); // same set
    keys = ['indeed:b'];
    r.changed();
    r.stop();
    t.tick(400);
    expect(sent).toHaveLength(2);
  });
});
