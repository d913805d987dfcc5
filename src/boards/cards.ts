/**
 * Listing-card readers shared by the board files: the loop behind every `findCards` (hooks in,
 * one card per job key out, never throwing), the ListingCard built from a card element, and the
 * two ways boards find their cards (through job links, or through card hooks).
 *
 * A board file describes its cards as data (selectors, most stable first: boards.md §2) plus, where
 * the board needs it, a small key or title function; these helpers do the rest. Read only, like
 * dom.ts: text via {@link blockText}/{@link inlineText} (never `innerText`), nothing written to the page.
 */
import {
  blockText, closestOf, firstMatch, firstText, inlineText, inResultList, normaliseLines, pathKey, queryAll,
  queryAllWithSelf, safely, safeMatches, sameJob,
} from './dom';
import type { ListingCard } from './types';

/** Where a card's fields are: selectors inside the card, tried in order (first non-empty text wins). */
export interface CardFields {
  employer?: readonly string[];
  location?: readonly string[];
  /**
   * Where the badge host goes: an element (e.g. from {@link badgeAnchorFor}), or the first match of
   * these selectors inside the card (the card's text column), or `{ parentOf }`: the parent of the
   * first match (the host then follows the card's title heading, where a board's reservation keeps
   * its space, src/page/reserve.ts); default, and when nothing matches: the card.
   */
  anchor?: Element | readonly string[] | { parentOf: readonly string[]; else: readonly string[] };
  /**
   * The element reported as the card when the fields are read from a block inside it (SimplyHired's
   * `li` around its searchSerpJob block): the closest match; default, and when none: the card itself.
   */
  listItem?: readonly string[];
  /**
   * How the card's own text is read: 'block' (default) keeps a line per block element; 'inline' joins
   * it into one line, as the ATS list rows (Workday, Greenhouse, Lever, iCIMS, Dice, CareerBuilder)
   * have always been read (the analyzer's result for a row can differ between the two).
   */
  snippet?: 'block' | 'inline';
  /**
   * Where the card's text is, for boards whose cards mark it (Indeed): the card's text is then its
   * title, employer, location and the text of each element matching this selector (elements that do
   * not nest) as a line (`textContent`: a DOM call per line instead of a walk over every node of
   * the card; 500 cards are read on a results page). When no list item matches (no snippet lines:
   * another layout), the whole card is read.
   */
  lines?: string;
}

/** The ListingCard for `card`: its key and title as read by the board, the rest from `fields`. */
export function cardFrom(card: Element, key: string, title: string, fields: CardFields = {}): ListingCard {
  const employer = fields.employer ? firstText(card, fields.employer) : '';
  const location = fields.location ? firstText(card, fields.location) : '';
  const marked = fields.lines ? markedLines(card, fields.lines) : [];
  const out: ListingCard = {
    key,
    element: (fields.listItem && closestOf(card, fields.listItem)) || card,
    badgeAnchor: anchorIn(card, fields.anchor),
    title,
    snippet: marked.length > 0
      ? normaliseLines([title, employer, location, ...marked].join('\n'))
      : fields.snippet === 'inline' ? inlineText(card) : blockText(card),
  };
  if (employer) out.employer = employer;
  if (location) out.location = location;
  return out;
}

/**
 * The text of each element matching `selector` in `card`, a line each; [] when none of them is a
 * list item (the snippet's lines are: without them the card is read whole). Keep the selector
 * simple: :has() costs more selector matching than the walk it saves.
 */
function markedLines(card: Element, selector: string): string[] {
  const lines: string[] = [];
  let items = 0;
  for (const el of queryAll(card, selector)) {
    if (el.localName === 'li') items++;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  return items > 0 ? lines : [];
}

function anchorIn(card: Element, anchor: CardFields['anchor']): Element {
  if (!anchor) return card;
  if ('nodeType' in anchor) return anchor;
  if ('parentOf' in anchor) {
    const parent = firstMatch(card, anchor.parentOf)?.parentElement;
    return parent && card.contains(parent) ? parent : (firstMatch(card, anchor.else) ?? card);
  }
  return firstMatch(card, anchor as readonly string[]) ?? card;
}

/**
 * The loop behind every board's `findCards`: each element in `root` matching `hooks` (and `root`
 * itself, so a freshly added card works) is handed to `read`, in document order; the first card per
 * job key wins. `seen` holds the keys already taken, so `read` can skip a duplicate before reading
 * its text. A hook whose `read` throws is skipped; this never throws.
 */
export function collectCards(
  root: ParentNode,
  hooks: string,
  read: (hook: Element, seen: ReadonlySet<string>) => ListingCard | null,
): ListingCard[] {
  return safely(() => {
    const seen = new Set<string>();
    const cards: ListingCard[] = [];
    for (const hook of queryAllWithSelf(root, hooks)) {
      const card = safely(() => read(hook, seen), null);
      if (!card || seen.has(card.key)) continue;
      seen.add(card.key);
      cards.push(card);
    }
    return cards;
  }, []);
}

/** Boards whose cards are found through their job links, keyed on the id in the link's path (boards.md §2). */
export interface JobLinkCards extends CardFields {
  /** The job links; a link's text is the card's title. */
  links: string;
  /** Capture group 1 on the link's path is the job key. */
  jobId: RegExp;
  /** The card around a link, tried in order; a bare link outside all of them (ads, advice) is not a card. */
  card: readonly string[];
  /** The main result list(s): cards outside them are rails (see {@link inResultList}). */
  lists: readonly string[];
}

/** Cards found through their job links (Monster, USAJOBS). */
export function cardsFromJobLinks(root: ParentNode, url: URL, spec: JobLinkCards): ListingCard[] {
  return collectCards(root, spec.links, (link, seen) => {
    const key = pathKey(link.getAttribute('href'), spec.jobId, url);
    const card = closestOf(link, spec.card);
    const title = inlineText(link);
    if (!key || !card || !title || seen.has(key) || !inResultList(card, spec.lists)) return null;
    return cardFrom(card, key, title, spec);
  });
}

/** Boards whose cards carry a hook (an id attribute or test id, boards.md §2) on or inside the card. */
export interface HookCards extends CardFields {
  /** Elements that mark a card: the card itself or an element inside it. */
  hooks: string;
  /** The card around a hook, tried in order; when none matches, the hook is the card. */
  card: readonly string[];
  /** The card's job key (`hook` is the element it was found from, `url` the page's). */
  key(card: Element, hook: Element, url: URL): string | null;
  /** The card's title: the first non-empty text among these selectors inside the card. */
  title: readonly string[];
  /** The main result list(s) and the rails to leave out (see {@link inResultList}). */
  lists: readonly string[];
  exclude?: readonly string[];
  /** Cards matching this selector are not cards (e.g. Indeed's `aria-hidden` duplicates). */
  skip?: string;
}

/**
 * The card a hook belongs to, or null: no key, already in `seen`, skipped, outside the result list,
 * or no title yet (virtualised shells get their content later).
 */
export function cardAt(hook: Element, url: URL, spec: HookCards, seen?: ReadonlySet<string>): ListingCard | null {
  const card = closestOf(hook, spec.card) ?? hook;
  const key = spec.key(card, hook, url);
  if (!key || seen?.has(key) || (spec.skip && safeMatches(card, spec.skip))) return null;
  if (!inResultList(card, spec.lists, spec.exclude)) return null;
  const title = firstText(card, spec.title);
  return title ? cardFrom(card, key, title, spec) : null;
}

/** Cards found through their hooks (Indeed, LinkedIn, Glassdoor, ZipRecruiter, SimplyHired). */
export function cardsFromHooks(root: ParentNode, url: URL, spec: HookCards): ListingCard[] {
  return collectCards(root, spec.hooks, (hook, seen) => cardAt(hook, url, spec, seen));
}

/**
 * Whether `card`, the card of the job a split view says is open (URL id, selected card), shows another
 * job than the pane does (boards.md §5: the id changes on click before the pane re-renders, so the
 * pane still holds the previous job). False when there is no such card.
 */
export function cardShowsOtherJob(
  card: Element | null | undefined,
  fields: { title: readonly string[]; employer?: readonly string[] },
  pane: { title: string; employer?: string },
): boolean {
  if (!card) return false;
  const shown = { title: firstText(card, fields.title), employer: fields.employer ? firstText(card, fields.employer) : '' };
  return !sameJob(shown, pane);
}

/**
 * Where a card's badge host goes: the title heading when the title is not a link; otherwise the
 * link's parent (so the badge sits right after the title without being inside the link, which
 * would make a click on the badge navigate); the card itself when the link is the card.
 */
export function badgeAnchorFor(titleEl: Element | null, card: Element): Element {
  if (!titleEl) return card;
  const link = titleEl.closest('a, button');
  if (!link) return titleEl;
  if (!card.contains(link)) return card; // the whole card is inside a link: nothing better
  const parent = link.parentElement;
  return parent && parent !== card && card.contains(parent) ? parent : card;
}
