/**
 * Where the reader stands on the career ladder (keywords/ladder.ts), and which rung a posting is
 * about. Pure functions, no browser API: the Career paths page, the background's badge model and
 * the tests call the same code.
 *
 * Position rules:
 * - The reader is placed on a rung when they hold (not merely have in progress) one of its
 *   `placeWhen` credentials, or a credential that satisfies one (`satisfiedBy` in the keyword map:
 *   a CSPT holder also holds the PTCB CPhT). Settings and job titles are destinations only: no
 *   credential proves "works in a hospital".
 * - Current rungs are the placed rungs from which no other placed rung can be reached by `next`
 *   links (a CSPT holder is on the sterile rung, not also on "certified"); the pharmacist path is
 *   a track of its own beside the technician ladder.
 * - Next rungs are the `next` links of the current rungs (the start rungs for a reader with none),
 *   plus any rung whose placing credential the reader has in progress; never a rung already
 *   reached. Each says what the reader still lacks of the credentials such jobs usually ask for,
 *   which of them are in progress ("on the way"), and the years of work the rung usually takes.
 */
import { LADDER, type LadderRung } from '../../keywords/ladder';
import type { CredentialId, SettingId } from '../../keywords/types';
import type { PostingAnalysis } from '../analyze/types';
import type { RungId } from '../career/rung-ids';
import type { ReaderProfile } from './types';
import { holdingOf, idsSatisfying } from './verdict';

export interface NextRung {
  id: RungId;
  /** Asked-for credentials the reader neither holds nor has in progress. */
  lacks: CredentialId[];
  /** Asked-for credentials, and the rung's placing credentials, that the reader has in progress. */
  onTheWay: CredentialId[];
  /** Years of work the rung usually takes beyond what the reader reported (all of them if unreported). */
  yearsShort?: number;
  /** The rung is in a setting the reader marked as an interest. */
  interest: boolean;
}

export interface LadderPosition {
  /** The reader's highest rungs ("You are here"); empty when no credential places them. */
  current: RungId[];
  /** Every rung the reader's credentials place them on (current ones and those below). */
  reached: RungId[];
  /** Rungs to aim for next: interests first, then the fewest credentials lacking, then ladder order. */
  next: NextRung[];
}

const BY_ID: ReadonlyMap<RungId, LadderRung> = new Map(LADDER.map((r) => [r.id, r] as const));

export function rungById(id: RungId): LadderRung | undefined {
  return BY_ID.get(id);
}


/** Rungs reachable from `id` by one or more `next` links. */
function above(id: RungId, ladder: ReadonlyMap<RungId, LadderRung>): Set<RungId> {
  const seen = new Set<RungId>();
  const stack = [...(ladder.get(id)?.next ?? [])];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(ladder.get(n)?.next ?? []));
  }
  return seen;
}

function progress(rung: LadderRung, profile: ReaderProfile): NextRung {
  const lacks: CredentialId[] = [];
  const onTheWay: CredentialId[] = [];
  for (const id of rung.credentials.asked) {
    const h = holdingOf(profile, idsSatisfying(id));
    if (h === 'in-progress') onTheWay.push(id);
    else if (h === 'none') lacks.push(id);
  }
  // The credential that would place the reader here, when it is in progress (CSPT for the sterile rung).
  for (const id of rung.placeWhen ?? []) {
    if (!onTheWay.includes(id) && holdingOf(profile, idsSatisfying(id)) === 'in-progress') onTheWay.push(id);
  }
  const next: NextRung = { id: rung.id, lacks, onTheWay, interest: (profile.interests ?? []).some((s) => rung.settings.includes(s)) };
  if (rung.minYears) {
    const short = rung.minYears.years - (profile.yearsExperience ?? 0);
    if (short > 0) next.yearsShort = short;
  }
  return next;
}

export function ladderPosition(profile: ReaderProfile, ladder: readonly LadderRung[] = LADDER): LadderPosition {
  const byId: ReadonlyMap<RungId, LadderRung> = ladder === LADDER ? BY_ID : new Map(ladder.map((r) => [r.id, r] as const));
  const placed = (r: LadderRung) => (r.placeWhen ?? []).some((id) => holdingOf(profile, idsSatisfying(id)) === 'held');
  const reached = ladder.filter(placed).map((r) => r.id);
  const reachedSet = new Set(reached);
  // The pharmacist path runs beside the technician ladder: a pharmacy student who is also a
  // certified technician stands on both.
  const track = (id: RungId) => (byId.get(id)?.group === 'pharmacist' ? 'pharmacist' : 'technician');
  const current = reached.filter((id) => ![...above(id, byId)].some((a) => reachedSet.has(a) && track(a) === track(id)));

  const candidates = new Set<RungId>();
  if (current.length === 0) for (const r of ladder) if (r.group === 'start') candidates.add(r.id);
  for (const id of current) for (const n of byId.get(id)?.next ?? []) candidates.add(n);
  for (const r of ladder) if ((r.placeWhen ?? []).some((id) => holdingOf(profile, idsSatisfying(id)) === 'in-progress')) candidates.add(r.id);

  const order = new Map(ladder.map((r, i) => [r.id, i] as const));
  const next = ladder
    .filter((r) => candidates.has(r.id) && !reachedSet.has(r.id))
    .map((r) => progress(r, profile))
    .sort((a, b) => Number(b.interest) - Number(a.interest) || a.lacks.length - b.lacks.length || order.get(a.id)! - order.get(b.id)!);
  return { current, reached, next };
}

// ---------------------------------------------------------------------------------------------
// Which rung a posting is about.

/** Title words of specialist roles (the analysis knows the level "specialist", not which one). */
const SPECIALIST_TITLES: readonly [RegExp, RungId][] = [
  [/\b(buyer|purchas\w*|procurement|inventory)\b/, 'buyer'],
  [/\b(informatics|automation|analyst)\b/, 'informatics'],
  [/\b(educator|instructor|trainer|training specialist)\b/, 'educator'],
  [/\b(medication history|med history|medication reconciliation)\b/, 'medication-history'],
  [/\b(billing|reimbursement|prior auth\w*)\b/, 'billing'],
];

/** The first setting of the posting that has a rung of its own, in the posting's order. */
const SETTING_RUNG: Partial<Record<SettingId, RungId>> = {
  hospital: 'hospital',
  'long-term-care': 'long-term-care',
  'ambulatory-clinic': 'ambulatory',
  'mail-order': 'mail-order',
  specialty: 'specialty',
  'home-infusion': 'sterile-iv',
  oncology: 'hazardous-chemo',
  nuclear: 'nuclear',
  'pbm-insurance': 'billing',
  retail: 'certified',
};

/**
 * The rung a pharmacy-technician posting is most about, for the explanation card's "Career path"
 * link; undefined for other postings. The title's level comes first (trainee, lead, supervisor,
 * a named specialist role), then the specialisation its credentials and settings show, then its
 * setting, else the certified technician.
 */
export function rungForPosting(analysis: PostingAnalysis, title = ''): RungId | undefined {
  if (!analysis.isPharmacyTech) return undefined;
  const asked = new Map<CredentialId, 'required' | 'preferred'>();
  for (const c of analysis.credentials) {
    if (c.negated || c.level === 'mentioned') continue;
    if (asked.get(c.id) !== 'required') asked.set(c.id, c.level);
  }
  const settings = new Set(analysis.settings.map((s) => s.id));
  const required = (id: CredentialId) => asked.get(id) === 'required';

  switch (analysis.roleLevel) {
    case 'trainee':
      return 'trainee';
    case 'supervisor':
      return 'supervisor';
    case 'senior':
      return 'lead';
    case 'specialist': {
      const words = `${title} ${analysis.role.matched ?? ''}`.toLowerCase();
      for (const [pattern, rung] of SPECIALIST_TITLES) if (pattern.test(words)) return rung;
      if (asked.has('medication-history')) return 'medication-history';
      if (asked.has('billing-reimbursement') || settings.has('pbm-insurance')) return 'billing';
      if (asked.has('controlled-substances')) return 'buyer';
      break;
    }
    default:
      break;
  }

  if (asked.has('nuclear-pharmacy') || settings.has('nuclear')) return 'nuclear';
  if (required('hazardous-drugs') || settings.has('oncology')) return 'hazardous-chemo';
  const sterile = asked.has('cspt') || asked.has('sterile-compounding');
  if (required('cspt') || required('sterile-compounding') || settings.has('home-infusion') || (settings.has('compounding') && sterile)) {
    return 'sterile-iv';
  }
  if (asked.has('nonsterile-compounding') || settings.has('compounding')) return 'nonsterile';
  if (required('medication-history')) return 'medication-history';
  if (required('billing-reimbursement')) return 'billing';
  if (settings.has('federal')) return 'federal';
  for (const s of analysis.settings) {
    const rung = SETTING_RUNG[s.id];
    if (rung) return rung;
  }
  if (settings.has('military')) return 'federal';
  return 'certified';
}
