// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indeedBoard } from '../../../src/boards/indeed';
import { MAX_KEYS_PER_TARGET, MAX_TARGETS, parseInterest, TabInterest, upgradeNotices, type StoredInterest } from '../../../src/background/upgrades';
import { parseUpgradedMessage } from '../../../src/page/messages';
import { FIXTURES, hosts, loadPage, startHarness } from './harness';

const INDEED = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const CVS = '112104b730fa333d'; // its full posting is tests/fixtures/boards/indeed/detail.html

afterEach(() => {
  document.body.replaceChildren();
});

const A = { tabId: 1, frameId: 0 };
const B = { tabId: 2, frameId: 0 };

describe('TabInterest (which tabs showed which cards)', () => {
  it('names the other frames that asked about a key, with only their keys', () => {
    const interest = new TabInterest();
    interest.note(A, ['indeed:1', 'indeed:2']);
    interest.note({ tabId: 1, frameId: 3 }, ['indeed:2']);
    interest.note(B, ['indeed:2', 'indeed:9']);
    expect(interest.interested(['indeed:2', 'indeed:1'], B)).toEqual([
      { target: A, keys: ['indeed:2', 'indeed:1'] },
      { target: { tabId: 1, frameId: 3 }, keys: ['indeed:2'] },
    ]);
    expect(interest.interested(['indeed:404'])).toEqual([]);
    interest.forgetTab(1);
    expect(interest.interested(['indeed:2'])).toEqual([{ target: B, keys: ['indeed:2'] }]);
    interest.forget(B);
    expect(interest.size).toBe(0);
  });

  it('is bounded: least recently used frames and keys are dropped', () => {
    const interest = new TabInterest();
    for (let t = 0; t < MAX_TARGETS + 5; t++) interest.note({ tabId: t, frameId: 0 }, [`k:${t}`]);
    expect(interest.size).toBe(MAX_TARGETS);
    expect(interest.interested(['k:0'])).toEqual([]);
    expect(interest.interested([`k:${MAX_TARGETS + 4}`])).toHaveLength(1);
    const keys = Array.from({ length: MAX_KEYS_PER_TARGET + 10 }, (_, i) => `k:${i}`);
    interest.note(A, keys);
    expect(interest.interested(['k:0', 'k:9'], B).filter((x) => x.target.tabId === 1)).toEqual([]);
    expect(interest.interested([`k:${MAX_KEYS_PER_TARGET + 9}`]).some((x) => x.target.tabId === 1)).toBe(true);
  });

  it('survives a service-worker restart through session storage; garbage is dropped', async () => {
    let stored: unknown;
    const timers: (() => void)[] = [];
    const backend = { get: async () => stored, set: async (v: StoredInterest) => void (stored = structuredClone(v)) };
    const first = new TabInterest({ backend, setTimeout: (fn) => timers.push(fn) });
    first.note(A, ['indeed:1']);
    first.note(A, ['indeed:2']);
    expect(timers).toHaveLength(1); // one debounced write for a burst
    await first.save();
    const second = new TabInterest({ backend });
    second.note(B, ['indeed:1']); // noted before the load finished: kept
    await second.load();
    expect(second.interested(['indeed:1']).map((x) => x.target)).toEqual([A, B]);

    stored = { v: 1, targets: [[1, 0, ['ok', 7, '']], ['x', 0, []], null, [2, 0, 'nope']] };
    expect(parseInterest(stored)).toEqual([[1, 0, ['ok']]]);
    expect(parseInterest('junk')).toEqual([]);
  });
});

describe('upgradeNotices (background, after each analyze batch)', () => {
  it('tells every other frame that showed the card, and only when the stored posting is new', async () => {
    const interest = new TabInterest();
    const card = { key: 'indeed:1', title: 'Pharmacy Technician', text: 'CPhT required.', partial: true };
    expect(await upgradeNotices(interest, A, [card], [{ key: 'indeed:1', result: null, upgraded: false }])).toEqual([]);
    const posting = { ...card, partial: false };
    // The same posting read in tab B: tab A is told; B (the sender) already has its answer.
    expect(await upgradeNotices(interest, B, [posting], [{ key: 'indeed:1', result: null, upgraded: true }])).toEqual([
      { target: A, message: { type: 'rxl/upgraded', keys: ['indeed:1'] } },
    ]);
    // Read again unchanged: nothing new to tell.
    expect(await upgradeNotices(interest, B, [posting], [{ key: 'indeed:1', result: null, upgraded: false }])).toEqual([]);
  });
});

describe('rxl/upgraded (validated in the content script)', () => {
  it('accepts a small list of keys and rejects anything else', () => {
    expect(parseUpgradedMessage({ type: 'rxl/upgraded', keys: ['indeed:1'] })).toEqual({ type: 'rxl/upgraded', keys: ['indeed:1'] });
    for (const bad of [
      null,
      'rxl/upgraded',
      { type: 'rxl/upgraded' },
      { type: 'rxl/upgraded', keys: [] },
      { type: 'rxl/upgraded', keys: [''] },
      { type: 'rxl/upgraded', keys: [7] },
      { type: 'rxl/upgraded', keys: ['k'.repeat(201)] },
      { type: 'rxl/upgraded', keys: Array.from({ length: 1001 }, () => 'k') },
      { type: 'rxl/analyzed', keys: ['indeed:1'] },
    ]) {
      expect(parseUpgradedMessage(bad)).toBeNull();
    }
  });
});

describe('cross-tab upgrade of a results page', () => {
  it('a card upgrades without a reload when its posting is read in another tab', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(INDEED); // no split pane open
    await t.settle();
    const card = () => document.querySelector(`[data-jk="${CVS}"]`)!.closest('.cardOutline')!.querySelector('rxl-badge')!;
    expect(card().getAttribute('data-rxl-source')).toBe('card');

    // Another tab (B) reads CVS's detail page; its request reaches the same background.
    const interest = new TabInterest();
    for (const r of t.requests) await upgradeNotices(interest, A, r.items, r.items.map((i) => ({ key: i.key, result: null, upgraded: false })));
    const detailUrl = new URL(`https://www.indeed.com/viewjob?jk=${CVS}`);
    const detailDoc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, 'indeed', 'detail.html'), 'utf8'), 'text/html');
    const posting = indeedBoard.findOpenPosting(detailDoc, detailUrl)!;
    const items = [{ key: `indeed:${posting.key}`, title: posting.title, text: posting.text, partial: false }];
    const results = await t.service.handle(items);
    const notices = await upgradeNotices(interest, B, items, results);
    expect(notices.map((n) => n.target)).toEqual([A]);

    // Tab A's content script gets the (cloned, validated) message.
    const message = parseUpgradedMessage(structuredClone(notices[0]!.message))!;
    t.runtime.upgraded(message.keys);
    await t.settle();
    expect(card().getAttribute('data-rxl-source')).toBe('posting');
    // The card now carries the full posting's answer, not its snippet's.
    expect(card().getAttribute('data-rxl-requires')).toBe(results[0]!.result!.requires.join(' '));
    expect(card().getAttribute('data-rxl-settings')).toBe(results[0]!.result!.settings.join(' '));
    expect(hosts('card').filter((h) => h.getAttribute('data-rxl-key') === `indeed:${CVS}`)).toHaveLength(1);
  });
});
