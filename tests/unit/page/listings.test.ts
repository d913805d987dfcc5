import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/analyze';
import { AnalysisCache, parseStored, PostingStore, STORE_LIMIT, textHash } from '../../../src/page/listings';
import { MemoryStore } from './harness';

const analysis = analyzePosting({ title: 'Pharmacy Technician', text: 'PTCB certification required.' });

describe('analysis cache', () => {
  it('analyses a listing once per (key, text)', () => {
    let calls = 0;
    const cache = new AnalysisCache((input) => {
      calls++;
      return analyzePosting(input);
    });
    const a = cache.get('indeed:1', 'Pharmacy Technician', 'CPhT required.');
    const b = cache.get('indeed:1', 'Pharmacy Technician', 'CPhT required.');
    expect(b.analysis).toBe(a.analysis);
    expect(calls).toBe(1);
    cache.get('indeed:1', 'Pharmacy Technician', 'CPhT preferred.');
    expect(calls).toBe(2);
    cache.get('indeed:2', 'Pharmacy Technician', 'CPhT preferred.');
    expect(calls).toBe(3);
  });

  it('is bounded (LRU)', () => {
    const cache = new AnalysisCache(analyzePosting, 10);
    for (let i = 0; i < 25; i++) cache.get(`k:${i}`, 'Cashier', `text ${i}`);
    expect(cache.size).toBe(10);
  });

  it('hashes texts stably and distinguishes them', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
  });
});

describe('posting store (local:rxl-analyses)', () => {
  it(`keeps at most ${STORE_LIMIT} entries, least recently used out first, and writes them batched`, async () => {
    const mem = new MemoryStore();
    const timers: (() => void)[] = [];
    const store = new PostingStore(mem.backend, { setTimeout: (fn) => timers.push(fn), clearTimeout: () => undefined });
    await store.load();
    for (let i = 0; i < 350; i++) store.put(`indeed:${i}`, `h${i}`, analysis);
    expect(store.size).toBe(STORE_LIMIT);
    expect(store.has('indeed:0')).toBe(false);
    expect(store.has('indeed:349')).toBe(true);
    expect(timers).toHaveLength(1); // one debounced write for 350 puts
    await store.flush();
    expect(mem.writes).toBe(1);
    expect(mem.value!.entries).toHaveLength(STORE_LIMIT);
    expect(mem.value!.entries.at(-1)!.k).toBe('indeed:349');
  });

  it('re-putting the same text is not a change; a new text is', async () => {
    const mem = new MemoryStore();
    const store = new PostingStore(mem.backend, { setTimeout: () => 0, clearTimeout: () => undefined });
    expect(store.put('a:1', 'h1', analysis)).toBe(true);
    expect(store.put('a:1', 'h1', analysis)).toBe(false);
    expect(store.put('a:1', 'h2', analysis)).toBe(true);
  });

  it('loads what another page stored and merges with other tabs on write', async () => {
    const mem = new MemoryStore();
    mem.value = { v: 1, entries: [{ k: 'indeed:old', h: 'x', a: analysis, t: 1 }] };
    const store = new PostingStore(mem.backend, { setTimeout: () => 0, clearTimeout: () => undefined });
    await store.load();
    expect(store.get('indeed:old')).toEqual(analysis);
    // Another tab writes meanwhile.
    mem.value = { v: 1, entries: [...mem.value.entries, { k: 'linkedin:9', h: 'y', a: analysis, t: 2 }] };
    store.put('indeed:new', 'z', analysis);
    await store.flush();
    const keys = mem.value.entries.map((e) => e.k);
    expect([...keys].sort()).toEqual(['indeed:new', 'indeed:old', 'linkedin:9']);
    expect(keys.at(-1)).toBe('indeed:new');
  });

  it('clear() forgets every entry and cancels a pending write (the stored value was cleared elsewhere)', async () => {
    const backend = new MemoryStore();
    const timers: (() => void)[] = [];
    const store = new PostingStore(backend.backend, { setTimeout: (fn) => timers.push(fn), clearTimeout: () => timers.splice(0) });
    store.put('indeed:1', 'h1', analysis);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.get('indeed:1')).toBeUndefined();
    await store.flush();
    expect(backend.writes).toBe(0);
  });

  it('drops malformed stored data instead of throwing', () => {
    expect(parseStored(null)).toEqual([]);
    expect(parseStored({ entries: 'x' })).toEqual([]);
    expect(parseStored({ entries: [{ k: 1 }, { k: 'a', h: 'b', t: 1, a: { isPharmacyTech: 'yes' } }, null] })).toEqual([]);
  });

  it('never rejects when storage fails, and stops writing once stopped', async () => {
    let sets = 0;
    const store = new PostingStore(
      { get: async () => { throw new Error('Extension context invalidated.'); }, set: async () => { sets++; } },
      { setTimeout: () => 0, clearTimeout: () => undefined },
    );
    await expect(store.load()).resolves.toBeUndefined();
    store.put('a:1', 'h', analysis);
    await expect(store.flush()).resolves.toBeUndefined();
    store.stop();
    store.put('a:2', 'h', analysis);
    await store.flush();
    expect(sets).toBe(0);
  });
});
