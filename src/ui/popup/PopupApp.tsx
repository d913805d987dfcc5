/**
 * The toolbar popup (issue #4): for the current tab, which board was recognised and whether its
 * layout was read, counts by verdict, the best next credential, a breakdown by setting with pay,
 * and the listings (each scrolls to its card); "Scan this page" on other sites; links to the
 * settings and the career paths. The data is the tab's session state, kept by the background
 * (src/tab/store.ts). Focus is never moved except by the browser's normal first focus.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BOARDS } from '../../boards';
import type { ReadAllMessage, RevealMessage } from '../../page/messages';
import type { TabSummary } from '../../tab/summary';
import { boardIdOfUrl } from '../../tab/boards';
import { Page } from '../Page';
import { ScanPanel } from './ScanPanel';
import { BestNextCredential, Counts, Listings, Settings } from './Summary';
import { targetTab, type TargetTab } from './target';
import { useTabSummary } from './use-tab-summary';
import './popup.css';

const BOARD_NAMES = new Map(BOARDS.map((b) => [b.id, b.name] as const));

function boardName(id: string): string {
  return BOARD_NAMES.get(id) ?? id;
}

function BoardHealth({ board, summary }: { board: string; summary: TabSummary }) {
  const name = boardName(board);
  const h = summary.health;
  if (h && !h.recognised) {
    return (
      <div class="rxl-health rxl-warn" role="status" data-health="not-recognised">
        <p>
          <strong>{name}: this board’s layout was not recognised.</strong> No job listings were found where RxLadder expects them.
        </p>
        <p class="rxl-small">
          {name} may have changed its pages; badges are paused here. Reload the page; if this stays, RxLadder needs an update for {name}.
        </p>
      </div>
    );
  }
  // Health is reported a few seconds after the page settles, and only where listings are expected.
  const state = h ? 'recognised' : summary.reported ? 'listings' : 'pending';
  const text = h
    ? `: layout recognised, ${h.listings} job ${h.listings === 1 ? 'listing' : 'listings'} read.`
    : summary.reported
      ? ': job listings found.'
      : ': no job listings read on this page yet.';
  return (
    <p class="rxl-health" data-health={state}>
      <strong>{name}</strong>
      {text}
    </p>
  );
}

function SummaryView({ tab, summary }: { tab: TargetTab; summary: TabSummary }) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const reveal = (key: string) => {
    const message: RevealMessage = { type: 'rxl/reveal', key };
    browser.tabs
      .sendMessage(tab.id, message)
      .then((reply) => (reply as { found?: unknown } | undefined)?.found === true)
      .catch(() => false)
      .then((found) => setNotes((n) => ({ ...n, [key]: found ? 'Shown on the page.' : 'This listing is no longer on the page.' })));
  };
  if (summary.listings === 0) return null;
  return (
    <>
      <Counts summary={summary} />
      {summary.bestNext ? (
        <BestNextCredential best={summary.bestNext} />
      ) : (
        summary.counts.missing > 0 && <p class="rxl-small">No single credential would open any of the listings you cannot apply to now.</p>
      )}
      <Settings rows={summary.settings} />
      <Listings items={summary.items} onReveal={reveal} notes={notes} />
    </>
  );
}

function openOptions(event: MouseEvent) {
  event.preventDefault();
  browser.runtime
    .openOptionsPage()
    .then(() => window.close())
    .catch(() => undefined);
}

function careerUrl(): string {
  return browser.runtime.getURL('/career.html');
}

function openCareer(event: MouseEvent) {
  event.preventDefault();
  browser.tabs.create({ url: careerUrl() }).catch(() => undefined);
}

function Footer() {
  return (
    <nav class="rxl-links" aria-label="RxLadder">
      <a href={browser.runtime.getURL('/options.html')} onClick={openOptions}>
        Your credentials and settings
      </a>
      <a href={careerUrl()} onClick={openCareer}>
        Career paths
      </a>
    </nav>
  );
}

export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    targetTab()
      .then(setTab)
      .catch(() => setTab(null));
  }, []);
  const summary = useTabSummary(tab ? tab.id : null);
  /** A scan in this popup shows its own result; the tab's summary then would only repeat it. */
  const [scanned, setScanned] = useState(false);
  const board = tab ? boardIdOfUrl(tab.url) : null;
  // On a long page, listings far below the fold are read when the reader scrolls near them
  // (src/page/distant.ts); the popup wants the whole page, so it asks the tab to read them now.
  useEffect(() => {
    // Also where the tab is not a board itself: an embedded board (an iCIMS or Greenhouse frame).
    if (!tab) return;
    const message: ReadAllMessage = { type: 'rxl/read-all' };
    try {
      browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    } catch {
      /* no content script in the tab (yet): nothing to ask */
    }
  }, [tab]);

  let body;
  if (tab === undefined || (tab && !summary)) body = <p role="status">Loading…</p>;
  else if (!tab || !summary) body = <p>RxLadder cannot see this tab.</p>;
  else if (board) {
    body = (
      <>
        <BoardHealth board={board} summary={summary} />
        {summary.listings === 0 && summary.health?.recognised !== false && (
          <p data-empty="board">
            {summary.health || summary.reported
              ? 'No pharmacy-technician listings on this page.'
              : 'Nothing to count here yet. On a search results or job page, RxLadder reads the listings as they appear; if this page was open before RxLadder was installed, reload it.'}
          </p>
        )}
        <SummaryView tab={tab} summary={summary} />
      </>
    );
  } else {
    body = (
      <>
        <p data-empty="not-board">This page is not one of the job boards RxLadder reads by itself.</p>
        <ScanPanel tabId={tab.id} onScanned={() => setScanned(true)} />
        {!scanned && <SummaryView tab={tab} summary={summary} />}
      </>
    );
  }
  return (
    <Page title="RxLadder" size="popup">
      {body}
      <Footer />
    </Page>
  );
}
