/**
 * Test harness for the content-script runtime in happy-dom: loads a board fixture into the test's
 * global document, and gives the runtime a window whose animation frames and timers run only when
 * the test says so, a fake extension context that can be invalidated, and in-memory storage.
 * The analysis backend is the real background service (src/background/analysis.ts) run in-process
 * behind an asynchronous message channel: every request and reply goes through a structured clone
 * and the same validation (parseMessage / parseAnalyzeReply) as in the extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boardFor } from '../../../src/boards';
import type { BoardAdapter } from '../../../src/boards/types';
import { EMPTY_PROFILE, type ReaderProfile } from '../../../src/profile/types';
import { AnalysisService } from '../../../src/background/analysis';
import { PostingStore, type StoredAnalyses } from '../../../src/page/listings';
import { parseMessage, type AnalyzeMessage, type RxlMessage } from '../../../src/page/messages';
import { normaliseProfile } from '../../../src/profile/storage';
import { createProfileSource } from '../../../src/page/profile';
import { PageRuntime, type PageWindow, type RuntimeOptions } from '../../../src/page/runtime';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'boards');

/** Replace the global document's content with a fixture page (the document object stays). */
export function loadPage(board: string, file: string): void {
  const html = readFileSync(join(FIXTURES, board, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
}

export class FakeWindow implements PageWindow {
  MutationObserver = globalThis.MutationObserver;
  location = { href: 'https://example.invalid/' } as Location;
  performance = globalThis.performance;
  private frames = new Map<number, FrameRequestCallback>();
  private timers = new Map<number, { fn: () => void; at: number }>();
  private nextId = 1;
  clock = 0;
  rafRequests = 0;

  requestAnimationFrame = (cb: FrameRequestCallback): number => {
    const id = this.nextId++;
    this.frames.set(id, cb);
    this.rafRequests++;
    return id;
  };
  cancelAnimationFrame = (id: number): void => {
    this.frames.delete(id);
  };
  setTimeout = ((fn: () => void, ms = 0): number => {
    const id = this.nextId++;
    this.timers.set(id, { fn, at: this.clock + ms });
    return id;
  }) as unknown as Window['setTimeout'];
  clearTimeout = ((id: number) => {
    this.timers.delete(id);
  }) as Window['clearTimeout'];

  get pendingFrames(): number {
    return this.frames.size;
  }

  /** Run the animation frames queued now (not those they queue). Returns how many ran. */
  frame(): number {
    const due = [...this.frames.entries()];
    this.frames.clear();
    for (const [, cb] of due) cb(this.performance.now());
    return due.length;
  }

  /** Run frames until none is pending (bounded). */
  settle(max = 200): number {
    let n = 0;
    while (this.frames.size > 0 && n < max) n += this.frame();
    return n;
  }

  /** Advance the fake clock, running due timers. */
  tick(ms: number): void {
    this.clock += ms;
    for (const [id, t] of [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= this.clock) {
        this.timers.delete(id);
        t.fn();
      }
    }
  }
}

export class FakeContext {
  private listeners: (() => void)[] = [];
  private invalid = false;
  get isInvalid(): boolean {
    return this.invalid;
  }
  onInvalidated(cb: () => void): () => void {
    this.listeners.push(cb);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== cb);
    };
  }
  invalidate(): void {
    this.invalid = true;
    for (const cb of this.listeners) cb();
  }
}

export class MemoryProfile {
  value: unknown = EMPTY_PROFILE;
  private watchers = new Set<(v: unknown) => void>();
  backend = {
    get: async () => this.value,
    watch: (cb: (v: unknown) => void) => {
      this.watchers.add(cb);
      return () => this.watchers.delete(cb);
    },
  };
  set(p: ReaderProfile): void {
    this.value = p;
    for (const w of this.watchers) w(p);
  }
}

export class MemoryStore {
  value: StoredAnalyses | undefined;
  writes = 0;
  backend = {
    get: async () => this.value,
    set: async (v: StoredAnalyses) => {
      this.writes++;
      this.value = JSON.parse(JSON.stringify(v)) as StoredAnalyses;
    },
  };
}

export interface Harness {
  board: BoardAdapter;
  win: FakeWindow;
  ctx: FakeContext;
  runtime: PageRuntime;
  profile: MemoryProfile;
  store: MemoryStore;
  postingStore: PostingStore;
  service: AnalysisService;
  sent: RxlMessage[];
  /** Analyze requests the background received. */
  requests: AnalyzeMessage[];
  logs: string[];
  /** Run frames and deliver the background's answers until nothing is pending (bounded). */
  settle(max?: number): Promise<void>;
  setUrl(url: string): void;
  /** Deliver pending MutationObserver records (they arrive as a microtask). */
  mutations(): Promise<void>;
}

export async function startHarness(
  url: string,
  opts: { profile?: ReaderProfile; store?: MemoryStore; ctx?: FakeContext; win?: FakeWindow; budgets?: Pick<RuntimeOptions, 'frameBudgetMs' | 'writeBudgetMs' | 'attachHoldMs'>;
    /** Awaited before the background answers a request (a test can hold one back). */
    gate?: (message: AnalyzeMessage) => Promise<void>;
    /** RuntimeOptions.firstRun (default false: the runtime sweeps up after an earlier instance). */
    firstRun?: boolean;
    /** RuntimeOptions.reservation (src/page/reserve.ts), e.g. a recording fake. */
    reservation?: RuntimeOptions['reservation'];
  } = {},
): Promise<Harness> {
  const board = boardFor(new URL(url));
  if (!board) throw new Error(`no board for ${url}`);
  const win = opts.win ?? new FakeWindow();
  win.location.href = url;
  const ctx = opts.ctx ?? new FakeContext();
  const profile = new MemoryProfile();
  if (opts.profile) profile.value = opts.profile;
  const store = opts.store ?? new MemoryStore();
  const setT = (fn: () => void, ms: number) => win.setTimeout(fn, ms);
  const postingStore = new PostingStore(store.backend, {
    setTimeout: setT,
    clearTimeout: (id) => win.clearTimeout(id as number),
  });
  const source = createProfileSource(profile.backend);
  const service = new AnalysisService({ store: postingStore, profile: async () => normaliseProfile(profile.value) });
  await postingStore.load();
  const requests: AnalyzeMessage[] = [];
  const clone = <T>(v: T): T => structuredClone(v);
  const analysis = async (message: AnalyzeMessage): Promise<unknown> => {
    await Promise.resolve();
    const parsed = parseMessage(clone(message));
    if (!parsed || parsed.type !== 'rxl/analyze') throw new Error('rejected by the background');
    requests.push(parsed);
    await opts.gate?.(parsed);
    const results = await service.handle(parsed.items);
    return clone({ type: 'rxl/analyzed', results });
  };
  const sent: RxlMessage[] = [];
  const logs: string[] = [];
  const runtime = new PageRuntime({
    board,
    doc: document,
    win,
    ctx,
    profile: source,
    analysis,
    send: (m) => sent.push(m),
    log: (m) => logs.push(m),
    ...opts.budgets,
    firstRun: opts.firstRun,
    reservation: opts.reservation,
  });
  runtime.start();
  return {
    board,
    win,
    ctx,
    runtime,
    profile,
    store,
    postingStore,
    service,
    sent,
    requests,
    logs,
    settle: async (max = 200) => {
      for (let i = 0; i < max; i++) {
        win.settle();
        // Let the message channel and the service answer (a macrotask drains every microtask).
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (win.pendingFrames === 0 && runtime.client.pending === 0) return;
      }
    },
    setUrl: (u) => {
      win.location.href = u;
    },
    mutations: async () => {
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

/** Badge hosts in the document (optionally of one place). */
export function hosts(place?: 'card' | 'detail'): Element[] {
  return Array.from(document.querySelectorAll(place ? `rxl-badge[data-rxl-place="${place}"]` : 'rxl-badge'));
}
