/**
 * Start the runtime on a board page with the real browser APIs, and stop it quietly when the
 * extension context goes away (extension updated, reloaded or removed while the tab is open):
 * the observer is disconnected, frames and timers are cancelled, badges stay on the page greyed
 * out (data-rxl-stale), and no further extension API is called, so nothing spams the console.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BoardAdapter } from '../boards/types';
import { LOG_PREFIX } from './constants';
import { isReadAllMessage, parseRevealMessage, parseUpgradedMessage, type AnalyzeMessage, type RevealReply, type RxlMessage } from './messages';
import { storageProfileSource } from './profile';
import type { Reservation } from './reserve';
import { PageRuntime } from './runtime';

function sendMessage(message: RxlMessage): void {
  // Fire and forget; a missing receiver or a dead context is not an error worth logging.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** One analysis request to the background; the reply is validated by the caller. */
function askBackground(message: AnalyzeMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message) as Promise<unknown>;
}

/** Start RxLadder on this page for `board`. Resolves with the runtime (or null if the context died). */
export async function startPage(
  ctx: ContentScriptContext,
  board: BoardAdapter,
  firstRun = false,
  reservation: Reservation | null = null,
): Promise<PageRuntime | null> {
  const runtime = new PageRuntime({
    board,
    doc: document,
    win: window,
    ctx,
    profile: storageProfileSource(),
    analysis: askBackground,
    send: sendMessage,
    log: (line) => console.info(line),
    // In a subframe (iCIMS, an embedded Greenhouse board) everything is read at once: an observer
    // there gets no margin when the frame is cross-origin with the page, so far-off cards would
    // wake only once on screen (src/page/distant.ts).
    nearPx: window === window.top ? undefined : Number.POSITIVE_INFINITY,
    firstRun,
    reservation,
  });
  if (ctx.isInvalid) {
    reservation?.remove();
    return null;
  }
  ctx.addEventListener(window, 'wxt:locationchange', (event) => runtime.locationChanged(event.newUrl));
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) runtime.restored();
  });
  listenForExtension(ctx, runtime);
  // The first frame reads the listings and sends them to the background at once (the analysis
  // runs there: nothing of it is loaded or run in the page). A warm-up render of a sample badge
  // while the answers were on the way was dropped: with only the cards near the screen read at
  // load (distant.ts) it saved nothing and cost its own task (bench:page, paired runs).
  runtime.start();
  return runtime;
}

/**
 * Messages from our own extension only (a content script hears runtime messages from the
 * extension's pages and worker, never from web pages), each validated:
 * - `rxl/upgraded` (background): a posting read in another tab upgrades this page's cards;
 * - `rxl/read-all` (the popup opened): far-off listings are read too, so its counts are whole;
 * - `rxl/reveal` (the popup's listing links, src/page/reveal.ts): only a frame that shows the
 *   listing answers, so in a page with several frames (iCIMS) the answer comes from the right one.
 * The listener goes with the context.
 */
function listenForExtension(ctx: ContentScriptContext, runtime: PageRuntime): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: RevealReply) => void): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const upgraded = parseUpgradedMessage(raw);
    if (upgraded) {
      runtime.upgraded(upgraded.keys);
      return undefined;
    }
    if (isReadAllMessage(raw)) {
      runtime.readAll();
      return undefined;
    }
    const reveal = parseRevealMessage(raw);
    if (reveal && runtime.reveal(reveal.key)) sendResponse({ type: 'rxl/revealed', found: true });
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        /* context gone */
      }
    });
  } catch {
    /* no messaging: cards upgrade on the next page load */
  }
}

/** The board for this frame, or null when the content script should stay idle here. */
export function shouldRun(board: BoardAdapter | null, isTopFrame: boolean, frameBoards: ReadonlySet<string>): board is BoardAdapter {
  return board !== null && (isTopFrame || frameBoards.has(board.id));
}

export { LOG_PREFIX };
