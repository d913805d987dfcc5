/**
 * The background's per-tab state (src/tab/state.ts): kept in memory, loaded from session storage
 * after a service-worker restart, written back at most once per WRITE_DELAY_MS per tab, and
 * removed when the tab closes. After each write the toolbar icon's badge shows how many of the
 * tab's listings the reader qualifies for. Session storage is readable by extension pages only
 * (Chrome's default access level), so page scripts never see it.
 */
import { storage } from 'wxt/utils/storage';
import { badgeText } from './summary';
import { emptyTabState, parseTabState, type TabState } from './state';

export const WRITE_DELAY_MS = 250;
const MAX_CLOSED = 256;

/** The session-storage key of one tab's state (the popup watches it). */
export function tabStateKey(tabId: number): `session:rxl-tab-${number}` {
  return `session:rxl-tab-${tabId}`;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  return parseTabState(await storage.getItem(tabStateKey(tabId)));
}

export interface TabStoreEnv {
  read(tabId: number): Promise<TabState | null>;
  write(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Show `text` on the toolbar icon for the tab. */
  badge(tabId: number, text: string): Promise<void>;
  setTimeout(fn: () => void, ms: number): unknown;
}

interface Slot {
  state: TabState;
  timer: unknown;
}

export class TabStore {
  private readonly tabs = new Map<number, Slot>();
  /** One promise chain per tab: its updates apply in arrival order (the first loads the stored state). */
  private readonly chains = new Map<number, Promise<void>>();
  /** Closed tabs: a late answer for one must not write its state back (tab ids are not reused). */
  private readonly closed = new Set<number>();
  /**
   * Tabs cleared because they left the board: a late message from the old page must not bring its
   * listings back; only a new start (`fresh`: the new page's first report, or a scan) opens the tab again.
   */
  private readonly awaitingFresh = new Set<number>();

  constructor(private readonly env: TabStoreEnv) {}

  /**
   * Apply `change` to the tab's state (in arrival order) and schedule its write. `fresh`: the
   * change starts the tab over (a new document's first report, a scan).
   */
  update(tabId: number, change: (state: TabState) => TabState, options: { fresh?: boolean } = {}): Promise<void> {
    if (this.closed.has(tabId)) return Promise.resolve();
    if (this.awaitingFresh.has(tabId)) {
      if (!options.fresh) return Promise.resolve();
      this.awaitingFresh.delete(tabId);
    }
    const next = (this.chains.get(tabId) ?? Promise.resolve())
      .then(async () => {
        const slot = await this.slot(tabId);
        slot.state = change(slot.state);
        this.schedule(tabId, slot);
      })
      .catch(() => undefined);
    this.chains.set(tabId, next);
    return next;
  }

  /** Forget the tab: closed (`closed`), or now showing a page without listings to count. */
  clear(tabId: number, closed: boolean): Promise<void> {
    if (closed) {
      this.closed.add(tabId);
      // Only late messages matter: the last few hundred closed tabs are plenty.
      if (this.closed.size > MAX_CLOSED) this.closed.delete(this.closed.values().next().value!);
      this.awaitingFresh.delete(tabId);
    } else {
      this.awaitingFresh.add(tabId);
    }
    const next = (this.chains.get(tabId) ?? Promise.resolve())
      .then(async () => {
        const slot = this.tabs.get(tabId);
        if (slot) slot.timer = null;
        this.tabs.delete(tabId);
        await this.env.remove(tabId);
        if (!closed) await this.env.badge(tabId, '');
      })
      .catch(() => undefined);
    if (closed) this.chains.delete(tabId);
    else this.chains.set(tabId, next);
    return next;
  }

  /** The current state (tests). */
  peek(tabId: number): TabState | undefined {
    return this.tabs.get(tabId)?.state;
  }

  private async slot(tabId: number): Promise<Slot> {
    const have = this.tabs.get(tabId);
    if (have) return have;
    const stored = await this.env.read(tabId).catch(() => null);
    const slot = this.tabs.get(tabId) ?? { state: stored ?? emptyTabState(), timer: null };
    this.tabs.set(tabId, slot);
    return slot;
  }

  private schedule(tabId: number, slot: Slot): void {
    if (slot.timer !== null) return;
    const timer = this.env.setTimeout(() => {
      if (slot.timer !== timer || this.tabs.get(tabId) !== slot) return;
      slot.timer = null;
      const state = slot.state;
      this.env.write(tabId, state).catch(() => undefined);
      this.env.badge(tabId, badgeText(state)).catch(() => undefined);
    }, WRITE_DELAY_MS);
    slot.timer = timer;
  }
}
