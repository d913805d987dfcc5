/**
 * Tells the background which listings this frame shows now (the popup counts only those), as one
 * `rxl/page` message at most every `delayMs`, and only when the set of keys changed. The first
 * report of a content script (`fresh`) tells the background that a new document started.
 */
import type { PageMessage } from './messages';

export interface PresenceOptions {
  send(message: PageMessage): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** Debounce (default 400 ms). */
  delayMs?: number;
}

export class PresenceReporter {
  private timer: unknown = null;
  private last = '';
  private stopped = false;

  constructor(
    private readonly opts: PresenceOptions,
    /** The keys on the page now, read when the report is due. */
    private readonly keys: () => Iterable<string>,
  ) {}

  /** A new document: the background starts this tab (frame) over. */
  start(): void {
    if (this.stopped) return;
    this.last = '';
    this.opts.send({ type: 'rxl/page', keys: [], fresh: true });
  }

  /** Something on the page may have changed: report within `delayMs` if the keys differ. */
  changed(): void {
    if (this.stopped || this.timer !== null) return;
    this.timer = this.opts.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.opts.delayMs ?? 400);
  }

  flush(): void {
    if (this.stopped) return;
    const keys = [...new Set(this.keys())];
    const signature = [...keys].sort().join('\n');
    if (signature === this.last) return;
    this.last = signature;
    this.opts.send({ type: 'rxl/page', keys, fresh: false });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
  }
}
