/**
 * Which tab the popup describes. Normally the active tab of the window the popup belongs to.
 * `popup.html?tab=<tabId>` names the tab instead: the end-to-end tests open the popup page in a
 * tab of its own and point it at a fixture tab this way (tests/e2e/popup.e2e.test.ts). It gives
 * nothing the popup could not already read: the tab's url is still only visible with a host
 * permission or activeTab.
 */
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Undefined when RxLadder may not see the page's address (no host permission, no activeTab). */
  url?: string;
}

export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const named = tabParam(search);
  const tab = named !== null ? await browser.tabs.get(named).catch(() => null) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}
