import { Window } from 'happy-dom';
import type { PostingInput } from '../analyze';
import { genericBoard } from '../boards/generic';
import { readJobPostings, structuredText } from '../boards/jsonld';

/**
 * A saved web page (`.html`) as a posting, read the way the extension reads a page no board
 * file knows (src/boards/generic.ts): schema.org JobPosting first, then the page title and its
 * main text. The page is
 * parsed in happy-dom with scripts, stylesheets and network disabled; nothing on it runs.
 */
export function readSavedPage(html: string, url = 'https://saved.page.invalid/'): PostingInput {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // A saved page is a snapshot: its only JobPosting cannot be stale from in-page navigation,
    // so it is trusted even when the page's own heading is a generic "Careers".
    const structured = readJobPostings(doc);
    if (structured.length === 1 && structured[0]!.title) return { title: structured[0]!.title, text: structuredText(structured[0]!) };
    const posting = genericBoard.findOpenPosting(doc, new URL(url));
    if (posting) return { title: posting.title, text: posting.text };
    return { title: doc.title ?? '', text: doc.body?.textContent ?? '' };
  } finally {
    void window.happyDOM.close();
  }
}
