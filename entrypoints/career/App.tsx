import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { isRungId, type RungId } from '../../src/career/rung-ids';
import { loadProfile, normaliseProfile, DEFAULT_PROFILE, watchProfile } from '../../src/profile/storage';
import type { ReaderProfile } from '../../src/profile/types';
import { CareerPage } from '../../src/ui/career/CareerPage';
import { headingId } from '../../src/ui/career/RungSection';
import '../../src/ui/career/career.css';

/** The rung named by `career.html#<rungId>` (the explanation card's link), if any. */
function hashRung(): RungId | undefined {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return undefined; // a malformed escape ("#%E0") names no rung
  }
  return isRungId(id) ? id : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App() {
  const [profile, setProfile] = useState<ReaderProfile | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [target, setTarget] = useState<RungId | undefined>(hashRung);
  /** Bumped on every hash change, so following the same link twice scrolls again. */
  const [visit, setVisit] = useState(0);

  useEffect(() => {
    let alive = true;
    loadProfile().then(
      (p) => alive && setProfile(p),
      (e: unknown) => {
        if (!alive) return;
        setProfile(normaliseProfile(DEFAULT_PROFILE));
        setError(`Your saved credentials could not be read (${errorText(e)}); the ladder is shown without them.`);
      },
    );
    // Live: a change on the options page (or through browser sync) moves "You are here" at once.
    const unwatch = watchProfile((p) => alive && setProfile(p));
    const onHash = () => {
      setTarget(hashRung());
      setVisit((v) => v + 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      alive = false;
      unwatch();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  // A rung named in the URL: bring it into view and put focus on its heading (tabindex=-1), as
  // the browser does for a fragment link. Only then: the page never moves focus on its own.
  const ready = profile !== null;
  useLayoutEffect(() => {
    if (!ready || !target) return;
    const heading = document.getElementById(headingId(target));
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.closest('article')?.scrollIntoView({ block: 'start' });
  }, [ready, target, visit]);

  return <CareerPage profile={profile} target={target} openedOnTarget={visit === 0} error={error} />;
}
