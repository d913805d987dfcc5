/**
 * Messages from the content script to the background, and the session-storage record of board
 * health the popup (#4) reads. Everything a message carries is validated on arrival: a
 * compromised renderer can forge content-script messages (performance-security.md §6).
 */
import { storage } from 'wxt/utils/storage';

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

export type RxlMessage = HealthMessage | OpenOptionsMessage;

const BOARD_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** The message if `raw` is a well-formed RxLadder message, else null. */
export function parseMessage(raw: unknown): RxlMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.type === 'rxl/open-options') return { type: 'rxl/open-options' };
  if (m.type === 'rxl/health') {
    const { board, listings, recognised } = m;
    if (typeof board !== 'string' || !BOARD_ID.test(board)) return null;
    if (typeof listings !== 'number' || !Number.isInteger(listings) || listings < 0 || listings > 100_000) return null;
    if (typeof recognised !== 'boolean') return null;
    return { type: 'rxl/health', board, listings, recognised };
  }
  return null;
}

export interface TabHealth {
  board: string;
  listings: number;
  recognised: boolean;
  /** Frame that reported (0 = top frame; iCIMS reports from its content frame). */
  frameId: number;
  /** Date.now() of the report. */
  at: number;
}

/** Per-tab board health, keyed by tab id; cleared when the tab closes. */
export const healthItem = storage.defineItem<Record<string, TabHealth>>('session:rxl-health', { fallback: {} });
