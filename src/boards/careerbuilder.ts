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
import { attrKey, closestOf, firstMatch, firstText, hostMatches, inResultList, inlineText, pathKey, queryAll, queryAllWithSelf, safely } from './dom';
import { badgeAnchorFor, composePosting } from './jsonld';
import type { BoardAdapter, ListingCard } from './types';

const HOSTS = ['careerbuilder.com'] as const;
const JOB_IN_PATH = /^\/job\/([A-Za-z0-9]{8,40})(?:\/|$)/;
const LISTS = ['#jobs_collection', 'ol.data-results', '[data-testid="job-results"]'];
const CARD = ['li.data-results-content-parent', '[data-testid="job-card"]', 'li', 'article'];

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const link of queryAllWithSelf(root, 'a[href*="/job/"], a[data-job-did]')) {
      if (!inResultList(link, LISTS, ['nav', 'header', 'footer', 'aside'])) continue;
      const key = attrKey(link, ['data-job-did']) ?? pathKey(link.getAttribute('href'), JOB_IN_PATH, url);
      const card = closestOf(link, CARD);
      const titleEl = firstMatch(link, ['.data-results-title', '[data-testid="job-title"]', 'h2', 'h3']) ?? link;
      const title = inlineText(titleEl);
      if (!key || !card || !title || seen.has(key)) continue;
      seen.add(key);
      // .data-details holds "Employer · Location · Type" as three spans.
      const details = queryAll(card, '.data-details > span').map((s) => inlineText(s));
      cards.push({
        key,
        element: card,
        badgeAnchor: badgeAnchorFor(titleEl, card),
        title,
        employer: details[0] || undefined,
        location: details[1] || undefined,
        snippet: inlineText(card),
      });
    }
    return cards;
  }, []);
}

function findOpenPosting(doc: Document, url: URL) {
  return safely(() => {
    const header = firstMatch(doc, ['.data-display-header_info-content', '[data-testid="job-header"]']);
    const titleEl = firstMatch(header ?? doc, ['h1', 'h2', '.dark-blue-text']);
    const desc = firstMatch(doc, ['#jdp_description', '.jdp-description-details', '[data-testid="job-description"]']);
    if (!titleEl) return null;
    const details = header ? queryAll(header, '.data-details > span').map((s) => inlineText(s)) : [];
    return composePosting(doc, {
      key: pathKey(url, JOB_IN_PATH),
      title: inlineText(titleEl),
      anchor: titleEl,
      employer: details[0] || firstText(doc, ['[data-testid="company-name"]']),
      location: details[1],
      textEls: [firstMatch(doc, ['#cb-tip-list', '.jdp-left-content .pay']), desc],
    });
  }, null);
}

export const careerbuilderBoard: BoardAdapter = {
  id: 'careerbuilder',
  name: 'CareerBuilder',
  hosts: HOSTS,
  findCards,
  findOpenPosting,
  expectsListings: (url) => hostMatches(url, HOSTS) && (/^\/jobs\/?$/.test(url.pathname) || /^\/jobs-[^/]+\/?$/.test(url.pathname) || JOB_IN_PATH.test(url.pathname)),
};
