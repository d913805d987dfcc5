// @vitest-environment happy-dom
/**
 * The explanation card's "Career path" button: the background puts the posting's rung in the badge
 * model, the content script validates it (a known rung id), the button sends a typed
 * `rxl/open-career` message, and the background accepts only known rung ids.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/analyze';
import { AnalysisService } from '../../../src/background/analysis';
import { PostingStore } from '../../../src/page/listings';
import { parseAnalyzeReply, parseMessage, type AnalyzeMessage } from '../../../src/page/messages';
import { EMPTY_PROFILE } from '../../../src/profile/types';
import { judgePosting } from '../../../src/profile/verdict';
import { buildBadgeModel } from '../../../src/ui/badge-model';
import { renderCompactBadge } from '../../../src/ui/compact-badge';
import { loadPage, startHarness } from './harness';

const IV = 'Requirements\nActive PTCB certification required.\nCSPT required. IV room, sterile compounding under USP 797.\nHospital pharmacy.';

afterEach(() => {
  document.body.replaceChildren();
});

function modelFor(title: string, text: string) {
  const analysis = analyzePosting({ title, text });
  return buildBadgeModel({ analysis, verdict: judgePosting(analysis, EMPTY_PROFILE, { partial: false }), profile: EMPTY_PROFILE, partial: false, title });
}

describe('rxl/open-career message (validated in the background)', () => {
  it('accepts a known rung id only', () => {
    expect(parseMessage({ type: 'rxl/open-career', rung: 'sterile-iv' })).toEqual({ type: 'rxl/open-career', rung: 'sterile-iv' });
    for (const rung of [undefined, '', 'javascript:alert(1)', 'https://evil.example/', 'sterile-iv#x', 'STERILE-IV', '__proto__', 'constructor', 3, ['sterile-iv']]) {
      expect(parseMessage({ type: 'rxl/open-career', rung }), String(rung)).toBeNull();
    }
  });
});

describe('the badge model’s rung', () => {
  it('names the posting’s rung (from its credentials and setting)', () => {
    expect(modelFor('Pharmacy Technician', IV).rung).toEqual({ id: 'sterile-iv', name: 'Sterile / IV compounding technician (CSPT)' });
    expect(modelFor('Pharmacy Technician Training Specialist (Educator)', 'Retail pharmacy. PTCB certification required.').rung?.id).toBe('educator');
  });

  it('survives the reply validation; a forged rung drops the whole reply', async () => {
    const request: AnalyzeMessage = { type: 'rxl/analyze', items: [{ key: 'indeed:1', title: 'Pharmacy Technician', text: IV, partial: false }] };
    const service = new AnalysisService({ store: new PostingStore(null), profile: async () => EMPTY_PROFILE });
    const good: unknown = structuredClone({ type: 'rxl/analyzed', results: await service.handle(request.items) });
    expect(parseAnalyzeReply(good, request)?.results[0]?.result?.model.rung).toEqual({ id: 'sterile-iv', name: 'Sterile / IV compounding technician (CSPT)' });
    for (const rung of [{ id: 'javascript:alert(1)', name: 'x' }, { id: 'made-up', name: 'x' }, { id: 'lead' }, { id: 'lead', name: '' }, 'lead', null]) {
      const r = structuredClone(good) as { results: { result: { model: Record<string, unknown> } }[] };
      r.results[0]!.result.model.rung = rung;
      expect(parseAnalyzeReply(r, request), JSON.stringify(rung)).toBeNull();
    }
    // No rung at all is fine (older backgrounds, postings without one).
    const none = structuredClone(good) as { results: { result: { model: Record<string, unknown> } }[] };
    delete none.results[0]!.result.model.rung;
    expect(parseAnalyzeReply(none, request)?.results[0]?.result?.model.rung).toBeUndefined();
  });
});

describe('the explanation card’s Career path button', () => {
  function open(onOpenCareer?: (rung: string) => void, stale = false) {
    const model = modelFor('Pharmacy Technician', IV);
    const host = document.createElement('rxl-badge');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    shadow.append(root);
    act(() => renderCompactBadge(root, { key: 'k', model, place: 'card', stale, onOpenOptions: () => undefined, onOpenCareer }));
    act(() => (shadow.querySelector('button.badge') as HTMLButtonElement).click());
    const button = Array.from(shadow.querySelectorAll('.card button')).find((b) => b.textContent?.startsWith('Career path:')) as HTMLButtonElement | undefined;
    return { shadow, button };
  }

  it('is a button named after the rung that hands its id over, never a link built from page text', () => {
    const opened: string[] = [];
    const { shadow, button } = open((rung) => opened.push(rung));
    expect(button?.textContent).toBe('Career path: Sterile / IV compounding technician (CSPT) (opens in a new tab)');
    act(() => button!.click());
    expect(opened).toEqual(['sterile-iv']);
    // Links in the card are only the issuers' https sites.
    for (const a of shadow.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(shadow.activeElement ?? null).toBeNull();
  });

  it('is disabled once the extension context is gone (stale badge)', () => {
    const { button } = open(() => undefined, true);
    expect(button?.disabled).toBe(true);
  });

  it('sends rxl/open-career from the content-script runtime on a board page', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness('https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH&vjk=6940cbd84ada64d8');
    await t.settle();
    const host = document.querySelector('rxl-badge[data-rxl-place="detail"]')!;
    const shadow = host.shadowRoot!;
    act(() => (shadow.querySelector('button.badge') as HTMLButtonElement).click());
    const career = Array.from(shadow.querySelectorAll('.card button')).find((b) => b.textContent?.startsWith('Career path:')) as HTMLButtonElement;
    expect(career).toBeDefined();
    act(() => career.click());
    const sent = t.sent.filter((m) => m.type === 'rxl/open-career');
    expect(sent).toHaveLength(1);
    // What the background receives passes its validation unchanged.
    expect(parseMessage(structuredClone(sent[0]))).toEqual(sent[0]);
    t.runtime.stop();
  });
});
