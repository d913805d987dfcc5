/**
 * Badge hosts: one `<rxl-badge>` element per listing, holding an open shadow root with the
 * visible badge (ui/compact-badge.ts: built with createElement; the explanation card, once opened,
 * through the DOM JSX runtime ui/dom-jsx). Hosts are appended as the last child of the board's badge anchor: the
 * board's own nodes are never wrapped, moved or edited.
 *
 * Idempotent: for a card, the host already inside it is found and updated (re-keyed when the
 * board recycled the list item for another job); extra hosts are removed, so a listing never has
 * more than one. Hosts made by another instance of the content script (an older, invalidated one)
 * are replaced, never shared.
 */
import { renderCompactBadge, unmountCompactBadge } from '../ui/compact-badge';
import { BADGE_CSS } from '../ui/badge-css';
import type { BadgePlace } from '../ui/badge-model';
import type { ListingResult } from './messages';
import type { RungId } from '../career/rung-ids';
import {
  ATTR_KEY, ATTR_PLACE, ATTR_REQUIRES, ATTR_SETTINGS, ATTR_SOURCE, ATTR_STALE, ATTR_VERDICT, HOST_TAG, NOTE_TAG,
} from './constants';

/** Elements of ours in the page: badge hosts and the hidden-listings note. */
const OWN_TAGS = `${HOST_TAG},${NOTE_TAG}`;

export interface HostView {
  /** "board:jobKey" */
  key: string;
  place: BadgePlace;
  /** Where the analysis came from: the card's own text, or the full posting (read earlier or now). */
  source: 'card' | 'posting';
  /** What the background answered for this listing (verdict, attributes, badge model). */
  result: ListingResult;
}

export interface MountEnv {
  doc: Document;
  onOpenOptions(): void;
  /** The explanation card's "Career path" button (rung id from the validated model). */
  onOpenCareer?(rung: RungId): void;
}

interface HostRecord {
  view: HostView;
  container: HTMLElement;
  signature: string;
  stale: boolean;
  /** Built and rendered off-page, waiting to be attached in a batch. */
  detached: boolean;
}

/** Events that must not reach the board's own card handlers (opening the job, drag, selection). */
const STOPPED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress'];

const resultIds = new WeakMap<ListingResult, number>();
let nextResultId = 1;
function resultId(r: ListingResult): number {
  let id = resultIds.get(r);
  if (id === undefined) {
    id = nextResultId++;
    resultIds.set(r, id);
  }
  return id;
}

/** Whether `node` is a badge host or the hidden-listings note, or lies inside one. */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.localName === HOST_TAG || el.localName === NOTE_TAG || el.closest(OWN_TAGS) !== null;
}

export class BadgeMounter {
  private readonly records = new Map<Element, HostRecord>();
  private sheet: CSSStyleSheet | null | undefined;
  /** The shared sheet was adopted once: later hosts need not check. */
  private sheetAdopts = false;
  private staleAll = false;
  /** Badge renders performed (tests, benchmark). */
  renders = 0;

  constructor(private readonly env: MountEnv) {}

  /** Whether this instance created (and still manages) `host`. */
  owns(host: Element): boolean {
    return this.records.has(host);
  }

  recordOf(host: Element): Readonly<HostView> | undefined {
    return this.records.get(host)?.view;
  }

  /** Live hosts this instance manages. */
  hosts(): Element[] {
    return [...this.records.keys()];
  }

  get size(): number {
    return this.records.size;
  }

  /**
   * A new, empty host, not yet in the page. Rendering into it costs no layout or paint of the
   * page; attaching a batch of them later costs one relayout instead of one per frame.
   */
  create(place: BadgePlace): HTMLElement {
    const doc = this.env.doc;
    const host = doc.createElement(HOST_TAG);
    host.setAttribute(ATTR_PLACE, place);
    const shadow = host.attachShadow({ mode: 'open' });
    this.style(shadow);
    const container = doc.createElement('div');
    container.className = 'root';
    for (const type of STOPPED_EVENTS) container.addEventListener(type, stop);
    shadow.append(container);
    this.records.set(host, { view: undefined as unknown as HostView, container, signature: '', stale: false, detached: true });
    return host;
  }

  /**
   * The one host for a card: reuse the managed host with this key, else any managed host in the
   * card (a recycled list item: re-keyed by render), else `prepared` (a host built off-page) or a
   * new one, appended to `anchor`. Every other host in the card is removed; an unused `prepared`
   * host is discarded. Returns the host (render() it next).
   */
  claimCardHost(anchor: Element, existing: readonly Element[], key: string, prepared?: Element): Element {
    let host = existing.find((e) => this.owns(e) && e.getAttribute(ATTR_KEY) === key) ?? existing.find((e) => this.owns(e));
    for (const e of existing) if (e !== host) this.remove(e);
    if (!host) {
      host = prepared ?? this.create('card');
      anchor.append(host);
    } else {
      if (prepared && prepared !== host) this.remove(prepared);
      if (host.parentNode !== anchor) anchor.append(host);
    }
    const rec = this.records.get(host);
    if (rec) rec.detached = false;
    return host;
  }

  /** Mark a host as placed in the page by the caller (detail badge). */
  attached(host: Element): void {
    const rec = this.records.get(host);
    if (rec) rec.detached = false;
  }

  /** Set the contract attributes and (re)render the badge, unless nothing changed. */
  render(host: Element, view: HostView, force = false): void {
    const rec = this.records.get(host);
    if (!rec) return;
    const stale = this.staleAll;
    const signature = `${view.key}|${view.place}|${resultId(view.result)}|${view.source}|${stale ? 1 : 0}`;
    rec.view = view;
    if (!force && signature === rec.signature) return;
    // A host rendered for the first time has none of these yet: set without reading them first.
    const set = rec.signature === '' ? setNew : setAttr;
    rec.signature = signature;
    rec.stale = stale;
    const { result } = view;
    set(host, ATTR_KEY, view.key);
    set(host, ATTR_VERDICT, result.verdict);
    set(host, ATTR_REQUIRES, result.requires.join(' '));
    set(host, ATTR_SETTINGS, unique(result.settings).join(' '));
    set(host, ATTR_SOURCE, view.source);
    if (stale) set(host, ATTR_STALE, '');
    const model = result.model;
    this.renders++;
    renderCompactBadge(rec.container, {
      // A new listing in the same host (recycled list item) starts closed.
      key: view.key,
      model,
      place: view.place,
      stale,
      onOpenOptions: stale ? undefined : this.env.onOpenOptions,
      onOpenCareer: stale ? undefined : this.env.onOpenCareer,
    });
  }

  /** Re-render every live host (profile changed) or those `which` selects. */
  rerender(which?: (view: HostView) => HostView | null | undefined): void {
    for (const [host, rec] of this.records) {
      if (!rec.view) continue;
      const view = which ? which(rec.view) : rec.view;
      if (view) this.render(host, view);
    }
  }

  /** Unmount and remove a host (ours or a stray one). */
  remove(host: Element): void {
    const rec = this.records.get(host);
    if (rec) {
      unmountCompactBadge(rec.container);
      this.records.delete(host);
    }
    host.remove();
  }

  /** Forget hosts the board removed from the page (with their card). */
  prune(): void {
    for (const [host, rec] of this.records) {
      if (!rec.detached && !host.isConnected) {
        unmountCompactBadge(rec.container);
        this.records.delete(host);
      }
    }
  }

  /** The extension context is gone: grey every badge out (they stay readable), stop nothing else. */
  markStale(): void {
    this.staleAll = true;
    for (const [host, rec] of this.records) {
      host.setAttribute(ATTR_STALE, '');
      if (rec.view && host.isConnected) {
        try {
          this.render(host, rec.view);
        } catch {
          /* never throw into the page */
        }
      }
    }
  }

  /** Drop every reference (after markStale, or in tests). Hosts stay in the page. */
  release(): void {
    this.records.clear();
  }

  private style(shadow: ShadowRoot): void {
    if (this.sheet === undefined) {
      this.sheet = null;
      try {
        const Sheet = (this.env.doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
        const sheet = new Sheet();
        sheet.replaceSync(BADGE_CSS);
        this.sheet = sheet;
      } catch {
        this.sheet = null;
      }
    }
    if (this.sheet) {
      try {
        shadow.adoptedStyleSheets = [this.sheet];
        if (this.sheetAdopts) return;
        if (shadow.adoptedStyleSheets.length === 1) {
          this.sheetAdopts = true;
          return;
        }
      } catch {
        /* e.g. Firefox content-script wrappers: fall back to a <style> element */
      }
      this.sheet = null;
    }
    const style = this.env.doc.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
}

function stop(event: Event): void {
  event.stopPropagation();
}

function setNew(el: Element, name: string, value: string): void {
  el.setAttribute(name, value);
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
