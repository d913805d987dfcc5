/**
 * Start the runtime on a board page with the real browser APIs, and stop it quietly when the
 * extension context goes away (extension updated, reloaded or removed while the tab is open):
 * the observer is disconnected, frames and timers are cancelled, badges stay on the page greyed
 * out (data-rxl-stale), and no further extension API is called, so nothing spams the console.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BoardAdapter } from '../boards/types';
import { LOG_PREFIX } from './constants';
import { PostingStore, type StoredAnalyses } from './listings';
import type { RxlMessage } from './messages';
import { createProfileSource } from './profile';
import { PageRuntime } from './runtime';

export const analysesItem = storage.defineItem<StoredAnalyses>('local:rxl-analyses', {
  fallback: { v: 1, entries: [] },
});

/** Longest wait for the stored profile and analyses before the first scan (ms). */
const STARTUP_WAIT_MS = 250;

function sendMessage(message: RxlMessage): void {
  // Fire and forget; a missing receiver or a dead context is not an error worth logging.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function withTimeout(p: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([p, new Promise((resolve) => setTimeout(resolve, ms))]);
}

type PostTask = (cb: () => void, options: { priority: string }) => Promise<unknown>;

/** Run `fn` in a task of its own, ahead of the page's queued tasks where the browser allows it. */
function nextTask(fn: () => void): Promise<void> {
  return new Promise((resolve) => {
    const run = () => {
      try {
        fn();
      } finally {
        resolve();
      }
    };
    const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
    if (typeof postTask === 'function') {
      postTask.call((globalThis as { scheduler?: unknown }).scheduler, run, { priority: 'user-blocking' }).catch(() => resolve());
    } else {
      setTimeout(run, 0);
    }
  });
}

/** Start RxLadder on this page for `board`. Resolves with the runtime (or null if the context died). */
export async function startPage(ctx: ContentScriptContext, board: BoardAdapter): Promise<PageRuntime | null> {
  const profile = createProfileSource();
  const store = new PostingStore({
    get: () => analysesItem.getValue(),
    set: (value) => analysesItem.setValue(value),
  });
  const loading = withTimeout(Promise.all([profile.load(), store.load()]), STARTUP_WAIT_MS);
  const runtime = new PageRuntime({
    board,
    doc: document,
    win: window,
    ctx,
    profile,
    store,
    send: sendMessage,
    log: (line) => console.info(line),
  });
  // Storage reads are in flight while the cold paths compile (keyword tries, analyzer, badge:
  // 20–40 ms once), in a task of their own rather than in script evaluation or the first frame.
  for (const step of [0, 1] as const) {
    await nextTask(() => {
      if (!ctx.isInvalid) runtime.warm(step);
    });
  }
  await loading;
  if (ctx.isInvalid) return null;

  ctx.addEventListener(window, 'wxt:locationchange', (event) => runtime.locationChanged(event.newUrl));
  // Write pending analyses before the page goes away (bfcache or unload).
  ctx.addEventListener(window, 'pagehide', () => void store.flush());
  runtime.start();
  return runtime;
}

/** The board for this frame, or null when the content script should stay idle here. */
export function shouldRun(board: BoardAdapter | null, isTopFrame: boolean, frameBoards: ReadonlySet<string>): board is BoardAdapter {
  return board !== null && (isTopFrame || frameBoards.has(board.id));
}

export { LOG_PREFIX };
