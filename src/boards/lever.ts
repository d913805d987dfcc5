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
import { attrKey, closestOf, firstMatch, firstText, hostMatches, inlineText, pathKey, queryAllWithSelf, safely } from './dom';
import { badgeAnchorFor, composePosting } from './jsonld';
import type { BoardAdapter, ListingCard } from './types';

const HOSTS = ['lever.co'] as const;
const UUID_IN_PATH = /^\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const CHROME = 'nav, header, footer, .main-header, .main-footer, .filter-bar';

function findCards(root: ParentNode, url: URL): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const card of queryAllWithSelf(root, '.posting, [data-qa-posting-id]')) {
      if (card.parentElement?.closest('.posting') || card.closest(CHROME)) continue;
      const link = firstMatch(card, ['a.posting-title', 'a[href]']);
      const key = attrKey(card, ['data-qa-posting-id']) ?? pathKey(link?.getAttribute('href'), UUID_IN_PATH, url);
      const titleEl = firstMatch(card, ['[data-qa="posting-name"]', 'h5', '.posting-name']);
      const title = inlineText(titleEl);
      if (!key || !title || seen.has(key)) continue;
      seen.add(key);
      cards.push({
        key,
        element: card,
        badgeAnchor: badgeAnchorFor(titleEl, card),
        title,
        location: firstText(card, ['.sort-by-location', '.location']) || undefined,
        snippet: inlineText(card),
      });
    }
    return cards;
  }, []);
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

function findOpenPosting(doc: Document, url: URL) {
  return safely(() => {
    const titleEl = firstMatch(doc, ['.posting-headline h2', '.posting-header h2', '.posting-headline']);
    const textEls = bodySections(doc);
    if (!titleEl || textEls.length === 0) return null;
    const logoAlt = doc.querySelector('.main-header-logo img')?.getAttribute('alt')?.replace(/\s+logo$/i, '').trim();
    return composePosting(doc, {
      key: pathKey(url, UUID_IN_PATH),
      title: inlineText(titleEl),
      anchor: titleEl,
      employer: logoAlt || doc.title.split(' - ')[0]?.trim(),
      location: firstText(doc, ['.posting-categories .location', '.posting-categories .sort-by-time']).replace(/\s*\/$/, ''),
      textEls,
    });
  }, null);
}

export const leverBoard: BoardAdapter = {
  id: 'lever',
  name: 'Lever',
  hosts: HOSTS,
  findCards,
  findOpenPosting,
  // jobs.lever.co/{org} (list) and /{org}/{uuid} (job); not /apply, not api.lever.co.
  expectsListings: (url) =>
    hostMatches(url, HOSTS) && /^jobs\.(eu\.)?lever\.co$/i.test(url.hostname) && /^\/[^/]+(\/[0-9a-f-]{36})?\/?$/i.test(url.pathname),
};
