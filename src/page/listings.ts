/**
 * Listings: what the board file reads, analysed once per (key, text).
 *
 * - `AnalysisCache` (memory, LRU): card snippets and open postings, keyed by "board:jobKey" and a
 *   hash of the text, so a card re-rendered by the board with the same text costs a Map lookup.
 * - `PostingStore` (extension storage `local:rxl-analyses`, LRU, ~300 entries): the analysis of
 *   each *full* posting read from a detail page or split pane. A card whose posting has been read
 *   shows the full picture, also after returning to the result list later (another page load).
 */
import { analyzePosting as defaultAnalyze } from '../analyze';
import type { PostingAnalysis } from '../analyze/types';
import { MAX_TEXT, textHash } from './text-hash';

export type Analyze = (input: { title?: string; text: string }) => PostingAnalysis;

export { MAX_TEXT, textHash };

export class AnalysisCache {
  private readonly map = new Map<string, { hash: string; analysis: PostingAnalysis }>();
  /** Analyses actually computed (not served from the cache). */
  computed = 0;

  constructor(
    private readonly analyze: Analyze = defaultAnalyze,
    private readonly limit = 2000,
  ) {}

  /** The analysis of `text` for listing `key`, computed once per (key, text). */
  get(key: string, title: string, text: string): { analysis: PostingAnalysis; hash: string } {
    const body = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const hash = textHash(`${title}\n${body}`);
    const hit = this.map.get(key);
    if (hit && hit.hash === hash) {
      // Refresh its LRU position.
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const entry = { hash, analysis: this.analyze({ title, text: body }) };
    this.computed++;
    this.map.delete(key);
    this.map.set(key, entry);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
    return entry;
  }

  get size(): number {
    return this.map.size;
  }
}

// ---------------------------------------------------------------------------------------------
// Full postings, persisted

export interface StoredEntry {
  /** "board:jobKey" */
  k: string;
  /** textHash of the posting text the analysis was made from. */
  h: string;
  a: PostingAnalysis;
  /** Date.now() when stored. */
  t: number;
}

export interface StoredAnalyses {
  v: 1;
  /** Least recently used first. */
  entries: StoredEntry[];
}

export interface StoreBackend {
  get(): Promise<unknown>;
  set(value: StoredAnalyses): Promise<void>;
}

export const STORE_LIMIT = 300;

function isAnalysis(a: unknown): a is PostingAnalysis {
  if (typeof a !== 'object' || a === null) return false;
  const x = a as Record<string, unknown>;
  return (
    typeof x.isPharmacyTech === 'boolean' &&
    Array.isArray(x.credentials) &&
    Array.isArray(x.settings) &&
    typeof x.wordCount === 'number' &&
    x.credentials.every((c) => typeof c === 'object' && c !== null && typeof (c as { id?: unknown }).id === 'string' && typeof (c as { evidence?: unknown }).evidence === 'string')
  );
}

/** Valid entries of a stored value (anything malformed is dropped, never thrown). */
export function parseStored(raw: unknown): StoredEntry[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const entries = (raw as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return [];
  const out: StoredEntry[] = [];
  for (const e of entries) {
    if (typeof e !== 'object' || e === null) continue;
    const { k, h, a, t } = e as Record<string, unknown>;
    if (typeof k === 'string' && k.length <= 200 && typeof h === 'string' && typeof t === 'number' && isAnalysis(a)) {
      out.push({ k, h, a, t });
    }
  }
  return out;
}

export interface PostingStoreOptions {
  limit?: number;
  /** Writes are batched: at most one per this many ms. */
  debounceMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: any) => void;
  now?: () => number;
}

export class PostingStore {
  /** Insertion order = LRU order (oldest first). */
  private readonly map = new Map<string, StoredEntry>();
  private timer: unknown = null;
  private dirty = false;
  private stopped = false;
  private readonly limit: number;
  private readonly debounceMs: number;
  private readonly setT: NonNullable<PostingStoreOptions['setTimeout']>;
  private readonly clearT: NonNullable<PostingStoreOptions['clearTimeout']>;
  private readonly now: () => number;

  constructor(
    private readonly backend: StoreBackend | null,
    opts: PostingStoreOptions = {},
  ) {
    this.limit = opts.limit ?? STORE_LIMIT;
    this.debounceMs = opts.debounceMs ?? 800;
    this.setT = opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearT = opts.clearTimeout ?? ((id) => clearTimeout(id));
    this.now = opts.now ?? Date.now;
  }

  /** Read the stored entries (once, at start). Never rejects. */
  async load(): Promise<void> {
    if (!this.backend) return;
    let raw: unknown;
    try {
      raw = await this.backend.get();
    } catch {
      return;
    }
    const loaded = parseStored(raw);
    // Entries put before the load finished are newer: keep them last.
    const mine = [...this.map.values()];
    this.map.clear();
    for (const e of loaded) this.map.set(e.k, e);
    for (const e of mine) {
      this.map.delete(e.k);
      this.map.set(e.k, e);
    }
    this.trim();
  }

  get(key: string): PostingAnalysis | undefined {
    return this.map.get(key)?.a;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get size(): number {
    return this.map.size;
  }

  /** Remember a full posting's analysis; true when it is new or changed. */
  put(key: string, hash: string, analysis: PostingAnalysis): boolean {
    const old = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, old && old.h === hash ? old : { k: key, h: hash, a: analysis, t: this.now() });
    this.trim();
    if (old && old.h === hash) {
      // Only its LRU position moved: persisted with the next real change.
      return false;
    }
    this.dirty = true;
    this.scheduleWrite();
    return true;
  }

  /** Write now (if anything changed). Never rejects. */
  async flush(): Promise<void> {
    if (this.timer !== null) this.clearT(this.timer);
    this.timer = null;
    if (!this.dirty || !this.backend || this.stopped) return;
    this.dirty = false;
    try {
      // Merge with what other tabs stored meanwhile; ours are the most recent.
      const theirs = parseStored(await this.backend.get());
      const merged = new Map<string, StoredEntry>();
      for (const e of theirs) merged.set(e.k, e);
      for (const e of this.map.values()) {
        merged.delete(e.k);
        merged.set(e.k, e);
      }
      const entries = [...merged.values()].slice(-this.limit);
      await this.backend.set({ v: 1, entries });
    } catch {
      /* storage unavailable (context invalidated, quota): the memory copy still serves this page */
    }
  }

  /** Forget every entry (the stored value was cleared elsewhere); nothing is written. */
  clear(): void {
    this.map.clear();
    this.dirty = false;
    if (this.timer !== null) this.clearT(this.timer);
    this.timer = null;
  }

  /** Stop writing (context invalidated). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearT(this.timer);
    this.timer = null;
  }

  private scheduleWrite(): void {
    if (this.timer !== null || this.stopped || !this.backend) return;
    this.timer = this.setT(() => {
      this.timer = null;
      void this.flush();
    }, this.debounceMs);
  }

  private trim(): void {
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }
}
