/**
 * Monster reader (boards.md §3.6, unverified there). Job pages carry schema.org JobPosting JSON-LD in
 * `script#googleJsonJob`, which §3.6 says to prefer; jsonld.ts uses it only after checking it names
 * the job on screen (§4 pitfall 2). Cards are keyed on their `/job-openings/{slug}--{id}` link.
 *
 * Test URLs:
 *   https://www.monster.com/jobs/search?q=pharmacy+technician&where=Columbus%2C+OH        results
 *   https://www.monster.com/job-openings/pharmacy-technician-columbus-oh--{id}             detail
 */
import { cardsFromJobLinks, type JobLinkCards } from './cards';
import { defineBoard } from './define';
import { firstMatch, firstText, inlineText, pathKey } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, OpenPosting } from './types';

/** The id after the final `--` of a /job-openings/ slug (a UUID today). */
const JOB_ID = /^\/job-openings\/(?:[^/]*--)?([A-Za-z0-9-]+)\/?$/;

const CARDS: JobLinkCards = {
  links: 'a[href*="/job-openings/"]',
  jobId: JOB_ID,
  lists: ['[data-testid="JobCardList"]', '#card-scroll-container'],
  /** The card around the job link; a bare link (career advice, ads) is not a card. */
  card: ['[data-testid="svx_jobCard"]', 'article', 'li'],
  employer: ['[data-testid="company"]', '[class*="JobCardCompany"]'],
  location: ['[data-testid="jobDetailLocation"]', '[class*="JobCardLocation"]'],
};

const DETAIL_TITLE = ['h1[data-testid="jobTitle"]', 'h1'];
const DETAIL_EMPLOYER = ['[data-testid="company"]', '[class*="CompanyName"]'];
const DETAIL_LOCATION = ['[data-testid="jobDetailLocation"]', '[class*="HeaderLocation"]'];
const DESCRIPTION = ['[data-testid="svx-description-container-inner"]', '[class*="DescriptionContainer"]', '#JobDescription'];

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const titleEl = firstMatch(doc, DETAIL_TITLE);
  // JSON-LD first (§3.6), trusted only when its identifier/url names this job or, carrying no ids,
  // its title matches the visible one (jsonld.ts pickPostingFor, §4 pitfall 2); else the DOM.
  return composePosting(doc, {
    key: pathKey(url, JOB_ID),
    title: inlineText(titleEl),
    anchor: titleEl?.parentElement ?? titleEl,
    employer: firstText(doc, DETAIL_EMPLOYER),
    location: firstText(doc, DETAIL_LOCATION),
    textEls: [firstMatch(doc, DESCRIPTION)],
  });
}

export const monsterBoard: BoardAdapter = defineBoard({
  id: 'monster',
  name: 'Monster',
  hosts: ['monster.com'],
  findCards: (root, url) => cardsFromJobLinks(root, url, CARDS),
  findOpenPosting,
  listingPage: (url) => /^\/jobs\/(search|q-)/.test(url.pathname) || JOB_ID.test(url.pathname),
});
