/** The summary of a tab, read from session storage and kept current while the popup is open. */
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { healthItem } from '../../page/health-item';
import { loadProfile, watchProfile } from '../../profile/storage';
import { parseTabState } from '../../tab/state';
import { tabStateKey } from '../../tab/store';
import { buildTabSummary, type TabSummary } from '../../tab/summary';

export function useTabSummary(tabId: number | null): TabSummary | null {
  const [summary, setSummary] = useState<TabSummary | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = async () => {
      const [raw, health, profile] = await Promise.all([storage.getItem(tabStateKey(tabId)), healthItem.getValue(), loadProfile()]);
      if (live) setSummary(buildTabSummary(parseTabState(raw), health[tabId] ?? null, profile.homeState));
    };
    void load();
    const unwatch = [storage.watch(tabStateKey(tabId), () => void load()), healthItem.watch(() => void load()), watchProfile(() => void load())];
    return () => {
      live = false;
      for (const u of unwatch) u();
    };
  }, [tabId]);
  return summary;
}
