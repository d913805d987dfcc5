/**
 * Popup <-> background messages, and the posting "scan this page" reads (entrypoints/scan.ts).
 * The scan's result comes from a page, so it is validated like any page data: strings only,
 * bounded, or nothing.
 */
import { MAX_EMPLOYER, MAX_ITEM_TEXT, MAX_KEY, MAX_TITLE, type ListingResult } from '../page/messages';

/** What the injected scan script returns for the page it ran in (null: no job posting found). */
export interface ScannedPosting {
  /** "generic:host/path…" (src/boards/generic.ts genericKey). */
  key: string;
  title: string;
  text: string;
  employer?: string;
  /** How the text was found: the page's schema.org JobPosting, or headings and main text. */
  source: 'jsonld' | 'heuristic';
}

/** Popup -> background: judge this scanned posting for tab `tabId` (and count it for the tab). */
export interface ScanMessage {
  type: 'rxl/scan';
  tabId: number;
  posting: ScannedPosting;
}

export interface ScanReply {
  type: 'rxl/scanned';
  /** null: not a pharmacy-technician posting. */
  result: ListingResult | null;
}

export type PopupMessage = ScanMessage;

/** A scan result if `raw` is a well-formed one, else null. */
export function parseScannedPosting(raw: unknown): ScannedPosting | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { key, title, text, employer, source } = raw as Record<string, unknown>;
  if (typeof key !== 'string' || !key.startsWith('generic:') || key.length > MAX_KEY) return null;
  if (typeof title !== 'string' || title.length > MAX_TITLE) return null;
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_ITEM_TEXT) return null;
  if (employer !== undefined && (typeof employer !== 'string' || employer.length > MAX_EMPLOYER)) return null;
  if (source !== 'jsonld' && source !== 'heuristic') return null;
  const posting: ScannedPosting = { key, title, text, source };
  if (employer) posting.employer = employer;
  return posting;
}

/** A well-formed popup message, else null. */
export function parsePopupMessage(raw: unknown): PopupMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type === 'rxl/scan') {
    if (typeof m.tabId !== 'number' || !Number.isInteger(m.tabId) || m.tabId < 0) return null;
    const posting = parseScannedPosting(m.posting);
    return posting ? { type: 'rxl/scan', tabId: m.tabId, posting } : null;
  }
  return null;
}
