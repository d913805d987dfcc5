/**
 * The tab's summary: counts by verdict, the best next credential, the breakdown by setting and the
 * listings. Listing titles and employers come from the page: text children only, never markup or
 * links; the only links are our own (training data, https).
 */
import type { TabListing } from '../../tab/state';
import type { BestNext, SettingRow, TabSummary } from '../../tab/summary';
import type { Verdict } from '../../profile/types';
import { COUNT_WORDS, payRangeText, plural } from './format';
import { StateRuleNote } from './StateRuleNote';
import { VerdictIcon } from './VerdictIcon';

const ORDER: Verdict[] = ['qualified', 'trainable', 'missing', 'unknown'];

export function Counts({ summary }: { summary: TabSummary }) {
  return (
    <section aria-labelledby="rxl-counts">
      <h2 id="rxl-counts">{plural(summary.listings, 'pharmacy-technician listing', 'pharmacy-technician listings')} on this page</h2>
      <ul class="rxl-counts">
        {ORDER.filter((v) => v !== 'unknown' || summary.counts.unknown > 0).map((v) => (
          <li key={v} class={`rxl-count v-${v}`} data-count={v}>
            <VerdictIcon verdict={v} />
            <strong class="rxl-count-n">{summary.counts[v]}</strong> {COUNT_WORDS[v]}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BestNextCredential({ best }: { best: BestNext }) {
  return (
    <section aria-labelledby="rxl-best" class="rxl-best" data-credential={best.id}>
      <h2 id="rxl-best">Best next credential</h2>
      <p>
        <strong>{best.name}</strong> would open{' '}
        <span data-unlocks={best.unlocks}>{plural(best.unlocks, 'more listing', 'more listings')}</span> on this page that you cannot apply to now.
      </p>
      <dl class="rxl-facts">
        {best.issuer && (
          <>
            <dt>Issued by</dt>
            <dd>{best.issuer}</dd>
          </>
        )}
        {best.howToEarn && (
          <>
            <dt>How to earn it</dt>
            <dd>{best.howToEarn}</dd>
          </>
        )}
        {best.typicalTime && (
          <>
            <dt>Typical time</dt>
            <dd>{best.typicalTime}</dd>
          </>
        )}
        {best.typicalCost && (
          <>
            <dt>Typical cost</dt>
            <dd>{best.typicalCost}</dd>
          </>
        )}
      </dl>
      {best.officialSite && (
        <p>
          <a href={best.officialSite} target="_blank" rel="noopener noreferrer">
            {`Official site: ${new URL(best.officialSite).hostname.replace(/^www\./, '')}`}
          </a>
        </p>
      )}
      {best.stateRule && <StateRuleNote rule={best.stateRule} heading="h3" />}
    </section>
  );
}

export function Settings({ rows }: { rows: SettingRow[] }) {
  return (
    <section aria-labelledby="rxl-settings">
      <h2 id="rxl-settings">By setting</h2>
      <table class="rxl-table">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Listings</th>
            <th scope="col">Pay in postings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? 'none'} data-setting={r.id ?? 'none'}>
              <th scope="row">{r.name}</th>
              <td>{r.listings}</td>
              <td>{r.pay.length > 0 ? r.pay.map((p) => <div key={p.unit}>{payRangeText(p)}</div>) : <span class="rxl-muted">not given</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Listings({ items, onReveal, notes }: { items: TabListing[]; onReveal(key: string): void; notes: Record<string, string> }) {
  return (
    <section aria-labelledby="rxl-listings">
      <h2 id="rxl-listings">Listings</h2>
      <p class="rxl-muted rxl-small">Choose a listing to scroll to it on the page.</p>
      <ul class="rxl-listings">
        {items.map((l) => (
          <li key={l.key}>
            <button type="button" class="rxl-listing" data-key={l.key} onClick={() => onReveal(l.key)}>
              <span class="rxl-listing-title">{l.title}</span>
              {l.employer && <span class="rxl-listing-employer">{l.employer}</span>}
              <span class={`rxl-verdict v-${l.verdict}`} data-verdict={l.verdict}>
                <VerdictIcon verdict={l.verdict} />
                {l.words}
              </span>
            </button>
            {notes[l.key] && (
              <p class="rxl-note" role="status">
                {notes[l.key]}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
