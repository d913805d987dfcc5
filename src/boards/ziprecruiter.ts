/**
 * ZipRecruiter reader (boards.md §3.4 — every hook there is marked unverified, so each one has a
 * structural fallback and the embedded JSON is used only when it provably matches the screen).
 *
 * Test URLs:
 *   https://www.ziprecruiter.com/jobs-search?search=pharmacy+technician&location=Columbus%2C+OH   two-pane results (&lk=)
 *   https://www.ziprecruiter.com/c/CVS-Health/Job/Pharmacy-Technician/-in-Columbus,OH?jid=…&lk=… detail
 */
import type { BoardAdapter, ExtractionSource, ListingCard, OpenPosting } from './types';
import {
  blockText, cleanKey, closestOf, firstMatch, firstText, hostMatches, htmlToText, inlineText, inResultList,
  queryAll, queryAllWithSelf, safely, sameJob, sameText, scriptJson, urlParam,
} from './dom';

/** Cards live in the left pane; "Similar searches" and ads are outside it or have no job key. */
const LISTS = ['[data-testid="left-pane"]'];
const HOOKS = '[data-testid="job-card"], article[id^="job-card-"]';
const CARD = ['[data-testid="job-card"]', 'article'];
/** Titles are `h2.font-bold.text-primary` (§3.4); match the element, not the utility classes. */
const CARD_TITLE = ['h2 a', 'h2', '[data-testid="job-card-title"]'];
const CARD_EMPLOYER = ['[data-testid="job-card-company"]', 'a[href^="/co/"]'];
const CARD_LOCATION = ['[data-testid="job-card-location"]'];

const PANE = ['[data-testid="right-pane"]', '.job_details'];
const PANE_TITLE = ['h1', 'h2'];
const DESCRIPTION = ['.job_description', '[class*="job_description"]', '[class*="jobDescription"]'];

/** The job key: a card's `job-card-{listingKey}` id, else the listingKey (`lk`) or `jid` of its job link. */
function keyOf(card: Element): string | null {
  const href = firstMatch(card, ['a[href*="lk="]', 'a[href*="jid="]'])?.getAttribute('href');
  return cleanKey(/^job-card-(.+)$/.exec(card.id)?.[1]) ?? urlParam(href, 'lk') ?? urlParam(href, 'jid');
}

function findCards(root: ParentNode): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const hook of queryAllWithSelf(root, HOOKS)) {
      const card = closestOf(hook, CARD) ?? hook;
      const key = keyOf(card);
      const title = firstText(card, CARD_TITLE);
      if (!key || !title || seen.has(key) || !inResultList(card, LISTS)) continue;
      seen.add(key);
      cards.push({
        key,
        element: card,
        badgeAnchor: card,
        title,
        employer: firstText(card, CARD_EMPLOYER) || undefined,
        location: firstText(card, CARD_LOCATION) || undefined,
        snippet: blockText(card),
      });
    }
    return cards;
  }, []);
}

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
    const shown = card ? { title: firstText(card, CARD_TITLE), employer: firstText(card, CARD_EMPLOYER) } : null;
    if (shown && !sameJob(shown, { title, employer })) return null;
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

export const ziprecruiterBoard: BoardAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  hosts: ['ziprecruiter.com'],
  findCards: (root) => findCards(root),
  findOpenPosting: (doc, url) => safely(() => findOpenPosting(doc, url), null),
  expectsListings: (url) =>
    hostMatches(url, ziprecruiterBoard.hosts) &&
    /^\/(jobs-search|candidate\/search|c\/[^/]+\/Job\/|jobs\/|ojob\/|Jobs\/)/.test(url.pathname),
};
