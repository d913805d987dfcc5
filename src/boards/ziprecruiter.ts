/**
 * ZipRecruiter reader (boards.md §3.4 — every hook there is marked unverified, so each one has a
 * structural fallback and the embedded JSON is used only when it provably matches the screen).
 *
 * Test URLs:
 *   https://www.ziprecruiter.com/jobs-search?search=pharmacy+technician&location=Columbus%2C+OH   two-pane results (&lk=)
 *   https://www.ziprecruiter.com/c/CVS-Health/Job/Pharmacy-Technician/-in-Columbus,OH?jid=…&lk=… detail
 */
import { cardShowsOtherJob, cardsFromHooks, type HookCards } from './cards';
import { defineBoard } from './define';
import {
  blockText, cleanKey, firstMatch, firstText, htmlToText, inlineText, queryAll, sameText, scriptJson,
  urlParam,
} from './dom';
import type { BoardAdapter, ExtractionSource, OpenPosting } from './types';

/** The job key: a card's `job-card-{listingKey}` id, else the listingKey (`lk`) or `jid` of its job link. */
function keyOf(card: Element): string | null {
  const href = firstMatch(card, ['a[href*="lk="]', 'a[href*="jid="]'])?.getAttribute('href');
  return cleanKey(/^job-card-(.+)$/.exec(card.id)?.[1]) ?? urlParam(href, 'lk') ?? urlParam(href, 'jid');
}

const CARDS = {
  hooks: '[data-testid="job-card"], article[id^="job-card-"]',
  card: ['[data-testid="job-card"]', 'article'],
  key: keyOf,
  /** Titles are `h2.font-bold.text-primary` (§3.4); match the element, not the utility classes. */
  title: ['h2 a', 'h2', '[data-testid="job-card-title"]'],
  /** Cards live in the left pane; "Similar searches" and ads are outside it or have no job key. */
  lists: ['[data-testid="left-pane"]'],
  employer: ['[data-testid="job-card-company"]', 'a[href^="/co/"]'],
  location: ['[data-testid="job-card-location"]'],
} satisfies HookCards;

const PANE = ['[data-testid="right-pane"]', '.job_details'];
const PANE_TITLE = ['h1', 'h2'];
const DESCRIPTION = ['.job_description', '[class*="job_description"]', '[class*="jobDescription"]'];

interface EmbeddedDetails { listingKey?: unknown; title?: unknown; htmlFullDescription?: unknown }

/** `getJobDetailsResponse.jobDetails` from js_variables: it reflects the first render only (§3.4). */
function embeddedDetails(doc: Document): EmbeddedDetails | null {
  const data = scriptJson(doc.getElementById('js_variables')) as
    { getJobDetailsResponse?: { jobDetails?: EmbeddedDetails } } | undefined;
  const d = data?.getJobDetailsResponse?.jobDetails;
  return d && typeof d === 'object' ? d : null;
}

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const pane = firstMatch(doc, PANE);
  const titleEl = firstMatch(pane, PANE_TITLE);
  const title = inlineText(titleEl);
  if (!pane || !titleEl || !title) return null;
  const employer = firstText(pane, ['a[href^="/co/"]']) || undefined;
  // 1. the pane's own job link; 2. the URL's lk, if its card shows the same job;
  // 3. the embedded details, only while they describe the job on screen (first render).
  let key = urlParam(firstMatch(titleEl, ['a[href*="lk="]'])?.getAttribute('href'), 'lk', url);
  if (!key) {
    key = urlParam(url, 'lk');
    const card = key ? queryAll(doc, `[id="job-card-${key}"]`)[0] : undefined;
    if (cardShowsOtherJob(card, CARDS, { title, employer })) return null;
  }
  const embedded = embeddedDetails(doc);
  const embeddedKey = cleanKey(String(embedded?.listingKey ?? ''));
  const fresh = !!embedded && sameText(String(embedded.title ?? ''), title) && (!key || !embeddedKey || embeddedKey === key);
  key ??= fresh ? embeddedKey : null;
  if (!key) return null;
  let text = blockText(firstMatch(pane, DESCRIPTION));
  let source: ExtractionSource = 'selectors';
  if (!text && fresh) [text, source] = [htmlToText(String(embedded?.htmlFullDescription ?? ''), doc), 'embedded'];
  if (!text) [text, source] = [blockText(pane), 'heuristic'];
  return {
    key,
    title,
    employer,
    text,
    badgeAnchor: titleEl.parentElement ?? pane,
    source,
  };
}

export const ziprecruiterBoard: BoardAdapter = defineBoard({
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  hosts: ['ziprecruiter.com'],
  findCards: (root, url) => cardsFromHooks(root, url, CARDS),
  findOpenPosting,
  listingPage: (url) => /^\/(jobs-search|candidate\/search|c\/[^/]+\/Job\/|jobs\/|ojob\/|Jobs\/)/.test(url.pathname),
});
