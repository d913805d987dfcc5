/**
 * What a badge says, computed from an analysis and a verdict: pure data, no DOM, no browser API.
 * compact-badge.ts and Explanation.tsx only lay this out; tests check the words here.
 *
 * Everything that comes from the posting (evidence sentences) stays a plain string and is only
 * ever rendered as a text node (Preact text children, or the card's DOM JSX runtime). Links come from our own keyword data (TRAINING), never
 * from page text, and only https: URLs survive `safeHttpsUrl`.
 */
import { CREDENTIALS } from '../../keywords/credentials';
import { SETTINGS } from '../../keywords/settings';
import { TRAINING, type Sourced, type TrainingEntry } from '../../keywords/training';
import type { CredentialId, SettingId } from '../../keywords/types';
import type { CredentialRequirement, Pay, PostingAnalysis } from '../analyze/types';
import type { Gap, Holding, ReaderProfile, Verdict, VerdictResult } from '../profile/types';
import { displayOf } from '../profile/storage';
import { stateRuleSummary } from '../profile/state-rules';
import { deadlineWords, idsSatisfying } from '../profile/verdict';
import { rungById, rungForPosting } from '../profile/ladder';
import type { RungId } from '../career/rung-ids';

/** Short names for the compact badge ("Needs IV cert", "CPhT within 180 days"). */
const SHORT: Record<CredentialId, string> = {
  'ptcb-cpht': 'CPhT',
  'nha-excpt': 'ExCPT',
  'national-certification': 'CPhT',
  'cpht-adv': 'CPhT-Adv',
  cspt: 'CSPT',
  'sterile-compounding': 'IV cert',
  'nonsterile-compounding': 'compounding',
  'hazardous-drugs': 'chemo/HD training',
  'nuclear-pharmacy': 'nuclear training',
  'state-license': 'state license',
  'bls-cpr': 'BLS/CPR',
  immunization: 'immunizer cert',
  'tech-product-verification': 'tech-check-tech',
  'medication-history': 'med history',
  'billing-reimbursement': 'billing',
  'controlled-substances': 'CSDP',
  'accredited-training': 'accredited program',
  'military-pharmacy-training': 'military training',
  'drivers-license': 'driver’s license',
  'pharmacy-student': 'pharmacy student',
};

const NAMES = new Map(CREDENTIALS.map((c) => [c.id, c.name] as const));
const SETTING_NAMES = new Map(SETTINGS.map((s) => [s.id, s.name] as const));
const TRAINING_BY_ID = new Map(TRAINING.map((t) => [t.id, t] as const));

/** Longest evidence sentence shown (a posting may glue a whole section into one "sentence"). */
const MAX_EVIDENCE = 320;

export type BadgePlace = 'card' | 'detail';

export interface RequirementLine {
  id: CredentialId;
  name: string;
  /** "required", "preferred", "required within 90 days of hire", "not required"… */
  level: string;
  /** What the reader holds for it (from the profile). */
  holding: Holding;
  /** The sentence it came from, exactly as the posting wrote it (possibly shortened with "…"). */
  evidence: string;
}

export interface TrainingLine {
  id: CredentialId;
  name: string;
  /** 'missing' blocks the job today; 'trainable' can be earned after hire / is in progress. */
  kind: 'missing' | 'trainable';
  allowance?: string;
  howToEarn?: string;
  issuer?: string;
  typicalTime?: string;
  /** https URL of the issuing body, from our own data. */
  officialSite?: string;
  /** Eligibility, exam, cost, renewal from the training guide (keywords/training.ts), each with its source. */
  details?: TrainingFact[];
  /** When the training facts were checked, YYYY-MM-DD. */
  checked?: string;
}

/** One fact of the training guide as the card shows it. */
export interface TrainingFact {
  /** "Eligibility", "Exam", "Cost", "Renewal". */
  label: string;
  text: string;
  /** Where it comes from ("ptcb.zendesk.com/hc/en-us/articles/206188928"). */
  source: string;
  /** Sources disagree, are old or missing: the card adds "check with the issuing body". */
  check: boolean;
}

/** The rule of the state a `state-license` requirement is for (src/profile/state-rules.ts). */
export interface StateRuleLine {
  /** Two-letter code. */
  code: string;
  state: string;
  /** Plain sentences; the first names the state. */
  sentences: string[];
  /** "Sources: … Checked 2026-11-27." */
  source: string;
  /** "… check with the board." */
  caution: string;
  boardName?: string;
  /** https URL of the state board, from our own data. */
  boardSite?: string;
}

export interface BadgeModel {
  verdict: Verdict;
  /** The compact verdict words ("You qualify", "Needs IV cert"). */
  words: string;
  /** One setting chip ("Hospital"), if any. */
  setting?: string;
  /** Pay as found ("$17–19.50/hr"), if any. */
  pay?: string;
  /** One sentence for the explanation card. */
  summary: string;
  requirements: RequirementLine[];
  training: TrainingLine[];
  /** Preferred credentials the reader lacks. */
  strengthen: string[];
  /** The verdict was made from the card's snippet only. */
  partial: boolean;
  /** The profile has no credentials at all (the explanation nudges to set them). */
  emptyProfile: boolean;
  /** The career-ladder rung this posting is about (the card's "Career path" button opens it). */
  rung?: { id: RungId; name: string };
  /** The posting requires a state credential: the rule of the posting's state, else the reader's home state. */
  stateRule?: StateRuleLine;
}

export function shortName(id: CredentialId, gap?: Pick<Gap, 'otherState'>): string {
  if (id === 'state-license' && gap?.otherState) return `${gap.otherState} license`;
  return SHORT[id] ?? id;
}

export function credentialName(id: CredentialId): string {
  return NAMES.get(id) ?? id;
}

export function settingName(id: SettingId): string {
  return SETTING_NAMES.get(id) ?? id;
}

/** The training-guide entry of a credential (keywords/training.ts). */
export function trainingFor(id: CredentialId): TrainingEntry | undefined {
  return TRAINING_BY_ID.get(id);
}

/** "Hospital / health system" → "Hospital" (the chip is small). */
export function settingChip(id: SettingId): string {
  return settingName(id).split(' / ')[0]!.trim();
}

function more(n: number): string {
  return n > 0 ? ` +${n}` : '';
}

/** The compact words for a verdict. */
export function verdictWords(v: VerdictResult): string {
  switch (v.verdict) {
    case 'qualified':
      return 'You qualify';
    case 'missing': {
      const [first, ...rest] = v.missing;
      return first ? `Needs ${shortName(first.id, first)}${more(rest.length + v.trainable.length)}` : 'Needs a credential';
    }
    case 'trainable': {
      const [first, ...rest] = v.trainable;
      if (!first) return 'Can earn after hire';
      const name = shortName(first.id, first);
      let words: string;
      if (first.withinDays !== undefined) words = `${name} ${deadlineWords(first.withinDays)}`;
      else if (first.allowance === 'eligible to sit') words = `${name}: eligible to sit`;
      else if (first.allowance === 'in progress') words = `${name} in progress: OK`;
      else if (first.allowance === 'trainee registration accepted') words = `Trainee ${name} OK`;
      else words = `${name} after hire`;
      return words + more(rest.length);
    }
    default:
      return 'Pharmacy tech: open for details';
  }
}

function trimNumber(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const UNIT: Record<Pay['unit'], string> = { hour: '/hr', week: '/wk', month: '/mo', year: '/yr' };

/** "$17–19.50/hr", "$45,000/yr", "GS-5–6". */
export function formatPay(analysis: Pick<PostingAnalysis, 'pay' | 'grades'>): string | undefined {
  const p = analysis.pay;
  if (p && Number.isFinite(p.min) && Number.isFinite(p.max) && p.min > 0) {
    const range = p.max > p.min ? `$${trimNumber(p.min)}–${trimNumber(p.max)}` : `$${trimNumber(p.min)}`;
    return `${range}${UNIT[p.unit] ?? ''}`;
  }
  const g = analysis.grades ?? p?.grades;
  if (g) return g.max > g.min ? `${g.schedule}-${g.min}–${g.max}` : `${g.schedule}-${g.min}`;
  return undefined;
}

/** The level of one requirement in words. */
export function levelText(req: CredentialRequirement): string {
  if (req.negated) return 'not required';
  let text: string;
  if (req.withinDays !== undefined) {
    text = `${req.level === 'preferred' ? 'preferred' : 'required'} ${deadlineWords(req.withinDays, 'of hire')}`;
  } else if (req.level === 'required') {
    text = req.advancementOnly ? 'required to advance' : 'required';
  } else if (req.level === 'preferred') {
    text = 'preferred';
  } else {
    text = 'mentioned';
  }
  const extras: string[] = [];
  if (req.acceptsInProgress) extras.push('eligible to sit / in process accepted');
  if (req.traineeAccepted) extras.push('trainee registration accepted');
  if (req.state) extras.push(`state: ${req.state}`);
  if (req.alternatives?.length) extras.push(`or ${req.alternatives.map((a) => shortName(a)).join(' or ')}`);
  return extras.length ? `${text} (${extras.join('; ')})` : text;
}

/** Which requirements the explanation lists: everything but bare mentions. */
function listed(req: CredentialRequirement): boolean {
  return req.level !== 'mentioned' || req.negated === true || req.withinDays !== undefined;
}

function rank(req: CredentialRequirement): number {
  if (req.negated) return 4;
  if (req.level === 'required') return req.advancementOnly ? 2 : 0;
  if (req.withinDays !== undefined) return 1;
  return req.level === 'preferred' ? 3 : 5;
}

function holdingFor(profile: ReaderProfile, req: CredentialRequirement): Holding {
  let best: Holding = 'none';
  for (const named of [req.id, ...(req.alternatives ?? [])]) {
    for (const id of idsSatisfying(named)) {
      const h = profile.credentials[id];
      if (h === 'held') return 'held';
      if (h === 'in-progress') best = 'in-progress';
    }
  }
  return best;
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_EVIDENCE ? `${t.slice(0, MAX_EVIDENCE - 1).trimEnd()}…` : t;
}

/** Only absolute https: URLs (our data is already https; this keeps it that way). */
export function safeHttpsUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && !u.username && !u.password ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function trainingLine(gap: Gap, kind: TrainingLine['kind']): TrainingLine {
  const t = TRAINING_BY_ID.get(gap.id);
  const line: TrainingLine = { id: gap.id, name: credentialName(gap.id), kind };
  if (gap.allowance) line.allowance = gap.allowance;
  if (t) {
    line.howToEarn = t.howToEarn;
    line.issuer = t.issuer;
    if (t.typicalTime) line.typicalTime = t.typicalTime;
    const site = safeHttpsUrl(t.officialSite);
    if (site) line.officialSite = site;
    line.details = trainingFacts(t);
    line.checked = t.checked;
  }
  return line;
}

/**
 * What the reader can look up for a fact: the citations inside domain.md's brackets
 * ("domain.md §2.1 [O: ptcb.zendesk.com/…]" → "ptcb.zendesk.com/…"), or what kind of source it is.
 */
export function citation(fact: Pick<Sourced, 'source' | 'grade'>): string {
  if (fact.grade === 'none') return 'no source found';
  const cites = [...fact.source.matchAll(/\[(?:O|S|P)(?:, older)?: ([^\]]+)\]/g)].map((m) =>
    // "[S: a.org; O: b.gov]" mixes grades inside one bracket: keep the places, drop the marks.
    m[1]!.replace(/(^|;\s*)(?:O|S|P)(?:, older)?:\s*/g, '$1').trim(),
  );
  if (cites.length > 0) return cites.join('; ');
  return fact.grade === 'model' ? 'RxLadder’s own mapping' : fact.source.replace(/^domain\.md\s*/, '').trim();
}

function factLine(label: string, facts: readonly Sourced[]): TrainingFact {
  return {
    label,
    text: facts.map((f) => f.text).join(' '),
    source: [...new Set(facts.map(citation))].join('; '),
    check: facts.some((f) => f.uncertain !== undefined),
  };
}

/** The card's disclosure: eligibility routes, exam, cost and renewal, each with its source. */
function trainingFacts(t: TrainingEntry): TrainingFact[] {
  return [
    factLine('Eligibility', t.eligibility),
    factLine('Exam', [t.exam]),
    factLine('Cost', [t.cost]),
    factLine('Renewal', [t.renewal]),
  ];
}

/** The state a listed `state-license` requirement is for: the posting's, else the reader's home state. */
function stateRuleLine(analysis: PostingAnalysis, profile: ReaderProfile): StateRuleLine | undefined {
  // Asked for (required, preferred, or named with a deadline), not ruled out.
  const req = analysis.credentials.find(
    (r) => listed(r) && !r.negated && (r.id === 'state-license' || (r.alternatives ?? []).includes('state-license')),
  );
  if (!req) return undefined;
  return stateRuleLineFor(req.state ?? profile.homeState);
}

/** A state's technician rule (src/profile/state-rules.ts) as the card and the popup show it. */
export function stateRuleLineFor(code: string | undefined): StateRuleLine | undefined {
  const rule = stateRuleSummary(code);
  if (!rule) return undefined;
  const line: StateRuleLine = { code: rule.code, state: rule.state, sentences: rule.sentences, source: rule.source, caution: rule.caution };
  if (rule.boardName) line.boardName = rule.boardName;
  const site = safeHttpsUrl(rule.boardSite);
  if (site) line.boardSite = site;
  return line;
}

function names(ids: readonly CredentialId[]): string {
  return ids.map((id) => shortName(id)).join(', ');
}

function summaryOf(v: VerdictResult, partial: boolean): string {
  switch (v.verdict) {
    case 'qualified':
      return 'You hold every credential this posting requires.';
    case 'trainable':
      return `You can apply now: the posting lets you earn ${names(v.trainable.map((g) => g.id))} after hire, or yours is in progress.`;
    case 'missing': {
      const n = v.missing.length;
      return `This posting requires: ${names(v.missing.map((g) => g.id))}. You have not marked ${n === 1 ? 'it' : 'them'} as held in your credentials.`;
    }
    default:
      return partial
        ? 'The job card alone does not say what is required. Open the posting for the full picture; this badge updates once it has been read.'
        : 'Not enough text to judge this posting.';
  }
}

export interface BadgeInput {
  analysis: PostingAnalysis;
  verdict: VerdictResult;
  profile: ReaderProfile;
  partial: boolean;
  /** The listing's title (names specialist roles such as educator or buyer for the career rung). */
  title?: string;
}

export function buildBadgeModel({ analysis, verdict, profile, partial, title }: BadgeInput): BadgeModel {
  const reqs = analysis.credentials.filter(listed).sort((a, b) => rank(a) - rank(b));
  const model: BadgeModel = {
    verdict: verdict.verdict,
    words: verdictWords(verdict),
    summary: summaryOf(verdict, partial),
    requirements: reqs.map((r) => ({
      id: r.id,
      name: credentialName(r.id),
      level: levelText(r),
      holding: holdingFor(profile, r),
      evidence: clip(r.evidence),
    })),
    training: [
      ...verdict.missing.map((g) => trainingLine(g, 'missing')),
      ...verdict.trainable.map((g) => trainingLine(g, 'trainable')),
    ],
    strengthen: verdict.strengthen.map((id) => credentialName(id)),
    partial,
    emptyProfile: Object.values(profile.credentials).every((h) => h !== 'held' && h !== 'in-progress'),
  };
  const stateRule = stateRuleLine(analysis, profile);
  if (stateRule) model.stateRule = stateRule;
  const first = analysis.settings[0];
  if (first) model.setting = settingChip(first.id);
  const pay = displayOf(profile).showPay ? formatPay(analysis) : undefined;
  if (pay) model.pay = pay;
  const rungId = rungForPosting(analysis, title);
  const rung = rungId ? rungById(rungId) : undefined;
  if (rung) model.rung = { id: rung.id, name: rung.name };
  return model;
}
