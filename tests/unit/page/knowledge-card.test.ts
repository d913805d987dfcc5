// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/analyze';
import { AnalysisService } from '../../../src/background/analysis';
import { PostingStore } from '../../../src/page/listings';
import { parseAnalyzeReply, type AnalyzeMessage } from '../../../src/page/messages';
import type { ReaderProfile } from '../../../src/profile/types';
import { judgePosting } from '../../../src/profile/verdict';
import { buildBadgeModel, citation } from '../../../src/ui/badge-model';
import { renderCompactBadge } from '../../../src/ui/compact-badge';

// The training guide and the state rules in the explanation card (issue #5).

const TEXAS = 'Requirements\nCurrent Texas pharmacy technician registration required.\nActive PTCB or ExCPT certification required.\nRetail pharmacy.';
const UNNAMED_STATE = 'Requirements\nPharmacy technician registration with the state board of pharmacy required.\nRetail pharmacy.';
const NO_STATE = 'Requirements\nActive PTCB certification required.\nHospital pharmacy.';

const reader = (homeState?: string, credentials: ReaderProfile['credentials'] = {}): ReaderProfile =>
  homeState ? { version: 1, credentials, homeState } : { version: 1, credentials };

function modelFor(text: string, profile: ReaderProfile) {
  const analysis = analyzePosting({ title: 'Pharmacy Technician', text });
  const verdict = judgePosting(analysis, profile, { partial: false });
  return buildBadgeModel({ analysis, verdict, profile, partial: false });
}

afterEach(() => document.body.replaceChildren());

describe('badge model: state rule', () => {
  it('uses the state the posting names, even when the reader lives elsewhere', () => {
    const m = modelFor(TEXAS, reader('OH'));
    expect(m.stateRule).toMatchObject({ code: 'TX', state: 'Texas', boardName: 'Texas State Board of Pharmacy (TSBP)', boardSite: 'https://pharmacy.texas.gov/' });
    expect(m.stateRule!.sentences.join(' ')).toContain('National certification (PTCB or NHA) is required for technicians, not for trainees.');
    expect(m.stateRule!.caution).toMatch(/check with the board/);
    expect(m.stateRule!.source).toMatch(/Checked 2026-11-27/);
  });

  it('uses the reader’s home state when the posting names none', () => {
    const m = modelFor(UNNAMED_STATE, reader('IA'));
    expect(m.requirements.some((r) => r.id === 'state-license')).toBe(true);
    expect(m.stateRule).toMatchObject({ code: 'IA', state: 'Iowa', boardSite: 'https://pharmacy.iowa.gov/' });
    expect(m.stateRule!.sentences.join(' ')).toMatch(/within 1 year/);
  });

  it('says unknown for a home state without a source, with no link', () => {
    const m = modelFor(UNNAMED_STATE, reader('VT'));
    expect(m.stateRule!.sentences[0]).toBe('Vermont: our sources do not say whether technicians must register or be licensed.');
    expect(m.stateRule!.caution).toBe('No reliable source found: check with the board.');
    expect(m.stateRule!.boardSite).toBeUndefined();
  });

  it('has no state rule when the posting asks for no state credential, or no state is known', () => {
    expect(modelFor(NO_STATE, reader('TX')).stateRule).toBeUndefined();
    expect(modelFor(UNNAMED_STATE, reader()).stateRule).toBeUndefined();
  });
});

describe('badge model: training details', () => {
  it('adds eligibility, exam, cost and renewal with their sources to a missing credential', () => {
    const m = modelFor(NO_STATE, reader('TX'));
    const ptcb = m.training.find((t) => t.id === 'ptcb-cpht')!;
    expect(ptcb.details!.map((d) => d.label)).toEqual(['Eligibility', 'Exam', 'Cost', 'Renewal']);
    const cost = ptcb.details!.find((d) => d.label === 'Cost')!;
    expect(cost.text).toMatch(/\$129/);
    expect(cost.source).toBe('ptcb.zendesk.com/hc/en-us/articles/16138486529421, /360035739351');
    expect(cost.check).toBe(false);
    expect(ptcb.details!.find((d) => d.label === 'Eligibility')!.text).toMatch(/500 hours/);
    expect(ptcb.checked).toBe('2026-11-27');
  });

  it('flags uncertain facts for "check with the issuing body"', () => {
    const m = modelFor('Requirements\nNHA ExCPT certification required.', reader());
    const nha = m.training.find((t) => t.id === 'nha-excpt')!;
    const cost = nha.details!.find((d) => d.label === 'Cost')!;
    expect(cost.check).toBe(true);
    expect(cost.text).not.toMatch(/\$\d/);
  });

  it('cites what a reader can look up, not our reference file', () => {
    expect(citation({ source: 'domain.md §2.1 [O: ptcb.org/ptcb-team]', grade: 'official' })).toBe('ptcb.org/ptcb-team');
    expect(citation({ source: 'domain.md §2.1 [O: a.org]; §2.2 [S: b.com]', grade: 'official' })).toBe('a.org; b.com');
    expect(citation({ source: 'domain.md §2.1 [O, older: ptcb.org/x]', grade: 'official' })).toBe('ptcb.org/x');
    expect(citation({ source: 'domain.md §2.17 [S: a.com; b.org; O: oregon.gov]', grade: 'secondary' })).toBe('a.com; b.org; oregon.gov');
    expect(citation({ source: 'domain.md: not covered', grade: 'none' })).toBe('no source found');
    expect(citation({ source: 'domain.md §2.5 (role mapping, not a sourced claim)', grade: 'model' })).toBe('RxLadder’s own mapping');
  });
});

describe('rxl/analyzed reply with the knowledge fields', () => {
  const request: AnalyzeMessage = { type: 'rxl/analyze', items: [{ key: 'indeed:1', title: 'Pharmacy Technician', text: TEXAS, partial: false }] };
  const service = new AnalysisService({ store: new PostingStore(null), profile: async () => reader('OH') });

  it('keeps the state rule and the training details through validation', async () => {
    const good = structuredClone({ type: 'rxl/analyzed', results: await service.handle(request.items) });
    const parsed = parseAnalyzeReply(good, request)!;
    const model = parsed.results[0]!.result!.model;
    expect(model.stateRule?.code).toBe('TX');
    expect(model.stateRule?.boardSite).toBe('https://pharmacy.texas.gov/');
    expect(model.training.some((t) => (t.details ?? []).length === 4)).toBe(true);
  });

  it('drops a reply whose knowledge fields are malformed or link anywhere but https', async () => {
    const good = structuredClone({ type: 'rxl/analyzed', results: await service.handle(request.items) }) as { results: Record<string, any>[] };
    const variants: ((r: any) => void)[] = [
      (r) => (r.results[0].result.model.stateRule.boardSite = 'javascript:alert(1)'),
      (r) => (r.results[0].result.model.stateRule.boardSite = 'http://pharmacy.texas.gov/'),
      (r) => (r.results[0].result.model.stateRule.code = 'Texas'),
      (r) => (r.results[0].result.model.stateRule.sentences = []),
      (r) => (r.results[0].result.model.stateRule.sentences = Array.from({ length: 9 }, () => 'x.')),
      (r) => (r.results[0].result.model.stateRule.caution = 'x'.repeat(5000)),
      (r) => (r.results[0].result.model.stateRule = 'TX'),
      (r) => (r.results[0].result.model.training[0].details[0].check = 'yes'),
      (r) => (r.results[0].result.model.training[0].details = Array.from({ length: 9 }, () => ({ label: 'a', text: 'b', source: 'c', check: false }))),
      (r) => (r.results[0].result.model.training[0].checked = 'yesterday'),
    ];
    for (const change of variants) {
      const r = structuredClone(good);
      change(r);
      expect(parseAnalyzeReply(r, request)).toBeNull();
    }
    expect(parseAnalyzeReply(good, request)).not.toBeNull();
  });
});

describe('explanation card', () => {
  it('shows the training details in a keyboard-reachable disclosure and the state rule with the board’s link', () => {
    const model = modelFor(TEXAS, reader('OH'));
    const host = document.createElement('rxl-badge');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    shadow.append(root);
    act(() => renderCompactBadge(root, { key: 'k', model, place: 'card', onOpenOptions: () => {} }));
    act(() => (shadow.querySelector('button.badge') as HTMLButtonElement).click());
    const card = shadow.querySelector('.card')!;

    const summaries = Array.from(card.querySelectorAll('details > summary'));
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries[0]!.textContent).toBe('Eligibility, exam, cost, renewal');
    const details = card.querySelector('details')!;
    expect(details.textContent).toContain('Source: ');
    expect(details.textContent).toMatch(/Checked 2026-11-27/);

    const state = card.querySelector('.state')!;
    expect(state.textContent).toContain('State rule for Texas:');
    expect(state.textContent).toContain('Texas: technicians register with the Texas State Board of Pharmacy.');
    expect(state.textContent).toMatch(/check with the board/);
    const link = state.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://pharmacy.texas.gov/');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toContain('Texas State Board of Pharmacy (TSBP) site');
    // Opening the card moved no focus.
    expect(shadow.activeElement ?? null).toBeNull();
  });
});
