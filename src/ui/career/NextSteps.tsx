/**
 * The rungs to aim for next, each with what the reader still lacks and how to earn it (from the
 * training guide, keywords/training.ts): issuer, how to earn it, time, cost, official site.
 */
import type { CredentialId } from '../../../keywords/types';
import type { RungId } from '../../career/rung-ids';
import type { NextRung } from '../../profile/ladder';
import { credentialName, joinNames, safeHttpsUrl, trainingFor } from './names';

export interface NextStepsProps {
  next: readonly NextRung[];
  nameOf: (id: RungId) => string;
  involvesOf: (id: RungId) => string;
}

function Training({ id }: { id: CredentialId }) {
  const t = trainingFor(id);
  const name = credentialName(id);
  if (!t) return <li>{name}</li>;
  const site = safeHttpsUrl(t.officialSite);
  return (
    <li>
      <strong>{name}</strong>
      {`: ${t.howToEarn}`}
      <span class="rxl-muted">{` Issuer: ${t.issuer}.`}</span>
      {t.typicalTime ? <span class="rxl-muted">{` Time: ${t.typicalTime}`}</span> : null}
      {t.typicalCost ? <span class="rxl-muted">{` Cost: ${t.typicalCost}`}</span> : null}
      {site ? (
        <>
          {' '}
          <a href={site} target="_blank" rel="noopener noreferrer">
            Official site<span class="rxl-sr">{` of ${t.issuer} (opens in a new tab)`}</span>
          </a>
        </>
      ) : null}
    </li>
  );
}

export function NextSteps({ next, nameOf, involvesOf }: NextStepsProps) {
  return (
    <ol class="rxl-next">
      {next.map((n) => (
        <li key={n.id} class="rxl-next-item" data-rung={n.id}>
          <h3>
            <a href={`#${n.id}`}>{nameOf(n.id)}</a>
            {n.interest ? <span class="rxl-tag rxl-tag--interest">{' '}In a setting you chose</span> : null}
          </h3>
          <p>{involvesOf(n.id)}</p>
          {n.lacks.length === 0 && n.onTheWay.length === 0 ? (
            <p>
              <span aria-hidden="true">✓ </span>You hold what such jobs usually ask for.
            </p>
          ) : null}
          {n.onTheWay.length > 0 ? (
            <p>
              <span aria-hidden="true">◐ </span>On the way (in progress): {joinNames(n.onTheWay.map(credentialName))}.
            </p>
          ) : null}
          {n.yearsShort !== undefined ? (
            <p>
              <span aria-hidden="true">⏱ </span>
              {`Usually takes about ${n.yearsShort} more year${n.yearsShort === 1 ? '' : 's'} of technician work than you have reported.`}
            </p>
          ) : null}
          {n.lacks.length > 0 ? (
            <>
              <p>
                <span aria-hidden="true">✕ </span>What you still lack:
              </p>
              <ul class="rxl-training">
                {n.lacks.map((id) => (
                  <Training key={id} id={id} />
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
