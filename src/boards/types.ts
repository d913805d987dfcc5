/**
 * What a board file knows about its board. Board files are pure DOM readers: they take a
 * Document (or an element) and a URL and return plain data; they never mutate the page,
 * never use browser extension APIs, and read text with `textContent` (never `innerText`,
 * which forces layout). The runtime in src/page decides when to read and where to mount badges.
 */

/** How a piece of text was obtained, best first (the popup shows it). */
export type ExtractionSource = 'jsonld' | 'embedded' | 'selectors' | 'heuristic';

export interface ListingCard {
  /** Stable job key on this board (e.g. Indeed's `jk`, LinkedIn's job id). */
  key: string;
  /** The card's root element (one per listing; the badge is mounted inside or next to it). */
  element: Element;
  /** Where the badge host goes: appended as the last child of this element. */
  badgeAnchor: Element;
  title: string;
  employer?: string;
  location?: string;
  /** The text the card itself shows (snippet, salary, tags), whitespace-normalised. */
  snippet: string;
}

export interface OpenPosting {
  /** Key of the job on screen; must match the card's key for the same job. */
  key: string;
  title: string;
  employer?: string;
  location?: string;
  /** Full description text, whitespace-normalised but with line breaks kept between blocks. */
  text: string;
  /** The element the detail badge is mounted in (appended as the last child), near the title. */
  badgeAnchor: Element;
  source: ExtractionSource;
}

export interface BoardAdapter {
  /** Short id used in DOM attributes (`data-rxl-key="indeed:abc123"`) and the popup. */
  id: string;
  name: string;
  /** Host names this board serves (suffix match: "indeed.com" matches "www.indeed.com"). */
  hosts: readonly string[];
  /** Listing cards on a results page (empty array when none, never throws). */
  findCards(root: ParentNode, url: URL): ListingCard[];
  /** The job open on screen (detail page or split-view pane), or null. */
  findOpenPosting(doc: Document, url: URL): OpenPosting | null;
  /** Whether this page is one where listings are expected (results or detail), for board health. */
  expectsListings(url: URL): boolean;
  /**
   * Optional: where a technician card's badge will go can be reserved before the page first lays the
   * cards out (src/page/reserve.ts), so the cards below do not move when the badges arrive. Only for
   * boards whose card title carries the title text in an attribute a stylesheet can match.
   */
  reserve?: BadgeReservation;
}

/**
 * Badge space kept free under a card's title from the first layout on (src/page/reserve.ts). The
 * card's badge anchor must put the host right after the element `title` sits in the last line of
 * (the heading), so the host takes exactly the reserved place.
 */
export interface BadgeReservation {
  /** Result lists whose cards the runtime reads (cards elsewhere, such as recommendation strips, get no space). */
  lists: readonly string[];
  /** The title element inside a card, without the attribute test (its `::after` holds the space). */
  title: string;
  /** The attribute of `title` that holds the title text. */
  attribute: string;
}
