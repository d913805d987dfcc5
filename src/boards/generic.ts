/**
 * Generic reader for pages no board file knows (boards.md §1 waterfall): schema.org JobPosting
 * (JSON-LD, then microdata) when it belongs to the page, else a heuristic: title from h1 and the
 * hooks in sharmanilay/jobestry job-utils.ts, text from the largest page block that holds
 * Qualifications/Requirements/Responsibilities-style headings and no page chrome. Used for
 * "scan this page"; it never finds cards (cards need a board file).
 */
import { blockText, firstMatch, inlineText, queryAll, safely } from './dom';
import { pickPostingFor, readJobPostings, structuredText, type StructuredPosting } from './jsonld';
import type { BoardAdapter, OpenPosting } from './types';

const TITLE = ['main h1', 'article h1', '[role="main"] h1', 'h1', '[data-testid*="job-title"]', '[data-automation-id*="jobTitle"]', '[class*="jobTitle"]'];
/** Page chrome. A `header` counts only at page level: `<article><header><h1>` is the posting's own. */
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
const CONTENT = 'main, article, [role="main"]';
const BLOCKS = new Set(['MAIN', 'ARTICLE', 'SECTION', 'DIV']);
const HEADING_SEL = 'h1, h2, h3, h4, h5, h6, [role="heading"], strong, b, dt, p, span';
const QUALIFICATION_HEADING =
  /^(?:(?:minimum|required|preferred|basic|essential|job|key|position)\s+)?(?:qualifications?|requirements?|responsibilities|duties|essential (?:functions|duties)|education(?: and experience)?|experience|licensure|licenses?(?: and certifications?)?|certifications?|skills|what you(?:'|’)?ll (?:need|do|bring)|what we(?:'|’)?re looking for|who you are)\s*:?$/i;
/** Job-id query parameters kept in the key; everything else (tracking, search terms) is dropped. */
const ID_PARAMS = /^(?:job_?id|jobid|jid|gh_jid|id|req(?:uisition)?_?id|req|posting_?id|jk|vjk|currentjobid|job)$/i;

/** Host + path (+ job-id parameters): the same page always gives the same key. */
export function genericKey(url: URL): string {
  const params = [...url.searchParams.entries()].filter(([k, v]) => ID_PARAMS.test(k) && v).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  return `${url.hostname}${url.pathname.replace(/\/+$/, '')}${query}`.slice(0, 256);
}

/** An explicit job-id query parameter (a JSON-LD identifier/url may carry it). */
function idParam(url: URL): string | undefined {
  for (const [k, v] of url.searchParams) if (ID_PARAMS.test(k) && /\d/.test(v)) return v;
  return undefined;
}

function isChrome(el: Element): boolean {
  return el.matches('header, [role="banner"]') ? !el.parentElement?.closest(CONTENT) : true;
}

/** Inside page chrome (or in a script/style). */
function inChrome(el: Element): boolean {
  if (el.closest('script, style, template')) return true;
  for (let c = el.closest(CHROME); c; c = c.parentElement?.closest(CHROME) ?? null) if (isChrome(c)) return true;
  return false;
}

/** Holds page chrome somewhere below it. */
function holdsChrome(el: Element): boolean {
  return queryAll(el, CHROME).some(isChrome);
}

function visibleTitle(doc: Document): { el: Element | null; text: string } {
  for (const sel of TITLE) {
    for (const el of queryAll(doc, sel)) {
      if (inChrome(el)) continue;
      const text = inlineText(el);
      if (text) return { el, text };
    }
  }
  return { el: null, text: (doc.title || '').split(/\s+[|–—]\s+/)[0]?.trim() ?? '' };
}

function isQualificationHeading(el: Element): boolean {
  if ((el.textContent ?? '').length > 80) return false;
  const t = inlineText(el);
  return t.length > 0 && t.length <= 60 && QUALIFICATION_HEADING.test(t);
}

/** The largest main/article/section/div holding a qualification heading, containing no chrome. */
export function descriptionBlock(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  const checked = new Set<Element>();
  for (const h of queryAll(doc, HEADING_SEL)) {
    if (!isQualificationHeading(h) || inChrome(h)) continue;
    for (let el = h.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
      if (checked.has(el)) break; // this ancestor chain was measured from an earlier heading
      checked.add(el);
      if (!BLOCKS.has(el.tagName.toUpperCase()) && el.getAttribute('role') !== 'main') continue;
      if (holdsChrome(el)) break; // every wrapper above holds it too
      const len = (el.textContent ?? '').length;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
  }
  return best;
}

function fromStructured(doc: Document, url: URL, title: { el: Element | null; text: string }): OpenPosting | null {
  // Proof: the posting's url is this page, or its identifier/url holds the page's id parameter.
  const expected: { title?: string; key?: string; url: URL } = { title: title.text, url };
  const id = idParam(url);
  if (id) expected.key = id;
  let s: StructuredPosting | null = pickPostingFor(doc, expected);
  // One microdata posting is part of the rendered page itself (not a leftover script): trust it.
  if (!s) {
    const all = readJobPostings(doc);
    const micro = all.filter((p) => p.source === 'microdata');
    if (micro.length === 1 && all.length === 1) s = micro[0]!;
  }
  if (!s?.text) return null;
  const anchor = title.el ?? (s.source === 'microdata' ? firstMatch(s.element, ['[itemprop~="title"]']) ?? s.element : null);
  if (!anchor) return null;
  return {
    key: genericKey(url),
    title: s.title || title.text,
    employer: s.employer,
    location: s.location,
    text: structuredText(s),
    badgeAnchor: anchor,
    source: 'jsonld', // structured data (JSON-LD or microdata): types.ts has no separate 'microdata'
  };
}

function fromHeuristic(doc: Document, url: URL, title: { el: Element | null; text: string }): OpenPosting | null {
  const block = descriptionBlock(doc);
  const text = blockText(block);
  if (!block || !text || !title.text) return null;
  return { key: genericKey(url), title: title.text, text, badgeAnchor: title.el ?? block, source: 'heuristic' };
}

export const genericBoard: BoardAdapter = {
  id: 'generic',
  name: 'This page',
  hosts: [],
  findCards: () => [],
  findOpenPosting: (doc, url) =>
    safely(() => {
      const title = visibleTitle(doc);
      return fromStructured(doc, url, title) ?? fromHeuristic(doc, url, title);
    }, null),
  expectsListings: () => false,
};
