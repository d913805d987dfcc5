/**
 * Listings far below (or above) what the reader can see are read when the reader comes near them.
 *
 * Why: every frame that inserts badge hosts makes the board relayout and re-pre-paint the list
 * below them. On a long infinite-scroll page (500 cards), reading and badging all of it at load
 * cost the page ≈ 190–225 ms of main-thread time for cards the reader may never scroll to. So a
 * scan unit (a list item, see scanUnits) that lies more than NEAR_PX beyond the viewport is set
 * aside here, and every SENTINEL_EVERY-th one is watched by an IntersectionObserver; when one comes
 * within NEAR_PX (scrolling in the page or in a scrolling list pane), it and the set-aside units
 * within CHUNK places of it go back to the runtime to be read, so the work comes in a few large
 * batches rather than one card at a time. Focus moving into a set-aside unit wakes it too
 * (`focused`); the popup asks for everything (`takeAll`), so its counts are whole.
 *
 * Only geometry is read here (getBoundingClientRect in the runtime's read phase, and the
 * observer): no DOM writes.
 */

/**
 * How far beyond the viewport a unit is still read at once: Chrome's own distance for lazy
 * images on slow networks (about a dozen result cards below the fold).
 */
export const NEAR_PX = 2_500;
/** Units woken together with the one that came near, on each side. */
export const CHUNK = 60;
/**
 * Only every SENTINEL_EVERY-th unit set aside is observed (and those next to a woken chunk): the
 * observer's cost grows with its targets in every scrolled frame (490 targets: ≈ 75 ms over a
 * scroll through 500 cards). Four list items are well within NEAR_PX, so one of them still comes
 * within the margin before any card of its group reaches the screen, even after a jump.
 */
export const SENTINEL_EVERY = 4;

export interface DistantEnv {
  innerHeight: number;
  IntersectionObserver?: typeof IntersectionObserver;
}

export class DistantUnits {
  /** Set-aside units, in the order they were set aside (document order within a pass). */
  private order: Element[] = [];
  /** Each set-aside unit's place in that order; a new pass leaves a gap, so groups never span passes. */
  private readonly seq = new Map<Element, number>();
  private nextSeq = 0;
  /** The units the observer watches. */
  private readonly watched = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private readonly enabled: boolean;
  /** The parent of the last unit measured far below the viewport, within this pass. */
  private farParent: Element | null = null;
  /** Units set aside since the last watched one (0: the next one is watched). */
  private sinceSentinel = 0;

  /**
   * @param onWake receives units to read now (they are no longer set aside).
   * @param nearPx Infinity turns setting aside off.
   */
  constructor(
    private readonly env: DistantEnv,
    private readonly onWake: (units: Element[]) => void,
    private readonly nearPx = NEAR_PX,
  ) {
    this.enabled = Number.isFinite(nearPx) && typeof env.IntersectionObserver === 'function';
  }

  get size(): number {
    return this.seq.size;
  }

  /** How many units the observer watches (tests: it stays about a SENTINEL_EVERY-th). */
  get watching(): number {
    return this.watched.size;
  }

  /**
   * Whether `unit` is far from the viewport; if so it is set aside (and maybe watched). Units with
   * no box (display: none, or a DOM without layout) count as near: they are read as before.
   */
  setAsideIfFar(unit: Element): boolean {
    if (!this.enabled) return false;
    if (this.seq.has(unit)) return true;
    // Siblings after one far below the viewport are further down still (block, flex and grid
    // flow put later items lower or level): no need to measure each of a long list's items.
    // Where a layout breaks that rule, the observer's first report wakes the unit a frame later.
    const parent = unit.parentElement;
    if (parent === null || parent !== this.farParent) {
      const r = unit.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const h = this.env.innerHeight || 0;
      const below = r.top > h + this.nearPx;
      this.farParent = below ? parent : null;
      if (!below && r.bottom >= -this.nearPx) {
        this.sinceSentinel = 0;
        return false;
      }
    }
    this.seq.set(unit, this.nextSeq++);
    this.order.push(unit);
    if (this.sinceSentinel === 0) this.watch(unit);
    this.sinceSentinel = (this.sinceSentinel + 1) % SENTINEL_EVERY;
    return true;
  }

  /**
   * Whether `unit`, just set aside, lies below one measured far below the viewport under the same
   * parent: then so do its later siblings (see setAsideIfFar), and the scan may take them whole.
   */
  farAfter(unit: Element): boolean {
    return this.farParent !== null && unit.parentElement === this.farParent;
  }

  /** A new pass over the page begins: measure again (the reader may have scrolled). */
  newPass(): void {
    this.farParent = null;
    this.sinceSentinel = 0;
    this.nextSeq += CHUNK + 1;
  }

  /**
   * The set-aside unit that holds `el` (or is it), taken out of the set: the board changed
   * something inside it, so it is read now, whole (its cards must not be half known).
   */
  release(el: Element): Element | null {
    if (this.seq.size === 0) return null;
    for (let u: Element | null = el; u; u = u.parentElement) {
      if (this.seq.has(u)) {
        this.drop([u]);
        return u;
      }
    }
    return null;
  }

  /**
   * Focus moved into something inside a set-aside unit (the keyboard got there before the
   * observer): wake that unit's group now, so its badges join the Tab order right after it.
   */
  focused(target: Element): void {
    if (this.seq.size === 0) return;
    for (let el: Element | null = target; el; el = el.parentElement) {
      if (this.seq.has(el)) {
        this.wake([el]);
        return;
      }
    }
  }

  /** Every unit still set aside, to be read now (the popup wants whole counts). */
  takeAll(): Element[] {
    const all = this.order.filter((u) => this.seq.has(u) && u.isConnected);
    this.stop();
    return all;
  }

  /** Forget units the board removed; a removed watched unit hands its watch to a neighbour. */
  prune(): void {
    if (this.seq.size === 0) return;
    const gone = this.order.filter((u) => !u.isConnected);
    if (gone.length === 0) return;
    const lost = gone.filter((u) => this.watched.has(u)).map((u) => this.order.indexOf(u));
    const kept = new Set(this.order.filter((u) => u.isConnected));
    for (const i of lost) {
      const next = this.order.slice(i + 1).find((u) => kept.has(u)) ?? this.order.slice(0, i).reverse().find((u) => kept.has(u));
      if (next) this.watch(next);
    }
    this.drop(gone);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.seq.clear();
    this.watched.clear();
    this.order = [];
  }

  private watch(unit: Element): void {
    if (this.watched.has(unit)) return;
    if (!this.observer) {
      const IO = this.env.IntersectionObserver!;
      const margin = `${this.nearPx}px`;
      // scrollMargin grows every scrollport, the page's and a scrolling list pane's (where
      // rootMargin alone would wait until a card is inside the pane's visible part); both together
      // would add up. Without scrollMargin (older browsers), rootMargin covers the page.
      const init = ('scrollMargin' in IO.prototype ? { scrollMargin: margin } : { rootMargin: margin }) as IntersectionObserverInit;
      this.observer = new IO((entries) => this.entered(entries), init);
    }
    this.watched.add(unit);
    this.observer.observe(unit);
  }

  /** No longer set aside (nor watched). */
  private drop(units: readonly Element[]): void {
    if (units.length === 0) return;
    for (const u of units) {
      this.seq.delete(u);
      if (this.watched.delete(u)) this.observer?.unobserve(u);
    }
    this.order = this.order.filter((u) => this.seq.has(u));
  }

  private entered(entries: IntersectionObserverEntry[]): void {
    const near: Element[] = [];
    for (const e of entries) if (e.isIntersecting && this.seq.has(e.target)) near.push(e.target);
    this.wake(near);
  }

  /**
   * Wake the units in `near` and the set-aside units within CHUNK places of them in the order
   * they were set aside (never across a gap: what was woken before, or another pass).
   */
  private wake(near: readonly Element[]): void {
    if (near.length === 0) return;
    const wake = new Set<Element>();
    for (const n of near) {
      const at = this.seq.get(n)!;
      for (const u of this.order) {
        const q = this.seq.get(u)!;
        if (Math.abs(q - at) <= CHUNK) wake.add(u);
      }
    }
    const units = this.order.filter((u) => wake.has(u));
    const edges: Element[] = [];
    this.order.forEach((u, i) => {
      if (wake.has(u)) return;
      if ((i > 0 && wake.has(this.order[i - 1]!)) || (i + 1 < this.order.length && wake.has(this.order[i + 1]!))) edges.push(u);
    });
    this.drop(units);
    this.prune();
    // The units left on either side of a woken group are watched (the next group's edge).
    for (const u of edges) if (this.seq.has(u)) this.watch(u);
    this.onWake(units.filter((u) => u.isConnected));
  }
}
