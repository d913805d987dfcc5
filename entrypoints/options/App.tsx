import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CredentialId, SettingId } from '../../keywords/types';
import {
  DEFAULT_PROFILE,
  displayOf,
  flushProfile,
  hasPendingSave,
  loadProfile,
  normaliseProfile,
  resetProfile,
  sameProfile,
  saveProfile,
  watchProfile,
} from '../../src/profile/storage';
import type { DisplayPrefs, Holding, ReaderProfile } from '../../src/profile/types';
import { Page } from '../../src/ui/Page';
import { CREDENTIAL_GROUPS } from '../../src/ui/options/groups';
import { CredentialField, DisplayFields, InterestsFieldset, StateSelect, YearsInput } from '../../src/ui/options/fields';
import { SettingsFileSection } from '../../src/ui/options/SettingsFileSection';
import '../../src/ui/options/options.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; note?: string }
  | { kind: 'error'; message: string };

function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return 'Changes save automatically.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return status.note ? `${status.note} Saved.` : 'Saved.';
    case 'error':
      return `Not saved: ${status.message}`;
  }
}

/** The background opens `options.html?welcome=1` on install. */
function openedOnInstall(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).get('welcome') === '1';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface AppProps {
  /** Show the first-run welcome; default: the page URL has ?welcome=1. */
  welcome?: boolean;
}

export function App({ welcome = openedOnInstall() }: AppProps) {
  const [profile, setProfile] = useState<ReaderProfile | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const current = useRef<ReaderProfile | null>(null);
  /** Only the newest save reports its outcome. */
  const saveSeq = useRef(0);

  const show = (next: ReaderProfile) => {
    current.current = next;
    setProfile(next);
  };

  useEffect(() => {
    let alive = true;
    loadProfile().then(
      (p) => {
        if (alive && !current.current) show(p);
      },
      (error: unknown) => {
        if (!alive) return;
        if (!current.current) show(normaliseProfile(DEFAULT_PROFILE));
        setStatus({ kind: 'error', message: `your saved settings could not be read (${errorText(error)}).` });
      },
    );
    // Changes from elsewhere (another settings tab, browser sync). Our own writes come back here
    // too: they equal what the form shows, or a newer edit of ours is already on its way.
    const unwatch = watchProfile((p) => {
      if (!alive || hasPendingSave()) return;
      if (current.current && sameProfile(current.current, p)) return;
      // Keep expected months the form remembers for credentials no longer in progress.
      const expected = { ...current.current?.expected, ...p.expected };
      show(Object.keys(expected).length > 0 ? { ...p, expected } : p);
    });
    // Leaving the page writes a change still waiting for its debounced save.
    const flush = () => void flushProfile();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      alive = false;
      unwatch();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);

  const save = (next: ReaderProfile, note?: string, immediate = false) => {
    const seq = ++saveSeq.current;
    setStatus({ kind: 'saving' });
    saveProfile(next, { immediate }).then(
      () => {
        if (seq === saveSeq.current) setStatus({ kind: 'saved', note });
      },
      (error: unknown) => {
        if (seq === saveSeq.current) setStatus({ kind: 'error', message: errorText(error) });
      },
    );
  };

  const update = useCallback((change: (p: ReaderProfile) => ReaderProfile) => {
    const cur = current.current;
    if (!cur) return;
    const next = change(cur);
    show(next);
    save(next);
  }, []);

  const onHolding = useCallback(
    (id: CredentialId, holding: Holding) =>
      update((p) => {
        const credentials = { ...p.credentials };
        if (holding === 'none') delete credentials[id];
        else credentials[id] = holding;
        return { ...p, credentials };
      }),
    [update],
  );

  const onExpected = useCallback(
    (id: CredentialId, month: string | undefined) =>
      update((p) => {
        const expected = { ...p.expected };
        if (month) expected[id] = month;
        else delete expected[id];
        return { ...p, expected };
      }),
    [update],
  );

  if (!profile) {
    return (
      <Page title="RxLadder settings">
        <Intro welcome={welcome} />
        <p role="status">Loading your settings…</p>
      </Page>
    );
  }

  const display = displayOf(profile);

  return (
    <Page title="RxLadder settings">
      <Intro welcome={welcome} />

      <section class="rxl-section" aria-labelledby="credentials-heading">
        <h2 id="credentials-heading">Your credentials</h2>
        <p class="rxl-hint">
          For each one: do you hold it, are you working on it, or not? Listings that need something you have in
          progress count as “trainable”.
        </p>
        {CREDENTIAL_GROUPS.map((group) => (
          <div class="rxl-group" key={group.id} role="group" aria-labelledby={`group-${group.id}`}>
            <h3 id={`group-${group.id}`}>{group.title}</h3>
            {group.hint && <p class="rxl-hint">{group.hint}</p>}
            {group.ids.map((id) => (
              <CredentialField
                key={id}
                id={id}
                holding={profile.credentials[id] ?? 'none'}
                expected={profile.expected?.[id]}
                onHolding={onHolding}
                onExpected={onExpected}
              />
            ))}
          </div>
        ))}
      </section>

      <section class="rxl-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About you</h2>
        <StateSelect value={profile.homeState} onChange={(homeState) => update((p) => withField(p, 'homeState', homeState))} />
        <YearsInput
          value={profile.yearsExperience}
          onChange={(years) => update((p) => withField(p, 'yearsExperience', years))}
        />
        <InterestsFieldset
          value={profile.interests ?? []}
          onChange={(interests: SettingId[]) => update((p) => withField(p, 'interests', interests.length > 0 ? interests : undefined))}
        />
      </section>

      <section class="rxl-section" aria-labelledby="display-heading">
        <h2 id="display-heading">On job boards</h2>
        <DisplayFields value={display} onChange={(next: DisplayPrefs) => update((p) => ({ ...p, display: next }))} />
      </section>

      <SettingsFileSection
        current={() => current.current ?? profile}
        onExported={(name) => setStatus({ kind: 'saved', note: `Exported to ${name}.` })}
        onImported={(imported, name) => {
          // importSettingsFile() has already written it.
          saveSeq.current++;
          show(imported);
          setStatus({ kind: 'saved', note: `Imported ${name}.` });
        }}
        onReset={async () => {
          const seq = ++saveSeq.current;
          try {
            await resetProfile();
            show(normaliseProfile(DEFAULT_PROFILE));
            if (seq === saveSeq.current) setStatus({ kind: 'saved', note: 'Settings reset to defaults.' });
          } catch (error) {
            if (seq === saveSeq.current) setStatus({ kind: 'error', message: errorText(error) });
          }
        }}
      />

      <p class="rxl-status" role="status" data-status={status.kind}>
        {statusText(status)}
      </p>
    </Page>
  );
}

function withField<K extends 'homeState' | 'yearsExperience' | 'interests'>(
  p: ReaderProfile,
  key: K,
  value: ReaderProfile[K] | undefined,
): ReaderProfile {
  const next = { ...p };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function Intro({ welcome }: { welcome: boolean }) {
  return (
    <>
      {welcome && (
        <section class="rxl-welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">Welcome to RxLadder</h2>
          <p>
            Start with your national certification and your home state; everything else is optional. Then open a job
            board: each pharmacy-technician listing shows what it asks for and whether you qualify.
          </p>
        </section>
      )}
      <p>
        Set your credentials and home state in under a minute. Changes save automatically and apply to open job-board
        tabs right away.
      </p>
      <p class="rxl-muted">
        RxLadder runs entirely in your browser: job postings are read on your device and nothing is sent anywhere.
        Your settings travel only through your browser’s own sync, if you use it.
      </p>
      <p>
        <a href="career.html">Career paths</a>: where your credentials put you on the career ladder and what the next
        rungs take.
      </p>
    </>
  );
}
