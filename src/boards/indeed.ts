/**
 * Indeed reader (boards.md §3.1).
 *
 * Test URLs:
 *   https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH          results (split pane: &vjk={jk})
 *   https://www.indeed.com/viewjob?jk={jk}                                     detail
 *   https://www.indeed.com/q-pharmacy-technician-l-columbus,-oh-jobs.html      SEO results
 */
import type { BoardAdapter, ListingCard, OpenPosting } from './types';
import {
  blockText, cleanKey, closestOf, firstMatch, firstText, hostMatches, inResultList, queryAllWithSelf, safely,
  sameJob, toUrl, urlParam,
} from './dom';

/** The main result list (current mosaic, then the older #resultsCol); "Recommended jobs" strips sit outside it. */
const LISTS = ['#mosaic-provider-jobcards', '#mosaic-jobResults', '#resultsCol'];
/** Job id hook: on the title link today, on the card itself in the older layout (§3.1 "Job id"). */
const KEY_HOOK = '[data-jk]';
/** Card root, outermost stable name first; `li` is Hide-n-Seek's structural fallback. */
const CARD = ['.cardOutline', '.jobsearch-SerpJobCard', '.result', '.job_seen_beacon', 'li'];
/** `span#jobTitle-{jk}` holds only the title (the link also carries an aria-label "full details of …"). */
const CARD_TITLE = ['[id^="jobTitle-"]', 'h2.jobTitle a span[title]', '[data-testid="job-title"]', 'a.jcs-JobTitle', 'a.jobtitle', 'h2 a'];
const CARD_EMPLOYER = ['[data-testid="company-name"]', '.companyName', '.company'];
const CARD_LOCATION = ['[data-testid="text-location"]', '.companyLocation', '.location'];
/** The card's text column: a badge appended here sits under the salary line, inside the card. */
const CARD_ANCHOR = ['td.resultContent', '.resultContent', '.job_seen_beacon'];

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

function readCard(hook: Element, key: string): ListingCard | null {
  const card = closestOf(hook, CARD) ?? hook;
  if (card.getAttribute('aria-hidden') === 'true' || !inResultList(card, LISTS)) return null;
  const title = firstText(card, CARD_TITLE);
  if (!title) return null;
  return {
    key,
    element: card,
    badgeAnchor: firstMatch(card, CARD_ANCHOR) ?? card,
    title,
    employer: firstText(card, CARD_EMPLOYER) || undefined,
    location: firstText(card, CARD_LOCATION) || undefined,
    snippet: blockText(card),
  };
}

function findCards(root: ParentNode): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const hook of queryAllWithSelf(root, KEY_HOOK)) {
      const key = cleanKey(hook.getAttribute('data-jk'));
      if (!key || seen.has(key)) continue;
      const card = readCard(hook, key);
      if (card) {
        seen.add(key);
        cards.push(card);
      }
    }
    return cards;
  }, []);
}

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
  const hook = onDetail ? null : doc.querySelector(`[data-jk="${key}"]`);
  const card = hook ? readCard(hook, key) : null;
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

export const indeedBoard: BoardAdapter = {
  id: 'indeed',
  name: 'Indeed',
  hosts: ['indeed.com'],
  findCards: (root) => findCards(root),
  findOpenPosting: (doc, url) => safely(() => readPane(doc, url) ?? readOlderFrame(doc, url), null),
  expectsListings: (url) =>
    hostMatches(url, indeedBoard.hosts) &&
    (/^\/(m\/)?(jobs|viewjob)\/?$/.test(url.pathname) || /^\/q-.+-jobs\.html$/.test(url.pathname)),
};
