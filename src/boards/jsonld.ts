/**
 * schema.org JobPosting readers: JSON-LD (`<script type="application/ld+json">`) and microdata
 * (`itemtype=".../JobPosting"`). boards.md §1 (step 1 of the waterfall) and §4 (pitfalls: only on
 * detail pages, often stale after in-app navigation, nested in `@graph` or arrays, HTML in
 * `description`). Read only; never throws; description HTML is parsed in an inert document
 * (dom.ts `htmlToText`), never inserted into the page.
 */
import { blockText, htmlToText, inlineText, normaliseLines, queryAll } from './dom';
import type { OpenPosting } from './types';

export interface StructuredPosting {
  source: 'jsonld' | 'microdata';
  title: string;
  employer?: string;
  location?: string;
  /** Description as text, line breaks kept between blocks. */
  text: string;
  /** `identifier` values (requisition numbers, job ids) as strings. */
  identifiers: string[];
  /** `url` / `@id` / `sameAs` values. */
  urls: string[];
  /** Base pay as a sentence the analyzer reads ("Pay: $18.50 - $24.00 per hour"), if given. */
  salary?: string;
  /** The `<script>` (JSON-LD) or the itemscope root (microdata). */
  element: Element;
}

const MAX_POSTINGS = 20;
const MAX_DEPTH = 8;
const MAX_SCRIPT_CHARS = 2_000_000;

/** Every JobPosting on the page: JSON-LD first (document order), then microdata. */
export function readJobPostings(doc: Document): StructuredPosting[] {
  const out: StructuredPosting[] = [];
  try {
    for (const script of queryAll(doc, 'script[type]')) {
      if (out.length >= MAX_POSTINGS) break;
      if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
      for (const p of jsonLdPostings(script, doc)) if (out.length < MAX_POSTINGS) out.push(p);
    }
    for (const root of queryAll(doc, '[itemtype*="schema.org/JobPosting"]')) {
      if (out.length >= MAX_POSTINGS) break;
      const p = fromMicrodata(root);
      if (p) out.push(p);
    }
  } catch {
    /* a reader never throws into the page */
  }
  return out;
}

/**
 * The structured posting that belongs to the job on screen, or null. boards.md §4 pitfall 2: a
 * JSON-LD block can be left over from the first page after in-app navigation, so a posting is
 * trusted only when
 *  1. its identifier/url/@id contains `expected.key` as a whole token, or one of its urls is the
 *     page `expected.url` (host + path); or
 *  2. its title matches `expected.title` after normalisation AND nothing in it contradicts the
 *     key/url: a posting that carries identifiers or urls, none of which name this job, is
 *     rejected even when the title matches (a health system often posts many identical titles).
 * With nothing to compare against, nothing is trusted.
 */
export function pickPostingFor(doc: Document, expected: { title?: string; key?: string; url?: string | URL }): StructuredPosting | null {
  try {
    const key = expected.key?.trim();
    const page = expected.url ? pageOf(expected.url) : '';
    const title = normTitle(expected.title ?? '');
    if (!key && !page && !title) return null;
    const postings = readJobPostings(doc);
    const names = (p: StructuredPosting) =>
      (!!key && [...p.identifiers, ...p.urls].some((v) => containsToken(v, key))) || (!!page && p.urls.some((u) => pageOf(u) === page));
    const proven = postings.find(names);
    if (proven) return proven;
    if (!title) return null;
    return (
      postings.find((p) => {
        const contradicted = (!!key && p.identifiers.length + p.urls.length > 0) || (!!page && p.urls.length > 0);
        return !contradicted && titlesMatch(normTitle(p.title), title);
      }) ?? null
    );
  } catch {
    return null;
  }
}

/** "host/path" of a URL (no scheme, "www.", query, hash or trailing slash); '' if not a URL. */
function pageOf(u: string | URL): string {
  try {
    const url = new URL(String(u));
    return `${url.hostname.replace(/^www\./, '')}${decodeURI(url.pathname).replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return '';
  }
}

/** Lower-case, accents and punctuation removed, spaces collapsed. */
export function normTitle(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&amp;/g, '&')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Equal, or one contains the other as whole words and the shorter has two words or more
 * ("pharmacy technician ii" matches "pharmacy technician ii nights" and a document.title such as
 * "pharmacy technician ii careers at x"; "pharmacy technician i" never matches "... ii").
 */
function titlesMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(' ').length >= 2 && ` ${long} `.includes(` ${short} `);
}

/** `key` occurs in `value` not glued to other letters/digits ("123" is not in "41234"). */
function containsToken(value: string, key: string): boolean {
  let from = 0;
  const v = value.toLowerCase();
  const k = key.toLowerCase();
  for (;;) {
    const at = v.indexOf(k, from);
    if (at < 0) return false;
    const before = v[at - 1] ?? '';
    const after = v[at + k.length] ?? '';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = at + 1;
  }
}

/** The posting's text, with its `baseSalary` appended when the description states no dollar figure. */
export function structuredText(p: StructuredPosting): string {
  return p.salary && !/\$\s?\d/.test(p.text) ? `${p.text}\n${p.salary}` : p.text;
}

/** What a board file read from its own markup for the job on screen. */
export interface DomPosting {
  /** The board's job key (same as the card's key). */
  key: string | null;
  /** The id a JSON-LD identifier/url would carry, when the key adds a prefix (default: key). */
  matchKey?: string | null;
  title: string;
  /** Where the detail badge goes (the title heading or the header block). Required. */
  anchor: Element | null;
  employer?: string;
  location?: string;
  /** The description container(s), read only when no structured posting matches. */
  textEls?: readonly (Element | null | undefined)[];
}

/**
 * boards.md §1 waterfall for a detail page: the page's JobPosting when it provably belongs to the
 * job on screen (pickPostingFor), else the board's selectors. Null without key, anchor or text.
 */
export function composePosting(doc: Document, d: DomPosting): OpenPosting | null {
  if (!d.key || !d.anchor) return null;
  const s = pickPostingFor(doc, { key: d.matchKey ?? d.key, title: d.title });
  if (s?.text) {
    return {
      key: d.key,
      // What the reader sees wins; JSON-LD fills what the board's header lacks.
      title: d.title || s.title,
      employer: d.employer || s.employer,
      location: d.location || s.location,
      text: structuredText(s),
      badgeAnchor: d.anchor,
      source: 'jsonld',
    };
  }
  const text = normaliseLines((d.textEls ?? []).map((el) => blockText(el)).join('\n'));
  if (!text || !d.title) return null;
  return { key: d.key, title: d.title, employer: d.employer || undefined, location: d.location || undefined, text, badgeAnchor: d.anchor, source: 'selectors' };
}

/** Card badge anchors live with the other card helpers; re-exported here for existing importers. */
export { badgeAnchorFor } from './cards';

// ---------------------------------------------------------------------------------------------
// JSON-LD

/** Parsed postings per script, reused while its text is unchanged (readers run on every page update). */
const parsed = new WeakMap<Element, { raw: string; postings: StructuredPosting[] }>();

function jsonLdPostings(script: Element, doc: Document): StructuredPosting[] {
  const raw = script.textContent ?? '';
  const hit = parsed.get(script);
  if (hit && hit.raw === raw) return hit.postings;
  const data = parseLenient(raw);
  const postings = data === undefined ? [] : collectPostings(data).flatMap((o) => fromJsonLd(o, script, doc) ?? []);
  parsed.set(script, { raw, postings });
  return postings;
}

/** JSON.parse, then retries for common publisher mistakes (comment/CDATA wrappers, raw control characters). */
function parseLenient(raw: string): unknown {
  if (!raw || raw.length > MAX_SCRIPT_CHARS) return undefined;
  const attempts = [
    raw,
    raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, ''),
  ];
  // Raw newlines/tabs inside strings are invalid JSON but common; outside strings they are whitespace.
  attempts.push(attempts[1]!.replace(/[\u0000-\u001f]+/g, ' '));
  for (const text of attempts) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      /* try the next repair */
    }
  }
  return undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JobPosting objects anywhere in the value: arrays, `@graph`, or nested (e.g. WebPage.mainEntity). */
function collectPostings(data: unknown): Obj[] {
  const found: Obj[] = [];
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0 && found.length < MAX_POSTINGS) {
    const [v, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], depth + 1]);
    } else if (isObj(v)) {
      if (isJobPosting(v)) {
        found.push(v);
        continue;
      }
      const kids = Object.values(v);
      for (let i = kids.length - 1; i >= 0; i--) if (typeof kids[i] === 'object') stack.push([kids[i], depth + 1]);
    }
  }
  return found;
}

function isJobPosting(o: Obj): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /(?:^|[/:#])JobPosting$/i.test(x.trim()));
}

function fromJsonLd(o: Obj, script: Element, doc: Document): StructuredPosting | null {
  return toPosting(o, 'jsonld', script, descriptionText(str(o.description), doc));
}

/** Common fields of a JobPosting object (JSON-LD, or microdata read into the same shape). */
function toPosting(o: Obj, source: StructuredPosting['source'], element: Element, text: string): StructuredPosting | null {
  const title = oneLine(str(o.title) || str(o.name));
  if (!title && !text) return null;
  const p: StructuredPosting = { source, title, text, identifiers: identifiers(o.identifier), urls: [o.url, o['@id'], o.sameAs].flatMap(strings), element };
  const employer = oneLine(orgName(o.hiringOrganization));
  if (employer) p.employer = employer;
  const location = locationText(o.jobLocation, o.jobLocationType);
  if (location) p.location = location;
  const salary = salaryText(o.baseSalary);
  if (salary) p.salary = salary;
  return p;
}

/** HTML (possibly escaped twice: `&lt;p&gt;`) to text with line breaks kept. */
function descriptionText(html: string, doc: Document): string {
  if (!html) return '';
  let text = htmlToText(html, doc) || stripTags(html);
  if (/<\/?(?:p|br|li|ul|ol|div|h[1-6]|strong|b|em|span)\b[^>]*>/i.test(text)) {
    text = htmlToText(text, doc) || stripTags(text);
  }
  return text;
}

/** Fallback when no DOMParser exists: a tag-stripping tokenizer with block tags as line breaks. */
function stripTags(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
  return normaliseLines(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(?:p|br|li|ul|ol|div|h[1-6]|tr|section|article)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#?\w+);/g, (m, e: string) => {
        if (entities[e] !== undefined) return entities[e];
        const code = /^#x([0-9a-f]+)$/i.exec(e) ? parseInt(e.slice(2), 16) : /^#\d+$/.test(e) ? Number(e.slice(1)) : NaN;
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }),
  );
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObj(v)) return str(v['@value'] ?? v.value ?? v.name);
  return '';
}

function strings(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((x) => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '')).filter(Boolean);
}

function oneLine(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function identifiers(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : [v];
  return arr.flatMap((x) => (isObj(x) ? strings(x.value ?? x['@value']) : strings(x)));
}

function orgName(v: unknown): string {
  if (Array.isArray(v)) return orgName(v[0]);
  if (typeof v === 'string') return v;
  return isObj(v) ? str(v.name) || str(v.legalName) : '';
}

function locationText(loc: unknown, type: unknown): string {
  const places = (Array.isArray(loc) ? loc : [loc]).map(placeText).filter(Boolean);
  if (places.length === 0 && /telecommute/i.test(str(type))) return 'Remote';
  return [...new Set(places)].slice(0, 3).join('; ');
}

function placeText(p: unknown): string {
  if (typeof p === 'string') return oneLine(p);
  if (!isObj(p)) return '';
  const a = p.address;
  if (typeof a === 'string') return oneLine(a);
  if (isObj(a)) {
    const parts = [a.addressLocality, a.addressRegion].map(str).map(oneLine).filter(Boolean);
    if (parts.length > 0) return parts.join(', ');
    return oneLine(str(a.addressCountry));
  }
  return oneLine(str(p.name));
}

/** MonetaryAmount → "Pay: $18.50 - $24.00 per hour" (the form src/analyze/pay.ts reads). */
function salaryText(v: unknown): string {
  const m = Array.isArray(v) ? v[0] : v;
  if (typeof m === 'string') return /\d/.test(m) ? `Pay: ${oneLine(m)}` : '';
  if (!isObj(m)) return typeof m === 'number' ? `Pay: $${m}` : '';
  const currency = str(m.currency).toUpperCase() || 'USD';
  const q = m.value;
  const min = isObj(q) ? num(q.minValue ?? q.value) : num(q);
  const max = isObj(q) ? num(q.maxValue ?? q.value) : min;
  if (min === null) return '';
  const unitRaw = (isObj(q) ? str(q.unitText) : '') || str(m.unitText);
  const unit = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' }[unitRaw.toUpperCase()];
  const money = (n: number) => (currency === 'USD' ? `$${fmt(n)}` : `${fmt(n)} ${currency}`);
  const range = max !== null && max !== min ? `${money(min)} - ${money(max)}` : money(min);
  return `Pay: ${range}${unit ? ` per ${unit}` : ''}`;
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[$,\s]/g, '')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

// ---------------------------------------------------------------------------------------------
// Microdata

/** Elements carrying `itemprop~=name` whose nearest itemscope ancestor is `scope`. */
function props(scope: Element, name: string): Element[] {
  return queryAll(scope, `[itemprop~="${name}"]`).filter((el) => el.parentElement?.closest('[itemscope]') === scope);
}

/** An itemprop's value per the microdata rules (meta content, link/a href, time datetime, else text). */
function propValue(el: Element | undefined, block = false): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return el.getAttribute('href') ?? '';
  if (tag === 'TIME' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  return block ? blockText(el) : inlineText(el);
}

/** An itemscope read into a JSON-LD-like object (first value per property; nested scopes as objects). */
function itemObject(scope: Element, depth = 0): Obj {
  const o: Obj = {};
  for (const el of queryAll(scope, '[itemprop]')) {
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    const value = el.hasAttribute('itemscope') && depth < 4 ? itemObject(el, depth + 1) : oneLine(propValue(el));
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/)) if (name && !(name in o)) o[name] = value;
  }
  return o;
}

function fromMicrodata(root: Element): StructuredPosting | null {
  const descEl = props(root, 'description')[0];
  const text = descEl?.tagName.toUpperCase() === 'META' ? descriptionText(propValue(descEl), root.ownerDocument) : propValue(descEl, true);
  return toPosting(itemObject(root), 'microdata', root, text);
}
