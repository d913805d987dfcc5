/**
 * One MutationObserver for the whole page and one animation frame at a time.
 *
 * - The observer callback only filters records (ours are dropped) and hands the rest to
 *   `onMutations`, synchronously, before the next paint. The runtime uses that moment for the one
 *   thing that cannot wait for a frame: hiding a detail badge whose job is no longer on screen.
 * - Work is queued as jobs `{ read, write }`. A burst of mutations and schedule() calls coalesces
 *   into a single requestAnimationFrame; in that frame every job's `read` runs first (all DOM
 *   reads), then every job's `write` (all DOM writes), so reads never see a layout dirtied by our
 *   own writes in the same frame (performance-security.md §2).
 * - Nothing here throws into the page: errors in a job are swallowed (logged once at debug level).
 */

export interface FrameJob<R = unknown> {
  read(): R;
  write(result: R): void;
}

export interface SchedulerEnv {
  requestAnimationFrame(cb: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
  MutationObserver: typeof MutationObserver;
}

export interface SchedulerOptions {
  /** What to observe (the document). */
  target: Node;
  env: SchedulerEnv;
  /** Whether a node is one of RxLadder's badge hosts or inside one. */
  isOwn(node: Node): boolean;
  /** Records that are not ours, called synchronously inside the observer callback. */
  onMutations(records: MutationRecord[]): void;
  /** Observer options; default: child list, character data and a few job-id attributes, whole subtree. */
  observe?: MutationObserverInit;
  /** Called once for the first error thrown by a job or callback (default: console.debug). */
  onError?(error: unknown): void;
}

/** Attributes that carry job identity or selection on the supported boards (no class/style churn). */
export const OBSERVED_ATTRIBUTES = [
  'data-occludable-job-id',
  'data-job-id',
  'data-jk',
  'data-jobid',
  'data-selected',
  'aria-selected',
  'aria-current',
];

export class Scheduler {
  private observer: MutationObserver | null = null;
  private frame = 0;
  private jobs: FrameJob<any>[] = [];
  private stopped = false;
  private errored = false;
  /** Frames run so far (tests and the benchmark read it). */
  framesRun = 0;

  constructor(private readonly opts: SchedulerOptions) {}

  /** Start observing. Calling it again is a no-op: there is only ever one observer. */
  start(): void {
    if (this.observer || this.stopped) return;
    const Observer = this.opts.env.MutationObserver;
    this.observer = new Observer((records) => this.handle(records));
    this.observer.observe(
      this.opts.target,
      this.opts.observe ?? {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: OBSERVED_ATTRIBUTES,
      },
    );
  }

  get observing(): boolean {
    return this.observer !== null;
  }

  get pending(): boolean {
    return this.frame !== 0;
  }

  /** Queue a job for the next frame (the same job object is queued once). */
  schedule(job: FrameJob<any>): void {
    if (this.stopped) return;
    if (!this.jobs.includes(job)) this.jobs.push(job);
    if (this.frame === 0) this.frame = this.opts.env.requestAnimationFrame(() => this.run());
  }

  /** Run a pending frame now (tests; also used before a synchronous teardown). */
  flush(): void {
    if (this.frame === 0) return;
    this.opts.env.cancelAnimationFrame(this.frame);
    this.run();
  }

  /** Process records the observer has queued but not delivered yet (tests). */
  takeRecords(): void {
    const records = this.observer?.takeRecords() ?? [];
    if (records.length) this.handle(records);
  }

  /** Disconnect the observer, cancel the frame, drop queued jobs. Idempotent. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    if (this.frame !== 0) this.opts.env.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.jobs = [];
  }

  private handle(records: MutationRecord[]): void {
    if (this.stopped) return;
    const mine: MutationRecord[] = [];
    for (const r of records) if (!this.isOwnRecord(r)) mine.push(r);
    if (mine.length === 0) return;
    this.guard(() => this.opts.onMutations(mine));
  }

  private isOwnRecord(r: MutationRecord): boolean {
    if (this.opts.isOwn(r.target)) return true;
    if (r.type !== 'childList') return false;
    // Our own host appended to / removed from a board element: the target is theirs, the nodes ours.
    const total = r.addedNodes.length + r.removedNodes.length;
    if (total === 0) return true;
    for (let i = 0; i < r.addedNodes.length; i++) if (!this.opts.isOwn(r.addedNodes[i]!)) return false;
    for (let i = 0; i < r.removedNodes.length; i++) if (!this.opts.isOwn(r.removedNodes[i]!)) return false;
    return true;
  }

  private run(): void {
    this.frame = 0;
    if (this.stopped) return;
    this.framesRun++;
    const jobs = this.jobs;
    this.jobs = [];
    const results: unknown[] = [];
    // All reads…
    for (const job of jobs) results.push(this.guard(() => job.read()));
    // …then all writes.
    jobs.forEach((job, i) => this.guard(() => job.write(results[i])));
  }

  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      if (!this.errored) {
        this.errored = true;
        (this.opts.onError ?? ((e) => console.debug('[RxLadder] skipped a frame:', e)))(error);
      }
      return undefined;
    }
  }
}
