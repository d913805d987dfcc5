/**
 * Indeed reader (boards.md §3.1).
 *
 * Test URLs:
 *   https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH          results (split pane: &vjk={jk})
 *   https://www.indeed.com/viewjob?jk={jk}                                     detail
 *   https://www.indeed.com/q-pharmacy-technician-l-columbus,-oh-jobs.html      SEO results
 */
import { cardAt, cardsFromHooks, type HookCards } from './cards';
import { defineBoard } from './define';
import { blockText, cleanKey, closestOf, firstMatch, firstText, queryAll, sameJob, toUrl, urlParam } from './dom';
import type { BadgeReservation, BoardAdapter, OpenPosting } from './types';

const CARDS = {
  /** Job id hook: on the title link today, on the card itself in the older layout (§3.1 "Job id"). */
  hooks: '[data-jk]',
  /** Card root, outermost stable name first; `li` is Hide-n-Seek's structural fallback. */
  card: ['.cardOutline', '.jobsearch-SerpJobCard', '.result', '.job_seen_beacon', 'li'],
  key: (_card: Element, hook: Element) => cleanKey(hook.getAttribute('data-jk')),
  /** `span#jobTitle-{jk}` holds only the title (the link also carries an aria-label "full details of …"). */
  title: ['[id^="jobTitle-"]', 'h2.jobTitle a span[title]', '[data-testid="job-title"]', 'a.jcs-JobTitle', 'a.jobtitle', 'h2 a'],
  /** The main result list (current mosaic, then the older #resultsCol); "Recommended jobs" strips sit outside it. */
  lists: ['#mosaic-provider-jobcards', '#mosaic-jobResults', '#resultsCol'],
  /** A card hidden from assistive technology is a duplicate, not a listing. */
  skip: '[aria-hidden="true"]',
  employer: ['[data-testid="company-name"]', '.companyName', '.company'],
  location: ['[data-testid="text-location"]', '.companyLocation', '.location'],
  /** The card's text after title, company and location: the pay / job-type items and the snippet's bullet lines. */
  lines: '[data-testid="attribute_snippet_testid"], [data-testid="jobsnippet_footer"] li, .job-snippet li',
  /**
   * Right under the title heading, where RESERVE keeps the badge's space; without a heading, at the
   * end of the card's text column (under the salary line).
   */
  anchor: { parentOf: ['h2.jobTitle'], else: ['td.resultContent', '.resultContent', '.job_seen_beacon'] },
} satisfies HookCards;

/** The card title's `span[title]` holds the whole title: badge space is kept under technician titles. */
const RESERVE = { lists: CARDS.lists, title: 'h2.jobTitle span[title]', attribute: 'title' } satisfies BadgeReservation;

const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-JobComponent-description', '.jobsearch-jobDescriptionText'];
const PANE = ['.jobsearch-JobComponent', '#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '.jobsearch-ViewJobLayout'];
const PANE_TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1', 'h2'];
const PANE_EMPLOYER = [
  '[data-testid="inlineHeader-companyName"]', '[data-testid="jobsearch-CollapsedEmbeddedHeader-companyName"]',
  '[data-company-name="true"]', '.jobsearch-InlineCompanyRating a',
];
const PANE_LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]'];
/** Indeed appends a visually hidden " - job post" to the header title. */
const TITLE_SUFFIX = /\s*-\s*job post\s*$/i;

/** Read the pane (or /viewjob page) in `doc`; `url` is that document's own URL. */
function readPane(doc: Document, url: URL): OpenPosting | null {
  const desc = firstMatch(doc, DESCRIPTION);
  if (!desc) return null;
  const pane = closestOf(desc, PANE) ?? doc.body;
  const titleEl = firstMatch(pane, PANE_TITLE);
  const title = firstText(pane, PANE_TITLE).replace(TITLE_SUFFIX, '');
  // The job on screen is the URL's jk (detail) or vjk (split view), never the highlighted card.
  const onDetail = /^\/(m\/)?viewjob/.test(url.pathname);
  const key = onDetail ? urlParam(url, 'jk') : (urlParam(url, 'vjk') ?? urlParam(url, 'jk'));
  if (!key || !title) return null;
  const employer = firstText(pane, PANE_EMPLOYER) || undefined;
  // Split view: Indeed updates vjk before the pane re-renders. If the card for vjk shows another
  // job, the pane still holds the previous one: report nothing rather than the wrong key.
  const hook = onDetail ? null : queryAll(doc, `[data-jk="${key}"]`)[0];
  const card = hook ? cardAt(hook, url, CARDS) : null;
  if (card && !sameJob(card, { title, employer })) return null;
  const salary = blockText(firstMatch(pane, ['#salaryInfoAndJobType']));
  return {
    key,
    title,
    employer,
    location: firstText(pane, PANE_LOCATION) || undefined,
    text: [salary, blockText(desc)].filter(Boolean).join('\n'),
    badgeAnchor: firstMatch(pane, ['.jobsearch-JobInfoHeader-title-container']) ?? titleEl?.parentElement ?? pane,
    source: 'selectors',
  };
}

/** Older layout: the pane is a same-origin iframe to /viewjob (§3.1 Pitfalls); read it when reachable. */
function readOlderFrame(doc: Document, url: URL): OpenPosting | null {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe#vjs-container-iframe');
  const inner = frame?.contentDocument;
  const src = toUrl(frame?.getAttribute('src'), url);
  return inner && src ? readPane(inner, src) : null;
}

export const indeedBoard: BoardAdapter = defineBoard({
  id: 'indeed',
  name: 'Indeed',
  hosts: ['indeed.com'],
  findCards: (root, url) => cardsFromHooks(root, url, CARDS),
  findOpenPosting: (doc, url) => readPane(doc, url) ?? readOlderFrame(doc, url),
  listingPage: (url) => /^\/(m\/)?(jobs|viewjob)\/?$/.test(url.pathname) || /^\/q-.+-jobs\.html$/.test(url.pathname),
  reserve: RESERVE,
});
