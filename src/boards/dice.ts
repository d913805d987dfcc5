/**
 * Dice (boards.md §3.6, source PatrykQuantumNomad/jobs platforms/dice_selectors.py, last verified
 * 2026-02-06): cards `[data-testid='job-card']`, title link `[data-testid='job-search-job-detail-link']`,
 * job page `/job-detail/{uuid}` with the description in `div[class*='jobDescription']` (older
 * `[data-testid='jobDescriptionHtml']`). Header hooks (`data-cy`) are unverified fallbacks.
 *
 * Test URLs:
 *   https://www.dice.com/jobs?q=pharmacy%20technician&location=Portland,%20OR   results
 *   https://www.dice.com/job-detail/{uuid}                                       job
 *
 * Key: the job-detail uuid.
 */
import { badgeAnchorFor, cardFrom, collectCards } from './cards';
import { defineBoard } from './define';
import { closestOf, firstMatch, firstText, inlineText, pathKey } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, ListingCard, OpenPosting } from './types';

const JOB_IN_PATH = /^\/job-detail\/([0-9a-f-]{8,64})(?:\/|$)/i;
const CARD = ['[data-testid="job-card"]', '[data-testid="job-search-serp-card"]', '[data-cy="card"]'];
const TITLE_LINK = ['a[data-testid="job-search-job-detail-link"]', 'a[href*="/job-detail/"]'];
const CARD_EMPLOYER = ['[data-cy="search-result-company-name"]', 'a[href*="/company-profile/"] p', 'a[href*="/company-profile/"]'];
/** Rails that reuse job cards outside the results (e.g. "Similar Jobs" on a job page). */
const NOT_RESULTS = ['aside', 'nav', 'header', 'footer', '[data-testid*="similar" i]'];

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return collectCards(root, CARD.join(', '), (card, seen) => {
    if (card.getAttribute('aria-hidden') === 'true' || closestOf(card, NOT_RESULTS)) return null;
    const link = firstMatch(card, TITLE_LINK);
    const key = pathKey(link?.getAttribute('href'), JOB_IN_PATH, url);
    const title = inlineText(link) || (link?.getAttribute('aria-label') ?? '').trim();
    if (!link || !key || !title || seen.has(key)) return null;
    return cardFrom(card, key, title, { employer: CARD_EMPLOYER, anchor: badgeAnchorFor(link, card), snippet: 'inline' });
  });
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const titleEl = firstMatch(doc, ['h1[data-cy="jobTitle"]', '[data-testid="job-detail-header-card"] h1', 'main h1', 'h1']);
  const desc = firstMatch(doc, ['[data-testid="jobDescriptionHtml"]', 'div[class*="jobDescription"]', '#jobDescription']);
  if (!titleEl || !desc) return null;
  return composePosting(doc, {
    key: pathKey(url, JOB_IN_PATH),
    title: inlineText(titleEl),
    anchor: titleEl,
    employer: firstText(doc, ['[data-cy="companyNameLink"]', '[data-testid="job-detail-header-card"] a[href*="/company-profile/"]']),
    location: firstText(doc, ['[data-cy="location"]', '[data-testid="job-detail-header-card"] [data-cy="location"]']),
    // Chips carry pay and schedule ("USD 20.50 - 26.00 per hour") when the description does not.
    textEls: [firstMatch(doc, ['[data-cy="jobDetailChips"]']), desc],
  });
}

export const diceBoard: BoardAdapter = defineBoard({
  id: 'dice',
  name: 'Dice',
  hosts: ['dice.com'],
  findCards,
  findOpenPosting,
  listingPage: (url) => /^\/jobs\/?$/.test(url.pathname) || JOB_IN_PATH.test(url.pathname),
});
