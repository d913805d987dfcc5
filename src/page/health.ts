/**
 * Board health: when a board file finds no listings where it expects some (the board changed its
 * markup), say so to the background (the popup's board health, #4) and log one clear console
 * line. Checked a few seconds after the page settles and after every in-page navigation; a
 * report is sent only when it differs from the last one. Never throws.
 */
import type { BoardAdapter } from '../boards/types';
import { LOG_PREFIX } from './constants';
import type { HealthMessage } from './messages';

export interface HealthOptions {
  board: BoardAdapter;
  url(): URL;
  send(message: HealthMessage): void;
  log(message: string): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** How long after start / navigation to wait before judging (default 3000 ms). */
  settleMs?: number;
}

export class HealthMonitor {
  private timer: unknown = null;
  private listings = 0;
  private lastSent = '';
  private logged = false;
  private stopped = false;
  /** The last report (tests). */
  last: HealthMessage | null = null;

  constructor(private readonly opts: HealthOptions) {}

  /** (Re)start the settle timer: after load, and after each in-page navigation. */
  arm(): void {
    if (this.stopped) return;
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = this.opts.setTimeout(() => {
      this.timer = null;
      this.check();
    }, this.opts.settleMs ?? 3000);
  }

  /** What the latest frame found: listing cards on the page and whether a posting is open. */
  note(cards: number, postingOpen: boolean): void {
    this.listings = cards + (postingOpen ? 1 : 0);
    // Listings that show up late (a slow board) turn an earlier "not recognised" around at once.
    if (this.last && !this.last.recognised && this.listings > 0) this.check();
  }

  /** Judge now (called by the timer). */
  check(): void {
    if (this.stopped) return;
    try {
      const { board } = this.opts;
      const expects = board.expectsListings(this.opts.url());
      const recognised = !expects || this.listings > 0;
      // Pages where no listings are expected and none are found say nothing about the board.
      if (!expects && this.listings === 0) return;
      const message: HealthMessage = { type: 'rxl/health', board: board.id, listings: this.listings, recognised };
      this.last = message;
      const signature = `${message.listings}|${recognised}`;
      if (signature !== this.lastSent) {
        this.lastSent = signature;
        this.opts.send(message);
      }
      if (!recognised && !this.logged) {
        this.logged = true;
        this.opts.log(
          `${LOG_PREFIX} ${board.name}: no job listings recognised on this page. ` +
            'The board may have changed its layout; badges are paused here until it is supported again. ' +
            'The RxLadder popup shows the board health.',
        );
      }
    } catch {
      /* never throw into the page */
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
  }
}
