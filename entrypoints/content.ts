import { defineContentScript } from 'wxt/utils/define-content-script';
import { boardFor } from '../src/boards';
import { SUPPORTED_MATCHES } from '../src/boards/hosts';
import { FRAME_BOARDS } from '../src/page/constants';
import { shouldRun, startPage } from '../src/page/lifecycle';

// Thin entry: pick the board file for this page and start the runtime (src/page/).
export default defineContentScript({
  // Exactly the supported boards (also the manifest's host_permissions): nothing runs elsewhere.
  matches: SUPPORTED_MATCHES,
  // iCIMS renders its job list and postings in iframe#icims_content_iframe (boards.md §3.9) and
  // Greenhouse boards are often embedded as iframes; in every other board's subframes the script
  // returns at once (see FRAME_BOARDS).
  allFrames: true,
  // After the DOM is parsed, when the page is idle (tests/unit/hosts.test.ts pins it). Content
  // that arrives later is picked up by the runtime's MutationObserver.
  runAt: 'document_idle',
  main(ctx) {
    // Harmless marker the end-to-end tests rely on: the content script ran on this page.
    document.documentElement.dataset.rxlReady = '1';
    console.debug('[RxLadder] content script ready');
    let board = null;
    try {
      board = boardFor(new URL(location.href));
    } catch {
      return;
    }
    if (!shouldRun(board, window === window.top, FRAME_BOARDS)) return;
    startPage(ctx, board).catch(() => undefined);
  },
});
