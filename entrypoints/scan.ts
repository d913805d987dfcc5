/**
 * "Scan this page" (the popup, issue #4): injected on demand into the active tab with
 * scripting.executeScript (activeTab: only after the reader clicked RxLadder's toolbar button),
 * on any site. Reads the page with the generic reader (its schema.org JobPosting, else headings and
 * main text) and returns the posting as the script's result; the analysis runs in the background.
 * Reads only, changes nothing on the page, uses no extension API and holds no analyzer or keyword
 * map (tests/unit/page/content-graph.test.ts, tests/e2e/bundle.e2e.test.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { genericBoard, genericKey } from '../src/boards/generic';
import { MAX_EMPLOYER, MAX_ITEM_TEXT, MAX_KEY, MAX_TITLE } from '../src/page/messages';
import type { ScannedPosting } from '../src/tab/messages';

export default defineUnlistedScript((): ScannedPosting | null => {
  try {
    const url = new URL(location.href);
    const posting = genericBoard.findOpenPosting(document, url);
    if (!posting || !posting.text) return null;
    const result: ScannedPosting = {
      key: `generic:${genericKey(url)}`.slice(0, MAX_KEY),
      title: posting.title.slice(0, MAX_TITLE),
      text: posting.text.slice(0, MAX_ITEM_TEXT),
      source: posting.source === 'jsonld' ? 'jsonld' : 'heuristic',
    };
    if (posting.employer) result.employer = posting.employer.slice(0, MAX_EMPLOYER);
    return result;
  } catch {
    return null;
  }
});
