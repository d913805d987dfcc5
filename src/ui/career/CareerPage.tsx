/**
 * The Career paths page: the reader's position, the next rungs explained, and the whole ladder
 * grouped (start, settings, specialisations, advanced roles, pharmacist path). Pure rendering of
 * a profile: entrypoints/career/App.tsx loads and watches it.
 */
import { Fragment } from 'preact';
import { GROUP_NAMES, GROUP_ORDER, LADDER, LADDER_MODEL_NOTE, NATIONAL_PAY } from '../../../keywords/ladder';
import type { RungId } from '../../career/rung-ids';
import { ladderPosition, rungById } from '../../profile/ladder';
import type { ReaderProfile } from '../../profile/types';
import { Page } from '../Page';
import { NextSteps } from './NextSteps';
import { joinNames, safeHttpsUrl } from './names';
import { RungSection, type RungStatus } from './RungSection';
import { Sources } from './Sources';

export interface CareerPageProps {
  /** null while loading. */
  profile: ReaderProfile | null;
  /** The rung named in the URL's hash, if it is one. */
  target?: RungId;
  /** true: the page was opened on that rung (from a posting); false: the reader followed a link on the page. */
  openedOnTarget?: boolean;
  /** Shown when the profile could not be read. */
  error?: string;
}

const nameOf = (id: RungId) => rungById(id)?.name ?? id;
const involvesOf = (id: RungId) => rungById(id)?.involves.text ?? '';

function hasAnyCredential(profile: ReaderProfile): boolean {
  return Object.values(profile.credentials).some((h) => h === 'held' || h === 'in-progress');
}

export function CareerPage({ profile, target, openedOnTarget = true, error }: CareerPageProps) {
  const position = profile ? ladderPosition(profile) : null;
  const status = (id: RungId): RungStatus => {
    if (!position) return 'other';
    if (position.current.includes(id)) return 'current';
    if (position.reached.includes(id)) return 'reached';
    if (position.next.some((n) => n.id === id)) return 'next';
    return 'other';
  };
  const blsLink = safeHttpsUrl(NATIONAL_PAY.link.url);
  const targetLabel = openedOnTarget ? 'The rung for the posting you opened' : 'The rung you followed a link to';

  return (
    <Page title="Career paths">
      <p>
        Where your credentials put you on the pharmacy-technician career ladder, and what the next rungs take: what the
        work involves, what such jobs ask for, where they are posted and what sourced pay data says.
      </p>
      <p class="rxl-muted">
        {LADDER_MODEL_NOTE.text} Rules differ by state and change often: check with your state board of pharmacy.
      </p>
      {error ? (
        <p class="rxl-error" role="alert">
          {error}
        </p>
      ) : null}

      {!profile || !position ? (
        <p role="status">Loading your credentials…</p>
      ) : (
        <section class="rxl-section" aria-labelledby="position-heading">
          <h2 id="position-heading">Where you are</h2>
          {!hasAnyCredential(profile) ? (
            <div class="rxl-invite">
              <p>
                You have not set your credentials yet, so RxLadder cannot place you on the ladder. Tell it what you hold
                and what you are working on, and this page shows where you stand and what to aim for.
              </p>
              <p>
                <a class="rxl-button" href="options.html">
                  Set your credentials
                </a>
              </p>
            </div>
          ) : position.current.length > 0 ? (
            <p class="rxl-here">
              <span aria-hidden="true">★ </span>
              You are here:{' '}
              {position.current.map((id, i) => (
                <Fragment key={id}>
                  {i > 0 ? (i === position.current.length - 1 ? ' and ' : ', ') : null}
                  <a href={`#${id}`}>{nameOf(id)}</a>
                </Fragment>
              ))}
              .
            </p>
          ) : (
            <p>
              Nothing you hold yet places you on a rung (credentials in progress count once you hold them). The start of
              the ladder is below. <a href="options.html">Edit your credentials</a>
            </p>
          )}
          {hasAnyCredential(profile) && position.current.length > 0 ? (
            <p class="rxl-muted">
              From your credentials{profile.yearsExperience !== undefined ? ` and ${profile.yearsExperience} years of experience` : ''}.{' '}
              <a href="options.html">Edit your credentials</a>
            </p>
          ) : null}

          {position.next.length > 0 ? (
            <>
              <h2 id="next-heading">Next rungs for you</h2>
              {profile.interests && profile.interests.length > 0 ? (
                <p class="rxl-muted">Rungs in the settings you chose come first.</p>
              ) : null}
              <NextSteps next={position.next} nameOf={nameOf} involvesOf={involvesOf} />
            </>
          ) : null}
        </section>
      )}

      <section class="rxl-section" aria-labelledby="ladder-heading">
        <h2 id="ladder-heading">The ladder</h2>
        <p>
          {NATIONAL_PAY.text}{' '}
          {blsLink ? (
            <a href={blsLink} target="_blank" rel="noopener noreferrer">
              {NATIONAL_PAY.link.label}
              <span class="rxl-sr"> (official site, opens in a new tab)</span>
            </a>
          ) : null}{' '}
          The figures on the rungs are older national medians or means by workplace, each with its year.
        </p>
        <Sources sources={[...NATIONAL_PAY.sources, ...LADDER_MODEL_NOTE.sources]} />
      </section>
      {GROUP_ORDER.map((group) => {
        const rungs = LADDER.filter((r) => r.group === group);
        return (
          <section class="rxl-group" key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`} class="rxl-group-title">
              {GROUP_NAMES[group]}
            </h2>
            <p class="rxl-muted">{joinNames(rungs.map((r) => r.name))}.</p>
            {rungs.map((r) => (
              <RungSection key={r.id} rung={r} status={status(r.id)} targetLabel={target === r.id ? targetLabel : undefined} nameOf={nameOf} />
            ))}
          </section>
        );
      })}
    </Page>
  );
}
