/**
 * A state's technician rule in plain sentences for the reader (the explanation card, the popup).
 * Pure: no DOM, no browser API. The data and its sourcing rules are in keywords/state-rules.ts.
 */
import {
  STATE_RULES,
  type NationalCertRule,
  type StateCode,
  type StateCredentialKind,
  type StateRule,
  type StateRuleConfidence,
} from '../../keywords/state-rules';
import { STATES } from '../../keywords/states';

const RULES = new Map<string, StateRule>(STATE_RULES.map((r) => [r.code, r]));
const NAMES = new Map(STATES.map((s) => [s.code, s.name] as const));

/** Why to check with the board, by how sure the data is. Always said: rules change often. */
const CAUTION: Record<StateRuleConfidence, string> = {
  official: 'Rules change often: check with the board.',
  secondary: 'From secondary sources only: check with the board.',
  reported: 'Reported, not confirmed: check with the board.',
  older: 'From older sources: check with the board.',
  unknown: 'No reliable source found: check with the board.',
};

const GRADE: Record<'O' | 'S' | 'P', string> = { O: 'official', S: 'secondary', P: 'job postings' };

export interface StateRuleSummary {
  code: StateCode;
  /** "Texas". */
  state: string;
  credential: StateCredentialKind;
  nationalCert: NationalCertRule;
  withinMonths?: number;
  trainee: StateRule['trainee'];
  /** Plain sentences; the first names the state. */
  sentences: string[];
  /** The board's name where a source gives it. */
  boardName?: string;
  /** The board's official https site where domain.md cites it. */
  boardSite?: string;
  /** "Sources: pharmacy.texas.gov (official); … Checked 2026-11-27." */
  source: string;
  confidence: StateRuleConfidence;
  /** Always present ("… check with the board."). */
  caution: string;
  /** sentences + source + caution, as one paragraph. */
  text: string;
}

/** The data row for a state code (any case), if it is one of the 50 states, DC or PR. */
export function stateRuleFor(code: string | undefined): StateRule | undefined {
  return code ? RULES.get(code.trim().toUpperCase()) : undefined;
}

/** "Technicians register…" → "technicians register…" (leaves "NYSED…" alone). */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function sourceLine(rule: StateRule): string {
  if (rule.sources.length === 0) return `Sources: none reliable found. Checked ${rule.checked}.`;
  const cites = rule.sources.map((s) => `${s.cite} (${GRADE[s.grade]})`).join('; ');
  return `Sources: ${cites}. Checked ${rule.checked}.`;
}

/** The rule for a state in plain sentences, or null for a code that is not a state, DC or PR. */
export function stateRuleSummary(code: string | undefined): StateRuleSummary | null {
  const rule = stateRuleFor(code);
  if (!rule) return null;
  const state = NAMES.get(rule.code) ?? rule.code;
  const sentences = [`${state}: ${lowerFirst(rule.credentialText)}`, rule.nationalCertText];
  if (rule.trainee === 'yes' && rule.traineeText) sentences.push(rule.traineeText);
  else if (rule.trainee === 'unknown' && rule.credential !== 'unknown') sentences.push('Our sources do not mention a trainee status.');
  if (rule.notes) sentences.push(rule.notes);
  const source = sourceLine(rule);
  const caution = CAUTION[rule.confidence];
  const summary: StateRuleSummary = {
    code: rule.code,
    state,
    credential: rule.credential,
    nationalCert: rule.nationalCert,
    trainee: rule.trainee,
    sentences,
    source,
    confidence: rule.confidence,
    caution,
    text: [...sentences, source, caution].join(' '),
  };
  if (rule.withinMonths !== undefined) summary.withinMonths = rule.withinMonths;
  if (rule.board?.name) summary.boardName = rule.board.name;
  if (rule.board?.site) summary.boardSite = rule.board.site;
  return summary;
}
