/**
 * SimplyHired reader (boards.md §3.6: owned by Indeed, clean `data-testid` names; no repository named).
 * Classes are hashed Emotion/Chakra names (`css-f8dtpc`) and are never used.
 *
 * Test URLs:
 *   https://www.simplyhired.com/search?q=pharmacy+technician&l=Columbus%2C+OH   results (pane: &job={id})
 *   https://www.simplyhired.com/job/{id}                                       detail
 */
import type { BoardAdapter, ListingCard, OpenPosting } from './types';
import {
  blockText, closestOf, firstMatch, firstText, hostMatches, inResultList, pathKey, queryAll,
  queryAllWithSelf, safely, sameJob, urlParam,
} from './dom';

/** Job id of `/job/{id}` (detail URL and the card's title link). */
const JOB_ID = /^\/job\/([A-Za-z0-9_-]+)\/?$/;
/** `ul#job-list` is unverified; without it every searchSerpJob card on the page is kept. */
const LISTS = ['#job-list'];
const CARD = '[data-testid="searchSerpJob"]';
/** The title link is the card's `/job/{id}` link (the testid on its heading is unverified). */
const CARD_LINK = ['[data-testid="searchSerpJobTitle"] a[href*="/job/"]', 'h2 a[href*="/job/"]', 'a[href*="/job/"]'];
const CARD_EMPLOYER = ['[data-testid="companyName"]', '[data-testid="searchSerpJobCompanyName"]'];
const CARD_LOCATION = ['[data-testid="searchSerpJobLocation"]'];

const TITLE = ['[data-testid="viewJobTitle"]'];
const DESCRIPTION = ['[data-testid="viewJobBodyJobFullDescriptionContent"]'];

function cardTitle(card: Element): string {
  return firstText(card, CARD_LINK);
}

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const card of queryAllWithSelf(root, CARD)) {
      const key = pathKey(firstMatch(card, CARD_LINK)?.getAttribute('href'), JOB_ID, url);
      const title = cardTitle(card);
      if (!key || !title || seen.has(key) || !inResultList(card, LISTS)) continue;
      seen.add(key);
      // The list item is the card; the searchSerpJob block inside it is its content container.
      cards.push({
        key,
        element: closestOf(card, ['li']) ?? card,
        badgeAnchor: card,
        title,
        employer: firstText(card, CARD_EMPLOYER) || undefined,
        location: firstText(card, CARD_LOCATION) || undefined,
        snippet: blockText(card),
      });
    }
    return cards;
  }, []);
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const titleEl = firstMatch(doc, TITLE);
  const desc = firstMatch(doc, DESCRIPTION);
  const title = firstText(doc, TITLE);
  const onDetail = JOB_ID.test(url.pathname);
  const key = onDetail ? pathKey(url, JOB_ID) : urlParam(url, 'job');
  if (!titleEl || !desc || !title || !key) return null;
  const employer = firstText(doc, ['[data-testid="viewJobCompanyName"]']) || undefined;
  if (!onDetail) {
    // The pane can lag behind the URL's job id; its card must show the same title.
    const card = queryAll(doc, CARD).find((c) => pathKey(firstMatch(c, CARD_LINK)?.getAttribute('href'), JOB_ID, url) === key);
    if (card && !sameJob({ title: cardTitle(card), employer: firstText(card, CARD_EMPLOYER) }, { title, employer })) return null;
  }
  const facts = [
    firstText(doc, ['[data-testid="viewJobBodyJobCompensation"]']),
    firstText(doc, ['[data-testid="viewJobBodyJobDetailsJobType"]']),
  ].filter(Boolean);
  return {
    key,
    title,
    employer,
    location: firstText(doc, ['[data-testid="viewJobCompanyLocation"]']) || undefined,
    text: [facts.join(' · '), blockText(desc)].filter(Boolean).join('\n'),
    badgeAnchor: titleEl.parentElement ?? titleEl,
    source: 'selectors',
  };
}

export const simplyhiredBoard: BoardAdapter = {
  id: 'simplyhired',
  name: 'SimplyHired',
  hosts: ['simplyhired.com'],
  findCards: (root, url) => findCards(root, url),
  findOpenPosting: (doc, url) => safely(() => findOpenPosting(doc, url), null),
  expectsListings: (url) =>
    hostMatches(url, simplyhiredBoard.hosts) && (/^\/search\/?$/.test(url.pathname) || JOB_ID.test(url.pathname)),
};
