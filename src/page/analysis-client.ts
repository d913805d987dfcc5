/**
 * The content script's side of the analysis: listings go to the background service worker in one
 * `rxl/analyze` message per frame and come back as ListingResults (src/background/analysis.ts).
 * Results are cached in the page by (key, text hash), so a card the board re-renders with the same
 * text never asks again; a listing already asked for is not asked again while its answer is on
 * the way. Replies are validated (parseAnalyzeReply) before anything reaches the page.
 */
import { MAX_EMPLOYER, MAX_TITLE, parseAnalyzeReply, type AnalyzeItem, type AnalyzeMessage, type ListingResult } from './messages';
import { MAX_TEXT, textHash } from './text-hash';

/** Sends one request and resolves with the raw (unvalidated) reply. */
export type AnalysisBackend = (message: AnalyzeMessage) => Promise<unknown>;

interface Slot {
  slot: string;
  hash: string;
}

export class AnalysisClient {
  /** Slot ("board:jobKey" for a card, "…#posting" for an open posting) → answer, LRU order. */
  private readonly cache = new Map<string, { hash: string; result: ListingResult | null }>();
  /** Slot → hash asked for and not answered yet. */
  private readonly inflight = new Map<string, string>();
  private items: AnalyzeItem[] = [];
  private slots: Slot[] = [];
  private generation = 0;
  private stopped = false;
  /** Requests sent and not settled. */
  pending = 0;
  /** Listings sent to the background (tests, benchmark). */
  asked = 0;

  constructor(
    private readonly backend: AnalysisBackend,
    /** Called after a valid reply is cached, with the card keys whose full posting changed. */
    private readonly onReply: (upgraded: string[]) => void,
    private readonly limit = 2000,
  ) {}

  /**
   * The answer for this listing: a result, null (no badge: not a pharmacy-technician listing), or
   * undefined when it is not known yet (it is asked for with the next flush()).
   */
  get(key: string, title: string, text: string, partial: boolean, employer?: string): ListingResult | null | undefined {
    const t = title.length > MAX_TITLE ? title.slice(0, MAX_TITLE) : title;
    const body = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const hash = textHash(`${t}\n${body}`);
    const slot = partial ? key : `${key}#posting`;
    const hit = this.cache.get(slot);
    if (hit && hit.hash === hash) {
      this.cache.delete(slot);
      this.cache.set(slot, hit);
      return hit.result;
    }
    if (this.inflight.get(slot) !== hash && !this.stopped) {
      this.inflight.set(slot, hash);
      const item: AnalyzeItem = { key, title: t, text: body, partial };
      // The employer only labels the listing in the popup; it is not part of the analysed text.
      if (employer) item.employer = employer.length > MAX_EMPLOYER ? employer.slice(0, MAX_EMPLOYER) : employer;
      this.items.push(item);
      this.slots.push({ slot, hash });
    }
    return undefined;
  }

  /** Forget every answer (the profile changed: everything is judged again). */
  clear(): void {
    this.generation++;
    this.cache.clear();
    this.inflight.clear();
    this.items = [];
    this.slots = [];
  }

  /** Forget the card answers of these keys (their full posting was read elsewhere): asked again. */
  forget(keys: readonly string[]): void {
    for (const key of keys) {
      this.cache.delete(key);
      this.inflight.delete(key);
    }
  }

  /** Ignore every reply from now on (context invalidated). */
  stop(): void {
    this.stopped = true;
    this.clear();
  }

  get size(): number {
    return this.cache.size;
  }

  /** Send what get() collected since the last flush, as one message. */
  flush(): void {
    if (this.items.length === 0 || this.stopped) return;
    const message: AnalyzeMessage = { type: 'rxl/analyze', items: this.items };
    const slots = this.slots;
    const generation = this.generation;
    this.items = [];
    this.slots = [];
    this.asked += message.items.length;
    this.pending++;
    let reply: Promise<unknown>;
    try {
      reply = this.backend(message);
    } catch (error) {
      reply = Promise.reject(error);
    }
    const settle = () => {
      this.pending--;
      if (generation !== this.generation) return false;
      for (const s of slots) if (this.inflight.get(s.slot) === s.hash) this.inflight.delete(s.slot);
      return !this.stopped;
    };
    reply.then(
      (raw) => {
        if (!settle()) return;
        const parsed = parseAnalyzeReply(raw, message);
        if (!parsed) return; // dropped whole; asked again on the next change or scan
        const written = new Set<string>();
        const full: string[] = [];
        parsed.results.forEach((r, i) => {
          const { slot, hash } = slots[i]!;
          this.put(slot, hash, r.result);
          written.add(slot);
          if (r.upgraded) full.push(r.key);
        });
        // The card of a newly read posting shows the full picture: it is asked for again, unless
        // this same reply answered it (the background stored the posting first).
        const upgraded = full.filter((key) => !written.has(key));
        for (const key of upgraded) this.cache.delete(key);
        this.onReply(upgraded);
      },
      () => {
        settle(); // no receiver or context gone: nothing to show, nothing to log
      },
    );
  }

  private put(slot: string, hash: string, result: ListingResult | null): void {
    this.cache.delete(slot);
    this.cache.set(slot, { hash, result });
    if (this.cache.size > this.limit) this.cache.delete(this.cache.keys().next().value!);
  }
}
