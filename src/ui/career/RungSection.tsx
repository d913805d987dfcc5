/**
 * One rung of the ladder: what the work involves, what such jobs ask for, where they are posted,
 * sourced pay, the rungs it leads to and the sources. The reader's own rung is marked with a
 * "You are here" label and aria-current (never by colour alone); a rung they reached or one to
 * aim for next gets its own label too.
 */
import type { LadderRung } from '../../../keywords/ladder';
import type { RungId } from '../../career/rung-ids';
import { credentialName, joinNames, safeHttpsUrl, settingName } from './names';
import { Sources } from './Sources';

export type RungStatus = 'current' | 'reached' | 'next' | 'other';

export interface RungSectionProps {
  rung: LadderRung;
  status: RungStatus;
  /** The rung the URL names (career.html#<id>): its label, e.g. "The rung for the posting you opened". */
  targetLabel?: string;
  nameOf: (id: RungId) => string;
}

const STATUS_LABEL: Record<Exclude<RungStatus, 'other'>, { icon: string; text: string }> = {
  current: { icon: '★', text: 'You are here' },
  reached: { icon: '✓', text: 'Reached' },
  next: { icon: '→', text: 'A next step for you' },
};

export function headingId(id: RungId): string {
  return `rung-${id}-name`;
}

export function RungSection({ rung, status, targetLabel, nameOf }: RungSectionProps) {
  const targeted = targetLabel !== undefined;
  const label = status === 'other' ? null : STATUS_LABEL[status];
  const links = (rung.links ?? []).flatMap((l) => {
    const href = safeHttpsUrl(l.url);
    return href ? [{ label: l.label, href }] : [];
  });
  const sources = [
    ...rung.involves.sources,
    ...rung.credentials.sources,
    ...rung.postedOn.sources,
    ...rung.pay.flatMap((p) => p.sources),
    ...(rung.payNote?.sources ?? []),
    ...(rung.minYears?.sources ?? []),
  ];
  return (
    <article
      id={rung.id}
      class={`rxl-rung rxl-rung--${status}${targeted ? ' rxl-rung--target' : ''}`}
      aria-labelledby={headingId(rung.id)}
      aria-current={status === 'current' ? 'step' : undefined}
      data-status={status}
    >
      <h3 id={headingId(rung.id)} tabIndex={-1}>
        {rung.name}
      </h3>
      {label || targeted ? (
        <p class="rxl-rung-labels">
          {label ? (
            <span class={`rxl-tag rxl-tag--${status}`}>
              <span aria-hidden="true">{label.icon} </span>
              {label.text}
            </span>
          ) : null}
          {targeted ? (
            <span class="rxl-tag rxl-tag--target">
              <span aria-hidden="true">◆ </span>
              {targetLabel}
            </span>
          ) : null}
        </p>
      ) : null}
      <p>{rung.involves.text}</p>
      {rung.unverified ? (
        <p class="rxl-unverified">
          <strong>Unverified:</strong> {rung.unverified}
        </p>
      ) : null}
      <dl class="rxl-facts">
        <dt>Usually asks for</dt>
        <dd>{rung.credentials.asked.length > 0 ? joinNames(rung.credentials.asked.map(credentialName)) : 'No particular credential: you are trained after hire.'}</dd>
        {rung.credentials.helpful.length > 0 ? (
          <>
            <dt>Helps, or leads further</dt>
            <dd>{joinNames(rung.credentials.helpful.map(credentialName))}</dd>
          </>
        ) : null}
        {rung.minYears ? (
          <>
            <dt>Experience</dt>
            <dd>{`About ${rung.minYears.years} years of technician work.`}</dd>
          </>
        ) : null}
        <dt>Settings</dt>
        <dd>{rung.settings.length > 0 ? joinNames(rung.settings.map(settingName)) : 'Any setting.'}</dd>
        <dt>Where such jobs are posted</dt>
        <dd>{rung.postedOn.text}</dd>
        <dt>Pay</dt>
        <dd>
          {rung.pay.length > 0 ? (
            <ul class="rxl-pay">
              {rung.pay.map((p) => (
                <li key={`${p.what}-${p.kind}-${p.year}`}>{`${p.what}: ${p.kind} ${p.amount} in ${p.year} (historic BLS figure).`}</li>
              ))}
            </ul>
          ) : (
            'No sourced figure for this rung.'
          )}
          {rung.payNote ? ` ${rung.payNote.text}` : null}
        </dd>
        {rung.next.length > 0 ? (
          <>
            <dt>Leads to</dt>
            <dd>
              <ul class="rxl-inline">
                {rung.next.map((n) => (
                  <li key={n}>
                    <a href={`#${n}`}>{nameOf(n)}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {links.length > 0 ? (
        <ul class="rxl-links">
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href} target="_blank" rel="noopener noreferrer">
                {l.label}
                <span class="rxl-sr"> (official site, opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <Sources sources={sources} label={`Sources for “${rung.name}”`} />
    </article>
  );
}
