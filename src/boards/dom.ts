/**
 * Small, generic DOM readers shared by every board file (job boards and ATS sites).
 *
 * Rules these helpers keep for their callers (see ../../shared/reference/performance-security.md §2, §6
 * and boards.md §2):
 * - read only: nothing here writes to the page;
 * - text comes from text nodes (what `textContent` returns), never `innerText`, which forces layout;
 * - nothing throws: a bad selector or URL gives null / [] / '' instead.
 */

/** Elements whose start and end become a line break in {@link blockText} (local names: lower case). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul',
]);
/** Table cells are separated by a space, not a line. */
const CELL_TAGS = new Set(['td', 'th']);
/** Never text a reader sees. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/**
 * Our own badge hosts (the runtime's contract attribute): never read back as posting text. They are
 * custom elements, so only elements whose name has a hyphen are asked for it (one DOM call fewer
 * per element: a third of the walk's time on a 500-card page).
 */
const OWN_HOST_ATTR = 'data-rxl-key';

/**
 * The text of `node` as `textContent` would give it, but with a line break between block
 * elements (`<p>`, `<li>`, `<div>`, `<br>`, headings...), so "Requirements<ul><li>CPhT</li>" reads as
 * two lines. Whitespace inside a line is collapsed, lines are trimmed and empty lines dropped.
 * Skips script/style/template and RxLadder's own badge hosts.
 */
export function blockText(node: Node | null | undefined): string {
  if (!node) return '';
  try {
    // No child elements (a title, a company name): its text nodes are all there is, and
    // textContent reads them in one DOM call instead of a visit each.
    if (node.nodeType === 1 && (node as Element).firstElementChild === null) {
      const tag = (node as Element).localName.toLowerCase();
      if (SKIP_TAGS.has(tag) || (tag.includes('-') && (node as Element).hasAttribute(OWN_HOST_ATTR))) return '';
      return normaliseLines(node.textContent ?? '');
    }
    const parts: string[] = [];
    walk(node, parts);
    return normaliseLines(parts.join(''));
  } catch {
    return '';
  }
}

function walk(node: Node, out: string[]): void {
  // Explicit stack: descriptions can be deeply nested and recursion depth is not free. Every DOM
  // call here crosses into the browser (from a content script's isolated world, at some cost;
  // hundreds of cards are read on a results page), so each node's type is read once and children are
  // reached through lastChild / previousSibling (half the time of a childNodes loop for 500 cards).
  const stack: (Node | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const type = item.nodeType;
    if (type === 3 /* TEXT_NODE */ || type === 4 /* CDATA */) {
      out.push((item as CharacterData).data);
      continue;
    }
    if (type !== 1 /* ELEMENT */ && type !== 9 && type !== 11) continue;
    let sep = '';
    if (type === 1) {
      const el = item as Element;
      // localName: lower case for HTML elements without the string that tagName.toUpperCase() made;
      // an XML document's upper-case names are lowered here (rare, and only then).
      let tag = el.localName;
      if (tag !== tag.toLowerCase()) tag = tag.toLowerCase();
      if (SKIP_TAGS.has(tag) || (tag.includes('-') && el.hasAttribute(OWN_HOST_ATTR))) continue;
      sep = BLOCK_TAGS.has(tag) ? '\n' : CELL_TAGS.has(tag) ? ' ' : '';
    }
    if (sep) {
      out.push(sep); // before the element's content...
      stack.push(sep); // ...and after it (popped once all children are done)
    }
    for (let kid = item.lastChild; kid; kid = kid.previousSibling) stack.push(kid);
  }
}

/**
 * Collapse spaces (incl. NBSP, zero-width), trim each line, drop empty lines. Two whole-string
 * passes rather than a pass per line: a card's raw text has dozens of (mostly empty) lines, and
 * 500 cards made 35,000 of them (10 ms per page in Chromium; 2 ms this way). Same result as
 * splitting into lines, collapsing and trimming each (tests/unit/page/text-read.test.ts).
 */
export function normaliseLines(s: string): string {
  if (ZERO_WIDTH.test(s)) s = s.replace(ZERO_WIDTH_ALL, '');
  return s.replace(INLINE_SPACE, ' ').replace(LINE_BREAK, '\n').trim();
}
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\ufeff]/g;
/** Runs of white space other than line breaks. */
const INLINE_SPACE = /[^\S\r\n\u2028\u2029]+/g;
/** A line break with the (collapsed) space before it and all white space after it (empty lines). */
const LINE_BREAK = / ?(?:\r\n|[\n\r\u2028\u2029])\s*/g;

/** {@link blockText} on one line (titles, employer names, locations). */
export function inlineText(node: Node | null | undefined): string {
  return blockText(node).replace(/\n/g, ' ');
}

/** `root.querySelectorAll(selector)` as an array; [] for an invalid selector. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * Like {@link queryAll}, but also returns `root` itself when it is an element matching `selector`,
 * so a board's `findCards(addedNode)` works when the runtime hands it a freshly added card.
 */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = queryAll(root, selector);
  if (isElement(root) && safeMatches(root, selector)) found.unshift(root);
  return found;
}

export interface MatchOptions {
  /** Skip matches that sit inside an element matching this selector (e.g. list cards when reading a pane). */
  notInside?: string;
}

/**
 * The first element found by an ordered list of selectors: every selector is tried in turn and
 * the first one that finds anything wins (so put the most stable hook first). Invalid selectors
 * are skipped.
 */
export function firstMatch(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  opts: MatchOptions = {},
): Element | null {
  if (!root) return null;
  for (const sel of selectors) {
    if (!opts.notInside) {
      // The first match only: querySelector stops there (cards are read by the hundred).
      const el = queryFirst(root, sel);
      if (el) return el;
      continue;
    }
    for (const el of queryAll(root, sel)) {
      if (el.parentElement?.closest(opts.notInside)) continue;
      return el;
    }
  }
  return null;
}

/** Inline text of the first element from {@link firstMatch} whose text is not empty; '' if none. */
export function firstText(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  opts: MatchOptions = {},
): string {
  if (!root) return '';
  for (const sel of selectors) {
    // Usually the first match has text: look further (all matches) only when it has none.
    const first = opts.notInside ? null : queryFirst(root, sel);
    if (first) {
      const t = inlineText(first);
      if (t) return t;
    } else if (!opts.notInside) {
      continue; // no match at all
    }
    for (const el of queryAll(root, sel)) {
      if (el === first) continue;
      if (opts.notInside && el.parentElement?.closest(opts.notInside)) continue;
      const t = inlineText(el);
      if (t) return t;
    }
  }
  return '';
}

/** `root.querySelector(selector)`; null for an invalid selector. */
function queryFirst(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** `el.closest(selector)` for each selector in order; the first hit wins. */
export function closestOf(el: Element, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const hit = el.closest(sel);
      if (hit) return hit;
    } catch {
      /* invalid selector: try the next one */
    }
  }
  return null;
}

/** `el.matches(selector)`; false for an invalid selector. */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Whether a card candidate belongs to the board's main result list: inside one of `lists` when
 * any of them exists in the card's document (so carousels and "jobs you may like" rails outside
 * the list are skipped), and never inside `exclude`. When no list container exists at all (the
 * board renamed it), the card is kept, so a redesign degrades to "more cards" not "no cards".
 */
export function inResultList(el: Element, lists: readonly string[], exclude: readonly string[] = []): boolean {
  if (exclude.length > 0 && closestOf(el, exclude)) return false;
  if (lists.length === 0 || closestOf(el, lists)) return true;
  const doc = el.ownerDocument;
  return !lists.some((sel) => queryAll(doc, sel).length > 0);
}

// ---------------------------------------------------------------------------------------------
// Job keys from URLs and attributes

/** A job key as found in an attribute or URL, trimmed; null unless it is 1–128 safe characters. */
export function cleanKey(raw: string | null | undefined): string | null {
  const k = raw?.trim();
  return k && /^[A-Za-z0-9][A-Za-z0-9_.~:-]{0,127}$/.test(k) ? k : null;
}

/** Parse `href` against `base` (or the page URL); null when it is not a URL. */
export function toUrl(href: string | URL | null | undefined, base?: string | URL): URL | null {
  if (!href) return null;
  try {
    return new URL(String(href), base ?? 'https://invalid.invalid/');
  } catch {
    return null;
  }
}

/** A query parameter of `href` as a clean key (`urlParam(a.href, 'jk')`). */
export function urlParam(href: string | URL | null | undefined, name: string, base?: string | URL): string | null {
  return cleanKey(toUrl(href, base)?.searchParams.get(name));
}

/** Capture group 1 of `re` applied to the pathname of `href`, as a clean key. */
export function pathKey(href: string | URL | null | undefined, re: RegExp, base?: string | URL): string | null {
  const u = toUrl(href, base);
  if (!u) return null;
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep the raw path */
  }
  return cleanKey(re.exec(path)?.[1]);
}

/** The first clean key among `el`'s attributes `names`, in order. */
export function attrKey(el: Element | null | undefined, names: readonly string[]): string | null {
  if (!el) return null;
  for (const n of names) {
    const k = cleanKey(el.getAttribute(n));
    if (k) return k;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Misc

/** Case- and whitespace-insensitive text equality (comparing a pane title with a card title). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const n = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return n(a) !== '' && n(a) === n(b);
}

/** Lower-case, punctuation-free form used to compare titles and employer names. */
function loose(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether a listing card and an open posting show the same job: same title (ignoring case, spacing
 * and punctuation) and, when both name one, the same employer. Split-view readers use it to spot a
 * pane that still shows the previous job after the selected id (URL, selected card) has changed.
 */
export function sameJob(
  a: { title?: string; employer?: string },
  b: { title?: string; employer?: string },
): boolean {
  const title = loose(a.title);
  if (!title || title !== loose(b.title)) return false;
  const [ea, eb] = [loose(a.employer), loose(b.employer)];
  return !ea || !eb || ea === eb;
}

/** Whether `url`'s host is one of `hosts` or a subdomain of one. */
export function hostMatches(url: URL, hosts: readonly string[]): boolean {
  const h = url.hostname.toLowerCase();
  return hosts.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The text of an HTML string (e.g. JSON-LD `description`), parsed in an inert document: scripts
 * do not run and nothing is inserted into the page. '' when no DOMParser is available.
 */
export function htmlToText(html: string | null | undefined, doc?: Document): string {
  if (!html) return '';
  try {
    const Parser = (doc?.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
    if (!Parser) return '';
    const parsed = new Parser().parseFromString(String(html), 'text/html');
    return blockText(parsed.body);
  } catch {
    return '';
  }
}

/** `JSON.parse` of a `<script>` element's text; undefined on missing element or bad JSON. */
export function scriptJson(el: Element | null | undefined): unknown {
  if (!el?.textContent) return undefined;
  try {
    return JSON.parse(el.textContent) as unknown;
  } catch {
    return undefined;
  }
}

/** Run a reader and swallow anything it throws (board files must never throw into the page). */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}
