/**
 * The note shown while the reader's display choice hides listings (`hideUnqualified: 'hide'`), so a
 * shorter result list is never a mystery: one small box in the page's bottom-left corner, in its own
 * shadow root (`<rxl-note>`), saying how many listings are hidden and why, with a button that shows
 * them (dimmed) on this page only, and back. The visible text follows the count at once; a polite
 * live region (role="status") announces it once it has been steady for ANNOUNCE_DELAY_MS, so
 * answers arriving over several frames or an infinite scroll do not make it chatty. Nothing moves
 * focus on its own; closing the note with the keyboard returns focus to where it came from. Built
 * with createElement and textContent only (no page text goes in). Gone when nothing is hidden or
 * the choice changes; a note left by an earlier run on the page is replaced, never duplicated.
 */
import { NOTE_TAG } from './constants';

const ANNOUNCE_DELAY_MS = 1000;

export interface NoteState {
  /** Listings whose verdict is `missing` (hidden, or shown dimmed after "Show them"). */
  count: number;
  /** The reader pressed "Show them" on this page. */
  revealed: boolean;
}

/** Like the badge (src/ui/badge-css.ts): the page's font family, normal and bold weights only. */
const NOTE_CSS = `
:host{all:initial;position:fixed;left:12px;bottom:12px;z-index:2147483000;display:block;max-width:min(360px,calc(100vw - 24px));
font:13px/18px sans-serif;font-family:inherit;color-scheme:light dark;
--fg:#1b1f23;--bg:#ffffff;--edge:#6b7785;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:host{--fg:#e6eaee;--bg:#15191d;--edge:#7d8995;--accent:#8ab4f8}}
.box{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;padding:8px 10px;border:1px solid var(--edge);border-radius:8px;
background:var(--bg);color:var(--fg);box-shadow:0 2px 8px rgba(0,0,0,.18)}
.msg{flex:1 1 200px}
button{min-height:24px;min-width:24px;padding:2px 10px;border:1px solid var(--accent);border-radius:6px;background:transparent;color:var(--accent);
font:inherit;font-weight:700;cursor:pointer}
button.close{border-color:var(--edge);color:var(--fg);padding:2px 6px}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (forced-colors:active){.box,button{border:1px solid CanvasText}}
`;

/** "1 listing" / "3 listings". */
function listings(n: number): string {
  return `${n} ${n === 1 ? 'listing' : 'listings'}`;
}

export function noteText(state: NoteState): string {
  const what = `${listings(state.count)} asking for a credential you don't have`;
  return state.revealed ? `RxLadder: ${what} ${state.count === 1 ? 'is' : 'are'} shown dimmed on this page.` : `RxLadder hid ${what}.`;
}

export class HiddenNote {
  private host: HTMLElement | null = null;
  private msg: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  private announceTimer: number | null = null;
  /** Where focus was before it entered the note (closing returns it there). */
  private returnFocus: Element | null = null;
  private shown: string | null = null;
  private count = 0;
  /** The reader closed the note on this page: it stays closed until the count changes. */
  private dismissedAt: number | null = null;

  constructor(
    private readonly doc: Document,
    /** "Show them" / "Hide them" pressed. */
    private readonly onToggle: () => void,
  ) {}

  /** Show, update or remove the note (a DOM write: call from a frame's write phase). */
  update(state: NoteState | null): void {
    if (state && this.dismissedAt !== null && this.dismissedAt === state.count) state = null;
    if (!state || state.count === 0) {
      this.remove();
      return;
    }
    this.dismissedAt = null;
    this.count = state.count;
    const text = noteText(state);
    const signature = `${text}|${state.revealed}`;
    if (this.host && this.host.isConnected && signature === this.shown) return;
    this.ensure();
    this.msg!.textContent = text;
    this.toggle!.textContent = state.revealed ? 'Hide them' : 'Show them';
    this.shown = signature;
    this.announceLater(text);
  }

  /** Announce `text` once it has stayed the same for ANNOUNCE_DELAY_MS. */
  private announceLater(text: string): void {
    const win = this.doc.defaultView;
    if (!win) return;
    if (this.announceTimer !== null) win.clearTimeout(this.announceTimer);
    this.announceTimer = win.setTimeout(() => {
      this.announceTimer = null;
      if (this.live?.isConnected) this.live.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  remove(): void {
    if (this.announceTimer !== null) this.doc.defaultView?.clearTimeout(this.announceTimer);
    this.announceTimer = null;
    const hadFocus = this.host !== null && this.doc.activeElement === this.host;
    this.host?.remove();
    this.host = null;
    this.shown = null;
    // Removed while focus was in it (the close button, or the last hidden listing went): focus
    // goes back where it came from rather than to the top of the page.
    const back = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && back instanceof (this.doc.defaultView?.HTMLElement ?? HTMLElement) && back.isConnected) back.focus({ preventScroll: true });
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const doc = this.doc;
    // One note per page: a note an earlier run of RxLadder left behind (its buttons are dead) goes.
    for (const old of doc.querySelectorAll(NOTE_TAG)) old.remove();
    const host = doc.createElement(NOTE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    try {
      const style = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      style.replaceSync(NOTE_CSS);
      shadow.adoptedStyleSheets = [style];
    } catch {
      const el = doc.createElement('style');
      el.textContent = NOTE_CSS;
      shadow.append(el);
    }
    const box = doc.createElement('div');
    box.className = 'box';
    const msg = doc.createElement('span');
    msg.className = 'msg';
    // Inserted empty, filled later (announceLater): screen readers announce changes, not insertions.
    const live = doc.createElement('span');
    live.className = 'sr';
    live.setAttribute('role', 'status');
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.addEventListener('click', () => this.onToggle());
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close this note');
    close.addEventListener('click', () => {
      this.dismissedAt = this.count;
      this.remove();
    });
    box.append(msg, toggle, close, live);
    shadow.append(box);
    host.addEventListener('focusin', (event) => {
      const from = (event as FocusEvent).relatedTarget;
      if (this.returnFocus === null && from instanceof Element && from !== host) this.returnFocus = from;
    });
    host.addEventListener('focusout', (event) => {
      if (!host.contains((event as FocusEvent).relatedTarget as Node | null) && (event as FocusEvent).relatedTarget !== host) this.returnFocus = null;
    });
    (doc.body ?? doc.documentElement).append(host);
    this.host = host;
    this.msg = msg;
    this.live = live;
    this.toggle = toggle;
  }
}
