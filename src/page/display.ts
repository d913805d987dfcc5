/**
 * The reader's display choices on job boards (issue #4, options page "Display"): listings that are
 * not pharmacy-technician roles dimmed (`dimNonTech`), listings the reader cannot qualify for
 * (verdict `missing`) dimmed or hidden (`hideUnqualified`). `showPay` is applied by the background
 * when it builds the badge.
 *
 * How: the card element gets `data-rxl-display="dim|hide"` and one constructed stylesheet, adopted
 * by the document, styles it. The board's text nodes are never touched; the attribute is the only
 * write to the board's element, and it is removed again when the choice changes, the listing
 * changes (a virtualised list recycles the element for another job: the state follows the job key,
 * not the element) or RxLadder stops. Page CSP: constructed stylesheets and CSSOM writes are not
 * inline styles, so a strict `style-src` does not block them; where adoptedStyleSheets is not
 * available to the content script (Firefox's wrappers), the same rules go on the element's style
 * through the CSSOM and are restored from what was there.
 *
 * Dimmed listings come back to full opacity on hover and keyboard focus, so they stay readable;
 * their badge still says what is missing (meaning never by opacity alone). (The inline fallback
 * cannot express :hover / :focus-within: there a dimmed listing stays dimmed.)
 *
 * A content script started again on the same page (Firefox re-injects on update without telling
 * the old one) takes over: `sweep()` removes the attribute wherever an earlier run left it.
 */
import type { DisplayPrefs } from '../profile/types';
import { ATTR_DISPLAY } from './constants';
import type { ListingResult } from './messages';

export type DisplayChoices = Pick<DisplayPrefs, 'dimNonTech' | 'hideUnqualified'>;
/** What a listing looks like: as the board shows it (null), dimmed, or hidden. */
export type ListingDisplay = 'dim' | 'hide' | null;

/** What readers saw before #4 (src/profile/storage.ts DEFAULT_DISPLAY). */
export const SHOW_ALL: Readonly<DisplayChoices> = Object.freeze({ dimNonTech: false, hideUnqualified: 'show' });

/**
 * The display choices in a stored profile (`sync:rxl-profile`), defaults for anything missing or
 * malformed. Mirrors src/profile/storage.ts normaliseProfile() (a unit test keeps them in step)
 * without importing it: that module brings the keyword vocabulary.
 */
export function displayChoices(profile: unknown): DisplayChoices {
  const d = typeof profile === 'object' && profile !== null ? (profile as { display?: unknown }).display : undefined;
  const x = typeof d === 'object' && d !== null && !Array.isArray(d) ? (d as Record<string, unknown>) : {};
  return {
    dimNonTech: typeof x.dimNonTech === 'boolean' ? x.dimNonTech : SHOW_ALL.dimNonTech,
    hideUnqualified: x.hideUnqualified === 'dim' || x.hideUnqualified === 'hide' || x.hideUnqualified === 'show' ? x.hideUnqualified : SHOW_ALL.hideUnqualified,
  };
}

/**
 * How a listing is shown: `result` null = not a pharmacy-technician listing (no badge), undefined =
 * its answer has not arrived (shown as the board shows it).
 */
export function listingDisplay(result: ListingResult | null | undefined, choices: DisplayChoices): ListingDisplay {
  if (result === undefined) return null;
  if (result === null) return choices.dimNonTech ? 'dim' : null;
  if (result.verdict === 'missing' && choices.hideUnqualified !== 'show') return choices.hideUnqualified;
  return null;
}

export const DISPLAY_CSS = `
[${ATTR_DISPLAY}="dim"]{opacity:.55!important;transition:opacity .12s ease-out}
[${ATTR_DISPLAY}="dim"]:hover,[${ATTR_DISPLAY}="dim"]:focus-within{opacity:1!important}
[${ATTR_DISPLAY}="hide"]{display:none!important}
@media (prefers-reduced-motion:reduce){[${ATTR_DISPLAY}]{transition:none!important}}
`;

/** Inline fallback: property → value per display. */
const INLINE: Record<'dim' | 'hide', [string, string]> = { dim: ['opacity', '0.55'], hide: ['display', 'none'] };

interface Entry {
  key: string;
  result: ListingResult | null | undefined;
  shown: ListingDisplay;
  /** Inline fallback: the property we set and what the element had before. */
  saved?: { prop: string; value: string; priority: string };
}

/** Applies the display choices to listing elements (DOM writes: call from a frame's write phase). */
export class ListingDisplays {
  private readonly entries = new Map<Element, Entry>();
  private choices: DisplayChoices = SHOW_ALL;
  private sheet: CSSStyleSheet | null | undefined;

  constructor(private readonly doc: Document) {}

  get current(): DisplayChoices {
    return this.choices;
  }

  /** New choices; true when they differ (then call refresh() in a write phase). */
  setChoices(choices: DisplayChoices): boolean {
    if (choices.dimNonTech === this.choices.dimNonTech && choices.hideUnqualified === this.choices.hideUnqualified) return false;
    this.choices = { ...choices };
    return true;
  }

  /** The listing `key` shown by `el` has this answer now (undefined: waiting for it). */
  set(el: Element, key: string, result: ListingResult | null | undefined): void {
    let entry = this.entries.get(el);
    // A recycled element waiting for its new job's answer shows nothing of the old job's state.
    if (entry && result === undefined && entry.key === key) return;
    if (!entry) {
      entry = { key, result, shown: null };
      this.entries.set(el, entry);
    }
    entry.key = key;
    entry.result = result;
    this.apply(el, entry);
  }

  /** `el` is no longer a listing: back to what the board shows. */
  clear(el: Element): void {
    const entry = this.entries.get(el);
    if (!entry) return;
    this.entries.delete(el);
    entry.result = undefined;
    this.apply(el, entry);
  }

  /** Apply the current choices to every listing (after setChoices). */
  refresh(): void {
    for (const [el, entry] of this.entries) this.apply(el, entry);
  }

  /** Undo everything (RxLadder stops): every listing as the board shows it, our sheet withdrawn. */
  clearAll(): void {
    for (const el of [...this.entries.keys()]) this.clear(el);
    const sheet = this.sheet;
    if (sheet) {
      try {
        this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* the document is gone */
      }
    }
    this.sheet = undefined;
  }

  /** Remove what an earlier run on this page left (the attribute; its sheet went with its context). */
  sweep(): void {
    for (const el of this.doc.querySelectorAll(`[${ATTR_DISPLAY}]`)) if (!this.entries.has(el)) el.removeAttribute(ATTR_DISPLAY);
  }

  /** Forget elements the board removed (no write needed). */
  prune(): void {
    for (const el of this.entries.keys()) if (!el.isConnected) this.entries.delete(el);
  }

  /** Listings whose verdict is `missing` (the hidden-listings note counts them). */
  countMissing(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.result?.verdict === 'missing') n++;
    return n;
  }

  /** Listings currently hidden / dimmed (tests, health). */
  count(display: 'dim' | 'hide'): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.shown === display) n++;
    return n;
  }

  private apply(el: Element, entry: Entry): void {
    const want = listingDisplay(entry.result, this.choices);
    // The attribute is checked too: an earlier run of RxLadder, or the board, may have changed it.
    if (want === entry.shown && el.getAttribute(ATTR_DISPLAY) === want) return;
    if (entry.saved) this.restoreInline(el as HTMLElement, entry);
    entry.shown = want;
    if (want === null) {
      el.removeAttribute(ATTR_DISPLAY);
      return;
    }
    el.setAttribute(ATTR_DISPLAY, want);
    if (!this.ensureSheet()) this.setInline(el as HTMLElement, entry, want);
  }

  /** Adopt the stylesheet once (and again if the page replaced the document's list). */
  private ensureSheet(): boolean {
    if (this.sheet === null) return false;
    try {
      if (this.sheet === undefined) {
        const Sheet = (this.doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
        const sheet = new Sheet();
        sheet.replaceSync(DISPLAY_CSS);
        this.sheet = sheet;
      }
      const list = this.doc.adoptedStyleSheets;
      if (!list.includes(this.sheet)) this.doc.adoptedStyleSheets = [...list, this.sheet];
      if (this.doc.adoptedStyleSheets.includes(this.sheet)) return true;
    } catch {
      /* not available to this content script */
    }
    this.sheet = null;
    return false;
  }

  private setInline(el: HTMLElement, entry: Entry, want: 'dim' | 'hide'): void {
    const style = el.style;
    if (!style) return;
    const [prop, value] = INLINE[want];
    entry.saved = { prop, value: style.getPropertyValue(prop), priority: style.getPropertyPriority(prop) };
    style.setProperty(prop, value, 'important');
  }

  private restoreInline(el: HTMLElement, entry: Entry): void {
    const saved = entry.saved!;
    entry.saved = undefined;
    if (saved.value) el.style?.setProperty(saved.prop, saved.value, saved.priority);
    else el.style?.removeProperty(saved.prop);
  }
}
