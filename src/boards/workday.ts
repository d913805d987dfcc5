/**
 * Workday career sites (boards.md §3.7). `data-automation-id` is Workday's stable contract; its
 * css-xxxx classes regenerate per build and are never used here (§2).
 *
 * Test URLs:
 *   https://{tenant}.wd5.myworkdayjobs.com/en-US/{site}                                    results
 *   https://{tenant}.wd5.myworkdayjobs.com/en-US/{site}/job/{location}/{Title}_{reqId}     detail
 *   https://{tenant}.wd5.myworkdayjobs.com/{site}/details/{Title}_{reqId}                  split pane
 *
 * Key: `{tenant}:{reqId}` (requisition ids such as "R-20401" repeat across employers).
 */
import { badgeAnchorFor, cardFrom, collectCards } from './cards';
import { defineBoard } from './define';
import { attrKey, cleanKey, firstMatch, firstText, hostMatches, inResultList, inlineText, pathKey } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, ListingCard, OpenPosting } from './types';

const HOSTS = ['myworkdayjobs.com'] as const;
const LISTS = ['[data-automation-id="jobResults"]'];
/** Rails that reuse the jobTitle hook outside the result list (e.g. "Similar Jobs" on a job page). */
const NOT_LISTS = ['[data-automation-id*="similarJobs"]', 'nav', 'header', 'footer', 'aside'];
const TITLE_LINK = 'a[data-automation-id="jobTitle"]';
const LOCATION = ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'];
/** The last path segment's "_{reqId}" (job/…/Title_R-123, details/Title_R-123). */
const REQ_IN_PATH = /\/(?:job|details)\/(?:[^/]+\/)*[^/]*_([A-Za-z0-9][A-Za-z0-9-]*)\/?$/;

/** "cascadevalley" from cascadevalley.wd5.myworkdayjobs.com; custom domains use the whole host. */
function tenant(url: URL): string {
  return hostMatches(url, HOSTS) ? (url.hostname.split('.')[0] ?? url.hostname) : url.hostname;
}

function keyFor(url: URL, reqId: string | null): string | null {
  return reqId ? cleanKey(`${tenant(url)}:${reqId}`) : null;
}

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return collectCards(root, TITLE_LINK, (link, seen) => {
    if (!inResultList(link, LISTS, NOT_LISTS)) return null;
    const key = keyFor(url, pathKey(link.getAttribute('href'), REQ_IN_PATH, url));
    const card = link.closest('li') ?? link.parentElement;
    const title = inlineText(link);
    if (!key || !card || !title || seen.has(key)) return null;
    return cardFrom(card, key, title, { location: LOCATION, anchor: badgeAnchorFor(link, card), snippet: 'inline' });
  });
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const header = firstMatch(doc, ['[data-automation-id="jobPostingHeader"]']);
  const desc = firstMatch(doc, ['[data-automation-id="jobPostingDescription"]']);
  // The SPA renders the header before the description: wait for both (boards.md §3.7 pitfalls).
  if (!header || !desc) return null;
  const reqId =
    pathKey(url, REQ_IN_PATH) ??
    cleanKey(firstText(doc, ['[data-automation-id="requisitionId"] dd'])) ??
    attrKey(header, ['data-req-id']);
  return composePosting(doc, {
    key: keyFor(url, reqId),
    matchKey: reqId,
    title: inlineText(header),
    anchor: header,
    location: firstText(doc, LOCATION),
    textEls: [desc],
  });
}

export const workdayBoard: BoardAdapter = defineBoard({
  id: 'workday',
  name: 'Workday',
  hosts: HOSTS,
  findCards,
  findOpenPosting,
  // Every page of a career site is a search or a job; sign-in and application steps are not.
  listingPage: (url) => !/\/(apply|login|userHome|introduceYourself)(\/|$)/i.test(url.pathname) && url.pathname.split('/').filter(Boolean).length >= 1,
});
