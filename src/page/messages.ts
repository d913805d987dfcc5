/**
 * Messages from the content script to the background, and the session-storage record of board
 * health the popup (#4) reads. Everything a message carries is validated on arrival: a
 * compromised renderer can forge content-script messages (performance-security.md §6).
 */
import type { BadgeModel, RequirementLine, StateRuleLine, TrainingFact, TrainingLine } from '../ui/badge-model';
import type { Holding, Verdict } from '../profile/types';
import { isRungId, type RungId } from '../career/rung-ids';

/** "Layout recognised?" for one tab: sent after the page settles and when it changes. */
export interface HealthMessage {
  type: 'rxl/health';
  /** Board id (src/boards). */
  board: string;
  /** Listing cards (+1 for an open posting) the board file found. */
  listings: number;
  /** false: the board expects listings on this URL but none were found (markup changed?). */
  recognised: boolean;
}

/** The badge's "Set your credentials" button (a user gesture in the page). */
export interface OpenOptionsMessage {
  type: 'rxl/open-options';
}

/** The explanation card's "Career path" button: open career.html#<rung> (a user gesture in the page). */
export interface OpenCareerMessage {
  type: 'rxl/open-career';
  /** A known rung id (src/career/rung-ids.ts); never text from the page. */
  rung: RungId;
}

/** One listing the content script wants analysed: a card snippet (partial) or an open posting. */
export interface AnalyzeItem {
  /** "board:jobKey" */
  key: string;
  title: string;
  text: string;
  /** true: a card's snippet; false: the full posting (remembered in `local:rxl-analyses`). */
  partial: boolean;
  /** The employer the board shows for it (the popup lists it). */
  employer?: string;
}

/** The new / changed listings of one frame, in one message. Answered with an AnalyzeReply. */
export interface AnalyzeMessage {
  type: 'rxl/analyze';
  items: AnalyzeItem[];
}

/**
 * The listings a frame shows now (keys of its cards and open posting), sent debounced after they
 * change; `fresh` once when the content script starts in a new document (the popup's per-tab
 * state starts over, src/tab/state.ts).
 */
export interface PageMessage {
  type: 'rxl/page';
  keys: string[];
  fresh: boolean;
}

export type RxlMessage = HealthMessage | OpenOptionsMessage | OpenCareerMessage | AnalyzeMessage | PageMessage;

/** Popup -> content script: bring this listing's badge into view and focus it (a user's click). */
export interface RevealMessage {
  type: 'rxl/reveal';
  key: string;
}

export interface RevealReply {
  type: 'rxl/revealed';
  /** false: the listing is no longer on the page. */
  found: boolean;
}

/** A well-formed reveal request, else null. */
export function parseRevealMessage(raw: unknown): RevealMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  return m.type === 'rxl/reveal' && isKey(m.key) ? { type: 'rxl/reveal', key: m.key } : null;
}

/** Popup → content script: read every listing on the page now, far-off ones too (src/page/distant.ts). */
export interface ReadAllMessage {
  type: 'rxl/read-all';
}

export function isReadAllMessage(raw: unknown): raw is ReadAllMessage {
  return typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).type === 'rxl/read-all';
}

/**
 * Background → content script: the full postings of these card keys ("board:jobKey") were just
 * read in another tab; ask for those cards again (src/background/upgrades.ts). Keys only, never
 * analyses.
 */
export interface UpgradedMessage {
  type: 'rxl/upgraded';
  keys: string[];
}

/** What a badge shows for one listing, judged against the reader's profile by the background. */
export interface ListingResult {
  verdict: Verdict;
  /** Credential ids the verdict says are required (data-rxl-requires). */
  requires: string[];
  /** Setting ids found (data-rxl-settings). */
  settings: string[];
  /** 'posting': from the full posting (read now or earlier); 'card': from the card's snippet. */
  source: 'card' | 'posting';
  partial: boolean;
  model: BadgeModel;
}

export interface AnalyzeReplyItem {
  key: string;
  /** null: not a pharmacy-technician listing (no badge). */
  result: ListingResult | null;
  /** A full posting whose stored analysis is new or changed: cards with this key are re-asked. */
  upgraded: boolean;
}

export interface AnalyzeReply {
  type: 'rxl/analyzed';
  results: AnalyzeReplyItem[];
}

const BOARD_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** Limits of an analyze request (performance-security.md §8: cap text per card). */
export const MAX_ITEMS = 1000;
export const MAX_KEY = 200;
export const MAX_TITLE = 1000;
export const MAX_ITEM_TEXT = 60_000;
export const MAX_EMPLOYER = 300;
/** Keys in one `rxl/page` report. */
export const MAX_PAGE_KEYS = 5000;

/** The message if `raw` is a well-formed RxLadder message, else null. */
export function parseMessage(raw: unknown): RxlMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type === 'rxl/open-options') return { type: 'rxl/open-options' };
  if (m.type === 'rxl/open-career') return isRungId(m.rung) ? { type: 'rxl/open-career', rung: m.rung } : null;
  if (m.type === 'rxl/health') {
    const { board, listings, recognised } = m;
    if (typeof board !== 'string' || !BOARD_ID.test(board)) return null;
    if (typeof listings !== 'number' || !Number.isInteger(listings) || listings < 0 || listings > 100_000) return null;
    if (typeof recognised !== 'boolean') return null;
    return { type: 'rxl/health', board, listings, recognised };
  }
  if (m.type === 'rxl/page') {
    if (!Array.isArray(m.keys) || m.keys.length > MAX_PAGE_KEYS || !m.keys.every(isKey)) return null;
    if (typeof m.fresh !== 'boolean') return null;
    return { type: 'rxl/page', keys: [...(m.keys as string[])], fresh: m.fresh };
  }
  if (m.type === 'rxl/analyze') {
    if (!Array.isArray(m.items) || m.items.length > MAX_ITEMS) return null;
    const items: AnalyzeItem[] = [];
    for (const raw of m.items as unknown[]) {
      if (typeof raw !== 'object' || raw === null) return null;
      const { key, title, text, partial, employer } = raw as Record<string, unknown>;
      if (!isKey(key)) return null;
      if (typeof title !== 'string' || title.length > MAX_TITLE) return null;
      if (typeof text !== 'string' || text.length > MAX_ITEM_TEXT) return null;
      if (typeof partial !== 'boolean') return null;
      if (employer !== undefined && (typeof employer !== 'string' || employer.length > MAX_EMPLOYER)) return null;
      const item: AnalyzeItem = { key, title, text, partial };
      if (employer) item.employer = employer;
      items.push(item);
    }
    return { type: 'rxl/analyze', items };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The background's answer, validated in the content script before anything reaches the page.

const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['qualified', 'trainable', 'missing', 'unknown']);
const HOLDINGS: ReadonlySet<string> = new Set<Holding>(['held', 'in-progress', 'none']);
const MAX_STRING = 2000;
const MAX_LIST = 64;

function isKey(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY;
}
function str(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_STRING;
}
function optStr(v: unknown): boolean {
  return v === undefined || str(v);
}
function ids(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_LIST && v.every((x) => typeof x === 'string' && ID.test(x));
}
function list<T>(v: unknown, each: (x: Record<string, unknown>) => T | null): T[] | null {
  if (!Array.isArray(v) || v.length > MAX_LIST) return null;
  const out: T[] = [];
  for (const x of v) {
    if (typeof x !== 'object' || x === null) return null;
    const item = each(x as Record<string, unknown>);
    if (item === null) return null;
    out.push(item);
  }
  return out;
}

/** Only absolute https: URLs without credentials (links come from our own data). */
function httpsUrl(raw: unknown): string | undefined | null {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.length > MAX_STRING) return null;
  // A reply repeats the same few links of our data hundreds of times: each is parsed once.
  let checked = checkedUrls.get(raw);
  if (checked === undefined) {
    try {
      const u = new URL(raw);
      checked = u.protocol === 'https:' && !u.username && !u.password ? u.href : null;
    } catch {
      checked = null;
    }
    if (checkedUrls.size >= 256) checkedUrls.clear();
    checkedUrls.set(raw, checked);
  }
  return checked;
}
const checkedUrls = new Map<string, string | null>();

function parseRequirement(x: Record<string, unknown>): RequirementLine | null {
  const { id, name, level, holding, evidence } = x;
  if (typeof id !== 'string' || !ID.test(id) || !str(name) || !str(level) || !str(evidence)) return null;
  if (typeof holding !== 'string' || !HOLDINGS.has(holding)) return null;
  return { id: id as RequirementLine['id'], name, level, holding: holding as Holding, evidence };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATE_CODE = /^[A-Z]{2}$/;
/** Facts per training line and sentences per state rule: small, fixed-size data of ours. */
const MAX_FACTS = 8;

function parseFact(x: Record<string, unknown>): TrainingFact | null {
  const { label, text, source, check } = x;
  if (!str(label) || !str(text) || !str(source) || typeof check !== 'boolean') return null;
  return { label, text, source, check };
}

function parseTraining(x: Record<string, unknown>): TrainingLine | null {
  const { id, name, kind, allowance, howToEarn, issuer, typicalTime, officialSite, details, checked } = x;
  if (typeof id !== 'string' || !ID.test(id) || !str(name)) return null;
  if (kind !== 'missing' && kind !== 'trainable') return null;
  if (!optStr(allowance) || !optStr(howToEarn) || !optStr(issuer) || !optStr(typicalTime)) return null;
  if (checked !== undefined && (typeof checked !== 'string' || !DATE.test(checked))) return null;
  const site = httpsUrl(officialSite);
  if (site === null) return null;
  let facts: TrainingFact[] | undefined;
  if (details !== undefined) {
    const parsed = Array.isArray(details) && details.length <= MAX_FACTS ? list(details, parseFact) : null;
    if (!parsed) return null;
    facts = parsed;
  }
  const line: TrainingLine = { id: id as TrainingLine['id'], name, kind };
  if (allowance !== undefined) line.allowance = allowance as string;
  if (howToEarn !== undefined) line.howToEarn = howToEarn as string;
  if (issuer !== undefined) line.issuer = issuer as string;
  if (typicalTime !== undefined) line.typicalTime = typicalTime as string;
  if (site) line.officialSite = site;
  if (facts) line.details = facts;
  if (checked !== undefined) line.checked = checked as string;
  return line;
}

/** The state rule of the explanation card: our own data, with at most a board link (https). */
function parseStateRule(raw: unknown): StateRuleLine | null | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) return null;
  const { code, state, sentences, source, caution, boardName, boardSite } = raw as Record<string, unknown>;
  if (typeof code !== 'string' || !STATE_CODE.test(code) || !str(state) || !str(source) || !str(caution) || !optStr(boardName)) return null;
  if (!Array.isArray(sentences) || sentences.length === 0 || sentences.length > MAX_FACTS || !sentences.every(str)) return null;
  const site = httpsUrl(boardSite);
  if (site === null) return null;
  const line: StateRuleLine = { code, state, sentences: [...(sentences as string[])], source, caution };
  if (boardName !== undefined) line.boardName = boardName as string;
  if (site) line.boardSite = site;
  return line;
}

/** The posting's career rung: a known rung id and its name. */
function parseRung(raw: unknown): BadgeModel['rung'] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, name } = raw as Record<string, unknown>;
  if (!isRungId(id) || !str(name) || name.length === 0) return null;
  return { id, name };
}

function parseModel(raw: unknown): BadgeModel | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (typeof m.verdict !== 'string' || !VERDICTS.has(m.verdict)) return null;
  if (!str(m.words) || !str(m.summary) || !optStr(m.setting) || !optStr(m.pay)) return null;
  if (typeof m.partial !== 'boolean' || typeof m.emptyProfile !== 'boolean') return null;
  if (!Array.isArray(m.strengthen) || m.strengthen.length > MAX_LIST || !m.strengthen.every(str)) return null;
  const requirements = list(m.requirements, parseRequirement);
  const training = list(m.training, parseTraining);
  const stateRule = parseStateRule(m.stateRule);
  if (!requirements || !training || stateRule === null) return null;
  const model: BadgeModel = {
    verdict: m.verdict as Verdict,
    words: m.words,
    summary: m.summary,
    requirements,
    training,
    strengthen: [...(m.strengthen as string[])],
    partial: m.partial,
    emptyProfile: m.emptyProfile,
  };
  if (m.setting !== undefined) model.setting = m.setting as string;
  if (m.pay !== undefined) model.pay = m.pay as string;
  if (m.rung !== undefined) {
    const rung = parseRung(m.rung);
    if (!rung) return null;
    model.rung = rung;
  }
  if (stateRule) model.stateRule = stateRule;
  return model;
}

/** A ListingResult (or null: no badge) if well-formed, else undefined. */
export function parseListingResult(raw: unknown): ListingResult | null | undefined {
  return parseResult(raw);
}

function parseResult(raw: unknown): ListingResult | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.verdict !== 'string' || !VERDICTS.has(r.verdict)) return undefined;
  if (!ids(r.requires) || !ids(r.settings)) return undefined;
  if (r.source !== 'card' && r.source !== 'posting') return undefined;
  if (typeof r.partial !== 'boolean') return undefined;
  const model = parseModel(r.model);
  if (!model) return undefined;
  return { verdict: r.verdict as Verdict, requires: [...r.requires], settings: [...r.settings], source: r.source, partial: r.partial, model };
}

/**
 * The reply to `request` if `raw` is a well-formed one (one result per item, same keys, same
 * order), else null: a malformed answer is dropped whole.
 */
export function parseAnalyzeReply(raw: unknown, request: AnalyzeMessage): AnalyzeReply | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'rxl/analyzed' || !Array.isArray(m.results) || m.results.length !== request.items.length) return null;
  const results: AnalyzeReplyItem[] = [];
  for (let i = 0; i < m.results.length; i++) {
    const x = m.results[i] as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null || x.key !== request.items[i]!.key || typeof x.upgraded !== 'boolean') return null;
    const result = parseResult(x.result);
    if (result === undefined) return null;
    results.push({ key: x.key as string, result, upgraded: x.upgraded });
  }
  return { type: 'rxl/analyzed', results };
}

/** The message if `raw` is a well-formed `rxl/upgraded`, else null (validated in the content script). */
export function parseUpgradedMessage(raw: unknown): UpgradedMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'rxl/upgraded' || !Array.isArray(m.keys) || m.keys.length === 0 || m.keys.length > MAX_ITEMS) return null;
  if (!m.keys.every(isKey)) return null;
  return { type: 'rxl/upgraded', keys: [...(m.keys as string[])] };
}
