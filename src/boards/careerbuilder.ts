/**
 * CareerBuilder (boards.md §3.6: job pages at /job/{id}; "scrapers go API → JSON-LD → HTML"). The
 * JSON-LD on job pages is read first; the card and page markup below (a[data-job-did],
 * .data-results-title, .data-details, #jdp_description) is UNVERIFIED, so the job id in the
 * /job/{id} link and `data-job-did` carry the reader and the class names are only fallbacks.
 *
 * Test URLs:
 *   https://www.careerbuilder.com/jobs?keywords=pharmacy+technician&location=Portland%2C+OR   results
 *   https://www.careerbuilder.com/job/{id}                                                     job
 *
 * Key: the job id ("J3…").
 */
import { badgeAnchorFor, cardFrom, collectCards } from './cards';
import { defineBoard } from './define';
import { attrKey, closestOf, firstMatch, firstText, inResultList, inlineText, pathKey, queryAll } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, ListingCard, OpenPosting } from './types';

const JOB_IN_PATH = /^\/job\/([A-Za-z0-9]{8,40})(?:\/|$)/;
const LISTS = ['#jobs_collection', 'ol.data-results', '[data-testid="job-results"]'];
const CARD = ['li.data-results-content-parent', '[data-testid="job-card"]', 'li', 'article'];

/** `.data-details` holds "Employer · Location · Type" as three spans (cards and the job header). */
function details(scope: Element): string[] {
  return queryAll(scope, '.data-details > span').map((s) => inlineText(s));
}

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return collectCards(root, 'a[href*="/job/"], a[data-job-did]', (link, seen) => {
    if (!inResultList(link, LISTS, ['nav', 'header', 'footer', 'aside'])) return null;
    const key = attrKey(link, ['data-job-did']) ?? pathKey(link.getAttribute('href'), JOB_IN_PATH, url);
    const card = closestOf(link, CARD);
    const titleEl = firstMatch(link, ['.data-results-title', '[data-testid="job-title"]', 'h2', 'h3']) ?? link;
    const title = inlineText(titleEl);
    if (!key || !card || !title || seen.has(key)) return null;
    const [employer, location] = details(card);
    const found = cardFrom(card, key, title, { anchor: badgeAnchorFor(titleEl, card), snippet: 'inline' });
    return { ...found, employer: employer || undefined, location: location || undefined };
  });
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const header = firstMatch(doc, ['.data-display-header_info-content', '[data-testid="job-header"]']);
  const titleEl = firstMatch(header ?? doc, ['h1', 'h2', '.dark-blue-text']);
  const desc = firstMatch(doc, ['#jdp_description', '.jdp-description-details', '[data-testid="job-description"]']);
  if (!titleEl) return null;
  const [employer, location] = header ? details(header) : [];
  return composePosting(doc, {
    key: pathKey(url, JOB_IN_PATH),
    title: inlineText(titleEl),
    anchor: titleEl,
    employer: employer || firstText(doc, ['[data-testid="company-name"]']),
    location,
    textEls: [firstMatch(doc, ['#cb-tip-list', '.jdp-left-content .pay']), desc],
  });
}

export const careerbuilderBoard: BoardAdapter = defineBoard({
  id: 'careerbuilder',
  name: 'CareerBuilder',
  hosts: ['careerbuilder.com'],
  findCards,
  findOpenPosting,
  listingPage: (url) => /^\/jobs\/?$/.test(url.pathname) || /^\/jobs-[^/]+\/?$/.test(url.pathname) || JOB_IN_PATH.test(url.pathname),
});
