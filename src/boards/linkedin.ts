/**
 * LinkedIn reader (boards.md §3.2), logged-in app and logged-out pages.
 *
 * Test URLs:
 *   https://www.linkedin.com/jobs/search/?currentJobId={id}&keywords=pharmacy%20technician   two-pane results
 *   https://www.linkedin.com/jobs/search-results/?currentJobId={id}                         2025–26 results
 *   https://www.linkedin.com/jobs/view/{id}/                                                detail (logged in)
 *   https://www.linkedin.com/jobs/view/pharmacy-technician-at-kroger-{id}                    detail (logged out)
 */
import { cardsFromHooks, type HookCards } from './cards';
import { defineBoard } from './define';
import { attrKey, blockText, closestOf, firstMatch, firstText, inlineText, pathKey, queryAll, sameJob, urlParam } from './dom';
import type { BoardAdapter, OpenPosting } from './types';

/** Job id in `/jobs/view/{id}` or the slugged `/jobs/view/{slug}-{id}`. */
const VIEW_ID = /\/jobs\/view\/(?:[^/]*-)?(\d+)(?:\/|$)/;

const DESCRIPTION = ['#job-details', '.jobs-box__html-content', '.jobs-description__content', '.description__text', '.show-more-less-html__markup'];
const DETAIL = ['.jobs-search__job-details--wrapper', '.jobs-semantic-search-job-details-wrapper', '.job-view-layout', 'main'];
const DETAIL_TITLE = ['.job-details-jobs-unified-top-card__job-title h1', '.job-details-jobs-unified-top-card__job-title', '.top-card-layout__title', 'h1'];
const DETAIL_EMPLOYER = ['.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name', '.topcard__org-name-link'];
const DETAIL_LOCATION = ['.job-details-jobs-unified-top-card__primary-description-container', '.job-details-jobs-unified-top-card__tertiary-description-container', '.topcard__flavor--bullet'];

function cardKey(card: Element): string | null {
  const inner = firstMatch(card, ['[data-job-id]']);
  const urn = attrKey(card, ['data-entity-urn']) ?? attrKey(firstMatch(card, ['[data-entity-urn]']), ['data-entity-urn']);
  const link = card.matches('a[href]') ? card : firstMatch(card, ['a[href*="/jobs/view/"]', 'a[href*="currentJobId="]']);
  const href = link?.getAttribute('href');
  return (
    attrKey(card, ['data-occludable-job-id', 'data-job-id']) ?? attrKey(inner, ['data-job-id']) ??
    (urn ? /(\d+)$/.exec(urn)?.[1] ?? null : null) ??
    pathKey(href, VIEW_ID) ?? urlParam(href, 'currentJobId')
  );
}

const CARDS = {
  /** Id-carrying hooks first (§2), then the newer data-view-name cards and logged-out .base-card. */
  hooks: 'li[data-occludable-job-id], [data-job-id], [data-view-name="job-card"], [data-view-name="job-search-job-card"], .base-card[data-entity-urn]',
  /** One card per list item: the virtualised `li` is the unit LinkedIn recycles. */
  card: ['li[data-occludable-job-id]', 'li', '[data-job-id]', '.base-card'],
  key: cardKey,
  /**
   * The link's aria-hidden span holds the title once; the link text repeats it in a visually-hidden span.
   * Virtualised shells have an id but no content yet: they are skipped until the title renders.
   */
  title: [
    'a[href*="/jobs/view/"] span[aria-hidden="true"]', '.job-card-list__title--link span[aria-hidden="true"]',
    '.artdeco-entity-lockup__title', '.base-search-card__title', '.job-card-list__title', 'a[href*="/jobs/view/"]',
    // Newer search-results cards: the first paragraph of the card link (Hide-n-Seek reads the company as `p + div > p`).
    'a[href*="currentJobId="] p',
  ],
  /** Result lists, classic to newest; "Top job picks" rails and "More jobs" sections sit outside them. */
  lists: ['.scaffold-layout__list', '.jobs-search-results-list', '.jobs-semantic-search-list', '.jobs-search__results-list'],
  exclude: ['aside', '.jobs-similar-jobs', '.similar-jobs'],
  employer: ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description', '.job-card-container__company-name', '.base-search-card__subtitle'],
  location: ['.artdeco-entity-lockup__caption', '.job-card-container__metadata-item', '.job-search-card__location'],
  /** The text column of the entity lockup: a badge appended there sits below the metadata lines. */
  anchor: ['.artdeco-entity-lockup__content', '.base-search-card__info', '.job-card-container'],
} satisfies HookCards;

function findOpenPosting(doc: Document, url: URL): OpenPosting | null {
  const desc = firstMatch(doc, DESCRIPTION);
  if (!desc) return null;
  const pane = closestOf(desc, DETAIL) ?? doc.body;
  const titleEl = firstMatch(pane, DETAIL_TITLE);
  const title = inlineText(titleEl);
  if (!titleEl || !title) return null;
  // The pane's own /jobs/view/ link names the job on screen; currentJobId changes on click,
  // before the pane re-renders, so it is only a fallback and its card must show the same job.
  const ownLink = firstMatch(titleEl, ['a[href*="/jobs/view/"]']) ?? titleEl.closest('a[href*="/jobs/view/"]');
  const employer = firstText(pane, DETAIL_EMPLOYER) || undefined;
  let key = pathKey(ownLink?.getAttribute('href'), VIEW_ID, url) ?? pathKey(url, VIEW_ID);
  if (!key) {
    key = urlParam(url, 'currentJobId');
    const hook = key ? queryAll(doc, `[data-occludable-job-id="${key}"], [data-job-id="${key}"]`)[0] : undefined;
    const card = hook ? closestOf(hook, CARDS.card) ?? hook : null;
    // Unlike cardShowsOtherJob, a virtualised shell (no title rendered yet) does not veto the pane.
    const shown = card ? { title: firstText(card, CARDS.title), employer: firstText(card, CARDS.employer) } : null;
    if (shown?.title && !sameJob(shown, { title, employer })) return null;
  }
  if (!key) return null;
  // "Columbus, OH · 2 days ago · 41 applicants": the location is the first segment.
  const location = firstText(pane, DETAIL_LOCATION).split('·')[0]?.trim();
  return {
    key,
    title,
    employer,
    location: location || undefined,
    text: blockText(desc),
    badgeAnchor: titleEl.parentElement ?? pane,
    source: 'selectors',
  };
}

export const linkedinBoard: BoardAdapter = defineBoard({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  findCards: (root, url) => cardsFromHooks(root, url, CARDS),
  findOpenPosting,
  listingPage: (url) => /^\/(jobs\/(search|search-results|collections|view)\/|my-items\/saved-jobs\/?)/.test(url.pathname),
});
