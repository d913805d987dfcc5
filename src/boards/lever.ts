/**
 * Lever hosted job sites (boards.md §3.8; selectors unverified): list `.posting` (id in
 * `data-qa-posting-id` and in the /{org}/{uuid} link), title `.posting h5`; job page
 * `.posting-headline h2`, `.posting-categories`, `[data-qa="job-description"]` and the following
 * `.section` blocks (requirement lists, pay, closing). `data-qa` hooks first (§2).
 *
 * Test URLs:
 *   https://jobs.lever.co/{org}              list
 *   https://jobs.lever.co/{org}/{uuid}       job (also jobs.eu.lever.co)
 *
 * Key: the posting uuid (global across Lever).
 */
import { badgeAnchorFor, cardFrom, collectCards } from './cards';
import { defineBoard } from './define';
import { attrKey, closestOf, firstMatch, firstText, inlineText, pathKey } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, ListingCard, OpenPosting } from './types';

const UUID_IN_PATH = /^\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const CARD_LOCATION = ['.sort-by-location', '.location'];
const CHROME = 'nav, header, footer, .main-header, .main-footer, .filter-bar';

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return collectCards(root, '.posting, [data-qa-posting-id]', (card, seen) => {
    if (card.parentElement?.closest('.posting') || card.closest(CHROME)) return null;
    const link = firstMatch(card, ['a.posting-title', 'a[href]']);
    const key = attrKey(card, ['data-qa-posting-id']) ?? pathKey(link?.getAttribute('href'), UUID_IN_PATH, url);
    const titleEl = firstMatch(card, ['[data-qa="posting-name"]', 'h5', '.posting-name']);
    const title = inlineText(titleEl);
    if (!key || !title || seen.has(key)) return null;
    return cardFrom(card, key, title, { location: CARD_LOCATION, anchor: badgeAnchorFor(titleEl, card), snippet: 'inline' });
  });
}

/** Description, requirement lists, pay and closing: every `.section` of the body except apply buttons. */
function bodySections(doc: Document): Element[] {
  const desc = firstMatch(doc, ['[data-qa="job-description"]', '.posting-description', '.section-wrapper .section']);
  if (!desc) return [];
  const wrapper = closestOf(desc, ['.section-wrapper']) ?? desc.parentElement;
  const sections = wrapper ? Array.from(wrapper.children).filter((c) => c.classList.contains('section')) : [];
  const kept = sections.filter((s) => !s.matches('.last-section-apply, [data-qa*="btn-apply"]'));
  return kept.length > 0 ? kept : [desc];
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const titleEl = firstMatch(doc, ['.posting-headline h2', '.posting-header h2', '.posting-headline']);
  const textEls = bodySections(doc);
  if (!titleEl || textEls.length === 0) return null;
  const logoAlt = firstMatch(doc, ['.main-header-logo img'])?.getAttribute('alt')?.replace(/\s+logo$/i, '').trim();
  return composePosting(doc, {
    key: pathKey(url, UUID_IN_PATH),
    title: inlineText(titleEl),
    anchor: titleEl,
    employer: logoAlt || doc.title.split(' - ')[0]?.trim(),
    location: firstText(doc, ['.posting-categories .location', '.posting-categories .sort-by-time']).replace(/\s*\/$/, ''),
    textEls,
  });
}

export const leverBoard: BoardAdapter = defineBoard({
  id: 'lever',
  name: 'Lever',
  hosts: ['lever.co'],
  findCards,
  findOpenPosting,
  // jobs.lever.co/{org} (list) and /{org}/{uuid} (job); not /apply, not api.lever.co.
  listingPage: (url) => /^jobs\.(eu\.)?lever\.co$/i.test(url.hostname) && /^\/[^/]+(\/[0-9a-f-]{36})?\/?$/i.test(url.pathname),
});
