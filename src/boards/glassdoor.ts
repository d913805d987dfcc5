/**
 * Glassdoor reader (boards.md §3.3). Class names are CSS Modules with per-deploy hashes
 * (`JobCard_jobTitle__GLyJ1`), so only `data-test` hooks, ids and `[class*="Prefix_name"]` are used.
 *
 * Test URLs:
 *   https://www.glassdoor.com/Job/columbus-oh-pharmacy-technician-jobs-SRCH_IL.0,11_IC1145185_KO12,33.htm   results + pane
 *   https://www.glassdoor.com/job-listing/pharmacy-technician-cvs-JV_IC1145185_KO0,19_KE20,23.htm?jl={id}    detail
 */
import type { BoardAdapter, ListingCard, OpenPosting } from './types';
import { composePosting } from './jsonld';
import {
  attrKey, blockText, closestOf, firstMatch, firstText, hostMatches, inResultList, queryAllWithSelf, safely,
  sameJob, urlParam,
} from './dom';

/** The main list (unverified name) and its CSS-Modules prefix; "Jobs you may like" sits outside it. */
const LISTS = ['ul[aria-label="Jobs List"]', '[class*="JobsList_jobsList"]'];
/** Recommendation rails ("Jobs you may like", "Similar jobs" under a listing); names unverified. */
const EXCLUDE = ['[class*="RecommendedJobs_"]', '[class*="SimilarJobs_"]'];
const CARD_SEL = 'li[data-test="jobListing"]';
/** `data-jobid` on the list item is the job id (§3.3 Cards); ads and skeletons lack it. */
const HOOKS = `${CARD_SEL}, [data-jobid]`;
const CARD_TITLE = ['a[data-test="job-title"]', '[data-test="job-title"]', '[class*="JobCard_jobTitle"]'];
const CARD_EMPLOYER = ['[class*="EmployerProfile_compactEmployerName"]', '[data-test="employer-name"]'];
const CARD_LOCATION = ['[data-test="emp-location"]', '[class*="JobCard_location"]'];
/** The card's text column (title, location, salary, snippet); the wrapper is the stable fallback. */
const CARD_ANCHOR = ['[class*="JobCard_jobCardLeftContent"]', '[data-test="job-card-wrapper"]'];

/** `__` keeps the prefix match off `JobDetails_jobDescriptionWrapper`, which also holds "Show more". */
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription__"]', '#JobDescriptionContainer', '.jobDescriptionContent',
  '[data-test="job-description"]', '[class*="JobDetails_jobDescription"]',
];
const PANE = ['[class*="JobDetails_jobDetailsContainer"]', 'main'];
const PANE_TITLE = ['h1[data-test="job-title"]', '[data-test="job-title"]', 'h1'];
const PANE_EMPLOYER = ['[data-test="employer-name"]', '[class*="EmployerProfile_employerNameHeading"]'];
const PANE_LOCATION = ['[data-test="location"]', '[class*="JobDetails_location"]'];

function cardTitleOf(card: Element): string {
  return firstText(card, CARD_TITLE);
}

function findCards(root: ParentNode): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const hook of queryAllWithSelf(root, HOOKS)) {
      const card = closestOf(hook, [CARD_SEL, 'li']) ?? hook;
      const link = firstMatch(card, CARD_TITLE);
      const key = attrKey(card, ['data-jobid']) ?? urlParam(link?.getAttribute('href'), 'jl');
      const title = cardTitleOf(card);
      if (!key || !title || seen.has(key) || !inResultList(card, LISTS, EXCLUDE)) continue;
      seen.add(key);
      cards.push({
        key,
        element: card,
        badgeAnchor: firstMatch(card, CARD_ANCHOR) ?? card,
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
  const desc = firstMatch(doc, DESCRIPTION, { notInside: CARD_SEL });
  if (!desc) return null;
  const pane = closestOf(desc, PANE) ?? doc.body;
  const opts = { notInside: CARD_SEL };
  const titleEl = firstMatch(pane, PANE_TITLE, opts);
  const title = firstText(pane, PANE_TITLE, opts);
  if (!titleEl || !title) return null;
  // 1. the pane's own title id (unverified, "jd-job-title-{id}"); 2. jl on /job-listing/ pages;
  // 3. the selected card (§5) — it changes on click before the pane does, so it must show the same job.
  const employer = firstText(pane, PANE_EMPLOYER, opts);
  let key = /^jd-job-title-(\d+)$/.exec(titleEl.id)?.[1] ?? urlParam(url, 'jl');
  if (!key) {
    const sel = firstMatch(doc, ['[data-selected="true"][data-jobid]', '[data-selected="true"]']);
    const card = sel ? (closestOf(sel, [CARD_SEL, '[data-jobid]']) ?? sel) : null;
    key = attrKey(card, ['data-jobid']);
    const shown = card ? { title: cardTitleOf(card), employer: firstText(card, CARD_EMPLOYER) } : null;
    if (shown && !sameJob(shown, { title, employer })) return null;
  }
  // JSON-LD on /job-listing/ pages is reported (unverified, §3.3); composePosting uses it only when it
  // names this job (§4), otherwise the description element. The search pane has none (§4).
  return composePosting(doc, {
    key,
    title,
    anchor: titleEl.parentElement ?? pane,
    employer,
    location: firstText(pane, PANE_LOCATION, opts),
    textEls: [desc],
  });
}

export const glassdoorBoard: BoardAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: ['glassdoor.com'],
  findCards: (root) => findCards(root),
  findOpenPosting: (doc, url) => safely(() => findOpenPosting(doc, url), null),
  expectsListings: (url) =>
    hostMatches(url, glassdoorBoard.hosts) &&
    (/^\/Job\/.+-jobs-SRCH_/.test(url.pathname) || url.pathname.startsWith('/job-listing/')),
};
