/** The session-storage record of board health the popup (#4) reads (background only). */
import { storage } from 'wxt/utils/storage';

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
