/**
 * The compact badge — an icon + verdict words, one setting chip and the pay, as a <button> with
 * aria-expanded — built with `createElement` and `textContent` only. Hundreds of them are drawn on
 * a results page, so they skip any virtual DOM; no UI framework is in the content script. The
 * explanation card (`Explanation`, JSX drawn straight to DOM nodes by ./dom-jsx) is built only when
 * the reader opens it: Click or Enter opens it in the same shadow root right after the button; Escape
 * (or the card's Close button) closes it and puts focus back on the badge. Nothing here moves
 * focus on its own.
 */
import { inDocument } from './dom-jsx/jsx-runtime';
import type { BadgeModel, BadgePlace } from './badge-model';
import { Explanation, EXPLANATION_ID } from './Explanation';
import type { RungId } from '../career/rung-ids';

export interface CompactBadgeProps {
  /** A new key in the same container (recycled list item) starts closed. */
  key: string;
  model: BadgeModel;
  place: BadgePlace;
  stale?: boolean;
  onOpenOptions?: () => void;
  onOpenCareer?: (rung: RungId) => void;
}

interface CompactState {
  props: CompactBadgeProps;
  open: boolean;
  wrap: HTMLDivElement;
  button: HTMLButtonElement;
  /** Where the explanation card is drawn (display: contents), only while open. */
  slot: HTMLDivElement | null;
}

const states = new WeakMap<Element, CompactState>();
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Distinct shapes per verdict (meaning never by colour alone). */
export const ICON_PATHS: Record<string, string[]> = {
  qualified: ['M4.8 8.3l2.2 2.2 4.3-4.6'],
  trainable: ['M8 4.4V8l2.6 1.6'],
  missing: ['M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8'],
  other: ['M8 7.4v4'],
};

function svgEl(doc: Document, name: string, attrs: Record<string, string>): SVGElement {
  const el = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const k in attrs) el.setAttribute(k, attrs[k]!);
  return el;
}

const STROKE = { fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

/** One icon per verdict and document, built once and cloned (hundreds of badges per page). */
const iconCache = new WeakMap<Document, Map<string, SVGElement>>();

function icon(doc: Document, verdict: BadgeModel['verdict']): SVGElement {
  let byVerdict = iconCache.get(doc);
  if (!byVerdict) iconCache.set(doc, (byVerdict = new Map()));
  let proto = byVerdict.get(verdict);
  if (!proto) {
    proto = svgEl(doc, 'svg', { class: 'icon', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' });
    proto.append(svgEl(doc, 'circle', { cx: '8', cy: '8', r: '6.8', ...STROKE }));
    const paths = ICON_PATHS[verdict] ?? ICON_PATHS.other!;
    for (const d of paths) proto.append(svgEl(doc, 'path', { d, ...STROKE }));
    if (!(verdict in ICON_PATHS)) proto.append(svgEl(doc, 'circle', { cx: '8', cy: '4.9', r: '1', fill: 'currentColor' }));
    byVerdict.set(verdict, proto);
  }
  return proto.cloneNode(true) as SVGElement;
}

function span(doc: Document, cls: string, text?: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The badge's parts without their words, built once per document and cloned: one DOM call per
 * part instead of one per element and property (hundreds of badges per page).
 */
interface Parts {
  /** Per verdict: icon, "RxLadder: ", empty words span. */
  head: Map<string, DocumentFragment>;
  chip: HTMLSpanElement;
  pay: HTMLSpanElement;
}
const partsCache = new WeakMap<Document, Parts>();

function parts(doc: Document): Parts {
  let p = partsCache.get(doc);
  if (!p) {
    const labelled = (cls: string, label: string) => {
      const el = span(doc, cls);
      el.append(span(doc, 'sr', label));
      return el;
    };
    p = { head: new Map(), chip: labelled('chip', 'setting: '), pay: labelled('pay', 'pay: ') };
    partsCache.set(doc, p);
  }
  return p;
}

function head(doc: Document, verdict: BadgeModel['verdict'], words: string): DocumentFragment {
  const byVerdict = parts(doc).head;
  let proto = byVerdict.get(verdict);
  if (!proto) {
    proto = doc.createDocumentFragment();
    proto.append(icon(doc, verdict), span(doc, 'sr', 'RxLadder: '), span(doc, 'words'));
    byVerdict.set(verdict, proto);
  }
  const out = proto.cloneNode(true) as DocumentFragment;
  out.lastChild!.textContent = words;
  return out;
}

/** A chip or pay span: its screen-reader label, then `text` (a text node: page-derived text stays text). */
function labelled(proto: HTMLSpanElement, text: string): HTMLSpanElement {
  const el = proto.cloneNode(true) as HTMLSpanElement;
  el.append(text);
  return el;
}

/** Draw (or update in place) the compact badge in `container`. */
export function renderCompactBadge(container: HTMLElement, props: CompactBadgeProps): void {
  const doc = container.ownerDocument;
  let st = states.get(container);
  if (!st) {
    const wrap = doc.createElement('div');
    const button = doc.createElement('button');
    button.type = 'button';
    wrap.append(button);
    const s: CompactState = { props, open: false, wrap, button, slot: null };
    wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && s.open) {
        e.preventDefault();
        close(s);
      }
    });
    button.addEventListener('click', (e) => {
      // The badge may sit inside a board's clickable card or link: do not follow it.
      e.preventDefault();
      setOpen(s, !s.open);
    });
    container.replaceChildren(wrap);
    states.set(container, s);
    st = s;
  } else if (st.props.key !== props.key) {
    st.props = props;
    setOpen(st, false);
  }
  st.props = props;
  const { model, place, stale } = props;
  const { wrap, button } = st;
  wrap.className = `wrap place-${place}`;
  button.className = `badge v-${stale ? 'stale' : model.verdict}`;
  const protos = parts(doc);
  const content: Node[] = [head(doc, model.verdict, model.words)];
  if (model.setting) content.push(labelled(protos.chip, model.setting));
  if (model.pay) content.push(labelled(protos.pay, model.pay));
  if (stale) content.push(span(doc, 'stale-note', '(reload page)'));
  button.replaceChildren(...content);
  paint(st);
}

/** Unmount the explanation card (if open) and forget the container. */
export function unmountCompactBadge(container: HTMLElement): void {
  const st = states.get(container);
  if (!st) return;
  if (st.slot) st.slot.replaceChildren();
  st.slot = null;
  states.delete(container);
}

function close(st: CompactState): void {
  setOpen(st, false);
  st.button.focus();
}

function setOpen(st: CompactState, open: boolean): void {
  st.open = open;
  paint(st);
}

/** aria-expanded / aria-controls and the explanation card, from the open state. */
function paint(st: CompactState): void {
  const { button, wrap } = st;
  button.setAttribute('aria-expanded', st.open ? 'true' : 'false');
  if (st.open) {
    button.setAttribute('aria-controls', EXPLANATION_ID);
    if (!st.slot) {
      st.slot = wrap.ownerDocument.createElement('div');
      st.slot.style.display = 'contents';
      wrap.append(st.slot);
    }
    const { model, stale, onOpenOptions, onOpenCareer } = st.props;
    const slot = st.slot;
    // Drawn again when the answer changes while open: keep the reader's place (focus, disclosures).
    const keep = placeIn(slot);
    const card = inDocument(slot.ownerDocument, () =>
      Explanation({
        model,
        stale,
        onOpenOptions: stale ? undefined : onOpenOptions,
        onOpenCareer: stale ? undefined : onOpenCareer,
        onClose: () => close(st),
      }),
    );
    slot.replaceChildren(card);
    keep();
  } else {
    button.removeAttribute('aria-controls');
    if (st.slot) {
      st.slot.replaceChildren();
      st.slot.remove();
      st.slot = null;
    }
  }
}

/** A node's position under `root` as child indexes (to find its counterpart in a redrawn tree). */
function pathTo(root: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    const parent: Node | null = n.parentNode;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, n));
  }
  return path;
}

function atPath(root: Node, path: number[]): Node | null {
  let n: Node | null = root;
  for (const i of path) n = n?.childNodes[i] ?? null;
  return n;
}

/**
 * Remember which element under `slot` has focus and which disclosures are open; the returned
 * function restores them in the redrawn tree (a profile change or an upgraded answer can redraw an
 * open card under the reader's keyboard).
 */
function placeIn(slot: HTMLElement): () => void {
  const root = slot.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const focusPath = active && slot.contains(active) ? pathTo(slot, active) : null;
  const open = Array.from(slot.querySelectorAll('details'), (d) => (d.open ? pathTo(slot, d) : null)).filter((p): p is number[] => p !== null);
  return () => {
    for (const p of open) {
      const d = atPath(slot, p);
      if (d instanceof (slot.ownerDocument.defaultView?.HTMLDetailsElement ?? HTMLDetailsElement)) d.open = true;
    }
    const target = focusPath && atPath(slot, focusPath);
    if (target && 'focus' in target) (target as HTMLElement).focus({ preventScroll: true });
  };
}
