import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { healthItem, type TabHealth } from '../src/page/health-item';
import { parseMessage, type AnalyzeItem, type AnalyzeReply, type AnalyzeReplyItem, type HealthMessage } from '../src/page/messages';
import { createAnalysisService, type AnalysisService } from '../src/background/analysis';
import { boardIdOfUrl } from '../src/tab/boards';
import { parsePopupMessage, type ScanReply } from '../src/tab/messages';
import { recordListings, recordPresence } from '../src/tab/state';
import { readTabState, TabStore, tabStateKey } from '../src/tab/store';
import { createTabInterest, upgradeNotices, type Target } from '../src/background/upgrades';

/** Board-health writes, one at a time (read-modify-write of one session item). */
let healthQueue: Promise<unknown> = Promise.resolve();

function updateHealth(change: (all: Record<string, TabHealth>) => Record<string, TabHealth> | null): void {
  healthQueue = healthQueue
    .then(async () => {
      const next = change({ ...(await healthItem.getValue()) });
      if (next) await healthItem.setValue(next);
    })
    .catch(() => undefined);
}

function recordHealth(tabId: number, frameId: number, message: HealthMessage): void {
  updateHealth((all) => {
    const prev = all[tabId];
    // A subframe with nothing to show does not overwrite what another frame of the tab found.
    if (prev && prev.frameId !== frameId && prev.listings > 0 && message.listings === 0) return null;
    all[tabId] = { board: message.board, listings: message.listings, recognised: message.recognised, frameId, at: Date.now() };
    return all;
  });
}

function forgetHealth(tabId: number): void {
  updateHealth((all) => {
    if (!(tabId in all)) return null;
    delete all[tabId];
    return all;
  });
}

/** "indeed:abc" -> "indeed". */
function boardOfKey(key: string | undefined): string | null {
  const i = key?.indexOf(':') ?? -1;
  return i > 0 ? key!.slice(0, i) : null;
}

/** Toolbar badge colours: white on #15803d is 5.02:1 (WCAG AA); the text is the count itself. */
const BADGE_BG = '#15803d';
const BADGE_FG = '#ffffff';

export default defineBackground(() => {
  // The analysis runs here, off the pages' main threads (src/background/analysis.ts). The lexicon
  // compiles once per worker lifetime: right away, so the first batch from a page finds it warm.
  const analysis: AnalysisService = createAnalysisService();
  setTimeout(() => analysis.warm(), 0);
  // Which tabs showed which cards, so a posting read in one tab upgrades the others (upgrades.ts).
  const interest = createTabInterest();
  const notifyUpgrades = (from: Target, items: AnalyzeItem[], results: AnalyzeReplyItem[]): void => {
    upgradeNotices(interest, from, items, results)
      .then((notices) => {
        for (const { target, message } of notices) {
          browser.tabs.sendMessage(target.tabId, message, { frameId: target.frameId }).catch(() => interest.forget(target));
        }
      })
      .catch(() => undefined);
  };

  // What the popup shows per tab (src/tab): listings judged for the tab and which are on its page
  // now, in session storage (survives worker restarts, gone with the browser session).
  const tabs = new TabStore({
    read: readTabState,
    write: (tabId, state) => storage.setItem(tabStateKey(tabId), state),
    remove: (tabId) => storage.removeItem(tabStateKey(tabId)),
    badge: async (tabId, text) => {
      await browser.action.setBadgeText({ tabId, text });
      if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BG });
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  });
  // setBadgeTextColor: Chrome 110+, Firefox 63+; older browsers pick a readable colour themselves.
  const action = browser.action as typeof browser.action & { setBadgeTextColor?: (d: { color: string }) => Promise<void> };
  action.setBadgeTextColor?.({ color: BADGE_FG })?.catch(() => undefined);

  // First install: show the settings page with its welcome (issue #4, options page) so the reader
  // can enter credentials and state. openOptionsPage() cannot pass `?welcome=1`, so open a tab.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?welcome=1` }).catch((error: unknown) => {
      console.error('[RxLadder] could not open the options page', error);
    });
  });

  const popupUrl = browser.runtime.getURL('/popup.html');

  // Messages from our content scripts and our popup only; everything is validated.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: AnalyzeReply | ScanReply) => void) => {
    if (sender.id !== browser.runtime.id) return;
    // The popup (a toolbar popup, or popup.html?tab= in a tab): the browser sets sender.url.
    if (sender.url && (sender.url === popupUrl || sender.url.startsWith(`${popupUrl}?`))) {
      const message = parsePopupMessage(raw);
      if (message?.type !== 'rxl/scan') return;
      const { tabId, posting } = message;
      analysis
        .handleForTab([{ key: posting.key, title: posting.title, text: posting.text, partial: false, employer: posting.employer }])
        .then(async ({ replies, listings }) => {
          // The scanned posting is the tab's one listing (the icon badge counts it).
          await tabs.update(tabId, (s) => recordListings(recordPresence(s, 0, [posting.key], true, 'generic'), 'generic', listings), { fresh: true });
          sendResponse({ type: 'rxl/scanned', result: replies[0]?.result ?? null });
        })
        .catch(() => sendResponse({ type: 'rxl/scanned', result: null }));
      return true;
    }
    if (!sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return;
    const tabId = sender.tab.id;
    const frameId = sender.frameId ?? 0;
    const message = parseMessage(raw);
    if (!message) return;
    if (message.type === 'rxl/analyze') {
      // Answered asynchronously (sendResponse + `return true` works in Chrome and Firefox).
      const from = { tabId, frameId };
      analysis.handleForTab(message.items).then(
        ({ replies, listings }) => {
          sendResponse({ type: 'rxl/analyzed', results: replies });
          void tabs.update(tabId, (s) => recordListings(s, boardOfKey(message.items[0]?.key), listings));
          notifyUpgrades(from, message.items, replies);
        },
        () => sendResponse({ type: 'rxl/analyzed', results: message.items.map((i) => ({ key: i.key, result: null, upgraded: false })) }),
      );
      return true;
    }
    if (message.type === 'rxl/page') {
      const board = boardIdOfUrl(sender.url) ?? boardOfKey(message.keys[0]) ?? 'generic';
      // A new document in the tab: what the last page's board reported about its layout is gone too.
      if (message.fresh && frameId === 0) forgetHealth(tabId);
      // A board in a subframe (iCIMS) starts fresh in its frame while the top page is no board.
      void tabs.update(tabId, (s) => recordPresence(s, frameId, message.keys, message.fresh, board), { fresh: message.fresh });
    } else if (message.type === 'rxl/health') {
      recordHealth(tabId, frameId, message);
    } else if (message.type === 'rxl/open-options') {
      browser.runtime.openOptionsPage().catch(() => undefined);
    } else if (message.type === 'rxl/open-career') {
      // The rung id was checked against the known ids (parseMessage); nothing else from the page.
      browser.tabs
        .create({ url: `${browser.runtime.getURL('/career.html')}#${message.rung}`, index: sender.tab.index + 1, openerTabId: sender.tab.id })
        .catch(() => undefined);
    }
  });

  // A tab that starts loading a page without a board has nothing to count: its state and badge go.
  // (A board page starts over itself: its content script sends `rxl/page` with `fresh`.) Without
  // a host permission for the new page the tab's url is hidden, which also means "not a board".
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' || boardIdOfUrl(tab.url ?? change.url)) return;
    void tabs.clear(tabId, false);
    forgetHealth(tabId);
  });

  // Per-tab state lives only as long as the tab.
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.clear(tabId, true);
    forgetHealth(tabId);
    // After a worker restart the stored interest is read back first, or the closed tab would return.
    void interest.load().then(() => interest.forgetTab(tabId));
  });
});
