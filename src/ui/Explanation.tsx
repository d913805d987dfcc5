/** @jsxImportSource ./dom-jsx */
/**
 * The in-page explanation card, rendered in the badge's shadow root right after the badge button
 * (so Tab moves into it; nothing moves focus on its own). Posting text (evidence sentences) is
 * only ever a text child. The only links are the issuing bodies' and state boards' https sites
 * from our own keyword data; the options page is reached through a button (a message to the
 * background), and so is the posting's rung on the Career paths page (the background opens
 * career.html#<rung id>). The training guide's details sit in a <details> disclosure to keep the
 * card small. Drawn with real DOM nodes (./dom-jsx), not Preact: see that runtime for why.
 */
import type { Holding } from '../profile/types';
import type { RungId } from '../career/rung-ids';
import type { BadgeModel, StateRuleLine, TrainingFact } from './badge-model';

export const EXPLANATION_ID = 'rxl-explanation';

const HOLDING: Record<Holding, string> = {
  held: '✓ you have it',
  'in-progress': '◐ you have it in progress',
  none: '✕ you have not marked it as held',
};

/** Said after a fact whose sources disagree, are old or missing (unless the text already says so). */
const CHECK = 'Check with the issuing body.';

function TrainingDetails({ facts, checked }: { facts: TrainingFact[]; checked?: string }) {
  return (
    <details class="more">
      <summary>Eligibility, exam, cost, renewal</summary>
      <dl>
        {facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>
              {f.text}
              {f.check && !/check with/i.test(f.text) ? ` ${CHECK}` : ''}
              <span class="src">{` Source: ${f.source}.`}</span>
            </dd>
          </div>
        ))}
      </dl>
      {checked ? <p class="muted">{`Checked ${checked}. Fees and rules change: check with the issuing body.`}</p> : null}
    </details>
  );
}

function StateRule({ rule }: { rule: StateRuleLine }) {
  return (
    <div class="state">
      <p class="muted">{`State rule for ${rule.state}:`}</p>
      <p>{rule.sentences.join(' ')}</p>
      <p class="muted">
        {`${rule.source} ${rule.caution}`}
        {rule.boardSite ? (
          <>
            {' '}
            <a href={rule.boardSite} target="_blank" rel="noopener noreferrer">
              {rule.boardName ? `${rule.boardName} site` : 'State board site'}
              <span class="sr"> (opens in a new tab)</span>
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}

export interface ExplanationProps {
  model: BadgeModel;
  stale?: boolean;
  onOpenOptions?: () => void;
  onOpenCareer?: (rung: RungId) => void;
  onClose: () => void;
}

export function Explanation({ model, stale, onOpenOptions, onOpenCareer, onClose }: ExplanationProps) {
  const reqs = model.requirements;
  return (
    <div id={EXPLANATION_ID} class="card" role="group" aria-label="RxLadder: what this posting requires">
      <p class="title">{model.words}</p>
      <p>{model.summary}</p>
      {reqs.length > 0 ? (
        <>
          <p class="muted">What the posting asks for{model.partial ? ' (from the job card)' : ''}:</p>
          <ul>
            {reqs.map((r, i) => (
              <li key={`${r.id}-${i}`}>
                <strong>{r.name}</strong>
                {': '}
                <span class="lvl">{r.level}</span>
                {r.level !== 'not required' ? (
                  <>
                    {' · '}
                    <span class="held">{HOLDING[r.holding]}</span>
                  </>
                ) : null}
                <q>{r.evidence}</q>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No credential requirement found{model.partial ? ' on the job card' : ' in the posting'}.</p>
      )}
      {model.training.length > 0 ? (
        <>
          <p class="muted">How to earn what you lack:</p>
          <ul>
            {model.training.map((t) => (
              <li key={t.id}>
                <strong>{t.name}</strong>
                {t.allowance ? ` (${t.allowance})` : ''}
                {t.howToEarn ? `: ${t.howToEarn}` : ''}
                {t.typicalTime ? <span class="muted">{` Time: ${t.typicalTime}`}</span> : null}
                {t.issuer ? <span class="muted">{` Issuer: ${t.issuer}.`}</span> : null}
                {t.officialSite ? (
                  <>
                    {' '}
                    <a href={t.officialSite} target="_blank" rel="noopener noreferrer">
                      Official site
                      <span class="sr">{` of ${t.issuer ?? t.name} (opens in a new tab)`}</span>
                    </a>
                  </>
                ) : null}
                {t.details && t.details.length > 0 ? <TrainingDetails facts={t.details} checked={t.checked} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {model.stateRule ? <StateRule rule={model.stateRule} /> : null}
      {model.strengthen.length > 0 ? <p>Would strengthen your application: {model.strengthen.join(', ')}.</p> : null}
      {stale ? <p class="muted">RxLadder was updated or reloaded: reload the page to refresh this badge.</p> : null}
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          disabled={stale || !onOpenOptions}
          onClick={(e: Event) => {
            e.preventDefault();
            onOpenOptions?.();
          }}
        >
          {model.emptyProfile ? 'Set your credentials' : 'Edit your credentials'}
        </button>
        {model.rung ? (
          <button
            type="button"
            class="btn"
            disabled={stale || !onOpenCareer}
            onClick={(e: Event) => {
              e.preventDefault();
              if (model.rung) onOpenCareer?.(model.rung.id);
            }}
          >
            {`Career path: ${model.rung.name}`}
            <span class="sr"> (opens in a new tab)</span>
          </button>
        ) : null}
        <button
          type="button"
          class="btn"
          onClick={(e: Event) => {
            e.preventDefault();
            onClose();
          }}
        >
          Close
        </button>
      </div>
    </div>
  );
}
