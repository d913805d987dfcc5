/**
 * The note shown while the reader's display choice hides listings (`hideUnqualified: 'hide'`), so a
 * shorter result list is never a mystery: one small box in the page's bottom-left corner, in its own
 * shadow root (`<rxl-note>`), saying how many listings are hidden and why, with a button that shows
 * them (dimmed) on this page only, and back. The count is a polite live region (role="status");
 * nothing moves focus; the buttons are real buttons, reachable by keyboard. Built with createElement
 * and textContent only (no page text goes in). Gone when nothing is hidden or the choice changes.
 */
import { NOTE_TAG } from './constants';

export interface NoteState {
  /** Listings whose verdict is `missing` (hidden, or shown dimmed after "Show them"). */
  count: number;
  /** The reader pressed "Show them" on this page. */
  revealed: boolean;
}

const NOTE_CSS = `
:host{all:initial;position:fixed;left:12px;bottom:12px;z-index:2147483000;display:block;max-width:min(360px,calc(100vw - 24px));
font:13px/18px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color-scheme:light dark;
--fg:#1b1f23;--bg:#ffffff;--edge:#6b7785;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:host{--fg:#e6eaee;--bg:#15191d;--edge:#7d8995;--accent:#8ab4f8}}
.box{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;padding:8px 10px;border:1px solid var(--edge);border-radius:8px;
background:var(--bg);color:var(--fg);box-shadow:0 2px 8px rgba(0,0,0,.18)}
.msg{flex:1 1 200px}
button{min-height:24px;min-width:24px;padding:2px 10px;border:1px solid var(--accent);border-radius:6px;background:transparent;color:var(--accent);
font:inherit;font-weight:600;cursor:pointer}
button.close{border-color:var(--edge);color:var(--fg);padding:2px 6px}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
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
  private toggle: HTMLButtonElement | null = null;
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
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.shown = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const doc = this.doc;
    const host = doc.createElement(NOTE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    try {
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
    msg.setAttribute('role', 'status');
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
    box.append(msg, toggle, close);
    shadow.append(box);
    (doc.body ?? doc.documentElement).append(host);
    this.host = host;
    this.msg = msg;
    this.toggle = toggle;
  }
}
