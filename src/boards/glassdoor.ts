/**
 * Glassdoor reader (boards.md §3.3). Class names are CSS Modules with per-deploy hashes
 * (`JobCard_jobTitle__GLyJ1`), so only `data-test` hooks, ids and `[class*="Prefix_name"]` are used.
 *
 * Test URLs:
 *   https://www.glassdoor.com/Job/columbus-oh-pharmacy-technician-jobs-SRCH_IL.0,11_IC1145185_KO12,33.htm   results + pane
 *   https://www.glassdoor.com/job-listing/pharmacy-technician-cvs-JV_IC1145185_KO0,19_KE20,23.htm?jl={id}    detail
 */
import { cardShowsOtherJob, cardsFromHooks, type HookCards } from './cards';
import { defineBoard } from './define';
import { attrKey, closestOf, firstMatch, firstText, urlParam } from './dom';
import { composePosting } from './jsonld';
import type { BoardAdapter, OpenPosting } from './types';

const CARD_SEL = 'li[data-test="jobListing"]';
const CARD_TITLE = ['a[data-test="job-title"]', '[data-test="job-title"]', '[class*="JobCard_jobTitle"]'];

/** The list item's `data-jobid`, else the `jl` parameter of the title link. */
function keyOf(card: Element): string | null {
  return attrKey(card, ['data-jobid']) ?? urlParam(firstMatch(card, CARD_TITLE)?.getAttribute('href'), 'jl');
}

const CARDS = {
  /** `data-jobid` on the list item is the job id (§3.3 Cards); ads and skeletons lack it. */
  hooks: `${CARD_SEL}, [data-jobid]`,
  card: [CARD_SEL, 'li'],
  key: keyOf,
  title: CARD_TITLE,
  /** The main list (unverified name) and its CSS-Modules prefix; "Jobs you may like" sits outside it. */
  lists: ['ul[aria-label="Jobs List"]', '[class*="JobsList_jobsList"]'],
  /** Recommendation rails ("Jobs you may like", "Similar jobs" under a listing); names unverified. */
  exclude: ['[class*="RecommendedJobs_"]', '[class*="SimilarJobs_"]'],
  employer: ['[class*="EmployerProfile_compactEmployerName"]', '[data-test="employer-name"]'],
  location: ['[data-test="emp-location"]', '[class*="JobCard_location"]'],
  /** The card's text column (title, location, salary, snippet); the wrapper is the stable fallback. */
  anchor: ['[class*="JobCard_jobCardLeftContent"]', '[data-test="job-card-wrapper"]'],
} satisfies HookCards;

/** `__` keeps the prefix match off `JobDetails_jobDescriptionWrapper`, which also holds "Show more". */
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription__"]', '#JobDescriptionContainer', '.jobDescriptionContent',
  '[data-test="job-description"]', '[class*="JobDetails_jobDescription"]',
];
const PANE = ['[class*="JobDetails_jobDetailsContainer"]', 'main'];
const PANE_TITLE = ['h1[data-test="job-title"]', '[data-test="job-title"]', 'h1'];
const PANE_EMPLOYER = ['[data-test="employer-name"]', '[class*="EmployerProfile_employerNameHeading"]'];
const PANE_LOCATION = ['[data-test="location"]', '[class*="JobDetails_location"]'];

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
    if (cardShowsOtherJob(card, CARDS, { title, employer })) return null;
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

export const glassdoorBoard: BoardAdapter = defineBoard({
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: ['glassdoor.com'],
  findCards: (root, url) => cardsFromHooks(root, url, CARDS),
  findOpenPosting,
  listingPage: (url) => /^\/Job\/.+-jobs-SRCH_/.test(url.pathname) || url.pathname.startsWith('/job-listing/'),
});
