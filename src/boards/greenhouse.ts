/**
 * Greenhouse hosted job boards (boards.md §3.8; selectors unverified). Two layouts: classic
 * boards.greenhouse.io (list `.opening`, detail `.app-title` / `#content`) and the newer
 * job-boards.greenhouse.io (list `tr.job-post`, detail `.job__title h1` / `.job__description`).
 * JSON-LD is read first on job pages when it names this job (§3.8, §4).
 *
 * Test URLs:
 *   https://boards.greenhouse.io/{org}                    classic list
 *   https://boards.greenhouse.io/{org}/jobs/{id}          classic job
 *   https://job-boards.greenhouse.io/{org}/jobs/{id}      new job (also job-boards.eu.greenhouse.io)
 *   https://{custom-domain}/careers?gh_jid={id}           embed (iframe; needs allFrames)
 *
 * Key: the numeric job id (global across Greenhouse).
 */
import { badgeAnchorFor, cardFrom, collectCards } from './cards';
import { defineBoard } from './define';
import { cleanKey, closestOf, firstMatch, firstText, inlineText, pathKey, queryAll, urlParam } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, ListingCard, OpenPosting } from './types';

const JOB_IN_PATH = /\/jobs\/(\d{3,})(?:\/|$)/;
/** Card roots: classic, then the new board's table row; job links are the id hook. */
const CARD = ['.opening', 'tr.job-post', '.job-post'];
const CARD_LOCATION = ['.location', 'p.body__secondary', '.job-post-location'];
const CHROME = 'nav, header, footer, #header, #footer, aside';

function jobKey(href: string | URL | null | undefined, base: URL): string | null {
  return pathKey(href, JOB_IN_PATH, base) ?? urlParam(href, 'gh_jid', base) ?? urlParam(href, 'token', base);
}

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return collectCards(root, 'a[href]', (link, seen) => {
    const key = jobKey(link.getAttribute('href'), url);
    if (!key || seen.has(key)) return null;
    const card = closestOf(link, CARD);
    if (!card || card.closest(CHROME)) return null;
    // Title: the link itself on the classic board; the first line inside it on the new one.
    const titleEl = firstMatch(link, ['p.body--medium', 'p', 'h3', 'h4']) ?? link;
    const title = inlineText(titleEl);
    if (!title) return null;
    return cardFrom(card, key, title, { location: CARD_LOCATION, anchor: badgeAnchorFor(titleEl, card), snippet: 'inline' });
  });
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const titleEl = firstMatch(doc, ['.job__title h1', '.app-title', 'h1.app-title', '#header h1', '.job__title', 'h1']);
  const desc = firstMatch(doc, ['.job__description', '#content', '.job-post-content', '#app_body .content']);
  if (!titleEl || !desc) return null;
  const employer =
    firstText(doc, ['.company-name']).replace(/^at\s+/i, '') ||
    (/.*\bat\s+(.+)$/i.exec(doc.title)?.[1]?.trim() ?? '');
  return composePosting(doc, {
    key: jobKey(url, url) ?? cleanKey(queryAll(doc, '[data-job-id]')[0]?.getAttribute('data-job-id')),
    title: inlineText(titleEl),
    anchor: titleEl,
    employer,
    location: firstText(doc, ['.job__location', '.location']),
    textEls: [desc],
  });
}

export const greenhouseBoard: BoardAdapter = defineBoard({
  id: 'greenhouse',
  name: 'Greenhouse',
  hosts: ['greenhouse.io'],
  findCards,
  findOpenPosting,
  // A board's list (/{org}), a job (/{org}/jobs/{id}), or the embed frames (/embed/job_board, /embed/job_app).
  listingPage: (url) =>
    /^(boards|job-boards)(\.[a-z]{2})?\.greenhouse\.io$/i.test(url.hostname) &&
    (/^\/[^/]+(\/jobs\/\d+)?\/?$/.test(url.pathname) || /^\/embed\/job_(board|app)\/?$/.test(url.pathname)),
});
