/**
 * What the popup knows about one tab: the pharmacy-technician listings the background judged for
 * it (from the tab's `rxl/analyze` requests or a "scan this page") and which of them the page
 * shows now (the content script's `rxl/page` reports, per frame). Pure data and pure updates: the
 * background keeps one TabState per tab in session storage (src/tab/store.ts), the popup reads it.
 *
 * Listings are kept after they leave the page (a board re-renders its list with the same cards, and
 * the content script does not ask again for a card it already has an answer for); only the keys in
 * `present` count. A new document in the tab's top frame starts a fresh state.
 */
import type { SettingId } from '../../keywords/types';
import type { PayUnit } from '../analyze/types';
import type { Gap, Verdict } from '../profile/types';

export interface TabListing {
  /** "board:jobKey" (the badge's data-rxl-key). */
  key: string;
  title: string;
  employer?: string;
  verdict: Verdict;
  /** The badge's words ("You qualify", "Needs IV cert"). */
  words: string;
  settings: SettingId[];
  pay?: { min: number; max: number; unit: PayUnit };
  /** Required credentials that block the job today / that may be earned after hire. */
  missing: Gap[];
  trainable: Gap[];
  /** Order of arrival (the popup lists listings in page order, as far as the page sent them). */
  seq: number;
}

export interface TabState {
  v: 1;
  /** Board id of the page ("generic" after a scan of another site). */
  board: string | null;
  listings: Record<string, TabListing>;
  /** Keys on the page now, per frame id; null until the page first reports (then: all listings). */
  present: Record<string, string[]> | null;
  seq: number;
}

/**
 * Listings kept per tab; beyond this, the oldest listings no longer on the page are dropped (about
 * 300 bytes each: many open tabs stay far inside session storage's 10 MB).
 */
export const MAX_TAB_LISTINGS = 600;

export function emptyTabState(board: string | null = null): TabState {
  return { v: 1, board, listings: {}, present: null, seq: 0 };
}

/** Record (or replace) judged listings; a listing judged not a technician role (null) is removed. */
export function recordListings(state: TabState, board: string | null, items: readonly { key: string; listing: Omit<TabListing, 'seq' | 'key'> | null }[]): TabState {
  const listings = { ...state.listings };
  let seq = state.seq;
  for (const { key, listing } of items) {
    if (!listing) {
      delete listings[key];
      continue;
    }
    const prev = listings[key];
    listings[key] = { ...listing, key, seq: prev?.seq ?? ++seq };
  }
  return bound({ ...state, board: board ?? state.board, listings, seq });
}

/**
 * The keys a frame shows now. `fresh` from the top frame: a new document there; what it showed
 * before is gone, but subframes keep what they reported (an iCIMS iframe's content script may
 * report before the top frame's); a subframe's own `fresh` replaces its entry. (A subframe that
 * vanishes with a top-level navigation between two board pages stays counted until the tab leaves
 * the boards or closes: tabs.onUpdated cannot tell a new document from an in-page navigation.)
 */
export function recordPresence(state: TabState, frameId: number, keys: readonly string[], fresh: boolean, board: string): TabState {
  if (fresh && frameId === 0) {
    const others = Object.entries(state.present ?? {}).filter(([frame]) => frame !== '0');
    const kept = new Set(others.flatMap(([, k]) => k));
    const listings: Record<string, TabListing> = {};
    for (const [key, listing] of Object.entries(state.listings)) if (kept.has(key)) listings[key] = listing;
    return { ...emptyTabState(board), listings, seq: state.seq, present: { ...Object.fromEntries(others), '0': [...keys] } };
  }
  const present = { ...(state.present ?? {}), [String(frameId)]: [...keys] };
  return bound({ ...state, board: state.board ?? board, present });
}

/** The listings the page shows now, in arrival order. */
export function presentListings(state: TabState): TabListing[] {
  // Until the page reports what it shows, nothing counts: a listing judged for a page the tab has
  // already left must not show up in the popup or the icon badge.
  if (!state.present) return [];
  const keys = new Set(Object.values(state.present).flat());
  return Object.values(state.listings)
    .filter((l) => keys.has(l.key))
    .sort((a, b) => a.seq - b.seq);
}

function bound(state: TabState): TabState {
  const all = Object.values(state.listings);
  if (all.length <= MAX_TAB_LISTINGS) return state;
  const keys = new Set(Object.values(state.present ?? {}).flat());
  const drop = all.filter((l) => !keys.has(l.key)).sort((a, b) => a.seq - b.seq).slice(0, all.length - MAX_TAB_LISTINGS);
  const listings = { ...state.listings };
  for (const l of drop) delete listings[l.key];
  return { ...state, listings };
}

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['qualified', 'trainable', 'missing', 'unknown']);
const PAY_UNITS: ReadonlySet<string> = new Set<PayUnit>(['hour', 'week', 'month', 'year']);
const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
const MAX_TEXT = 1000;

function text(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_TEXT;
}
function gaps(v: unknown): v is Gap[] {
  return (
    Array.isArray(v) &&
    v.every((g) => typeof g === 'object' && g !== null && typeof g.id === 'string' && ID.test(g.id) && Array.isArray(g.alternatives) && g.alternatives.every((a: unknown) => typeof a === 'string' && ID.test(a)))
  );
}

/** One stored listing, checked field by field (the popup renders it), else null. */
function parseListing(key: string, raw: unknown): TabListing | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const l = raw as Record<string, unknown>;
  if (l.key !== key || !text(l.title) || !text(l.words) || typeof l.verdict !== 'string' || !VERDICTS.has(l.verdict)) return null;
  if (l.employer !== undefined && !text(l.employer)) return null;
  if (!Array.isArray(l.settings) || !l.settings.every((x) => typeof x === 'string' && ID.test(x))) return null;
  if (!gaps(l.missing) || !gaps(l.trainable) || typeof l.seq !== 'number') return null;
  if (l.pay !== undefined) {
    const p = l.pay as Record<string, unknown> | null;
    if (typeof p !== 'object' || p === null || !Number.isFinite(p.min) || !Number.isFinite(p.max) || typeof p.unit !== 'string' || !PAY_UNITS.has(p.unit)) return null;
  }
  return l as unknown as TabListing;
}

/**
 * A stored value read back (session storage outlives code versions, and the popup renders it): a
 * TabState with only well-formed listings, or null.
 */
export function parseTabState(raw: unknown): TabState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Partial<TabState>;
  if (s.v !== 1 || typeof s.listings !== 'object' || s.listings === null || typeof s.seq !== 'number') return null;
  const listings: Record<string, TabListing> = {};
  for (const [key, value] of Object.entries(s.listings)) {
    const listing = parseListing(key, value);
    if (listing) listings[key] = listing;
  }
  let present: TabState['present'] = null;
  if (typeof s.present === 'object' && s.present !== null) {
    present = {};
    for (const [frame, keys] of Object.entries(s.present)) {
      if (Array.isArray(keys) && keys.every((k) => typeof k === 'string')) present[frame] = keys;
    }
  }
  return { v: 1, board: typeof s.board === 'string' ? s.board : null, listings, present, seq: s.seq };
}

