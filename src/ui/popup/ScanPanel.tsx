/** The "Scan this page" button and what the scan found (verdict, requirements, training). */
import { useState } from 'preact/hooks';
import type { BadgeModel } from '../badge-model';
import { scanTab, type ScanOutcome } from './scan';
import { browser } from 'wxt/browser';
import { StateRuleNote } from './StateRuleNote';
import { VerdictIcon } from './VerdictIcon';

const HOLDING_WORDS = { held: 'you have it', 'in-progress': 'in progress', none: 'you do not have it' } as const;

function ScanResult({ title, employer, model }: { title: string; employer?: string; model: BadgeModel }) {
  return (
    <div class="rxl-scan-result" data-verdict={model.verdict}>
      <h3>{title}</h3>
      {employer && <p class="rxl-muted">{employer}</p>}
      <p class={`rxl-verdict v-${model.verdict}`}>
        <VerdictIcon verdict={model.verdict} />
        {model.words}
      </p>
      <p>{model.summary}</p>
      {model.requirements.length > 0 && (
        <>
          <h4>What it asks for</h4>
          <ul class="rxl-reqs">
            {model.requirements.map((r) => (
              <li key={r.id} data-credential={r.id}>
                <strong>{r.name}</strong>: {r.level} ({HOLDING_WORDS[r.holding]})
              </li>
            ))}
          </ul>
        </>
      )}
      {model.training.length > 0 && (
        <>
          <h4>Training for what you lack</h4>
          <ul class="rxl-reqs">
            {model.training.map((t) => (
              <li key={t.id}>
                <strong>{t.name}</strong>
                {t.allowance && ` (${t.allowance})`}
                {t.issuer && <div>Issued by {t.issuer}</div>}
                {t.howToEarn && <div>{t.howToEarn}</div>}
                {t.typicalTime && <div>Typical time: {t.typicalTime}</div>}
                {t.officialSite && (
                  <div>
                    <a href={t.officialSite} target="_blank" rel="noopener noreferrer">
                      Official site
                    </a>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {model.stateRule && <StateRuleNote rule={model.stateRule} heading="h4" />}
      {model.rung && (
        <p>
          {/* The rung id was checked against our own ladder (messages.ts parseModel); no page text in the URL. */}
          <a href={`${browser.runtime.getURL('/career.html')}#${model.rung.id}`} target="_blank" rel="noopener">
            {`Career path: ${model.rung.name}`}
          </a>
        </p>
      )}
    </div>
  );
}

function outcomeView(outcome: ScanOutcome) {
  switch (outcome.kind) {
    case 'result':
      return <ScanResult title={outcome.posting.title} employer={outcome.posting.employer} model={outcome.result.model} />;
    case 'not-tech':
      return (
        <p data-scan="not-tech">
          Found a job posting (“{outcome.posting.title}”), but it is not a pharmacy-technician job.
        </p>
      );
    case 'nothing':
      return (
        <p data-scan="nothing">
          No job posting found on this page.
        </p>
      );
    case 'no-access':
      return (
        <p data-scan="no-access">
          RxLadder cannot read this page. Browser pages and extension stores cannot be scanned; on any other site, click the
          RxLadder button in the toolbar while the page is open, then scan.
        </p>
      );
  }
}

export function ScanPanel({ tabId, onScanned }: { tabId: number; onScanned?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const scan = () => {
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    if (busy) return;
    setBusy(true);
    scanTab(tabId)
      .then((o) => {
        setOutcome(o);
        onScanned?.();
      })
      .catch(() => setOutcome({ kind: 'no-access' }))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="rxl-scan" class="rxl-scan">
      <h2 id="rxl-scan">Scan this page</h2>
      <p class="rxl-small">RxLadder reads this page once, on your request, looking for a job posting. Nothing leaves your computer.</p>
      <button type="button" class="rxl-button" onClick={scan} aria-disabled={busy}>
        {busy ? 'Scanning…' : 'Scan this page'}
      </button>
      {/* The one live region: the outcome is announced once. */}
      <div aria-live="polite">{outcome && outcomeView(outcome)}</div>
    </section>
  );
}
