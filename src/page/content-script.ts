/**
 * One content script per board (entrypoints/<board>.content.ts): each page loads only its own
 * board file plus the shared runtime and badge UI (WXT bundles every content script on its own, so
 * nothing is shared at run time and nothing of the other boards is loaded).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BoardAdapter } from '../boards/types';
import { BOARD_MATCHES, type BoardId } from '../boards/hosts';
import { hostMatches } from '../boards/dom';
import { FRAME_BOARDS } from './constants';
import { shouldRun, startPage } from './lifecycle';
import { reserveBadgeSpace } from './reserve';

/** The content script definition for `board`: its matches come from src/boards/hosts.ts. */
export function boardContentScript(board: BoardAdapter) {
  const matches: readonly string[] | undefined = BOARD_MATCHES[board.id as BoardId];
  if (!matches) throw new Error(`No match patterns for board ${board.id} in src/boards/hosts.ts`);
  return defineContentScript({
    // Exactly this board's patterns (all boards' patterns together are the manifest's
    // host_permissions): nothing runs elsewhere.
    matches: [...matches],
    // iCIMS renders its job list and postings in iframe#icims_content_iframe (boards.md §3.9) and
    // Greenhouse boards are often embedded as iframes (FRAME_BOARDS); every other board's script
    // runs in the top frame only.
    allFrames: FRAME_BOARDS.has(board.id),
    // After the DOM is parsed, when the page is idle (tests/unit/hosts.test.ts pins it). Content
    // that arrives later is picked up by the runtime's MutationObserver. A board that reserves badge
    // space (src/page/reserve.ts) starts at document_start to adopt its stylesheet before the first
    // layout, and runs the rest once the document is parsed.
    runAt: board.reserve ? 'document_start' : 'document_idle',
    // WXT announces a new script instance with a CustomEvent (which stops an older instance) and,
    // unless told not to, also with window.postMessage: that message reaches every message
    // listener of the board's own scripts and costs ≈ 3 ms on the 500-card page (bench:page).
    noScriptStartedPostMessage: true,
    main(ctx) {
      // Marker: a content script of ours ran in this document (end-to-end tests wait for it; a
      // later instance, after an update, knows from it that an earlier one may have left state).
      // No console line: with DevTools attached, one costs ≈ 3 ms on a 500-card page.
      const firstRun = document.documentElement.dataset.rxlReady !== '1';
      document.documentElement.dataset.rxlReady = '1';
      let here: BoardAdapter | null = null;
      let url: URL;
      try {
        url = new URL(location.href);
        here = hostMatches(url, board.hosts) ? board : null;
      } catch {
        return;
      }
      if (!shouldRun(here, window === window.top, FRAME_BOARDS)) return;
      const active: BoardAdapter = here;
      // Only while the document is still parsing: space opened under cards already laid out would
      // move them (a script injected again into an open page, as Firefox does on an update).
      const parsing = document.readyState === 'loading';
      const reserve = parsing && active.reserve && active.expectsListings(url) ? active.reserve : null;
      const reservation = reserve ? reserveBadgeSpace(document, reserve) : null;
      const run = () => {
        startPage(ctx, active, firstRun, reservation).catch(() => reservation?.remove());
      };
      if (parsing) document.addEventListener('DOMContentLoaded', run, { once: true });
      else run();
    },
  });
}
