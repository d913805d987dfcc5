/**
 * The content-script runtime for one board page: ties the board file (what is on the page), the
 * analysis cache and store (what it requires), the profile (what the reader holds) and the badge
 * hosts together, driven by one MutationObserver and one animation frame at a time.
 *
 * Per frame (scheduler.ts): READ — find cards (all of them on the first frame, after navigation and
 * at most every `fullScanIntervalMs` for text changes outside known cards; otherwise only the added
 * subtrees and the cards that changed), read the open posting, look up existing hosts, look up
 * each listing's answer (cached per key and text) within a time budget and send the listings not
 * known yet to the background in ONE `rxl/analyze` message (analysis-client.ts); then WRITE —
 * mount / update / remove hosts. A listing waiting for its answer shows no badge (an existing one
 * stays as it is); when the answer arrives the new cards' hosts are built off-page in the reply's
 * task (prebuild) and the card is read again in the next frame, which attaches the wave's hosts
 * together (ATTACH_HOLD_MS). Cards left over when the budget
 * runs out are done in the next frames, so no frame runs long. The keyword map and the analyzer
 * run in the background service worker, never on the page's main thread.
 *
 * Synchronously in the observer callback (before the next paint) the detail badge is hidden when
 * the job on screen is no longer its job (detail.ts).
 *
 * Also: the reader's display choices (dim / hide listings, display.ts, with the hidden-listings note
 * hidden-note.ts) are written in the same write phase, and `upgraded()` re-asks the cards whose
 * posting another tab has just read (the background's `rxl/upgraded`).
 */
import type { BoardAdapter, ListingCard, OpenPosting } from '../boards/types';
import { AnalysisClient, type AnalysisBackend } from './analysis-client';
import { ATTR_PLACE, CARD_HOSTS, HOST_TAG } from './constants';
import { DetailSlot } from './detail';
import { DistantUnits, type DistantEnv } from './distant';
import { displayChoices, ListingDisplays, SHOW_ALL, type DisplayChoices } from './display';
import type { Reservation } from './reserve';
import { HiddenNote } from './hidden-note';
import { HealthMonitor } from './health';
import { PresenceReporter } from './presence';
import { hiddenListing, revealListing } from './reveal';
import type { RxlMessage } from './messages';
import { BadgeMounter, isOwnNode, type HostView } from './mount';
import type { ProfileSource } from './profile';
import { Scheduler, type FrameJob, type SchedulerEnv } from './scheduler';

/** The part of WXT's ContentScriptContext the runtime uses. */
export interface PageContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
}

export type PageWindow = SchedulerEnv &
  Pick<Window, 'location' | 'setTimeout' | 'clearTimeout'> & { performance?: { now(): number } } & Partial<DistantEnv>;

export interface RuntimeOptions {
  board: BoardAdapter;
  doc: Document;
  win: PageWindow;
  ctx: PageContext;
  /** Tells when the reader's profile changed (the background applies it). */
  profile: ProfileSource;
  /** Sends an `rxl/analyze` request to the background and resolves with its raw reply. */
  analysis: AnalysisBackend;
  send(message: RxlMessage): void;
  /** One-off console line (board health). */
  log(message: string): void;
  /** Board health settle delay (default 3000 ms). */
  settleMs?: number;
  /** Reading + analysis time per frame before the rest waits for the next frame (default 5 ms). */
  frameBudgetMs?: number;
  /** Time per frame for building / updating badges (default 6 ms). */
  writeBudgetMs?: number;
  /** How long built hosts wait for the rest of their wave's answers (default ATTACH_HOLD_MS). */
  attachHoldMs?: number;
  /** Minimum time between whole-document scans caused by text changes (default 250 ms). */
  fullScanIntervalMs?: number;
  /** Listings further than this beyond the viewport wait until the reader comes near (distant.ts; default NEAR_PX, Infinity: never). */
  nearPx?: number;
  /**
   * No earlier instance of the content script ran in this document (it marks the root element
   * first thing), so nothing of one is left to sweep up: saves a whole-document query at start.
   */
  firstRun?: boolean;
  /**
   * Badge space the board keeps under technician titles since the page's first layout
   * (src/page/reserve.ts): each card is settled in the frame its badge is attached (or it is found
   * to have none), and every space still open is closed when the runtime stops.
   */
  reservation?: Reservation | null;
}

interface CardWrite {
  card: ListingCard;
  view: HostView | null;
}

interface FramePlan {
  /** Cards waiting for the answer for their (possibly new) key. */
  waiting: ListingCard[];
  /** This frame attaches a batch of built hosts and does no other bulk work (its relayout is enough). */
  attach: boolean;
  remove: Element[];
  cards: CardWrite[];
  detail: { posting: OpenPosting | null; view: HostView | null; existing: Element[] } | null;
  more: boolean;
}

/** A whole-document scan in progress, one small subtree ("unit") at a time. */
interface FullScan {
  units: UnitWalker;
  seen: Set<Element>;
}

/** At least this many units / cards are processed per frame, whatever the budget (progress). */
const MIN_PER_FRAME = 4;
/** How far up the tree a mutation looks for the card it happened in. */
const MAX_CLIMB = 64;
/** A subtree with at most this many elements is scanned in one findCards() call. */
const UNIT_ELEMENTS = 250;
/**
 * Badge writes are batched. Every frame that inserts hosts pays for the page's relayout and
 * pre-paint: on a 500-card results page ≈ 35 ms whatever is inserted (every card below the first
 * insertion moves; ≈ 15–20 ms where the board keeps the badges' space, src/page/reserve.ts, since
 * any frame that changes the DOM of so big a page costs that much) plus ≈ 0.3 ms per host, while
 * building and rendering a host off-page costs none of that. So new hosts are built detached within the frame budget and attached in batches:
 * when nothing of their wave is left to read or answer (or ATTACH_HOLD_MS has passed), or
 * whenever WRITE_BATCH are ready — at most ATTACH_PER_FRAME per frame (40: since a wave's hosts
 * wait for each other, batches fill up, and with 60 a frame took 50–58 ms in some scrolls through
 * the 500-card page; with 40, none over 50 ms in 7 scrolls).
 */
const WRITE_BATCH = 40;
const ATTACH_PER_FRAME = 40;
/**
 * Built hosts wait for the answers still on the way for cards read in the same wave (at load: the
 * cards near the screen, read over two or three frames and answered in as many replies), so the
 * wave is attached in one frame and the page pays that frame's cost (see WRITE_BATCH) once, not
 * once per reply. Never longer than this, so a slow answer delays no badge much.
 */
const ATTACH_HOLD_MS = 60;
/**
 * A card whose space the board keeps (src/page/reserve.ts) and whose answer has not come this long
 * after it was asked for (the worker stopped, a reply was dropped) gets its space closed: a blank
 * strip under a title is worse than the one move its badge makes if the answer comes later.
 * Answers take ≈ 30 ms, a worker that has to start first a few hundred.
 */
export const ANSWER_STALL_MS = 4_000;

/**
 * The card badge hosts inside `el`: a plain tag query first (the cheapest, and the answer for
 * every card's first write is none), then the attribute query when there is one.
 */
function cardHostsIn(el: Element): Element[] {
  return el.querySelector(HOST_TAG) === null ? [] : Array.from(el.querySelectorAll(CARD_HOSTS));
}

/**
 * The document's badge hosts of one place. A tag-name collection, not a selector query: on a
 * 30,000-element page the selector engine's walk cost 1.6 ms per call, the collection a fraction.
 */
function hostsIn(doc: Document, place: 'card' | 'detail'): Element[] {
  const all = doc.getElementsByTagName(HOST_TAG);
  const out: Element[] = [];
  for (let i = 0; i < all.length; i++) if (all[i]!.getAttribute(ATTR_PLACE) === place) out.push(all[i]!);
  return out;
}

/**
 * Split the document into small subtrees in document order: a subtree with few elements is one
 * unit; a bigger one is split into its children. A list of 500 cards becomes 500 list items, so a
 * full scan can be spread over frames. Counting uses the browser's native element collections.
 * Units come one at a time (`next`), so a scan that finds the rest of a list far below the screen
 * can take the list's remaining items as they are (`wholeAfter`) instead of counting each.
 */
export class UnitWalker {
  private readonly stack: Element[];
  /** The remaining children of this parent with this tag are units without being counted. */
  private whole: { parent: Element; tag: string } | null = null;

  constructor(root: Element | null) {
    this.stack = root ? [root] : [];
  }

  /** Subtrees still to be split or handed out (for progress counts). */
  get left(): number {
    return this.stack.length;
  }

  next(): Element | null {
    const stack = this.stack;
    while (stack.length > 0) {
      const el = stack.pop()!;
      const w = this.whole;
      if (w && el.parentElement === w.parent && el.localName === w.tag) return el;
      const kids = el.children;
      // item(UNIT_ELEMENTS) stops counting there; .length would count the whole subtree (the
      // body's 30,000 elements, then each level below it again: 4 ms on a 500-card page).
      if (kids.length === 0 || el.getElementsByTagName('*').item(UNIT_ELEMENTS) === null) return el;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    return null;
  }

  /**
   * The siblings after `unit` with its tag (the rest of a list of like items) are units as they
   * are, each set aside whole: counting their elements cost ≈ 1.5 ms for 480 list items far below
   * the screen of a 500-card page. A sibling of another kind (a wrapper that may hold more of the
   * list) is still counted and split.
   */
  wholeAfter(unit: Element): void {
    const parent = unit.parentElement;
    this.whole = parent ? { parent, tag: unit.localName } : null;
  }
}

/** Every unit of `root` (see UnitWalker), in document order. */
export function scanUnits(root: Element): Element[] {
  const walker = new UnitWalker(root);
  const units: Element[] = [];
  for (let unit = walker.next(); unit; unit = walker.next()) units.push(unit);
  return units;
}

/** Query parameters that only select a job in a split view (the list stays the same page). */
const JOB_SELECTION_PARAMS = ['vjk', 'jk', 'currentJobId', 'jobId', 'jl', 'jobListingId'];

/** The results page a URL shows: path and query without the job-selection parameters. */
function pageOf(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const p of JOB_SELECTION_PARAMS) params.delete(p);
  params.sort();
  return `${url.pathname}?${params}`;
}

export class PageRuntime {
  readonly scheduler: Scheduler;
  readonly mounter: BadgeMounter;
  readonly detail: DetailSlot;
  readonly health: HealthMonitor;
  readonly client: AnalysisClient;
  readonly presence: PresenceReporter;
  /** The reader's display choices applied to listing elements (dim / hide). */
  readonly displays: ListingDisplays;
  /** Says how many listings the display choice hides, with "Show them" for this page. */
  readonly note: HiddenNote;

  /** Card elements seen on the page → "board:jobKey". */
  private readonly knownCards = new Map<Element, string>();
  /** Cards read but not yet analysed/mounted (latest read wins). */
  private readonly queue = new Map<Element, ListingCard>();
  /** Cards whose answer has been asked for and has not arrived yet. */
  private readonly waiting = new Map<Element, ListingCard>();
  /** Since when each card in `waiting` has waited, while a reservation keeps space (ANSWER_STALL_MS). */
  private readonly waitingSince = new Map<Element, number>();
  private stallTimer: unknown = null;
  /** Added subtrees to scan for cards. */
  private readonly roots = new Set<Element>();
  /** Known cards whose content or attributes changed. */
  private readonly dirtyCards = new Set<Element>();
  /** Elements that stopped being listings: their display state is undone in the next write. */
  private readonly undisplay = new Set<Element>();
  private displayDirty = false;
  /** The reader's choices as stored, and whether they pressed "Show them" on this page. */
  private choices: DisplayChoices = SHOW_ALL;
  private revealed = false;
  /** The page's URL at the last navigation ("Show them" is reset when it changes). */
  private lastPage: URL | null = null;
  /** A change arrived from storage.onChanged: the initial read (maybe older) is then ignored. */
  private choicesChanged = false;
  /** Views computed but not mounted yet (the write budget ran out), by card element. */
  private readonly carry = new Map<Element, CardWrite>();
  private scan: FullScan | null = null;
  /** Far-off units set aside until the reader comes near (distant.ts), and those woken to read. */
  readonly distant: DistantUnits;
  private woken: Element[] = [];
  private wokenNext = 0;
  /** The popup asked for the whole page: nothing is set aside until the next navigation. */
  private readEverything = false;
  /** Units read at least once: never set aside again (their cards are known, maybe badged). */
  private readonly readUnits = new WeakSet<Element>();
  /** Hosts built off-page, waiting to be attached, by card element. */
  private readonly ready = new Map<Element, { view: HostView; card: ListingCard; host: Element }>();
  /** When `ready` last went from empty to not empty (the attach hold counts from there). */
  private readySince = 0;
  /** Cards whose badge was computed, and hosts attached, by this instance. */
  private processed = 0;
  private attachedCount = 0;
  private fullPending = true;
  private forceFull = true;
  private lastFull = Number.NEGATIVE_INFINITY;
  private fullTimer: unknown = null;
  private detailDirty = true;
  private postingOpen = false;
  private unwatchProfile: (() => void) | null = null;
  private stopped = false;
  private readonly job: FrameJob<FramePlan | null>;
  private readonly now: () => number;

  constructor(private readonly opts: RuntimeOptions) {
    const perf = opts.win.performance ?? globalThis.performance;
    this.now = () => perf.now();
    this.client = new AnalysisClient(
      (message) => (this.invalid() ? Promise.reject(new Error('context invalidated')) : opts.analysis(message)),
      (upgraded) => this.onAnswers(upgraded),
    );
    this.mounter = new BadgeMounter({
      doc: opts.doc,
      onOpenOptions: () => this.send({ type: 'rxl/open-options' }),
      onOpenCareer: (rung) => this.send({ type: 'rxl/open-career', rung }),
    });
    this.detail = new DetailSlot(this.mounter);
    this.displays = new ListingDisplays(opts.doc);
    this.note = new HiddenNote(opts.doc, () => this.toggleRevealed());
    this.scheduler = new Scheduler({
      target: opts.doc,
      env: opts.win,
      isOwn: isOwnNode,
      onMutations: (records) => this.onMutations(records),
    });
    this.health = new HealthMonitor({
      board: opts.board,
      url: () => this.url(),
      send: (m) => this.send(m),
      log: opts.log,
      setTimeout: (fn, ms) => opts.win.setTimeout(fn, ms),
      clearTimeout: (id) => opts.win.clearTimeout(id as number),
      settleMs: opts.settleMs,
    });
    this.presence = new PresenceReporter(
      {
        send: (m) => this.send(m),
        setTimeout: (fn, ms) => opts.win.setTimeout(fn, ms),
        clearTimeout: (id) => opts.win.clearTimeout(id as number),
      },
      () => this.keysOnPage(),
    );
    this.job = { read: () => this.read(), write: (plan) => this.write(plan) };
    this.distant = new DistantUnits(
      {
        get innerHeight() {
          return opts.win.innerHeight ?? 0;
        },
        IntersectionObserver: opts.win.IntersectionObserver,
      },
      (units) => this.wake(units),
      opts.nearPx,
    );
  }

  /** Observe the page and schedule the first scan. */
  start(): void {
    if (this.stopped || this.scheduler.observing) return;
    this.opts.ctx.onInvalidated(() => this.stop(true));
    this.unwatchProfile = this.opts.profile.watch((value) => this.profileChanged(value));
    // A run started again on this page (Firefox re-injects on update) takes over what the old one left.
    if (!this.opts.firstRun) this.displays.sweep();
    this.lastPage = this.url();
    this.readDisplayChoices();
    this.scheduler.start();
    this.opts.doc.addEventListener('focusin', this.onFocusIn, { capture: true, passive: true });
    this.health.arm();
    this.presence.start();
    this.request();
  }

  /**
   * Stop for good: disconnect the observer, cancel the frame and timers, stop storage writes.
   * With `stale`, badges stay on the page greyed out (data-rxl-stale). Idempotent, quiet.
   */
  stop(stale = false): void {
    if (this.stopped) return;
    this.stopped = true;
    this.scheduler.stop();
    this.health.stop();
    this.presence.stop();
    this.client.stop();
    if (this.fullTimer !== null) this.opts.win.clearTimeout(this.fullTimer as number);
    this.fullTimer = null;
    if (this.stallTimer !== null) this.opts.win.clearTimeout(this.stallTimer as number);
    this.stallTimer = null;
    this.waitingSince.clear();
    try {
      this.unwatchProfile?.();
    } catch {
      /* storage API gone with the context */
    }
    this.unwatchProfile = null;
    if (stale) this.mounter.markStale();
    // Dimmed and hidden listings go back to how the board shows them: nothing can change them later.
    try {
      this.opts.reservation?.remove();
      this.displays.clearAll();
      this.note.remove();
    } catch {
      /* never throw into the page */
    }
    this.mounter.release();
    this.detail.release();
    this.knownCards.clear();
    this.queue.clear();
    this.waiting.clear();
    this.roots.clear();
    this.dirtyCards.clear();
    this.undisplay.clear();
    this.carry.clear();
    this.ready.clear();
    this.scan = null;
    this.distant.stop();
    this.opts.doc.removeEventListener('focusin', this.onFocusIn, { capture: true });
    this.woken = [];
    this.wokenNext = 0;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** An in-page navigation (WXT's wxt:locationchange): re-check the detail now, rescan next frame. */
  locationChanged(newUrl?: URL): void {
    if (this.stopped || this.invalid()) return;
    const url = newUrl ?? this.url();
    // "Show them" holds for this page only: a new search hides again.
    const last = this.lastPage;
    if (this.revealed && last && pageOf(url) !== pageOf(last)) {
      this.revealed = false;
      this.useChoices();
    }
    this.lastPage = url;
    this.readEverything = false;
    this.checkDetailNow(url);
    this.fullPending = true;
    this.forceFull = true;
    this.detailDirty = true;
    this.health.arm();
    this.request();
  }

  /**
   * The page came back from the back/forward cache: the tab's state in the background belongs to
   * the page shown in between, so start it over and send every listing again.
   */
  restored(): void {
    if (this.stopped || this.invalid()) return;
    this.presence.start();
    this.askAgain();
  }

  /** The popup's listing link: scroll to the listing's badge and focus it (false: not here). */
  reveal(key: string): boolean {
    if (this.stopped) return false;
    // A listing the display choice hides is what the reader just chose in the popup: show the
    // hidden ones dimmed on this page (as "Show them" does) before scrolling to it.
    if (this.choices.hideUnqualified === 'hide' && !this.revealed && hiddenListing(this.opts.doc, key)) {
      this.revealed = true;
      this.useChoices(); // the note follows in the next frame
      this.displays.refresh(); // the card now: it must be laid out to scroll to it
    }
    return revealListing(this.opts.doc, key);
  }

  /**
   * Read every listing now, far-off ones included (the popup opened: its counts should be whole).
   * Their badges are attached in the usual batches.
   */
  readAll(): void {
    if (this.stopped || this.invalid()) return;
    // Also what a scan under way has not reached yet, and what the board adds later on this page.
    this.readEverything = true;
    this.wake(this.distant.takeAll());
  }

  /** Keys of the listings on the page now: its cards and the open posting. */
  private keysOnPage(): string[] {
    const keys = [...this.knownCards.values()];
    const open = this.detail.visibleKey;
    if (open !== null) keys.push(open);
    return keys;
  }

  /**
   * The full postings of these listings ("board:jobKey") were read in another tab (the background's
   * `rxl/upgraded`): their cards are read and asked for again, and upgrade without a reload.
   */
  upgraded(keys: readonly string[]): void {
    if (this.stopped || this.invalid()) return;
    this.client.forget(keys);
    this.markCards(keys);
    this.request();
  }

  /** Counters for tests and the benchmark. */
  stats() {
    return {
      hosts: this.mounter.size,
      knownCards: this.knownCards.size,
      queued: this.queue.size + this.carry.size + this.ready.size + (this.scan ? this.scan.units.left : 0) + this.wokenLeft(),
      distant: this.distant.size,
      frames: this.scheduler.framesRun,
      analysed: this.client.asked,
      waiting: this.waiting.size + this.client.pending,
      renders: this.mounter.renders,
      observing: this.scheduler.observing,
    };
  }

  // -------------------------------------------------------------------------------------------

  private url(): URL {
    return new URL(this.opts.win.location.href);
  }

  private fullKey(jobKey: string): string {
    return `${this.opts.board.id}:${jobKey}`;
  }

  private invalid(): boolean {
    try {
      return this.opts.ctx.isInvalid;
    } catch {
      return true;
    }
  }

  private send(message: RxlMessage): void {
    if (this.invalid()) return;
    try {
      this.opts.send(message);
    } catch {
      /* context gone between the check and the call */
    }
  }

  /** Answers arrived: read the cards (and the open posting) that waited for them again. */
  private onAnswers(upgraded: readonly string[]): void {
    if (this.stopped || this.invalid()) return;
    for (const [el, card] of this.waiting) {
      this.queue.delete(el);
      this.queue.set(el, card);
    }
    this.waiting.clear();
    this.detailDirty = true;
    this.markCards(upgraded);
    this.prebuild();
    this.request();
  }

  /**
   * Build the hosts of new cards whose answers just came, off-page, in the reply's own task: the
   * frame that attaches them then pays only the board's relayout (its main cost, ≈ 30 ms on a
   * 500-card page) and not also the building, which keeps that frame further from a long task.
   * The card goes from the queue to `carry` with its view, as the frame's read would have moved it,
   * so it is not looked up again; the frame's write finds its host in `ready` and renders nothing
   * again (same answer, same signature). A card that changed or left meanwhile is read again or
   * discarded there as for any built host.
   */
  private prebuild(): void {
    const t0 = this.now();
    const budget = this.opts.writeBudgetMs ?? 6;
    let n = 0;
    for (const [el, card] of this.queue) {
      if (n >= MIN_PER_FRAME && this.now() - t0 > budget) break;
      if (this.ready.has(el) || !el.isConnected) continue;
      const view = this.cardView(card);
      // No badge, not answered yet, or a card that already has a host (updated in place by write).
      if (!view || cardHostsIn(el).length > 0) continue;
      n++;
      this.waitingSince.delete(el);
      this.stage(el, card, view);
      this.queue.delete(el);
      this.carry.set(el, { card, view });
    }
  }

  /** Render `view` into a host off the page (a new one unless given) and queue it for attaching. */
  private stage(el: Element, card: ListingCard, view: HostView, host: Element = this.mounter.create('card')): void {
    this.mounter.render(host, view);
    if (this.ready.size === 0) this.readySince = this.now();
    this.ready.delete(el);
    this.ready.set(el, { view, card, host });
  }

  /** Known cards of these listings are read again in the next frame. */
  private markCards(keys: readonly string[]): void {
    if (keys.length === 0) return;
    const wanted = new Set(keys);
    for (const [el, key] of this.knownCards) if (wanted.has(key)) this.dirtyCards.add(el);
  }

  /** The stored profile now: only its display choices matter to the page. */
  private readDisplayChoices(): void {
    const read = this.opts.profile.read;
    if (!read) return;
    read
      .call(this.opts.profile)
      .then((value) => {
        if (!this.choicesChanged) this.applyDisplayChoices(value);
      })
      .catch(() => undefined);
  }

  private applyDisplayChoices(profile: unknown): void {
    if (this.stopped || this.invalid()) return;
    this.choices = displayChoices(profile);
    if (this.choices.hideUnqualified !== 'hide') this.revealed = false;
    this.useChoices();
  }

  /** The note's "Show them" / "Hide them": hidden listings shown dimmed on this page only, and back. */
  private toggleRevealed(): void {
    if (this.stopped || this.invalid()) return;
    this.revealed = !this.revealed;
    this.useChoices();
  }

  private useChoices(): void {
    const c = this.choices;
    const effective = this.revealed && c.hideUnqualified === 'hide' ? { ...c, hideUnqualified: 'dim' as const } : c;
    this.displayDirty = this.displays.setChoices(effective) || this.displayDirty;
    this.request();
  }

  /**
   * The reader changed their profile: display choices apply at once (next frame); every listing is
   * asked again; badges stay until answered.
   */
  private profileChanged(value: unknown): void {
    if (this.stopped || this.invalid()) return;
    this.choicesChanged = true;
    this.applyDisplayChoices(value);
    this.askAgain();
  }

  /** Every listing is asked again (badges stay until answered). */
  private askAgain(): void {
    this.client.clear();
    for (const [el, card] of this.waiting) this.queue.set(el, card);
    this.waiting.clear();
    this.fullPending = true;
    this.forceFull = true;
    this.detailDirty = true;
    this.request();
  }

  private request(): void {
    if (!this.stopped) this.scheduler.schedule(this.job);
  }

  /** The known card `el` is (in), if any. */
  private cardOf(el: Element | null): Element | null {
    for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
      if (this.knownCards.has(el)) return el;
    }
    return null;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.invalid()) return; // notifies onInvalidated → stop(true)
    let lastEl: Element | null = null;
    let lastCard: Element | null = null;
    for (const r of records) {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el) continue;
      const card: Element | null = el === lastEl ? lastCard : this.cardOf(el);
      lastEl = el;
      lastCard = card;
      if (card) {
        this.dirtyCards.add(card);
        continue;
      }
      if (r.type === 'childList') {
        let addedElement = false;
        for (let i = 0; i < r.addedNodes.length; i++) {
          const n = r.addedNodes[i]!;
          if (n.nodeType === 1 && !isOwnNode(n)) {
            this.roots.add(n as Element);
            addedElement = true;
          }
        }
        // Text filled into a shell outside any known card: only a document scan can tell (our own
        // nodes, such as the hidden-listings note, are not the page's).
        if (!addedElement && Array.prototype.some.call(r.addedNodes, (n: Node) => !isOwnNode(n))) this.fullPending = true;
      } else if (r.type === 'attributes') {
        this.roots.add(el);
      } else {
        this.fullPending = true;
      }
    }
    this.detailDirty = true;
    if (this.detail.visibleKey !== null) this.checkDetailNow(this.url());
    this.request();
  }

  /** Synchronous: hide the detail badge if the job on screen (at `url`) is not its job. */
  private checkDetailNow(url: URL): void {
    if (this.detail.visibleKey === null) return;
    let key: string | null = null;
    try {
      const posting = this.opts.board.findOpenPosting(this.opts.doc, url);
      key = posting ? this.fullKey(posting.key) : null;
    } catch {
      key = null;
    }
    this.detail.hideIfStale(key);
  }

  private enqueue(card: ListingCard): void {
    this.knownCards.set(card.element, this.fullKey(card.key));
    this.queue.delete(card.element);
    this.queue.set(card.element, card);
  }

  /** `el` is no longer a listing: drop everything pending for it (a host built off-page too). */
  private forget(el: Element): void {
    this.knownCards.delete(el);
    this.undisplay.add(el);
    this.queue.delete(el);
    this.waiting.delete(el);
    this.waitingSince.delete(el);
    this.carry.delete(el);
    const pending = this.ready.get(el);
    if (pending) this.discard(el, pending.host);
  }

  /** The card's view, null for no badge, undefined while its answer is on the way. */
  private cardView(card: ListingCard): HostView | null | undefined {
    const key = this.fullKey(card.key);
    const result = this.client.get(key, card.title, card.snippet, true, card.employer);
    if (result === undefined) return undefined;
    return result ? { key, place: 'card', source: result.source, result } : null;
  }

  private read(): FramePlan | null {
    if (this.stopped || this.invalid()) return null;
    const { board, doc } = this.opts;
    const url = this.url();
    const t0 = this.now();
    const budget = this.opts.frameBudgetMs ?? 5;
    const over = () => this.now() - t0 > budget;
    const plan: FramePlan = { waiting: [], attach: this.attachedCount > 0 && this.attachDue(), remove: [], cards: [], detail: null, more: false };
    const interval = this.opts.fullScanIntervalMs ?? 250;

    // 1. A whole-document scan: started on load, after navigation, and (throttled) for text
    //    changes outside known cards; carried out unit by unit within the frame budget.
    if (this.fullPending && (this.forceFull || t0 - this.lastFull >= interval)) {
      this.fullPending = false;
      this.forceFull = false;
      this.lastFull = t0;
      // The full scan covers every added subtree and changed card too.
      this.roots.clear();
      this.dirtyCards.clear();
      this.scan = { units: new UnitWalker(doc.body), seen: new Set() };
      this.distant.newPass();
    } else if (this.fullPending) {
      this.armFullScan(interval - (t0 - this.lastFull));
    }
    const scan = this.scan;
    if (scan && plan.attach) {
      plan.more = true;
    } else if (scan) {
      let unit: Element | null = null;
      for (let n = 0; ; n++) {
        if (n >= MIN_PER_FRAME && over()) break;
        unit = scan.units.next();
        if (!unit) break;
        if (!unit.isConnected) continue;
        if (this.setAside(unit)) {
          // The rest of its list lies further down still: set aside as it is, uncounted.
          if (this.distant.farAfter(unit)) scan.units.wholeAfter(unit);
          continue;
        }
        this.readUnit(unit, scan, url);
      }
      if (!unit) {
        this.scan = null;
        this.distant.prune();
        for (const el of [...this.knownCards.keys()]) if (!scan.seen.has(el) && !this.queue.has(el)) this.forget(el);
        // Hosts whose card is gone or is no longer a listing (the board re-used the element).
        for (const host of hostsIn(doc, 'card')) {
          if (!this.insideAny(host, scan.seen)) plan.remove.push(host);
        }
      } else {
        plan.more = true;
      }
    }

    // 1b. Units the reader came near (or the popup asked for), within the budget.
    if (this.wokenLeft() > 0 && plan.attach) plan.more = true;
    else {
      for (let n = 0; this.wokenNext < this.woken.length; n++) {
        if (n >= MIN_PER_FRAME && over()) break;
        const unit = this.woken[this.wokenNext++]!;
        if (unit.isConnected) this.readUnit(unit, scan, url);
      }
      if (this.wokenLeft() > 0) plan.more = true;
      else {
        this.woken = [];
        this.wokenNext = 0;
      }
    }

    // 2. Added subtrees and changed cards (done now). A big added subtree (a whole list rendered
    //    at once) is split into units, and its far-off units are set aside like the full scan's.
    for (const root of this.roots) {
      if (!root.isConnected || this.insideRoot(root)) continue;
      // Something changed inside a set-aside unit: read that unit now, whole, so none of its
      // cards is known while the unit is still set aside (a later scan would forget it).
      const holder = this.distant.release(root);
      if (holder) {
        if (holder.isConnected) this.readUnit(holder, scan, url);
        continue;
      }
      const units = scanUnits(root);
      if (units.length === 1) {
        this.readUnit(root, scan, url);
        continue;
      }
      // A big subtree (a list rendered at once, maybe replacing one): split like the scan.
      this.distant.prune();
      this.distant.newPass();
      for (const unit of units) if (!this.setAside(unit)) this.readUnit(unit, scan, url);
    }
    this.roots.clear();
    for (const el of this.dirtyCards) {
      if (!el.isConnected) {
        this.forget(el);
        continue;
      }
      const found = board.findCards(el, url);
      for (const c of found) {
        scan?.seen.add(c.element);
        this.enqueue(c);
      }
      if (!found.some((c) => c.element === el)) {
        // Emptied into a virtualised shell, or no longer a listing: its badge goes.
        this.forget(el);
        plan.remove.push(...Array.from(el.querySelectorAll(CARD_HOSTS)));
      }
    }
    this.dirtyCards.clear();

    // 3. The open posting (detail page / split pane).
    if (this.detailDirty) {
      this.detailDirty = false;
      const posting = board.findOpenPosting(doc, url);
      let view: HostView | null = null;
      let waiting = false;
      if (posting) {
        const key = this.fullKey(posting.key);
        const result = this.client.get(key, posting.title, posting.text, false, posting.employer);
        if (result === undefined) waiting = true;
        else if (result) view = { key, place: 'detail', source: 'posting', result };
      }
      this.postingOpen = posting !== null;
      // While its answer is on the way, the badge of this same job stays as it is.
      const keep = waiting && posting !== null && this.detail.visibleKey === this.fullKey(posting.key);
      if (!keep) plan.detail = { posting, view, existing: hostsIn(doc, 'detail') };
    }

    // 4. Analyse queued cards within what is left of the frame budget (not in an attach frame).
    for (const [el, card] of this.queue) {
      if (plan.attach || (plan.cards.length >= MIN_PER_FRAME && over())) {
        plan.more = true;
        break;
      }
      this.queue.delete(el);
      if (!el.isConnected) continue;
      const view = this.cardView(card);
      if (view === undefined) {
        this.waiting.set(el, card);
        if (this.opts.reservation && !this.waitingSince.has(el)) this.waitingSince.set(el, t0);
        plan.waiting.push(card);
        continue;
      }
      this.waitingSince.delete(el);
      plan.cards.push({ card, view });
    }
    // 5. One message with everything not known yet.
    this.client.flush();
    return plan;
  }

  /** Find and queue the cards in `unit` (remembered as read). */
  private readUnit(unit: Element, scan: FullScan | null, url: URL): void {
    this.readUnits.add(unit);
    for (const c of this.opts.board.findCards(unit, url)) {
      scan?.seen.add(c.element);
      this.enqueue(c);
    }
  }

  /** Set `unit` aside if it is far off and was never read (and holds no badge of ours). */
  private setAside(unit: Element): boolean {
    // (A unit with a badge of ours in it is never set aside; before the first one, none has.)
    if (this.readEverything || this.readUnits.has(unit) || (this.mounter.size > 0 && unit.querySelector(HOST_TAG) !== null)) return false;
    return this.distant.setAsideIfFar(unit);
  }

  private wokenLeft(): number {
    return this.woken.length - this.wokenNext;
  }

  /** Keyboard focus reached a far-off card before the observer did: read its group now. */
  private readonly onFocusIn = (event: Event): void => {
    const target = event.target as Node | null;
    if (!this.stopped && target && target.nodeType === 1) this.distant.focused(target as Element);
  };

  /** Units to read in the next frames. */
  private wake(units: readonly Element[]): void {
    if (units.length === 0 || this.stopped) return;
    this.woken.push(...units);
    this.request();
  }

  private write(plan: FramePlan | null | undefined): void {
    if (!plan || this.stopped) return;
    const m = this.mounter;
    const t0 = this.now();
    const budget = this.opts.writeBudgetMs ?? 6;
    for (const host of plan.remove) m.remove(host);
    this.writeDisplays(plan);
    // Newer reads replace carried-over ones for the same card.
    for (const w of plan.cards) {
      this.carry.delete(w.card.element);
      this.carry.set(w.card.element, w);
    }
    // Build or update hosts within the budget. A card that already has our host is updated in
    // place (re-keyed when the board recycled it); a new one gets a host built off-page.
    let n = 0;
    const rendersBefore = m.renders;
    for (const [el, w] of plan.attach ? [] : this.carry) {
      if (n >= MIN_PER_FRAME && this.now() - t0 > budget) break;
      this.carry.delete(el);
      n++;
      this.processed++;
      const pending = this.ready.get(el);
      if (!el.isConnected) {
        if (pending) this.discard(el, pending.host);
        continue;
      }
      this.displays.set(el, this.fullKey(w.card.key), w.view ? w.view.result : null);
      // Queried now, not at read time: a carried write can never add a second host.
      const existing = cardHostsIn(el);
      if (!w.view) {
        for (const h of existing) m.remove(h);
        if (pending) this.discard(el, pending.host);
        this.opts.reservation?.settle(el);
        continue;
      }
      const anchor = this.anchorOf(w.card);
      if (existing.some((h) => m.owns(h))) {
        if (pending) this.discard(el, pending.host);
        m.render(m.claimCardHost(anchor, existing, w.view.key), w.view);
        this.opts.reservation?.settle(el);
        continue;
      }
      this.stage(el, w.card, w.view, pending?.host);
    }

    // Attach built hosts in batches (one relayout per batch). The first batch, and small updates
    // (a few new cards, nothing else to read), attach in the frame they were built; a frame that
    // rendered more leaves its batch to the next frame, whose relayout is then its only work.
    // (Hosts built when their answers came, in prebuild(), rendered nothing here.)
    if (plan.attach || (this.attachDue() && (this.attachedCount === 0 || (!this.busy() && m.renders - rendersBefore <= MIN_PER_FRAME)))) {
      let k = 0;
      for (const [el, r] of this.ready) {
        if (k >= ATTACH_PER_FRAME) break;
        this.ready.delete(el);
        k++;
        if (!el.isConnected) {
          m.remove(r.host);
          continue;
        }
        const existing = cardHostsIn(el);
        const host = m.claimCardHost(this.anchorOf(r.card), existing, r.view.key, r.host);
        if (host !== r.host) m.render(host, r.view);
        // The badge takes the space kept under the title, in this same frame: nothing moves.
        this.opts.reservation?.settle(el);
        this.attachedCount++;
      }
    }
    if (plan.detail) this.detail.apply(plan.detail.posting, plan.detail.view, plan.detail.existing);

    m.prune();
    this.displays.prune();
    this.note.update(this.choices.hideUnqualified === 'hide' ? { count: this.displays.countMissing(), revealed: this.revealed } : null);
    // Cards the board removed (virtualised lists drop old items): no reference is kept.
    for (const el of this.knownCards.keys()) if (!el.isConnected) this.forget(el);
    // Nothing near the screen was a listing but far-off units wait (a list that starts far down):
    // read them, rather than leave the page with no badge and board health saying "none found".
    if (this.knownCards.size === 0 && this.scan === null && this.distant.size > 0) this.readAll();
    this.health.note(this.knownCards.size, this.postingOpen);
    this.presence.changed();
    this.armStall();
    if (plan.more || this.queue.size > 0 || this.carry.size > 0 || this.ready.size > 0 || this.scan || this.wokenLeft() > 0) this.request();
  }

  /** Display choices: undo for elements no longer listings, clear while a new key waits, re-apply on change. */
  private writeDisplays(plan: FramePlan): void {
    for (const el of this.undisplay) if (!this.knownCards.has(el)) this.displays.clear(el);
    this.undisplay.clear();
    for (const card of plan.waiting) if (card.element.isConnected) this.displays.set(card.element, this.fullKey(card.key), undefined);
    if (this.displayDirty) {
      this.displayDirty = false;
      this.displays.refresh();
    }
  }

  /** Whether built hosts should be attached now (see WRITE_BATCH). */
  private attachDue(): boolean {
    if (this.ready.size === 0) return false;
    return !this.busy() || this.ready.size >= WRITE_BATCH || this.now() - this.readySince >= (this.opts.attachHoldMs ?? ATTACH_HOLD_MS);
  }

  /** Cards of the current wave still to read, answer, or build. */
  private busy(): boolean {
    return this.scan !== null || this.queue.size > 0 || this.carry.size > 0 || this.wokenLeft() > 0 || this.waiting.size > 0;
  }

  private anchorOf(card: ListingCard): Element {
    const el = card.element;
    return card.badgeAnchor.isConnected && el.contains(card.badgeAnchor) ? card.badgeAnchor : el;
  }

  private discard(el: Element, host: Element): void {
    this.ready.delete(el);
    this.mounter.remove(host);
  }

  private insideAny(host: Element, cards: ReadonlySet<Element>): boolean {
    for (let el = host.parentElement; el; el = el.parentElement) if (cards.has(el)) return true;
    return false;
  }

  /** Whether an ancestor of `root` is itself queued as a root (its scan covers this one). */
  private insideRoot(root: Element): boolean {
    for (let el = root.parentElement; el; el = el.parentElement) if (this.roots.has(el)) return true;
    return false;
  }

  /** Close the reserved space of cards whose answer is overdue (ANSWER_STALL_MS), checked when the oldest is due. */
  private armStall(): void {
    if (this.stallTimer !== null || this.waitingSince.size === 0 || this.stopped) return;
    let oldest = Number.POSITIVE_INFINITY;
    for (const since of this.waitingSince.values()) oldest = Math.min(oldest, since);
    this.stallTimer = this.opts.win.setTimeout(() => {
      this.stallTimer = null;
      if (this.stopped || this.invalid()) return;
      const now = this.now();
      for (const [el, since] of this.waitingSince) {
        if (now - since < ANSWER_STALL_MS) continue;
        this.waitingSince.delete(el);
        if (!this.waiting.has(el) && !this.queue.has(el)) continue;
        try {
          this.opts.reservation?.settle(el);
        } catch {
          /* never throw into the page */
        }
      }
      this.armStall();
    }, Math.max(0, oldest + ANSWER_STALL_MS - this.now()));
  }

  private armFullScan(delay: number): void {
    if (this.fullTimer !== null || this.stopped) return;
    this.fullTimer = this.opts.win.setTimeout(() => {
      this.fullTimer = null;
      this.request();
    }, Math.max(0, delay));
  }
}
