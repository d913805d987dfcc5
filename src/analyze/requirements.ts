import type { CredentialId, CueKind, SectionScope } from '../../keywords/types';
import { type Lexicon, matchAll, type Match, W } from './lexicon';
import type { Sentence } from './structure';
import { FLAG_NUMERIC, Tok, type Tokens } from './tokenize';
import type { CredentialRequirement, DutySignal, RequirementLevel } from './types';

/**
 * From sentences to credential requirements.
 *
 * Within a sentence, ";" and contrast words ("but", "however") cut segments that cues cannot
 * cross; commas cut clauses. Each credential mention takes the level of its cue:
 *   1. a cue right after it ("CPhT required"), or right before it ("must have CPhT");
 *      when both are adjacent, the stronger kind wins (negated > required > preferred > offered);
 *   2. else the first cue after it across a list of credentials ("CPhT, BLS and IV training required");
 *   3. else the nearest cue before it across such a list ("Required: CPhT, BLS");
 *   4. else the section the sentence sits in ("Preferred Qualifications" bullets are preferred).
 * A cue in parentheses only reaches the credentials inside them. Deadlines ("within 90 days of
 * hire"), "or eligible to sit", trainee, exemption and advancement cues attach to the credentials
 * of their own clause, else the nearest clause with one. A sentence with no credential but a bare
 * "certification" / "license" and a cue refers back to the last credential of that family.
 * Credentials joined by "or" / "/" form one requirement with alternatives.
 */

type LevelCue = 'required' | 'preferred' | 'negated' | 'offered' | 'accepted';
const LEVEL_RANK: Record<LevelCue, number> = { negated: 4, required: 3, preferred: 2, offered: 1, accepted: 1 };

interface Mention {
  cred: number;
  from: number;
  to: number;
  seg: number;
  clause: number;
  paren: number;
  generic: boolean;
  cue: LevelCue | null;
  /** The cue the mention took (mentions that share one share what is said of it). */
  cueRef: Cue | null;
  /** The cue settles it for this job ("not required for this position"). */
  strongCue: boolean;
  duty: boolean;
  withinDays?: number;
  pending: boolean;
  trainee: boolean;
  advancement: boolean;
  exemptions: string[];
  /** Extra alternatives from an exemption ("pharmacy students are exempt"). */
  extraAlternatives: number[];
  consumed: boolean;
}

interface Cue {
  kind: CueKind;
  attaches: 'before' | 'after' | 'either';
  strong: boolean;
  from: number;
  to: number;
  seg: number;
  clause: number;
  paren: number;
}

function isModifier(kind: CueKind): boolean {
  return kind === 'pending' || kind === 'trainee' || kind === 'exemption' || kind === 'advancement';
}

/** One requirement as found in one sentence, before merging across the posting. */
export interface Instance {
  cred: number;
  alternatives: number[];
  level: RequirementLevel;
  fromCue: boolean;
  negated: boolean;
  /** Negated for this very job ("not required for this position"): outweighs any "required". */
  ruledOut: boolean;
  offered: boolean;
  generic: boolean;
  withinDays?: number;
  pending: boolean;
  trainee: boolean;
  advancement: boolean;
  exemptions: string[];
  state?: string;
  sentence: Sentence;
}

export interface RequirementsResult {
  instances: Instance[];
  duties: DutySignal[];
}

const CONTEXT_WINDOW = 4;
/** How many words before the number a deadline's lead word may stand ("by the end of your first year"). */
const DEADLINE_LEAD_REACH = 6;

export function findRequirements(text: string, t: Tokens, sentences: readonly Sentence[], lex: Lexicon): RequirementsResult {
  const ids = t.id;
  const wc = lex.wordClass;
  const creds = lex.credentials;
  const instances: Instance[] = [];
  const duties: DutySignal[] = [];
  const dutySeen = new Set<number>();
  const nationalIdx = creds.findIndex((c) => c.id === 'national-certification');
  const stateIdx = creds.findIndex((c) => c.id === 'state-license');
  const studentIdx = creds.findIndex((c) => c.id === 'pharmacy-student');
  const specificCertIdx = new Set(['ptcb-cpht', 'nha-excpt'].map((id) => creds.findIndex((c) => c.id === id)));
  // The last named requirement of each family, for bare references in later sentences.
  let lastCertification: { cred: number; alternatives: number[]; instance?: Instance } | null = null;
  let lastAny: { cred: number; alternatives: number[] } | null = null;
  const cls = (k: number): number => {
    const v = ids[k]!;
    return v > 0 ? wc[v]! : 0;
  };

  // The sentence being read, shared by the helpers below.
  let s: Sentence = sentences[0]!;
  let from = 0;
  let to = 0;
  let len = 0;
  let seg = new Int32Array(64);
  let clause = new Int32Array(64);
  let paren = new Int32Array(64);
  let asksForExperience = false;
  /** Level cues some mention took, in the sentence being read. */
  const usedCues = new Set<Cue>();
  let dutyBefore = new Uint8Array(64);
  let dutyFor: Sentence | null = null;
  const at = (k: number): number => k - from;
  const bytes = [new Uint8Array(64), new Uint8Array(64), new Uint8Array(64), new Uint8Array(64)];

  for (const sentence of sentences) {
    if (sentence.label) continue;
    s = sentence;
    from = s.from;
    to = s.to;
    len = to - from;
    readSentence();
  }
  return { instances, duties };

  /**
   * "Registered with the Ohio State Board of Pharmacy as a registered or certified pharmacy
   * technician": next to a state credential in a sentence that names a state or its board, a
   * "certified pharmacy technician" is the state's higher tier, not a national certification.
   */
  function stateTiers(ms: Mention[]): void {
    if (!ms.some((m) => m.cred === stateIdx) || !ms.some((m) => m.cred === nationalIdx)) return;
    let checked = false;
    for (const m of ms) {
      if (m.cred !== nationalIdx || m.generic) continue;
      // "registered or certified pharmacy technician", "licensed or certified technician".
      const or = m.from - 1;
      const tier = or - 1;
      if (!(or > from && ids[or]! > 0 && wc[ids[or]!]! & W.Alternative && ids[tier]! > 0 && wc[ids[tier]!]! & W.GenericLicense)) continue;
      if (!checked) {
        const states = markStates();
        let namesState = false;
        for (let k = from; k < to && !namesState; k++) namesState = states[at(k)] === 1;
        if (!namesState && !mentionsBoard()) return;
        checked = true;
      }
      m.cred = stateIdx;
    }
  }

  function mentionsBoard(): boolean {
    for (const m of matchAll(lex.credentialTrie, ids, from, to, [])) {
      const words = lex.credentialTrie.payloads[m.payload]!.credential === stateIdx ? text.slice(t.start[m.from], t.end[m.to - 1]).toLowerCase() : '';
      if (words.includes('board')) return true;
    }
    return false;
  }

  /**
   * "Chemo competency is required at the satellite. This position is in the main IV room, so it is
   * not required here": in a clause that names no credential, a pronoun with a cue speaks of the
   * credential named before.
   */
  function pronounSubjects(ms: Mention[], cues: Cue[]): void {
    if (ms.every((m) => m.generic)) return;
    const named = new Set<number>();
    for (const m of ms) named.add(m.clause);
    const cueClauses = new Set<number>();
    for (const c of cues) cueClauses.add(c.clause);
    // The referent: the nearest named credential before the pronoun in this sentence ("CPhT
    // required, or must obtain it within 180 days"), else the last one named before.
    const inOrder = ms.filter((m) => !m.generic && creds[m.cred]!.kind === 'named').sort((a, b) => a.from - b.from);
    // The clause's last pronoun stands for it: "candidates without it must obtain it within 6
    // months" is about obtaining, not about being without.
    const lastIn = new Map<number, { k: number; j: number }>();
    let j = -1;
    for (let k = from; k < to; k++) {
      while (j + 1 < inOrder.length && inOrder[j + 1]!.to <= k) j++;
      const cl = clause[at(k)]!;
      if (!(cls(k) & W.GenericPronoun) || named.has(cl) || !cueClauses.has(cl)) continue;
      lastIn.set(cl, { k, j });
    }
    for (const { k, j: before } of lastIn.values()) {
      const ref = before >= 0 ? { cred: inOrder[before]!.cred, alternatives: [] as number[] } : lastAny;
      if (!ref) continue;
      const pseudo = newMention(ref.cred, { payload: 0, from: k, to: k + 1 }, true);
      pseudo.extraAlternatives.push(...ref.alternatives);
      ms.push(pseudo);
    }
  }

  /**
   * "a military pharmacy technician course (for example Army 68Q, or a Navy pharmacy technician
   * school)": credentials named in a parenthesis of examples illustrate the one before it.
   */
  function dropExamples(ms: Mention[]): void {
    if (!ms.some((m) => m.paren !== 0)) return;
    // First token of each parenthesis, and whether it opens with "for example" / "such as" / "e.g.".
    const opensExamples = new Map<number, boolean>();
    for (let k = from + 1; k < to; k++) {
      const p = paren[at(k)]!;
      if (p === 0 || opensExamples.has(p) || paren[at(k - 1)] === p) continue;
      // k is the "(": its first words follow.
      const word = (q: number) => (q < to && ids[q]! > 0 ? lex.wordText[ids[q]!] : '');
      const w1 = word(k + 1);
      const w2 = ids[k + 2] === Tok.Period ? word(k + 3) : word(k + 2);
      opensExamples.set(p, (w1 === 'for' && w2 === 'example') || (w1 === 'such' && w2 === 'as') || (w1 === 'e' && w2 === 'g') || w1 === 'including' || w1 === 'like');
    }
    // Mentions are in text order: a parenthesis of examples needs a named credential before it.
    const namedBefore = new Set<number>();
    for (const m of ms) {
      if (m.paren === 0) {
        if (!m.generic) namedBefore.add(m.seg);
        continue;
      }
      if (!m.generic && opensExamples.get(m.paren) && namedBefore.has(m.seg)) m.consumed = true;
    }
  }

  /** A zeroed byte array of the sentence's length (four reused buffers). */
  function scratch(which: number): Uint8Array {
    let buf = bytes[which]!;
    if (buf.length < len) buf = bytes[which] = new Uint8Array(Math.max(len, buf.length * 2));
    buf.fill(0, 0, len);
    return buf;
  }

  function readSentence(): void {
    if (seg.length < len) {
      const size = Math.max(len, seg.length * 2);
      seg = new Int32Array(size);
      clause = new Int32Array(size);
      paren = new Int32Array(size);
    }

    const credMatches = matchAll(lex.credentialTrie, ids, from, to, []);
    // Most sentences name no credential and speak of none: leave them at once.
    if (!credMatches.some((m) => lex.credentialTrie.payloads[m.payload]!.credential >= 0)) {
      // A bare "certification" / "license", or a pronoun next to a deadline or modifier
      // ("It must be obtained within 90 days") may still speak of one.
      let generic = false;
      let pronoun = false;
      let hint = false;
      for (let k = from; k < to && !generic; k++) {
        const c = cls(k);
        generic = (c & (W.GenericCertification | W.GenericLicense)) !== 0;
        pronoun ||= (c & W.GenericPronoun) !== 0;
        hint ||= (c & W.ModifierHint) !== 0;
      }
      // ... or a deadline / in-progress / trainee note about a credential an earlier sentence named.
      if (!generic && !(hint && (pronoun || lastAny !== null))) return;
      // Only a real modifier cue (or a pronoun next to any cue) is worth the full reading.
      if (!generic && !pronoun && !matchAll(lex.cueTrie, ids, from, to, []).some((m) => isModifier(lex.cueTrie.payloads[m.payload]!.kind))) {
        let unit = false;
        for (let k = from; k < to && !unit; k++) unit = (cls(k) & (W.TimeUnit | W.HourUnit)) !== 0;
        if (!unit) return;
      }
    }
    const masked = scratch(0);
    for (const m of credMatches) if (lex.credentialTrie.payloads[m.payload]!.credential < 0) for (let k = m.from; k < m.to; k++) masked[k - from] = 1;
    const credSpan = scratch(1);
    for (const m of credMatches) for (let k = m.from; k < m.to; k++) credSpan[k - from] = 1;
    // A cue word inside a credential's own name is not a cue ("Billing and Reimbursement
    // Certificate"), except a trainee word ("pharmacy technician trainee registration").
    const cueMatches = matchAll(lex.cueTrie, ids, from, to, []).filter((m) => {
      if (lex.cueTrie.payloads[m.payload]!.kind === 'trainee') return true;
      for (let k = m.from; k < m.to; k++) if (!credSpan[k - from]) return true;
      return false;
    });
    const inCue = scratch(2);
    for (const m of cueMatches) for (let k = m.from; k < m.to; k++) inCue[k - from] = 1;

    let segN = 0, clauseN = 0, parenN = 0, depth = 0, currentParen = 0;
    const segFirst = [from];
    for (let k = from; k < to; k++) {
      const v = ids[k]!;
      if (v === Tok.Semicolon || (v > 0 && wc[v]! & W.ClauseBreak && !inCue[k - from])) {
        segN++;
        clauseN++;
        segFirst.push(k + 1);
      } else if (v === Tok.Comma || v === Tok.Colon) {
        clauseN++;
      } else if (v === Tok.OpenParen) {
        if (depth++ === 0) currentParen = ++parenN;
      } else if (v === Tok.CloseParen && depth > 0) {
        if (--depth === 0) {
          seg[k - from] = segN;
          clause[k - from] = clauseN;
          paren[k - from] = currentParen;
          currentParen = 0;
          continue;
        }
      }
      seg[k - from] = segN;
      clause[k - from] = clauseN;
      paren[k - from] = currentParen;
    }

    // Explicit mentions.
    const mentions: Mention[] = [];
    const covered = scratch(3);
    for (const m of credMatches) {
      for (let k = m.from; k < m.to; k++) covered[k - from] = 1;
      const cred = lex.credentialTrie.payloads[m.payload]!.credential;
      if (cred < 0) continue;
      mentions.push(newMention(cred, m, false));
    }
    findStateCredentials(mentions, covered);
    stateTitledCertifications(mentions);
    stateTiers(mentions);
    // Cues.
    const levelCues: Cue[] = [];
    const modifiers: Cue[] = [];
    for (const m of cueMatches) {
      const p = lex.cueTrie.payloads[m.payload]!;
      const cue: Cue = { kind: p.kind, attaches: p.attaches, strong: p.strong, from: m.from, to: m.to, seg: seg[at(m.from)]!, clause: clause[at(m.from)]!, paren: paren[at(m.from)]! };
      if (p.kind === 'required' || p.kind === 'preferred' || p.kind === 'negated' || p.kind === 'offered' || p.kind === 'accepted') levelCues.push(cue);
      else modifiers.push(cue);
    }
    const deadlines = findDeadlines(from, to);

    // A sentence without a named credential may still speak of one: "Certification must be
    // obtained within 90 days of hire", "License required".
    if (mentions.length === 0 && (levelCues.length > 0 || modifiers.length > 0 || deadlines.length > 0)) {
      const segHasCue = new Set<number>();
      for (const c of levelCues) segHasCue.add(c.seg);
      for (const c of modifiers) segHasCue.add(c.seg);
      for (const d of deadlines) segHasCue.add(seg[at(d.at)]!);
      const done = new Set<number>();
      let firstGeneric: { cred: number; alternatives: number[] } | null = null;
      for (let k = from; k < to; k++) {
        const c = cls(k);
        const sg = seg[at(k)]!;
        if (done.has(sg) || !segHasCue.has(sg) || inCue[at(k)] || masked[at(k)]) continue;
        let ref: { cred: number; alternatives: number[] } | null = null;
        if (c & W.GenericCertification) ref = lastCertification ?? { cred: nationalIdx, alternatives: [] };
        else if (c & W.GenericLicense) ref = { cred: stateIdx, alternatives: [] };
        else if (c & W.GenericPronoun && (deadlines.length > 0 || modifiers.length > 0)) ref = lastAny;
        if (!ref) continue;
        done.add(sg);
        firstGeneric ??= ref;
        const pseudo = newMention(ref.cred, { payload: 0, from: k, to: k + 1 }, true);
        pseudo.extraAlternatives.push(...ref.alternatives);
        mentions.push(pseudo);
      }
      // "Certification is not required, but must be obtained within a year": the later
      // segment speaks of the same credential without naming it again.
      if (firstGeneric) {
        for (const sg of segHasCue) {
          if (done.has(sg)) continue;
          const k = segFirst[sg]!;
          if (k >= to) continue;
          const pseudo = newMention(firstGeneric.cred, { payload: 0, from: k, to: k + 1 }, true);
          pseudo.extraAlternatives.push(...firstGeneric.alternatives);
          mentions.push(pseudo);
        }
      }
    }
    // "Applicants with New Jersey pharmacy technician applicant status may also apply": a trainee,
    // in-progress or advancement note with no credential named speaks of the state credential or
    // of the certification asked for before.
    if (mentions.length === 0) {
      for (const c of modifiers) {
        const ref = c.kind === 'trainee' ? { cred: stateIdx, alternatives: [] } : c.kind === 'pending' || c.kind === 'advancement' ? lastCertification : null;
        if (!ref) continue;
        const pseudo = newMention(ref.cred, { payload: 0, from: c.from, to: c.to }, true);
        pseudo.extraAlternatives.push(...ref.alternatives);
        mentions.push(pseudo);
        break;
      }
    }
    if (mentions.length === 0) return;
    pronounSubjects(mentions, levelCues);
    mentions.sort((a, b) => a.from - b.from);

    usedCues.clear();
    resolveLevels(mentions, levelCues);
    // "CPR certification is required of all associates and is completed during paid orientation,
    // at no cost to you": the employer gives it before the work starts, unless a deadline makes
    // the applicant earn it.
    for (const c of levelCues) {
      if (c.kind !== 'offered' || !c.strong || deadlines.some((d) => seg[at(d.at)] === c.seg)) continue;
      for (const m of mentions) if (m.seg === c.seg && m.paren === c.paren && m.cue === 'required') m.cue = 'offered';
    }
    dropExamples(mentions);
    asksForExperience = false;
    for (let k = from; k < to && !asksForExperience; k++) if (cls(k) & W.Experience) asksForExperience = true;
    judgeTopics(mentions, s.scope);

    // Deadlines and modifiers mark the clause they speak of; its mentions take the marks.
    if (deadlines.length > 0 || modifiers.length > 0) {
      const marks = new ClauseMarks(clauseN + 1, mentions);
      for (const d of deadlines) marks.mark(marks.target(clause[at(d.at)]!, seg[at(d.at)]!), (f) => (f.days = Math.max(f.days, d.days)));
      // "CPhT: preferred at hire, required within 1 year": a "required" no credential took, in a
      // clause with a deadline, makes the credential it speaks of required by that deadline.
      const deadlineClauses = new Set(deadlines.map((d) => clause[at(d.at)]!));
      for (const c of levelCues) {
        if (c.kind === 'required' && !usedCues.has(c) && deadlineClauses.has(c.clause)) marks.mark(marks.target(c.clause, c.seg), (f) => (f.required = true));
      }
      for (const c of modifiers) {
        // "trainee registration": the trainee word belongs to that credential alone.
        const own = c.kind === 'trainee' ? marks.inClause(c.clause).find((m) => m.from <= c.from && c.to <= m.to) : undefined;
        if (own) own.trainee = true;
        else if (c.kind === 'exemption') applyExemption(mentions, c, marks);
        else marks.mark(marks.target(c.clause, c.seg), (f) => (f[c.kind as 'pending' | 'trainee' | 'advancement'] = true));
      }
      marks.apply();
      // "Technician II (IV room): CSPT certification is required for Level II": the advancement
      // cue speaks of the "required" it follows, so of every credential that took that cue.
      const forAdvancement = new Set<Cue>();
      for (const m of mentions) if (m.advancement && m.cueRef) forAdvancement.add(m.cueRef);
      if (forAdvancement.size > 0) for (const m of mentions) if (m.cueRef && forAdvancement.has(m.cueRef)) m.advancement = true;
    }

    // "required for our Technician II positions and preferred for Technician I": both said of the
    // same credential in one clause; the weaker reading sends no one away from a job they can get.
    const weakerUntil = new Map<number, number>();
    for (const cue of levelCues) if (cue.kind === 'preferred' && !usedCues.has(cue)) weakerUntil.set(cue.clause, cue.from);
    if (weakerUntil.size > 0) {
      for (const m of mentions) if (m.cue === 'required' && m.to <= (weakerUntil.get(m.clause) ?? -1)) m.cue = 'preferred';
    }

    // State named in the sentence, for a state credential.
    let state: string | undefined;
    if (mentions.some((m) => m.cred === stateIdx)) {
      const sm = matchAll(lex.stateTrie, ids, from, to, [])[0];
      if (sm) state = lex.stateTrie.payloads[sm.payload];
    }

    for (const group of groupAlternatives(mentions)) {
      const lead = group[0]!;
      const level = levelOf(lead, s.scope);
      const alternativeSet = new Set<number>();
      for (const m of group) {
        alternativeSet.add(m.cred);
        for (const a of m.extraAlternatives) alternativeSet.add(a);
      }
      alternativeSet.delete(lead.cred);
      const alternatives = [...alternativeSet];
      let withinDays: number | undefined;
      for (const m of group) if (m.withinDays !== undefined) withinDays = Math.max(withinDays ?? 0, m.withinDays);
      const instance: Instance = {
        cred: lead.cred,
        alternatives,
        level,
        fromCue: lead.cue !== null,
        negated: lead.cue === 'negated',
        ruledOut: lead.cue === 'negated' && lead.strongCue,
        offered: lead.cue === 'offered',
        generic: lead.generic,
        withinDays,
        pending: group.some((m) => m.pending),
        trainee: group.some((m) => m.trainee),
        advancement: group.some((m) => m.advancement),
        exemptions: [...new Set(group.flatMap((m) => m.exemptions))],
        state: lead.cred === stateIdx || alternatives.includes(stateIdx) ? state : undefined,
        sentence: s,
      };
      instances.push(instance);
      if (!lead.generic) {
        const ref = { cred: lead.cred, alternatives, instance };
        if (creds[lead.cred]!.family === 'certification') lastCertification = ref;
        lastAny = ref;
      }
    }
  }

  function newMention(cred: number, m: Match, generic: boolean): Mention {
    return {
      cred,
      from: m.from,
      to: m.to,
      seg: seg[at(m.from)]!,
      clause: clause[at(m.from)]!,
      paren: paren[at(m.from)]!,
      generic,
      cue: null,
      cueRef: null,
      strongCue: false,
      duty: false,
      pending: false,
      trainee: false,
      advancement: false,
      exemptions: [],
      extraAlternatives: [],
      consumed: false,
    };
  }

  /**
   * "Active Oregon Pharmacy Technician or Certified Oregon Pharmacy Technician (COPT) license",
   * "registration as a pharmacy technician in Ohio": a licence word near a technician word or a
   * state name names the state credential, however many words the state's title takes.
   */
  function findStateCredentials(ms: Mention[], covered: Uint8Array): void {
    let stateTok: Uint8Array | null = null;
    for (let k = from; k < to; k++) {
      if (!(cls(k) & W.GenericLicense) || covered[at(k)]) continue;
      stateTok ??= markStates();
      const near = (q: number) => (cls(q) & W.TechHead) !== 0 || stateTok![at(q)] === 1;
      let anchor = -1;
      for (let q = k - 1, w = 0; q >= from && w < 6; q--) {
        const v = ids[q]!;
        if (v === Tok.Comma || v === Tok.Semicolon || v === Tok.Colon || v === Tok.Period) break;
        if (v < 0 && v !== Tok.Number) continue;
        if (near(q)) anchor = q;
        w++;
      }
      if (anchor < 0) {
        for (let q = k + 1, w = 0; q < to && w < 5; q++) {
          const v = ids[q]!;
          if (v === Tok.Comma || v === Tok.Semicolon || v === Tok.Colon || v === Tok.Period) break;
          if (v < 0 && v !== Tok.Number) continue;
          if (near(q)) {
            anchor = q;
            break;
          }
          w++;
        }
      }
      if (anchor < 0) continue;
      const a = Math.min(anchor, k);
      const b = Math.max(anchor, k) + 1;
      for (let q = a; q < b; q++) covered[at(q)] = 1;
      ms.push(newMention(stateIdx, { payload: 0, from: a, to: b }, false));
    }
  }

  /**
   * "Washington State pharmacy technician certification", "Ohio certified pharmacy technician":
   * a certification titled by a state is that state's credential, not a national one.
   */
  function stateTitledCertifications(ms: Mention[]): void {
    let states: Uint8Array | null = null;
    for (const m of ms) {
      if (m.cred !== nationalIdx) continue;
      states ??= markStates();
      for (let q = m.from - 1, w = 0; q >= from && w < 2; q--) {
        const v = ids[q]!;
        if (v < 0) {
          if (v === Tok.Dash || v === Tok.Soft) continue;
          break;
        }
        if (states[at(q)] || lex.wordText[v] === 'state') {
          m.cred = stateIdx;
          break;
        }
        w++;
      }
      if (m.cred === stateIdx) continue;
      // "... certification issued by the Washington State Department of Health".
      let issued = false;
      for (let q = m.to, w = 0; q < to && w < 8; q++) {
        const v = ids[q]!;
        if (v === Tok.Comma || v === Tok.Semicolon || v === Tok.Period || v === Tok.OpenParen) break;
        if (v < 0) continue;
        w++;
        const c = v > 0 ? wc[v]! : 0;
        if (c & W.IssuedBy) issued = true;
        else if (c & (W.Alternative | W.And)) break;
        else if (issued && (states[at(q)] || lex.wordText[v] === 'state')) {
          m.cred = stateIdx;
          break;
        }
      }
    }
  }

  function markStates(): Uint8Array {
    const marks = new Uint8Array(len);
    for (const m of matchAll(lex.stateTrie, ids, from, to, [])) for (let q = m.from; q < m.to; q++) marks[at(q)] = 1;
    return marks;
  }

  /** Deadlines in the sentence: "within 90 days", "ninety (90) days of hire", "within the first year". */
  function findDeadlines(a: number, b: number): { at: number; days: number }[] {
    const out: { at: number; days: number }[] = [];
    for (let k = a; k < b; k++) {
      const c = cls(k);
      if (!(c & (W.TimeUnit | W.HourUnit))) continue;
      let j = k - 1;
      while (j >= a && (ids[j] === Tok.CloseParen || ids[j] === Tok.Dash)) j--;
      if (j < a) continue;
      let value = numberAt(j);
      if (value === null) continue;
      // "ninety (90)": step over the spelled-out number too.
      let lead = j - 1;
      if (lead >= a && ids[lead] === Tok.OpenParen) {
        lead--;
        if (lead >= a && numberAt(lead) !== null) lead--;
      }
      // A lead word within a few tokens before the number, or "of hire" after the unit.
      let ok = false;
      for (let q = lead, seen = 0; q >= a && seen < DEADLINE_LEAD_REACH; q--) {
        const qc = cls(q);
        if (qc & W.LookBack) break;
        if (qc & W.DeadlineLead) {
          ok = true;
          break;
        }
        if (ids[q]! >= 0 || ids[q] === Tok.Number) seen++;
        else if (ids[q] !== Tok.Dash && ids[q] !== Tok.Soft && ids[q] !== Tok.Newline) break;
      }
      if (!ok) {
        const trail = matchAll(lex.deadlineTrailTrie, ids, k + 1, Math.min(b, k + 1 + lex.deadlineTrailTrie.depth * 2), [])[0];
        ok = trail !== undefined && trail.from === k + 1;
      }
      if (!ok) continue;
      if (c & W.HourUnit) {
        // Hours of work, at 40 hours a week.
        value = Math.round((value / 40) * 7);
      } else {
        value *= lex.unitDays.get(ids[k]!) ?? 1;
      }
      if (value > 0 && value <= 3650) out.push({ at: k, days: value });
    }
    return out;
  }

  function numberAt(j: number): number | null {
    const v = ids[j]!;
    if (t.flags[j]! & FLAG_NUMERIC) {
      const n = Number(text.slice(t.start[j], t.end[j]).replace(/,/g, ''));
      return Number.isFinite(n) ? n : null;
    }
    if (v > 0 && wc[v]! & W.NumberWord) return lex.numberValue.get(v) ?? null;
    return null;
  }

  /**
   * "Pharmacy students are exempt": the exempted credential becomes an alternative of the
   * requirement in the nearest other clause, or of the certification an earlier sentence asked for.
   */
  function applyExemption(ms: Mention[], c: Cue, marks: ClauseMarks): void {
    const exempted = marks.inClause(c.clause).filter((m) => m.cred === studentIdx);
    const label = exempted.length > 0 ? creds[studentIdx]!.name : clauseText(c.clause);
    const goal = marks.nearestOther(c.clause, c.seg);
    if (goal.length > 0) {
      for (const m of goal) {
        m.exemptions.push(label);
        for (const e of exempted) if (!m.extraAlternatives.includes(e.cred)) m.extraAlternatives.push(e.cred);
      }
      for (const e of exempted) e.consumed = true;
      return;
    }
    const earlier = lastCertification?.instance;
    if (exempted.length > 0 && earlier) {
      earlier.exemptions.push(label);
      for (const e of exempted) if (!earlier.alternatives.includes(e.cred)) earlier.alternatives.push(e.cred);
      for (const e of exempted) e.consumed = true;
    } else if (exempted.length === 0) {
      for (const m of marks.target(c.clause, c.seg)) m.exemptions.push(label);
    }
  }

  /** The clause's words, at most 20 (a label for an exemption). */
  function clauseText(cl: number): string {
    let a = -1, b = -1;
    for (let k = from; k < to && (a < 0 || k - a < 20); k++) {
      if (clause[at(k)] === cl) {
        if (a < 0) a = k;
        b = k;
      } else if (a >= 0) break;
    }
    return a < 0 ? '' : text.slice(t.start[a], t.end[b]).trim();
  }

  function resolveLevels(ms: Mention[], cues: Cue[]): void {
    if (cues.length === 0) return;
    // Each parenthesis on its own first (its cues reach only its own mentions), then the top
    // level. A parenthesis with cues but no credential ("BLS Certification (Preferred)") speaks
    // of what stands before it, so its cues join the top level.
    if (!ms.some((m) => m.paren !== 0) && !cues.some((c) => c.paren !== 0)) {
      resolveIn(ms, cues, ms);
      return;
    }
    const mentionsIn = new Map<number, Mention[]>();
    for (const m of ms) if (m.paren !== 0) (mentionsIn.get(m.paren) ?? mentionsIn.set(m.paren, []).get(m.paren)!).push(m);
    const cuesIn = new Map<number, Cue[]>();
    cues = cues.map((c) => (c.paren !== 0 && !mentionsIn.has(c.paren) ? { ...c, paren: 0 } : c));
    for (const c of cues) if (c.paren !== 0) (cuesIn.get(c.paren) ?? cuesIn.set(c.paren, []).get(c.paren)!).push(c);
    for (const [p, inside] of mentionsIn) resolveIn(inside, cuesIn.get(p) ?? []);
    resolveIn(ms.filter((m) => m.cue === null), cues.filter((c) => c.paren === 0), ms);
  }

  /** Resolve `targets` against `cues`; `context` are all mentions that shape cue direction and lists. */
  function resolveIn(targets: Mention[], cues: Cue[], context: Mention[] = targets): void {
    if (targets.length === 0 || cues.length === 0) return;
    type Item = { m?: Mention; c?: Cue; from: number; seg: number; postfix?: boolean };
    const items: Item[] = [];
    for (const m of context) items.push({ m, from: m.from, seg: m.seg });
    for (const c of cues) items.push({ c, from: c.from, seg: c.seg });
    items.sort((x, y) => x.from - y.from || (x.c ? 1 : -1));
    // Direction of each cue.
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (!it.c) continue;
      if (it.c.attaches === 'before') it.postfix = true;
      else if (it.c.attaches === 'after') it.postfix = false;
      else {
        const prev = items[i - 1];
        it.postfix = prev !== undefined && prev.seg === it.seg && prev.m !== undefined;
      }
    }
    // Nearest cue item on each side within the segment, over any run of mentions (linear).
    const nextCue = new Int32Array(items.length).fill(-1);
    const prevCue = new Int32Array(items.length).fill(-1);
    for (let i = items.length - 2; i >= 0; i--) {
      const n = items[i + 1]!;
      // A bare "it" / "certification" between a credential and a cue is the cue's subject:
      // "This position is in the main IV room, so it is not required here".
      nextCue[i] = n.seg !== items[i]!.seg || n.m?.generic ? -1 : n.c ? i + 1 : nextCue[i + 1]!;
    }
    for (let i = 1; i < items.length; i++) {
      const p = items[i - 1]!;
      prevCue[i] = p.seg !== items[i]!.seg ? -1 : p.c ? i - 1 : prevCue[i - 1]!;
    }
    const targetSet = new Set(targets);
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (!it.m || !targetSet.has(it.m)) continue;
      const next = items[i + 1];
      const prev = items[i - 1];
      const adjPost = next?.c && next.seg === it.seg && next.postfix ? next.c : null;
      const adjPre = prev?.c && prev.seg === it.seg && !prev.postfix ? prev.c : null;
      let chosen: Cue | null = null;
      if (adjPost && adjPre) chosen = LEVEL_RANK[adjPost.kind as LevelCue] >= LEVEL_RANK[adjPre.kind as LevelCue] ? adjPost : adjPre;
      else chosen = adjPost ?? adjPre;
      if (!chosen && nextCue[i]! >= 0 && items[nextCue[i]!]!.postfix) chosen = items[nextCue[i]!]!.c!;
      if (!chosen && prevCue[i]! >= 0 && !items[prevCue[i]!]!.postfix) chosen = items[prevCue[i]!]!.c!;
      if (chosen) {
        it.m.cue = chosen.kind as LevelCue;
        it.m.strongCue = chosen.strong;
        it.m.cueRef = chosen;
        usedCues.add(chosen);
      }
    }
  }

  /** A skill topic is a credential only with a credential word, a cue, or under a requirements heading. */
  function judgeTopics(ms: Mention[], scope: SectionScope): void {
    for (const m of ms) {
      if (creds[m.cred]!.kind !== 'topic' || m.generic) continue;
      if (hasCredentialWordNear(m)) continue;
      // "We will train you in sterile compounding", "chemo experience not required": spoken of as
      // something one holds.
      if (m.cue === 'offered' || m.cue === 'negated' || m.cue === 'accepted') continue;
      if (hasDutyWordBefore(m)) {
        // "Specialized experience ... must include preparing sterile products": the work
        // is what the applicant's experience must cover.
        if (!(asksForExperience && (scope === 'required' || scope === 'preferred' || m.cue === 'required' || m.cue === 'preferred'))) m.duty = true;
        continue;
      }
      if (m.cue !== null) continue;
      if (scope === 'required' || scope === 'preferred') continue;
      m.duty = true;
    }
    for (const m of ms) {
      if (m.duty && !dutySeen.has(m.cred)) {
        dutySeen.add(m.cred);
        duties.push({ id: creds[m.cred]!.id, evidence: evidenceOf(text, s, t, m.from) });
      }
    }
  }

  function hasCredentialWordNear(m: Mention): boolean {
    // "immunization training", "IV certification": the phrase says it itself.
    for (let k = m.from; k < m.to; k++) if (cls(k) & W.CredentialWord) return true;
    // "Knowledge: DEA ordering rules for controlled substances": the line's label says it.
    for (let k = from, w = 0; k < m.from && w < 3; k++) {
      if (ids[k] === Tok.Colon) break;
      if (ids[k]! >= 0) {
        w++;
        if (cls(k) & W.CredentialWord && ids[k + 1] === Tok.Colon) return true;
      }
    }
    for (let k = m.from - 1, w = 0; k >= from && w < CONTEXT_WINDOW && clause[at(k)] === m.clause; k--) {
      if (ids[k]! >= 0) {
        if (cls(k) & W.CredentialWord) return true;
        w++;
      }
    }
    for (let k = m.to, w = 0; k < to && w < CONTEXT_WINDOW && clause[at(k)] === m.clause; k++) {
      if (ids[k]! >= 0) {
        if (cls(k) & W.CredentialWord) return true;
        w++;
      }
    }
    return false;
  }

  function hasDutyWordBefore(m: Mention): boolean {
    // One pass per sentence: whether a duty word came earlier in the token's clause.
    if (dutyFor !== s) {
      dutyFor = s;
      if (dutyBefore.length < len) dutyBefore = new Uint8Array(Math.max(len, dutyBefore.length * 2));
      let seen = 0;
      for (let k = from; k < to; k++) {
        if (k > from && clause[at(k)] !== clause[at(k - 1)]) seen = 0;
        dutyBefore[at(k)] = seen;
        if (cls(k) & W.DutyWord) seen = 1;
      }
    }
    return dutyBefore[at(m.from)] === 1;
  }

  function levelOf(m: Mention, scope: SectionScope): RequirementLevel {
    switch (m.cue) {
      case 'required':
        return 'required';
      case 'preferred':
        return 'preferred';
      case 'negated':
      case 'offered':
      case 'accepted':
        return 'mentioned';
      default:
        return scope === 'required' ? 'required' : scope === 'preferred' ? 'preferred' : 'mentioned';
    }
  }

  /**
   * Mentions joined by "or" / "/" with only filler between form one requirement; a national
   * certification next to its body ("CPhT (PTCB)", "PTCB-certified CPhT") is that body's.
   */
  function groupAlternatives(ms: Mention[]): Mention[][] {
    const live = ms.filter((m) => !m.consumed && !m.duty);
    const groups: Mention[][] = [];
    let current: Mention[] = [];
    let prev: Mention | null = null;
    // End of the last mention read, absorbed ones included ("PTCB Certification Board (PTCB) or NHA").
    let prevTo = 0;
    for (const m of live) {
      if (prev && prev.seg === m.seg) {
        const join = joinKind(prev, m, prevTo);
        prevTo = m.to;
        if (join === 'same') {
          // Keep the named body, drop the generic national certification.
          if (prev.cred === nationalIdx && specificCertIdx.has(m.cred)) {
            current[current.length - 1] = m;
            inheritInto(m, prev);
            prev = m;
          } else if ((m.cred === nationalIdx && specificCertIdx.has(prev.cred)) || m.cred === prev.cred) {
            inheritInto(prev, m);
          } else {
            current.push(m);
            prev = m;
          }
          continue;
        }
        if (join === 'or') {
          current.push(m);
          prev = m;
          continue;
        }
      }
      if (current.length > 0) groups.push(current);
      current = [m];
      prev = m;
      prevTo = m.to;
    }
    if (current.length > 0) groups.push(current);
    // "(such as the Army 68Q course)": a lone mention of a credential another requirement of
    // the sentence already accepts is an example of it, not a second requirement.
    const inLists = new Set<number>();
    for (const g of groups) if (g.length > 1) for (const m of g) inLists.add(m.cred);
    return groups.filter((g) => g.length > 1 || !inLists.has(g[0]!.cred));
  }

  function inheritInto(keep: Mention, drop: Mention): void {
    // "registration (trainee registration is not accepted)": what the parenthesis negates is a
    // variant, not the credential itself.
    if (drop.cue === 'negated' || drop.cue === 'offered') {
      if (keep.paren === drop.paren) keep.cue ??= drop.cue;
      return;
    }
    if (keep.paren === drop.paren) keep.cue ??= drop.cue;
    if (drop.withinDays !== undefined) keep.withinDays = Math.max(keep.withinDays ?? 0, drop.withinDays);
    keep.pending ||= drop.pending;
    keep.trainee ||= drop.trainee;
    keep.advancement ||= drop.advancement;
    keep.exemptions.push(...drop.exemptions);
    keep.extraAlternatives.push(...drop.extraAlternatives);
  }

  function joinKind(a: Mention, b: Mention, aTo: number): 'or' | 'same' | null {
    let words = 0;
    let sawOr = false;
    let sawAnd = false;
    let sawComma = false;
    for (let k = aTo; k < b.from; k++) {
      const v = ids[k]!;
      if (v === Tok.Slash) {
        sawOr = true;
        continue;
      }
      if (v === Tok.Comma) {
        sawComma = true;
        continue;
      }
      if (v === Tok.OpenParen || v === Tok.CloseParen || v === Tok.Dash || v === Tok.Soft || v === Tok.Period || t.flags[k]! & FLAG_NUMERIC) continue;
      if (v <= 0) return null;
      const c = wc[v]!;
      if (c & W.Alternative) sawOr = true;
      else if (c & W.And) sawAnd = true;
      else if (!(c & W.Filler)) return null;
      if (++words > 8) return null;
    }
    if (sawOr) return 'or';
    if (sawAnd || sawComma) {
      // "PTCB, NHA, or ExCPT": a comma inside an either-or list.
      return sawComma && !sawAnd && laterOr(b) ? 'or' : null;
    }
    if (a.cred === b.cred && words <= 3) return 'same';
    const national = a.cred === nationalIdx || b.cred === nationalIdx;
    const specific = specificCertIdx.has(a.cred) || specificCertIdx.has(b.cred);
    return national && specific && words <= 3 ? 'same' : null;
  }

  /** Whether the list continuing at `m` ends with "or" before the next credential. */
  function laterOr(m: Mention): boolean {
    for (let k = m.to, w = 0; k < to && w < 8; k++) {
      const v = ids[k]!;
      if (v > 0 && wc[v]! & W.Alternative) return true;
      if (v === Tok.Semicolon || v === Tok.Period) return false;
      if (v >= 0) w++;
    }
    return false;
  }
}

const MAX_EVIDENCE = 400;

/** The sentence as evidence; a window around the mention when the sentence is very long. */
export function evidenceOf(text: string, s: Sentence, t: Tokens, at: number): string {
  if (s.end - s.start <= MAX_EVIDENCE) return text.slice(s.start, s.end);
  const centre = t.start[at]!;
  let a = Math.max(s.start, centre - MAX_EVIDENCE / 2);
  let b = Math.min(s.end, a + MAX_EVIDENCE);
  // Do not cut a surrogate pair.
  if (a > s.start && isLowSurrogate(text.charCodeAt(a))) a--;
  if (b < s.end && isLowSurrogate(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Merge per-sentence instances into one requirement per credential. */
export function mergeInstances(text: string, instances: Instance[], lex: Lexicon): CredentialRequirement[] {
  const stateIdx = lex.credentials.findIndex((c) => c.id === 'state-license');
  const rank: Record<RequirementLevel, number> = { required: 3, preferred: 2, mentioned: 1 };
  const byCred = new Map<number, Instance[]>();
  for (const inst of instances) {
    const list = byCred.get(inst.cred);
    if (list) list.push(inst);
    else byCred.set(inst.cred, [inst]);
  }
  const out: CredentialRequirement[] = [];
  const ruledOutIds = new Set<CredentialId>();
  for (const [cred, list] of byCred) {
    // Needed only to advance: not a hiring requirement.
    for (const inst of list) if (inst.advancement && inst.level === 'required') inst.level = 'preferred';
    let level: RequirementLevel = 'mentioned';
    const ruledOut = list.some((i) => i.ruledOut);
    if (!ruledOut) for (const inst of list) if (rank[inst.level] > rank[level]) level = inst.level;
    const top = list.filter((i) => i.level === level);
    const lead = top.find((i) => !i.generic) ?? top[0]!;
    const contributing = list.filter((i) => !i.negated && !i.offered && (i.level === level || (i.generic && i.sentence.scope !== 'offered' && i.sentence.scope !== 'about')));
    const req: CredentialRequirement = {
      id: lex.credentials[cred]!.id,
      level,
      evidence: text.slice(lead.sentence.start, lead.sentence.end),
      evidenceStart: lead.sentence.start,
    };
    if (lead.sentence.end - lead.sentence.start > MAX_EVIDENCE) {
      req.evidence = req.evidence.slice(0, MAX_EVIDENCE);
      if (isLowSurrogate(req.evidence.charCodeAt(req.evidence.length - 1))) req.evidence = req.evidence.slice(0, -1);
      // A cut high surrogate at the end is still a substring of the input.
    }
    let days = -1;
    for (const i of contributing) if (i.withinDays !== undefined && i.withinDays > days) days = i.withinDays;
    if (days >= 0) req.withinDays = days;
    const alternatives = new Set<number>();
    for (const i of top) for (const a of i.alternatives) alternatives.add(a);
    // An exemption is said of the credential anywhere, also where it is named only to be waived
    // ("students may apply without PTCB certification, since Illinois exempts pharmacy students").
    for (const i of list) if (i.exemptions.length > 0) for (const a of i.alternatives) alternatives.add(a);
    alternatives.delete(cred);
    if (alternatives.size > 0) req.alternatives = [...alternatives].map((a) => lex.credentials[a]!.id as CredentialId);
    // "Trainee registration accepted", "candidates in process considered": said of the credential
    // anywhere in the posting (not in a negated or offered sentence), they qualify the requirement.
    const qualifying = list.filter((i) => !i.negated && !i.offered);
    if (qualifying.some((i) => i.pending)) req.acceptsInProgress = true;
    if (qualifying.some((i) => i.trainee) && (cred === stateIdx || top.some((i) => i.alternatives.length > 0))) req.traineeAccepted = true;
    const exemptions = [...new Set((level === 'mentioned' ? contributing : list).flatMap((i) => i.exemptions))];
    if (exemptions.length > 0) req.exemptions = exemptions;
    if (list.some((i) => i.advancement) && !list.some((i) => i.level === 'required' && !i.advancement)) {
      if (level !== 'mentioned') req.advancementOnly = true;
    }
    if (level === 'mentioned' && list.some((i) => i.negated)) req.negated = true;
    if (ruledOut) ruledOutIds.add(req.id);
    const state = list.find((i) => i.state)?.state;
    if (state) req.state = state;
    out.push(req);
  }
  foldNationalIntoEitherBody(out, ruledOutIds.has('national-certification'));
  const order: Record<RequirementLevel, number> = { required: 0, preferred: 1, mentioned: 2 };
  out.sort((a, b) => order[a.level] - order[b.level] || a.evidenceStart - b.evidenceStart);
  return out;
}

interface ClauseFlags {
  days: number;
  /** A "required ... within N days" said of this clause's credentials. */
  required?: boolean;
  pending: boolean;
  trainee: boolean;
  advancement: boolean;
}

/**
 * Clause-level marks for deadlines and modifiers, so that K modifiers over M mentions cost
 * O(K + M), not O(K * M). A modifier speaks of its own clause when that clause names a
 * credential, else of the nearest clause before it in the segment that does, else the nearest
 * after it, else of every clause of the sentence.
 */
class ClauseMarks {
  private readonly byClause: (Mention[] | undefined)[];
  private readonly flags: (ClauseFlags | undefined)[];
  private readonly prevWith: Int32Array;
  private readonly nextWith: Int32Array;
  private readonly segOf: Int32Array;
  private everywhere: ClauseFlags | undefined;
  private static readonly ALL: Mention[] = [];

  constructor(clauses: number, private readonly mentions: Mention[]) {
    this.byClause = new Array<Mention[] | undefined>(clauses);
    this.flags = new Array<ClauseFlags | undefined>(clauses);
    this.segOf = new Int32Array(clauses).fill(-1);
    for (const m of mentions) {
      if (m.consumed) continue;
      (this.byClause[m.clause] ??= []).push(m);
      this.segOf[m.clause] = m.seg;
    }
    this.prevWith = new Int32Array(clauses);
    this.nextWith = new Int32Array(clauses);
    let last = -1;
    for (let c = 0; c < clauses; c++) {
      if (this.byClause[c]) last = c;
      this.prevWith[c] = last;
    }
    last = -1;
    for (let c = clauses - 1; c >= 0; c--) {
      if (this.byClause[c]) last = c;
      this.nextWith[c] = last;
    }
  }

  /** The mentions a modifier in clause `c` of segment `seg` speaks of (ALL: the whole sentence). */
  target(c: number, seg: number): Mention[] {
    const own = this.byClause[c];
    if (own) return own;
    const p = c > 0 ? this.prevWith[c - 1]! : -1;
    if (p >= 0 && this.segOf[p] === seg) return this.byClause[p]!;
    const n = c + 1 < this.nextWith.length ? this.nextWith[c + 1]! : -1;
    if (n >= 0 && this.segOf[n] === seg) return this.byClause[n]!;
    return ClauseMarks.ALL;
  }

  inClause(c: number): Mention[] {
    return this.byClause[c] ?? [];
  }

  /** The mentions of the nearest clause other than `c` in the same segment. */
  nearestOther(c: number, seg: number): Mention[] {
    const p = c > 0 ? this.prevWith[c - 1]! : -1;
    if (p >= 0 && this.segOf[p] === seg) return this.byClause[p]!;
    const n = c + 1 < this.nextWith.length ? this.nextWith[c + 1]! : -1;
    if (n >= 0 && this.segOf[n] === seg) return this.byClause[n]!;
    return [];
  }

  mark(targets: Mention[], set: (f: ClauseFlags) => void): void {
    if (targets === ClauseMarks.ALL) {
      set((this.everywhere ??= { days: -1, pending: false, trainee: false, advancement: false }));
      return;
    }
    const c = targets[0]!.clause;
    set((this.flags[c] ??= { days: -1, pending: false, trainee: false, advancement: false }));
  }

  /** Copy the marks onto the mentions. */
  apply(): void {
    for (const m of this.mentions) {
      for (const f of [this.flags[m.clause], this.everywhere]) {
        if (!f) continue;
        if (f.days >= 0) m.withinDays = Math.max(m.withinDays ?? 0, f.days);
        if (f.required && m.withinDays !== undefined && (m.cue === 'preferred' || m.cue === null)) m.cue = 'required';
        m.pending ||= f.pending;
        m.trainee ||= f.trainee;
        m.advancement ||= f.advancement;
      }
    }
  }
}

/**
 * "National certification (PTCB or NHA). ... you must become certified by the end of your first
 * year": a national certification and a "PTCB or NHA" requirement are the same requirement
 * (either body satisfies both), so they become one, keeping the stronger level and every
 * deadline, in-progress and trainee note.
 */
function foldNationalIntoEitherBody(reqs: CredentialRequirement[], nationalRuledOut: boolean): void {
  const national = reqs.findIndex((r) => r.id === 'national-certification' && !r.alternatives?.length);
  if (national < 0) return;
  const n = reqs[national]!;
  const either = reqs.find((r) => {
    const ids = new Set([r.id, ...(r.alternatives ?? [])]);
    return r !== n && ids.size === 2 && ids.has('ptcb-cpht') && ids.has('nha-excpt');
  });
  if (!either) return;
  if (nationalRuledOut) {
    // "You may register through the certified route (PTCB or ExCPT) … National certification is
    // not required for this job": ruled out for this job, so is either body that would give it.
    either.level = 'mentioned';
    either.negated = true;
    for (const key of ['withinDays', 'acceptsInProgress', 'traineeAccepted', 'advancementOnly'] as const) delete either[key];
    reqs.splice(national, 1);
    return;
  }
  const rank: Record<RequirementLevel, number> = { required: 3, preferred: 2, mentioned: 1 };
  if (rank[n.level] > rank[either.level]) {
    // The national mention is the stronger one: it speaks for the requirement.
    either.level = n.level;
    either.evidence = n.evidence;
    either.evidenceStart = n.evidenceStart;
    delete either.negated;
    if (n.advancementOnly) either.advancementOnly = true;
    else delete either.advancementOnly;
  } else if (rank[n.level] === rank[either.level] && !n.advancementOnly) {
    delete either.advancementOnly;
  }
  if (rank[n.level] >= rank[either.level]) {
    if (n.withinDays !== undefined) either.withinDays = Math.max(either.withinDays ?? 0, n.withinDays);
    if (n.acceptsInProgress) either.acceptsInProgress = true;
  }
  reqs.splice(national, 1);
}
