/**
 * Badge space kept free before the board lays its cards out.
 *
 * The content script runs after the page has been laid out, so a badge arriving in a card pushes
 * every card below it down. On a 500-card results page that one move costs the page ≈ 18 ms of
 * pre-paint (bench:page, trace), and the reader sees the list jump. A board whose card titles carry
 * the title text in an attribute (BadgeReservation) lets a stylesheet, adopted at document_start,
 * add the badge's height under every technician title (TECH_TITLE_CUES) from the first layout on.
 * When the badge is attached right after the title heading, in the same frame the title is marked
 * (`data-rxl-placed`), which ends its reservation: the badge takes the reserved place and nothing
 * moves. A card that gets no badge is marked too and closes up, as it did before, and so is a card
 * whose answer is overdue (the runtime's ANSWER_STALL_MS), so no blank strip stays under a title.
 *
 * The stylesheet is adopted (never an element in the page, so the board's server-rendered markup
 * is untouched) and removed when the runtime stops, which closes every space still open.
 */
import type { BadgeReservation } from '../boards/types';
import { CARD_HOST_PX } from '../ui/badge-css';

/** On a board's title element: its badge was placed (or it has none), so no space is kept. */
export const ATTR_PLACED = 'data-rxl-placed';

/**
 * Title substrings that begin a phrase of keywords/roles.ts TECH_TITLE_PHRASES, which wins over
 * every near miss: a title holding one as a phrase is a technician title (tests/unit/page/reserve.test.ts
 * checks them with the analyzer). A stylesheet matches substrings, so a rare longer word ("pharmacy
 * technical") gets space too, which closes when its answer says no badge. Kept here because the
 * page never loads the keyword map.
 */
export const TECH_TITLE_CUES: readonly string[] = ['pharmacy tech', 'pharm tech', 'cpht'];

/** A cue is used inside a CSS string: lower case letters and single spaces only. */
const SAFE_CUE = /^[a-z]+( [a-z]+)*$/;

/**
 * The rule that keeps `heightPx` under each technician title in the board's lists: a zero-width
 * inline-block at the end of the title's last line, one line plus the badge tall, so the heading
 * grows by exactly the badge host's height (and no block is split into the board's inline link).
 */
export function reservationCss(r: BadgeReservation, cues: readonly string[] = TECH_TITLE_CUES, heightPx = CARD_HOST_PX): string {
  const selectors: string[] = [];
  for (const list of r.lists) {
    for (const title of cueTitles(r, cues)) selectors.push(`${list} ${title}:not([${ATTR_PLACED}])::after`);
  }
  if (selectors.length === 0) return '';
  return `${selectors.join(',\n')}{content:"";display:inline-block;width:0;vertical-align:top;height:calc(1lh + ${heightPx}px)}`;
}

/** `title` elements whose attribute holds one of `cues` (unsafe cues left out). */
function cueTitles(r: BadgeReservation, cues: readonly string[]): string[] {
  return cues.filter((cue) => SAFE_CUE.test(cue)).map((cue) => `${r.title}[${r.attribute}*="${cue}" i]`);
}

export interface Reservation {
  /** The card's badge was attached, or it has none: its title keeps no space any more. */
  settle(card: Element): void;
  /** Close every space still open (the runtime stopped). Idempotent. */
  remove(): void;
}

/**
 * Adopt the reservation stylesheet in `doc`; null where constructable stylesheets cannot be adopted
 * (the badges then push the cards down as they arrive, as on boards without a reservation).
 */
export function reserveBadgeSpace(doc: Document, r: BadgeReservation): Reservation | null {
  const css = reservationCss(r);
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!css || !Sheet) return null;
  let sheet: CSSStyleSheet;
  try {
    sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    return null;
  }
  // Only titles that hold space are marked: the other cards' elements are not touched.
  const holding = cueTitles(r, TECH_TITLE_CUES).join(',');
  let removed = false;
  return {
    settle(card) {
      if (removed) return;
      const title = card.querySelector(r.title);
      if (title && !title.hasAttribute(ATTR_PLACED) && title.matches(holding)) title.setAttribute(ATTR_PLACED, '');
    },
    remove() {
      if (removed) return;
      removed = true;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* the document is gone */
      }
    },
  };
}
