import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const BOARD_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'boards');

export interface LoadedPage {
  doc: Document;
  url: URL;
  window: Window;
}

/**
 * Load tests/fixtures/boards/<board>/<file> into a fresh happy-dom window at `url`, so each test
 * gets its own document and `location`. happy-dom runs no page scripts and loads no iframes or
 * stylesheets by default, which is what a fixture needs.
 */
export function loadBoardFixture(board: string, file: string, url: string): LoadedPage {
  return loadHtml(readFileSync(join(BOARD_FIXTURES, board, file), 'utf8'), url);
}

/** Same as {@link loadBoardFixture} for an inline HTML string. */
export function loadHtml(html: string, url: string): LoadedPage {
  const window = new Window({ url });
  window.document.write(html);
  return { doc: window.document as unknown as Document, url: new URL(url), window };
}

/** Move the page to another URL (split-view selection changes) without reloading the document. */
export function setUrl(page: LoadedPage, url: string): void {
  page.window.happyDOM.setURL(url);
  page.url = new URL(url);
}
