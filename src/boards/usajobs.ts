/**
 * USAJOBS reader (boards.md §3.5: federal pharmacy technicians at VA, IHS, BOP, DoD). No public DOM
 * selectors exist, so cards are keyed on the `/job/{controlNumber}` link (a URL id, §2) and the
 * announcement is read by its section headings, as §3.5 suggests. Class names are optional fallbacks.
 *
 * Test URLs:
 *   https://www.usajobs.gov/search/results/?k=pharmacy%20technician&l=Ohio   results
 *   https://www.usajobs.gov/job/801234500                                    announcement
 *   https://www.usajobs.gov/GetJob/ViewDetails/801234500                     legacy announcement
 */
import { cardsFromJobLinks, type JobLinkCards } from './cards';
import { defineBoard } from './define';
import { blockText, firstMatch, firstText, inlineText, pathKey, queryAll } from './dom';
import { pickPostingFor, structuredText } from './jsonld';
import type { BoardAdapter, ExtractionSource, ListingCard, OpenPosting } from './types';

/** Control number in a job link or page URL (current and legacy forms). */
const JOB_ID = /^\/(?:job|GetJob\/ViewDetails)\/(\d+)\/?$/i;
const SEARCH = /^\/search\/results\/?$/i;
const CARDS: JobLinkCards = {
  links: 'a[href*="/job/"], a[href*="/GetJob/ViewDetails/"]',
  jobId: JOB_ID,
  /** The results container when present; recommendation rails sit outside it. */
  lists: ['#usajobs-search-results', '.usajobs-search-results'],
  /** The card is the result block around the link; a bare link elsewhere is not a card. */
  card: ['.usajobs-search-result--core', '[data-document-id]', 'li', 'article'],
  employer: ['[class*="search-result--core__agency"]', '[class*="search-result--core__department"]'],
  location: ['[class*="search-result--core__location"]'],
};

/** Announcement sections that state the job and its requirements (§3.5); "How to apply" is procedure. */
const SECTION = /^(summary|duties|major duties|requirements|conditions of employment|qualifications|education|additional information)\b/i;
const DETAIL_EMPLOYER = ['[class*="joa-banner__agency"]', '[class*="joa-banner__dept"]'];
const DETAIL_LOCATION = ['[class*="joa-locations__item"]', '[class*="joa-location"]'];

function findCards(root: ParentNode, url: URL): ListingCard[] {
  // Announcement pages list "Similar jobs"; only the search page is a result list.
  return SEARCH.test(url.pathname) ? cardsFromJobLinks(root, url, CARDS) : [];
}

/**
 * A heading and its following siblings up to the next heading of the same or a higher level.
 * Every element read is added to `covered`, so sub-headings inside it are not read twice.
 */
function sectionText(h: Element, covered: Set<Element>): string {
  const level = Number(h.tagName[1]);
  const parts = [inlineText(h)];
  for (let el = h.nextElementSibling; el; el = el.nextElementSibling) {
    const m = /^H([1-6])$/.exec(el.tagName.toUpperCase());
    if (m && Number(m[1]) <= level) break;
    covered.add(el);
    parts.push(blockText(el));
  }
  return parts.filter(Boolean).join('\n');
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const key = pathKey(url, JOB_ID);
  const main = firstMatch(doc, ['main', '#main-content', '[role="main"]']) ?? doc.body;
  const titleEl = firstMatch(main, ['h1']);
  const title = inlineText(titleEl);
  if (!key || !titleEl || !title) return null;
  const employer = firstText(main, DETAIL_EMPLOYER) || undefined;
  const location = firstText(main, DETAIL_LOCATION) || undefined;
  const badgeAnchor = titleEl.parentElement ?? main;
  // JSON-LD is unverified on USAJOBS (§3.5); when present it is used only if it names this job (§4).
  const ld = pickPostingFor(doc, { key, title });
  if (ld?.text) {
    const text = structuredText(ld);
    return { key, title, employer: employer ?? ld.employer, location: location ?? ld.location, text, badgeAnchor, source: 'jsonld' };
  }
  const covered = new Set<Element>();
  const sections: string[] = [];
  for (const h of queryAll(main, 'h2, h3')) {
    // An h3 "Qualifications" under the "Requirements" h2 was read with that section.
    if (covered.has(h) || !SECTION.test(inlineText(h))) continue;
    sections.push(sectionText(h, covered));
  }
  const source: ExtractionSource = sections.length > 0 ? 'selectors' : 'heuristic';
  const text = sections.length > 0 ? sections.join('\n') : blockText(main);
  return { key, title, employer, location, text, badgeAnchor, source };
}

export const usajobsBoard: BoardAdapter = defineBoard({
  id: 'usajobs',
  name: 'USAJOBS',
  hosts: ['usajobs.gov'],
  findCards,
  findOpenPosting,
  listingPage: (url) => SEARCH.test(url.pathname) || JOB_ID.test(url.pathname),
});
