/**
 * SimplyHired reader (boards.md §3.6: owned by Indeed, clean `data-testid` names; no repository named).
 * Classes are hashed Emotion/Chakra names (`css-f8dtpc`) and are never used.
 *
 * Test URLs:
 *   https://www.simplyhired.com/search?q=pharmacy+technician&l=Columbus%2C+OH   results (pane: &job={id})
 *   https://www.simplyhired.com/job/{id}                                       detail
 */
import { cardShowsOtherJob, cardsFromHooks, type HookCards } from './cards';
import { defineBoard } from './define';
import { blockText, firstMatch, firstText, pathKey, queryAll, urlParam } from './dom';
import type { BoardAdapter, OpenPosting } from './types';

/** Job id of `/job/{id}` (detail URL and the card's title link). */
const JOB_ID = /^\/job\/([A-Za-z0-9_-]+)\/?$/;
const CARD = '[data-testid="searchSerpJob"]';
/** The title link is the card's `/job/{id}` link (the testid on its heading is unverified). */
const CARD_LINK = ['[data-testid="searchSerpJobTitle"] a[href*="/job/"]', 'h2 a[href*="/job/"]', 'a[href*="/job/"]'];

function keyOf(card: Element, _hook: Element, url: URL): string | null {
  return pathKey(firstMatch(card, CARD_LINK)?.getAttribute('href'), JOB_ID, url);
}

const CARDS = {
  hooks: CARD,
  card: [], // the hook is the card
  key: keyOf,
  title: CARD_LINK,
  /** `ul#job-list` is unverified; without it every searchSerpJob card on the page is kept. */
  lists: ['#job-list'],
  /** The list item is the card; the searchSerpJob block inside it is its content container (and the badge anchor). */
  listItem: ['li'],
  employer: ['[data-testid="companyName"]', '[data-testid="searchSerpJobCompanyName"]'],
  location: ['[data-testid="searchSerpJobLocation"]'],
} satisfies HookCards;

const TITLE = ['[data-testid="viewJobTitle"]'];
const DESCRIPTION = ['[data-testid="viewJobBodyJobFullDescriptionContent"]'];

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
    const card = queryAll(doc, CARD).find((c) => keyOf(c, c, url) === key);
    if (cardShowsOtherJob(card, CARDS, { title, employer })) return null;
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

export const simplyhiredBoard: BoardAdapter = defineBoard({
  id: 'simplyhired',
  name: 'SimplyHired',
  hosts: ['simplyhired.com'],
  findCards: (root, url) => cardsFromHooks(root, url, CARDS),
  findOpenPosting,
  listingPage: (url) => /^\/search\/?$/.test(url.pathname) || JOB_ID.test(url.pathname),
});
