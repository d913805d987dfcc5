/**
 * "Scan this page": inject entrypoints/scan.ts into the tab (activeTab + scripting: works on any
 * site once the reader clicked RxLadder's toolbar button there), validate what it read, and have
 * the background judge it. The analyzer never runs in the page.
 */
import { browser } from 'wxt/browser';
import { parseListingResult, type ListingResult } from '../../page/messages';
import { parseScannedPosting, type ScanMessage, type ScannedPosting } from '../../tab/messages';

export type ScanOutcome =
  | { kind: 'result'; posting: ScannedPosting; result: ListingResult }
  | { kind: 'not-tech'; posting: ScannedPosting }
  | { kind: 'nothing' }
  | { kind: 'no-access' };

export async function scanTab(tabId: number): Promise<ScanOutcome> {
  let raw: unknown;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/scan.js'] });
    raw = first?.result;
  } catch {
    // Browser pages, the web store, or no activeTab grant for this tab.
    return { kind: 'no-access' };
  }
  const posting = parseScannedPosting(raw);
  if (!posting) return { kind: 'nothing' };
  const message: ScanMessage = { type: 'rxl/scan', tabId, posting };
  const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as { result?: unknown } | null;
  const result = parseListingResult(reply?.result ?? null);
  return result ? { kind: 'result', posting, result } : { kind: 'not-tech', posting };
}
