/**
 * iCIMS career sites (boards.md §3.9). The parent page at careers-{company}.icims.com only frames
 * the content: `iframe#icims_content_iframe` loads the same path with `?in_iframe=1`, and that
 * inner document holds the list (`.iCIMS_JobsTable`) or the job (`.iCIMS_JobContent`). The content
 * script must run with `allFrames: true`; this reader works on whichever document it is given,
 * and on a parent page that frames the content it reports nothing (no cards, no posting), so the
 * job's JSON-LD in the parent never yields a second detail badge.
 *
 * Test URLs:
 *   https://careers-{company}.icims.com/jobs/search?ss=1                     parent (frames the list)
 *   https://careers-{company}.icims.com/jobs/search?ss=1&in_iframe=1         list (frame document)
 *   https://careers-{company}.icims.com/jobs/{id}/{slug}/job?in_iframe=1     job (frame document)
 *
 * Key: `{host label}:{job id}` (ids are per tenant).
 */
import { badgeAnchorFor, cardFrom, collectCards } from './cards';
import { defineBoard } from './define';
import { cleanKey, closestOf, firstMatch, inResultList, inlineText, pathKey, queryAll } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, ListingCard, OpenPosting } from './types';

const JOB_IN_PATH = /^\/jobs\/(\d+)(?:\/|$)/;
const CONTENT_FRAME = 'iframe#icims_content_iframe, iframe[src*="in_iframe=1"]';

function keyFor(url: URL, id: string | null): string | null {
  return id ? cleanKey(`${url.hostname.split('.')[0] ?? ''}:${id}`) : null;
}

/** The page frames the iCIMS content: the frame's own content script reads it. */
function isParentPage(doc: Document | null | undefined): boolean {
  return !!doc && queryAll(doc, CONTENT_FRAME).length > 0;
}

/** Value of the header field whose label matches `label` (e.g. "Job Locations"). */
function headerField(scope: ParentNode, label: RegExp): string {
  for (const tag of queryAll(scope, '.iCIMS_JobHeaderTag, .iCIMS_JobHeaderGroup > div')) {
    const dt = firstMatch(tag, ['dt', '.iCIMS_JobHeaderField']);
    if (dt && label.test(inlineText(dt))) return inlineText(firstMatch(tag, ['dd', '.iCIMS_JobHeaderData']));
  }
  return '';
}

function findCards(root: ParentNode, url: URL): ListingCard[] {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (isParentPage(doc)) return [];
  return collectCards(root, 'a[href*="/jobs/"]', (link, seen) => {
    if (!inResultList(link, ['.iCIMS_JobsTable'], ['nav', 'header', 'footer', '.iCIMS_Paging'])) return null;
    const key = keyFor(url, pathKey(link.getAttribute('href'), JOB_IN_PATH, url));
    const card = closestOf(link, ['.row', 'tr', 'li', '.iCIMS_JobListingRow']);
    if (!key || !card || card.matches('.header') || seen.has(key)) return null;
    // The link also holds a screen-reader "Title" label; the heading holds the title alone.
    const titleEl = firstMatch(link, ['h3', 'h2', '.iCIMS_JobTitle', '[class*="title" i]']);
    const title = inlineText(titleEl) || (link.getAttribute('title') ?? '').replace(/^\d+\s*-\s*/, '').trim();
    if (!title) return null;
    const anchor = badgeAnchorFor(titleEl ?? link, card);
    return { ...cardFrom(card, key, title, { anchor, snippet: 'inline' }), location: headerField(card, /location/i) || undefined };
  });
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  if (isParentPage(doc)) return null;
  const titleEl = firstMatch(doc, ['h1.iCIMS_Header', '.iCIMS_Header h1', '.iCIMS_JobContainer h1', '.iCIMS_JobPage h1']);
  const content = firstMatch(doc, ['.iCIMS_JobContent']);
  const textEls = content ? [content] : queryAll(doc, '.iCIMS_InfoMsg_Job, .iCIMS_Expandable_Text');
  if (!titleEl || textEls.length === 0) return null;
  const id = pathKey(url, JOB_IN_PATH);
  return composePosting(doc, {
    key: keyFor(url, id),
    matchKey: id,
    title: inlineText(titleEl),
    anchor: titleEl,
    employer: /careers at (.+)$/i.exec(doc.title)?.[1]?.trim(),
    location: headerField(doc, /location/i),
    textEls,
  });
}

export const icimsBoard: BoardAdapter = defineBoard({
  id: 'icims',
  name: 'iCIMS',
  hosts: ['icims.com'],
  findCards,
  findOpenPosting,
  // Listings live in the framed document (?in_iframe=1): the parent page never has them itself,
  // so it must not be reported as "no listings found".
  listingPage: (url) =>
    url.searchParams.get('in_iframe') === '1' &&
    (/^\/jobs\/search\/?$/.test(url.pathname) || /^\/jobs\/\d+(\/[^/]*)?\/job\/?$/.test(url.pathname)),
});
