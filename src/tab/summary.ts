/**
 * The popup's picture of a tab, built from its TabState (src/tab/state.ts) and board health: counts
 * by verdict, the best next credential with its training path, a breakdown by setting with the pay
 * ranges postings give, and the listings. Pure: no DOM, no browser API.
 */
import type { CredentialId, SettingId } from '../../keywords/types';
import type { PayUnit } from '../analyze/types';
import type { TabHealth } from '../page/health-item';
import type { Verdict } from '../profile/types';
import { bestNextCredential } from '../profile/verdict';
import { credentialName, safeHttpsUrl, settingName, stateRuleLineFor, trainingFor, type StateRuleLine } from '../ui/badge-model';
import { presentListings, type TabListing, type TabState } from './state';

export interface PayRange {
  unit: PayUnit;
  min: number;
  max: number;
  /** How many listings gave a figure in this unit. */
  postings: number;
}

export interface SettingRow {
  /** null: the postings name no setting. */
  id: SettingId | null;
  name: string;
  listings: number;
  /** One range per pay unit found (hourly, annual…), most postings first. */
  pay: PayRange[];
}

export interface BestNext {
  id: CredentialId;
  name: string;
  /** Listings on this page that would turn from `missing` into qualified or trainable. */
  unlocks: number;
  issuer?: string;
  howToEarn?: string;
  typicalTime?: string;
  typicalCost?: string;
  /** https only, from our own training data. */
  officialSite?: string;
  /** For a state licence: the rule of the reader's home state. */
  stateRule?: StateRuleLine;
}

export interface TabSummary {
  board: string | null;
  /** Board health as last reported by the content script (null: no report yet). */
  health: Pick<TabHealth, 'listings' | 'recognised'> | null;
  /** The page's content script has reported which listings it shows (it runs and has looked). */
  reported: boolean;
  /** Pharmacy-technician listings on the page. */
  listings: number;
  counts: Record<Verdict, number>;
  bestNext: BestNext | null;
  settings: SettingRow[];
  items: TabListing[];
}


/** Min–max of pay per unit over `listings` (a posting's own range widens the span). */
export function payRanges(listings: readonly Pick<TabListing, 'pay'>[]): PayRange[] {
  const byUnit = new Map<PayUnit, PayRange>();
  for (const { pay } of listings) {
    if (!pay || !(pay.min > 0) || !Number.isFinite(pay.max)) continue;
    const max = Math.max(pay.min, pay.max);
    const r = byUnit.get(pay.unit);
    if (!r) byUnit.set(pay.unit, { unit: pay.unit, min: pay.min, max, postings: 1 });
    else {
      r.min = Math.min(r.min, pay.min);
      r.max = Math.max(r.max, max);
      r.postings++;
    }
  }
  return [...byUnit.values()].sort((a, b) => b.postings - a.postings);
}

/** Listings per setting (a listing naming two settings counts in both), most listings first. */
export function settingRows(listings: readonly TabListing[]): SettingRow[] {
  const groups = new Map<SettingId | null, TabListing[]>();
  for (const l of listings) {
    const ids = l.settings.length > 0 ? [...new Set(l.settings)] : [null];
    for (const id of ids) {
      const g = groups.get(id);
      if (g) g.push(l);
      else groups.set(id, [l]);
    }
  }
  const rows = [...groups].map(([id, ls]): SettingRow => ({
    id,
    name: id === null ? 'Setting not stated' : settingName(id),
    listings: ls.length,
    pay: payRanges(ls),
  }));
  // Named settings by size; "not stated" last.
  return rows.sort((a, b) => (a.id === null ? 1 : 0) - (b.id === null ? 1 : 0) || b.listings - a.listings || a.name.localeCompare(b.name));
}

function bestNextOf(listings: readonly TabListing[], homeState: string | undefined): BestNext | null {
  const best = bestNextCredential(
    listings.map((l) => ({ verdict: { verdict: l.verdict, missing: l.missing, trainable: l.trainable }, analysis: { isPharmacyTech: true } })),
  );
  if (!best) return null;
  const out: BestNext = { id: best.id, name: credentialName(best.id), unlocks: best.unlocks };
  const t = trainingFor(best.id);
  if (t) {
    out.issuer = t.issuer;
    out.howToEarn = t.howToEarn;
    if (t.typicalTime) out.typicalTime = t.typicalTime;
    if (t.typicalCost) out.typicalCost = t.typicalCost;
    const site = safeHttpsUrl(t.officialSite);
    if (site) out.officialSite = site;
  }
  if (best.id === 'state-license') {
    // Only gaps in the reader's own state can be closed by one licence (bestNextCredential).
    const rule = stateRuleLineFor(homeState);
    if (rule) out.stateRule = rule;
  }
  return out;
}

/** `homeState`: the reader's (profile), to explain a state licence in the best next credential. */
export function buildTabSummary(state: TabState | null, health: TabHealth | null, homeState?: string): TabSummary {
  const items = state ? presentListings(state) : [];
  const counts: Record<Verdict, number> = { qualified: 0, trainable: 0, missing: 0, unknown: 0 };
  for (const l of items) counts[l.verdict]++;
  return {
    board: state?.board ?? health?.board ?? null,
    health: health ? { listings: health.listings, recognised: health.recognised } : null,
    reported: !!state?.present && Object.values(state.present).some((keys) => keys.length > 0),
    listings: items.length,
    counts,
    bestNext: bestNextOf(items, homeState),
    settings: settingRows(items),
    items,
  };
}

/** The toolbar badge: listings on the tab the reader qualifies for ('' when none). */
export function badgeText(state: TabState | null): string {
  if (!state) return '';
  const n = presentListings(state).filter((l) => l.verdict === 'qualified').length;
  return n > 0 ? String(n > 999 ? '999+' : n) : '';
}
