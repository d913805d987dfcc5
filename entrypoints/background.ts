import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { healthItem, type TabHealth } from '../src/page/health-item';
import { parseMessage, type AnalyzeItem, type AnalyzeReply, type AnalyzeReplyItem, type HealthMessage } from '../src/page/messages';
import { createAnalysisService, type AnalysisService } from '../src/background/analysis';
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

  // First install: show the settings page with its welcome (issue #4, options page) so the reader
  // can enter credentials and state. openOptionsPage() cannot pass `?welcome=1`, so open a tab.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?welcome=1` }).catch((error: unknown) => {
      console.error('[RxLadder] could not open the options page', error);
    });
  });

  // Messages from our content scripts only; everything is validated (parseMessage).
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: AnalyzeReply) => void) => {
    if (sender.id !== browser.runtime.id || !sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return;
    const message = parseMessage(raw);
    if (!message) return;
    if (message.type === 'rxl/analyze') {
      // Answered asynchronously (sendResponse + `return true` works in Chrome and Firefox).
      const from = { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
      analysis.handle(message.items).then(
        (results) => {
          sendResponse({ type: 'rxl/analyzed', results });
          notifyUpgrades(from, message.items, results);
        },
        () => sendResponse({ type: 'rxl/analyzed', results: message.items.map((i) => ({ key: i.key, result: null, upgraded: false })) }),
      );
      return true;
    }
    if (message.type === 'rxl/health') {
      recordHealth(sender.tab.id, sender.frameId ?? 0, message);
    } else if (message.type === 'rxl/open-options') {
      browser.runtime.openOptionsPage().catch(() => undefined);
    }
  });

  // Per-tab state lives only as long as the tab.
  browser.tabs.onRemoved.addListener((tabId) => {
    interest.forgetTab(tabId);
    updateHealth((all) => {
      if (!(tabId in all)) return null;
      delete all[tabId];
      return all;
    });
  });
});
