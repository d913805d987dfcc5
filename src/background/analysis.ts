/**
 * The analysis service of the background service worker. Content scripts only read listings and
 * send them here in one batched message per frame (`rxl/analyze`); the keyword map and analyzer
 * never reach the page's main thread. Here the lexicon compiles once per worker lifetime, every
 * (key, text) is analysed once (AnalysisCache), full postings are remembered across pages
 * (`local:rxl-analyses`, PostingStore), and each listing is judged against the reader's profile,
 * read fresh for every batch so a changed profile is applied to the next question.
 *
 * The reply carries only what a badge shows (ListingResult: verdict, attributes, BadgeModel).
 */
import { storage } from 'wxt/utils/storage';
import { analyzePosting } from '../analyze';
import type { PostingAnalysis } from '../analyze/types';
import { AnalysisCache, parseStored, PostingStore, type Analyze, type StoredAnalyses } from '../page/listings';
import type { AnalyzeItem, AnalyzeReplyItem, ListingResult } from '../page/messages';
import { normaliseProfile, profileItem } from '../profile/storage';
import type { ReaderProfile, VerdictResult } from '../profile/types';
import type { SettingId } from '../../keywords/types';
import type { TabListing } from '../tab/state';
import { judgePosting } from '../profile/verdict';
import { buildBadgeModel } from '../ui/badge-model';

export const analysesItem = storage.defineItem<StoredAnalyses>('local:rxl-analyses', {
  fallback: { v: 1, entries: [] },
});

export interface AnalysisServiceOptions {
  store: PostingStore;
  /** The reader's profile now (normalised). */
  profile(): Promise<ReaderProfile>;
  analyze?: Analyze;
  judge?: (analysis: PostingAnalysis, profile: ReaderProfile, options: { partial?: boolean }) => VerdictResult;
}

export class AnalysisService {
  readonly cache: AnalysisCache;
  readonly store: PostingStore;
  private loaded: Promise<void> | null = null;
  private readonly judge: NonNullable<AnalysisServiceOptions['judge']>;

  constructor(private readonly opts: AnalysisServiceOptions) {
    this.cache = new AnalysisCache(opts.analyze ?? analyzePosting);
    this.store = opts.store;
    this.judge = opts.judge ?? judgePosting;
  }

  /** Analyse and judge one batch, in order (an open posting stored first upgrades its card). */
  async handle(items: readonly AnalyzeItem[]): Promise<AnalyzeReplyItem[]> {
    return (await this.handleForTab(items)).replies;
  }

  /**
   * handle(), plus for each item what the popup keeps about it (src/tab/state.ts): null when it
   * is not a pharmacy-technician listing.
   */
  async handleForTab(items: readonly AnalyzeItem[]): Promise<{ replies: AnalyzeReplyItem[]; listings: JudgedForTab[] }> {
    this.loaded ??= this.store.load();
    const [profile] = await Promise.all([this.profileOrDefault(), this.loaded]);
    const replies: AnalyzeReplyItem[] = [];
    const listings: JudgedForTab[] = [];
    for (const item of items) {
      const { reply, listing } = this.one(item, profile);
      replies.push(reply);
      listings.push({ key: item.key, listing });
    }
    return { replies, listings };
  }

  /** Compile the lexicon and the analyzer's cold paths (worker start). */
  warm(): void {
    try {
      const analysis = (this.opts.analyze ?? analyzePosting)({
        title: 'Pharmacy Technician',
        text: 'Requirements\nActive PTCB certification (CPhT) required within 90 days of hire; IV experience preferred.\n$18 - $22 an hour. Hospital pharmacy.',
      });
      this.result(analysis, normaliseProfile(undefined), 'card', true, 'Pharmacy Technician');
    } catch {
      /* optional */
    }
  }

  private async profileOrDefault(): Promise<ReaderProfile> {
    try {
      return await this.opts.profile();
    } catch {
      return normaliseProfile(undefined);
    }
  }

  private one(item: AnalyzeItem, profile: ReaderProfile): { reply: AnalyzeReplyItem; listing: TabListingData | null } {
    const { key, title, partial } = item;
    try {
      let judged: Judged | null;
      let upgraded = false;
      if (!partial) {
        const { analysis, hash } = this.cache.get(`${key}#posting`, title, item.text);
        upgraded = this.store.put(key, hash, analysis);
        judged = this.judged(analysis, profile, 'posting', false, title);
      } else {
        const full = this.store.get(key);
        judged = full ? this.judged(full, profile, 'posting', false, title) : this.judged(this.cache.get(key, title, item.text).analysis, profile, 'card', true, title);
      }
      const reply = { key, result: judged?.result ?? null, upgraded };
      return { reply, listing: judged ? tabListing(item, judged) : null };
    } catch {
      return { reply: { key, result: null, upgraded: false }, listing: null };
    }
  }

  private result(analysis: PostingAnalysis, profile: ReaderProfile, source: ListingResult['source'], partial: boolean, title: string): ListingResult | null {
    return this.judged(analysis, profile, source, partial, title)?.result ?? null;
  }

  private judged(analysis: PostingAnalysis, profile: ReaderProfile, source: ListingResult['source'], partial: boolean, title: string): Judged | null {
    if (!analysis.isPharmacyTech) return null;
    const verdict = this.judge(analysis, profile, { partial });
    const result: ListingResult = {
      verdict: verdict.verdict,
      requires: [...verdict.requires],
      settings: [...new Set(analysis.settings.map((s) => s.id))],
      source,
      partial,
      model: buildBadgeModel({ analysis, verdict, profile, partial, title }),
    };
    return { result, analysis, verdict };
  }
}

interface Judged {
  result: ListingResult;
  analysis: PostingAnalysis;
  verdict: VerdictResult;
}

/** What the popup keeps of a judged listing (src/tab/state.ts TabListing without its order). */
export type TabListingData = Omit<TabListing, 'seq' | 'key'>;

export interface JudgedForTab {
  key: string;
  /** null: not a pharmacy-technician listing. */
  listing: TabListingData | null;
}

function tabListing(item: AnalyzeItem, { result, analysis, verdict }: Judged): TabListingData {
  const listing: TabListingData = {
    title: item.title,
    verdict: verdict.verdict,
    words: result.model.words,
    settings: [...result.settings] as SettingId[],
    missing: verdict.missing,
    trainable: verdict.trainable,
  };
  if (item.employer) listing.employer = item.employer;
  const pay = analysis.pay;
  if (pay && Number.isFinite(pay.min) && pay.min > 0) listing.pay = { min: pay.min, max: Number.isFinite(pay.max) ? pay.max : pay.min, unit: pay.unit };
  return listing;
}

/** The service over extension storage (background). */
export function createAnalysisService(): AnalysisService {
  const store = new PostingStore({
    get: () => analysesItem.getValue(),
    set: (value) => analysesItem.setValue(value),
  });
  // Cleared elsewhere (storage removed or emptied): the memory copy forgets too.
  analysesItem.watch((value) => {
    if (parseStored(value).length === 0) store.clear();
  });
  return new AnalysisService({ store, profile: async () => normaliseProfile(await profileItem.getValue()) });
}
