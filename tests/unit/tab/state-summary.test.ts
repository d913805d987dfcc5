import { describe, expect, it } from 'vitest';
import type { TabListing, TabState } from '../../../src/tab/state';
import { emptyTabState, MAX_TAB_LISTINGS, parseTabState, presentListings, recordListings, recordPresence } from '../../../src/tab/state';
import { badgeText, buildTabSummary, payRanges, settingRows } from '../../../src/tab/summary';
import { boardIdOfUrl } from '../../../src/tab/boards';
import { parsePopupMessage, parseScannedPosting } from '../../../src/tab/messages';
import { payRangeText } from '../../../src/ui/popup/format';
import { tabParam } from '../../../src/ui/popup/target';

type Data = Omit<TabListing, 'seq' | 'key'>;
/** The page reports every recorded listing as shown. */
const shown = (s: TabState): TabState => recordPresence(s, 0, Object.keys(s.listings), false, s.board ?? 'indeed');
const listing = (over: Partial<Data> = {}): Data => ({ title: 'Pharmacy Technician', verdict: 'qualified', words: 'You qualify', settings: [], missing: [], trainable: [], ...over });

describe('per-tab state', () => {
  it('keeps listings in arrival order and counts only the keys the page shows now', () => {
    let s = recordListings(emptyTabState(), 'indeed', [
      { key: 'indeed:a', listing: listing() },
      { key: 'indeed:b', listing: listing({ verdict: 'missing' }) },
      { key: 'indeed:c', listing: null },
    ]);
    expect(presentListings(s)).toEqual([]); // no report from the page yet: nothing counts
    s = recordPresence(s, 0, ['indeed:b', 'indeed:zzz'], false, 'indeed');
    expect(presentListings(s).map((l) => l.key)).toEqual(['indeed:b']);
    // The listing left the page but is kept: it counts again when it comes back (no new analysis).
    s = recordPresence(s, 0, ['indeed:a', 'indeed:b'], false, 'indeed');
    expect(presentListings(s).map((l) => l.key)).toEqual(['indeed:a', 'indeed:b']);
    // Re-judged (profile changed): same place in the order, new verdict.
    s = recordListings(s, 'indeed', [{ key: 'indeed:a', listing: listing({ verdict: 'missing' }) }]);
    expect(presentListings(s).map((l) => [l.key, l.verdict])).toEqual([['indeed:a', 'missing'], ['indeed:b', 'missing']]);
    // A listing judged "not a technician job" leaves.
    s = recordListings(s, 'indeed', [{ key: 'indeed:b', listing: null }]);
    expect(presentListings(s).map((l) => l.key)).toEqual(['indeed:a']);
  });

  it('a new document in the top frame drops its own listings, not a subframe\'s; a subframe only reports its own keys', () => {
    let s = recordListings(emptyTabState(), 'icims', [{ key: 'icims:1', listing: listing() }, { key: 'icims:top', listing: listing() }]);
    s = recordPresence(s, 0, ['icims:top'], false, 'icims');
    // The iframe (frame 7) reports; then the top frame starts a new document: the iframe's
    // listings stay (it may have reported first), the top frame's old ones go.
    s = recordPresence(s, 7, ['icims:1'], true, 'icims');
    expect(presentListings(s)).toHaveLength(2);
    s = recordPresence(s, 0, [], true, 'icims');
    expect(Object.keys(s.listings)).toEqual(['icims:1']);
    expect(presentListings(s).map((l) => l.key)).toEqual(['icims:1']);
    // The iframe's own new document replaces its entry.
    s = recordPresence(s, 7, [], true, 'icims');
    expect(presentListings(s)).toEqual([]);
  });

  it('unions the keys of several frames', () => {
    let s = recordListings(emptyTabState(), 'icims', [{ key: 'icims:1', listing: listing() }, { key: 'icims:2', listing: listing() }]);
    s = recordPresence(recordPresence(s, 0, ['icims:1'], false, 'icims'), 3, ['icims:2'], false, 'icims');
    expect(presentListings(s)).toHaveLength(2);
  });

  it('stays bounded, dropping the oldest listings that are not on the page', () => {
    const items = Array.from({ length: MAX_TAB_LISTINGS + 10 }, (_, i) => ({ key: `indeed:${i}`, listing: listing() }));
    let s = recordPresence(emptyTabState(), 0, ['indeed:0'], false, 'indeed');
    s = recordListings(s, 'indeed', items);
    expect(Object.keys(s.listings)).toHaveLength(MAX_TAB_LISTINGS);
    expect(s.listings['indeed:0']).toBeDefined();
    expect(s.listings['indeed:1']).toBeUndefined();
  });

  it('reads back only a stored state of its own shape', () => {
    const s = recordListings(emptyTabState(), 'indeed', [{ key: 'indeed:a', listing: listing() }]);
    expect(parseTabState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseTabState(undefined)).toBeNull();
    expect(parseTabState({ v: 2, listings: {}, seq: 0 })).toBeNull();
  });
});

describe('tab summary', () => {
  it('counts by verdict, names the best next credential with its training path, and sets the badge text', () => {
    let s = recordListings(emptyTabState(), 'indeed', [
      { key: 'indeed:a', listing: listing() },
      { key: 'indeed:b', listing: listing({ verdict: 'missing', missing: [{ id: 'sterile-compounding', alternatives: [] }] }) },
      { key: 'indeed:c', listing: listing({ verdict: 'missing', missing: [{ id: 'sterile-compounding', alternatives: [] }] }) },
      { key: 'indeed:d', listing: listing({ verdict: 'missing', missing: [{ id: 'national-certification', alternatives: [] }] }) },
      { key: 'indeed:e', listing: listing({ verdict: 'unknown' }) },
    ]);
    s = shown(s);
    const sum = buildTabSummary(s, { board: 'indeed', listings: 30, recognised: true, frameId: 0, at: 1 });
    expect(sum.listings).toBe(5);
    expect(sum.counts).toEqual({ qualified: 1, trainable: 0, missing: 3, unknown: 1 });
    expect(sum.bestNext).toMatchObject({ id: 'sterile-compounding', unlocks: 2 });
    expect(sum.bestNext!.issuer).toBeTruthy();
    expect(sum.bestNext!.officialSite === undefined || sum.bestNext!.officialSite.startsWith('https://')).toBe(true);
    expect(sum.health).toEqual({ listings: 30, recognised: true });
    expect(badgeText(s)).toBe('1');
    s = recordPresence(s, 0, ['indeed:b'], false, 'indeed');
    expect(badgeText(s)).toBe('');
    expect(badgeText(null)).toBe('');
  });

  it("a best-next state licence carries the rule of the reader's home state", () => {
    const licence = (otherState?: string) =>
      listing({ verdict: 'missing', missing: [otherState ? { id: 'state-license', alternatives: [], otherState } : { id: 'state-license', alternatives: [] }] });
    // Two listings want a Texas licence, one the reader's own (Ohio): only the Ohio one can open.
    const mixed = shown(
      recordListings(emptyTabState(), 'indeed', [
        { key: 'indeed:a', listing: licence('TX') },
        { key: 'indeed:b', listing: licence('TX') },
        { key: 'indeed:c', listing: licence() },
      ]),
    );
    const best = buildTabSummary(mixed, null, 'OH').bestNext!;
    expect(best).toMatchObject({ id: 'state-license', unlocks: 1 });
    expect(best.stateRule).toMatchObject({ code: 'OH', state: 'Ohio' });
    expect(best.stateRule!.sentences.join(' ')).toMatch(/^Ohio/);
    const tx = buildTabSummary(shown(recordListings(emptyTabState(), 'indeed', [{ key: 'indeed:a', listing: licence() }])), null, 'TX').bestNext!;
    expect(tx.stateRule).toMatchObject({ code: 'TX', boardSite: expect.stringMatching(/^https:\/\//) });
    // No home state: no rule to show. Other credentials carry none.
    expect(buildTabSummary(shown(recordListings(emptyTabState(), 'indeed', [{ key: 'indeed:a', listing: licence() }])), null).bestNext!.stateRule).toBeUndefined();
    const iv = shown(recordListings(emptyTabState(), 'indeed', [{ key: 'indeed:a', listing: listing({ verdict: 'missing', missing: [{ id: 'sterile-compounding', alternatives: [] }] }) }]));
    expect(buildTabSummary(iv, null, 'TX').bestNext!.stateRule).toBeUndefined();
  });

  it('reads back only well-formed listings from storage (the popup renders them)', () => {
    const s = shown(recordListings(emptyTabState(), 'indeed', [{ key: 'indeed:a', listing: listing() }, { key: 'indeed:b', listing: listing({ pay: { min: 18, max: 22, unit: 'hour' } }) }]));
    const raw = JSON.parse(JSON.stringify(s));
    raw.listings['indeed:x'] = { ...raw.listings['indeed:a'], key: 'indeed:x', verdict: 'maybe' };
    raw.listings['indeed:y'] = { ...raw.listings['indeed:a'], key: 'indeed:y', settings: 'hospital' };
    raw.listings['indeed:z'] = { ...raw.listings['indeed:a'], key: 'indeed:other' };
    raw.listings['indeed:w'] = { ...raw.listings['indeed:a'], key: 'indeed:w', pay: { min: 'x', max: 2, unit: 'hour' } };
    raw.present['1'] = 'not a list';
    const back = parseTabState(raw)!;
    expect(Object.keys(back.listings).sort()).toEqual(['indeed:a', 'indeed:b']);
    expect(back.present).toEqual({ '0': ['indeed:a', 'indeed:b'] });
    expect(buildTabSummary(back, null).counts.qualified).toBe(2);
  });

  it('with nothing recorded: zero counts, no best next, no rows', () => {
    const sum = buildTabSummary(null, null);
    expect(sum).toMatchObject({ listings: 0, bestNext: null, settings: [], items: [], board: null, health: null });
  });

  it('aggregates pay per unit as the min–max over postings', () => {
    expect(
      payRanges([
        { pay: { min: 18, max: 22, unit: 'hour' } },
        { pay: { min: 17.5, max: 17.5, unit: 'hour' } },
        { pay: { min: 40000, max: 52000, unit: 'year' } },
        {},
      ]),
    ).toEqual([
      { unit: 'hour', min: 17.5, max: 22, postings: 2 },
      { unit: 'year', min: 40000, max: 52000, postings: 1 },
    ]);
    expect(payRangeText({ unit: 'hour', min: 17.5, max: 22, postings: 2 })).toBe('$17.50–22 an hour (2 postings)');
    expect(payRangeText({ unit: 'year', min: 40000, max: 40000, postings: 1 })).toBe('$40,000 a year (1 posting)');
  });

  it('breaks listings down by setting (both settings of a listing count), "not stated" last', () => {
    const rows = settingRows([
      { ...listing({ settings: ['hospital', 'retail'], pay: { min: 20, max: 24, unit: 'hour' } }), key: 'a', seq: 1 },
      { ...listing({ settings: ['hospital'] }), key: 'b', seq: 2 },
      { ...listing(), key: 'c', seq: 3 },
    ]);
    expect(rows.map((r) => [r.id, r.listings, r.pay.length])).toEqual([
      ['hospital', 2, 1],
      ['retail', 1, 1],
      [null, 1, 0],
    ]);
  });
});

describe('boards by URL, popup target, messages', () => {
  it('tells board pages from other pages by host only', () => {
    expect(boardIdOfUrl('https://www.indeed.com/jobs?q=x')).toBe('indeed');
    expect(boardIdOfUrl('http://careers-x.icims.com:8080/jobs')).toBe('icims');
    expect(boardIdOfUrl('https://notindeed.com/')).toBeNull();
    expect(boardIdOfUrl('https://indeed.com.evil.test/')).toBeNull();
    expect(boardIdOfUrl('chrome://extensions')).toBeNull();
    expect(boardIdOfUrl(undefined)).toBeNull();
  });

  it('reads ?tab= as a tab id only', () => {
    expect(tabParam('?tab=42')).toBe(42);
    expect(tabParam('')).toBeNull();
    expect(tabParam('?tab=-1')).toBeNull();
    expect(tabParam('?tab=4x')).toBeNull();
  });

  it('accepts a scanned posting only when it is well-formed and bounded', () => {
    const ok = { key: 'generic:x.test/job/1', title: 'Pharmacy Technician', text: 'CPhT required.', source: 'jsonld' };
    expect(parseScannedPosting(ok)).toEqual(ok);
    expect(parseScannedPosting({ ...ok, employer: 'St. X' })).toEqual({ ...ok, employer: 'St. X' });
    expect(parseScannedPosting({ ...ok, key: 'indeed:1' })).toBeNull();
    expect(parseScannedPosting({ ...ok, text: '' })).toBeNull();
    expect(parseScannedPosting({ ...ok, text: 'x'.repeat(60_001) })).toBeNull();
    expect(parseScannedPosting({ ...ok, source: 'selectors' })).toBeNull();
    expect(parseScannedPosting({ ...ok, employer: 3 })).toBeNull();
    expect(parseScannedPosting(null)).toBeNull();
    expect(parsePopupMessage({ type: 'rxl/scan', tabId: 3, posting: ok })).toEqual({ type: 'rxl/scan', tabId: 3, posting: ok });
    expect(parsePopupMessage({ type: 'rxl/scan', tabId: 1.5, posting: ok })).toBeNull();
    expect(parsePopupMessage({ type: 'rxl/scan', tabId: 3, posting: { ...ok, title: 7 } })).toBeNull();
    expect(parsePopupMessage({ type: 'rxl/other' })).toBeNull();
  });
});
