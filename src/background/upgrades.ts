/**
 * Cross-tab upgrades (issue #3): when a full posting is read in one tab (detail page or split
 * pane), every OTHER tab whose page showed that job's card is told, with a small typed message
 * `{ type: 'rxl/upgraded', keys }` (src/page/messages.ts), and asks for those cards again; the big
 * stored analyses (`local:rxl-analyses`) are never broadcast.
 *
 * `TabInterest` remembers which tab and frame asked about which card keys (bounded: at most
 * MAX_TARGETS frames, MAX_KEYS_PER_TARGET keys each, least recently used dropped). The service
 * worker is stopped after ~30 s without events while a results tab stays open, so the interest is
 * mirrored to session storage (debounced) and read back when the worker starts again.
 */
import { storage } from 'wxt/utils/storage';
import type { AnalyzeItem, AnalyzeReplyItem, UpgradedMessage } from '../page/messages';

/** One frame of one tab. */
export interface Target {
  tabId: number;
  frameId: number;
}

/** What session storage holds: [tabId, frameId, keys][] (least recently used first). */
export interface StoredInterest {
  v: 1;
  targets: [number, number, string[]][];
}

export interface InterestBackend {
  get(): Promise<unknown>;
  set(value: StoredInterest): Promise<void>;
}

// 64 frames x 500 keys of at most 200 characters stays well inside session storage's 10 MB.
export const MAX_TARGETS = 64;
export const MAX_KEYS_PER_TARGET = 500;
const MAX_KEY = 200;

function targetId(t: Target): string {
  return `${t.tabId}:${t.frameId}`;
}

/** Valid entries of a stored value (anything malformed is dropped, never thrown). */
export function parseInterest(raw: unknown): [number, number, string[]][] {
  if (typeof raw !== 'object' || raw === null) return [];
  const targets = (raw as { targets?: unknown }).targets;
  if (!Array.isArray(targets)) return [];
  const out: [number, number, string[]][] = [];
  for (const t of targets.slice(-MAX_TARGETS)) {
    if (!Array.isArray(t) || t.length !== 3) continue;
    const [tabId, frameId, keys] = t as unknown[];
    if (!Number.isInteger(tabId) || !Number.isInteger(frameId) || !Array.isArray(keys)) continue;
    const valid = keys.filter((k): k is string => typeof k === 'string' && k.length > 0 && k.length <= MAX_KEY);
    out.push([tabId as number, frameId as number, valid.slice(-MAX_KEYS_PER_TARGET)]);
  }
  return out;
}

export interface TabInterestOptions {
  backend?: InterestBackend | null;
  /** Writes are batched: at most one per this many ms. */
  debounceMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export class TabInterest {
  /** Target id → (target, keys in LRU order). Insertion order of the map = LRU order of targets. */
  private readonly targets = new Map<string, { target: Target; keys: Set<string> }>();
  private loaded: Promise<void> | null = null;
  private timer: unknown = null;
  private readonly backend: InterestBackend | null;
  private readonly debounceMs: number;
  private readonly setT: NonNullable<TabInterestOptions['setTimeout']>;

  constructor(opts: TabInterestOptions = {}) {
    this.backend = opts.backend ?? null;
    this.debounceMs = opts.debounceMs ?? 1000;
    this.setT = opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  }

  /** Read what an earlier worker remembered (once). Never rejects. */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      if (!this.backend) return;
      let raw: unknown;
      try {
        raw = await this.backend.get();
      } catch {
        return;
      }
      // What was noted before the load finished is newer: it stays last.
      const mine = [...this.targets.values()];
      this.targets.clear();
      for (const [tabId, frameId, keys] of parseInterest(raw)) {
        this.targets.set(targetId({ tabId, frameId }), { target: { tabId, frameId }, keys: new Set(keys) });
      }
      for (const m of mine) this.add(m.target, [...m.keys]);
      this.trimTargets();
    })();
    return this.loaded;
  }

  /** `target` asked about these card keys. */
  note(target: Target, keys: readonly string[]): void {
    if (keys.length === 0) return;
    this.add(target, keys);
    this.trimTargets();
    this.scheduleSave();
  }

  /** Frames that asked about any of `keys`, except `except`; with the keys each one asked about. */
  interested(keys: readonly string[], except?: Target): { target: Target; keys: string[] }[] {
    const skip = except ? targetId(except) : null;
    const out: { target: Target; keys: string[] }[] = [];
    for (const [id, entry] of this.targets) {
      if (id === skip) continue;
      const mine = keys.filter((k) => entry.keys.has(k));
      if (mine.length > 0) out.push({ target: entry.target, keys: mine });
    }
    return out;
  }

  /** The tab closed (or its page went away): forget all of its frames. */
  forgetTab(tabId: number): void {
    let changed = false;
    for (const [id, entry] of this.targets) {
      if (entry.target.tabId === tabId) {
        this.targets.delete(id);
        changed = true;
      }
    }
    if (changed) this.scheduleSave();
  }

  /** One frame no longer listens (its content script is gone). */
  forget(target: Target): void {
    if (this.targets.delete(targetId(target))) this.scheduleSave();
  }

  get size(): number {
    return this.targets.size;
  }

  /** Write now. Never rejects. */
  async save(): Promise<void> {
    this.timer = null;
    if (!this.backend) return;
    const targets: StoredInterest['targets'] = [...this.targets.values()].map((e) => [e.target.tabId, e.target.frameId, [...e.keys]]);
    try {
      await this.backend.set({ v: 1, targets });
    } catch {
      /* session storage unavailable: the memory copy still serves this worker */
    }
  }

  private add(target: Target, keys: readonly string[]): void {
    const id = targetId(target);
    let entry = this.targets.get(id);
    if (entry) this.targets.delete(id);
    else entry = { target, keys: new Set() };
    this.targets.set(id, entry);
    for (const k of keys) {
      entry.keys.delete(k);
      entry.keys.add(k);
    }
    while (entry.keys.size > MAX_KEYS_PER_TARGET) entry.keys.delete(entry.keys.values().next().value!);
  }

  private trimTargets(): void {
    while (this.targets.size > MAX_TARGETS) this.targets.delete(this.targets.keys().next().value!);
  }

  private scheduleSave(): void {
    if (this.timer !== null || !this.backend) return;
    this.timer = this.setT(() => void this.save(), this.debounceMs);
  }
}

/**
 * After one analyze batch from `sender`: remember the card keys it asked about, and return, per
 * other frame that asked about them, the keys whose full posting this batch newly stored.
 */
export async function upgradeNotices(
  interest: TabInterest,
  sender: Target,
  items: readonly AnalyzeItem[],
  results: readonly AnalyzeReplyItem[],
): Promise<{ target: Target; message: UpgradedMessage }[]> {
  await interest.load();
  interest.note(sender, items.filter((i) => i.partial).map((i) => i.key));
  const upgraded = results.filter((r) => r.upgraded).map((r) => r.key);
  if (upgraded.length === 0) return [];
  return interest.interested(upgraded, sender).map(({ target, keys }) => ({ target, message: { type: 'rxl/upgraded', keys } }));
}

/** Session storage (cleared when the browser closes, like the tab ids it holds). */
export const interestItem = storage.defineItem<StoredInterest>('session:rxl-interest', { fallback: { v: 1, targets: [] } });

/** The tab interest over session storage (background). */
export function createTabInterest(): TabInterest {
  return new TabInterest({ backend: { get: () => interestItem.getValue(), set: (v) => interestItem.setValue(v) } });
}
