// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisService } from '../../../src/background/analysis';
import { AnalysisClient } from '../../../src/page/analysis-client';
import { PostingStore } from '../../../src/page/listings';
import { MAX_ITEMS, parseAnalyzeReply, parseMessage, type AnalyzeMessage } from '../../../src/page/messages';
import { EMPTY_PROFILE } from '../../../src/profile/types';
import { hosts, loadPage, startHarness } from './harness';

const INDEED = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const NCH = '6940cbd84ada64d8';
const TEXT = 'Requirements\nActive PTCB certification (CPhT) required within 90 days of hire.\nHospital pharmacy. $18 - $22 an hour.';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function service(): AnalysisService {
  return new AnalysisService({ store: new PostingStore(null), profile: async () => EMPTY_PROFILE });
}

async function reply(message: AnalyzeMessage): Promise<unknown> {
  return structuredClone({ type: 'rxl/analyzed', results: await service().handle(message.items) });
}

describe('rxl/analyze request (validated in the background)', () => {
  const ok = { type: 'rxl/analyze', items: [{ key: 'indeed:1', title: 'Pharmacy Technician', text: TEXT, partial: true }] };

  it('accepts a well-formed batch', () => {
    expect(parseMessage(ok)).toEqual(ok);
    expect(parseMessage({ type: 'rxl/analyze', items: [] })).toEqual({ type: 'rxl/analyze', items: [] });
  });

  it('rejects anything malformed or oversized', () => {
    const item = ok.items[0]!;
    for (const bad of [
      { type: 'rxl/analyze' },
      { type: 'rxl/analyze', items: 'x' },
      { type: 'rxl/analyze', items: [null] },
      { type: 'rxl/analyze', items: [{ ...item, key: '' }] },
      { type: 'rxl/analyze', items: [{ ...item, key: 'k'.repeat(201) }] },
      { type: 'rxl/analyze', items: [{ ...item, title: 3 }] },
      { type: 'rxl/analyze', items: [{ ...item, text: 'x'.repeat(60_001) }] },
      { type: 'rxl/analyze', items: [{ ...item, partial: 'yes' }] },
      { type: 'rxl/analyze', items: Array.from({ length: MAX_ITEMS + 1 }, () => item) },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
});

describe('rxl/analyzed reply (validated in the content script)', () => {
  const request: AnalyzeMessage = {
    type: 'rxl/analyze',
    items: [
      { key: 'indeed:1', title: 'Pharmacy Technician', text: TEXT, partial: true },
      { key: 'indeed:2', title: 'Barista', text: 'Make coffee.', partial: true },
    ],
  };

  it('accepts the service’s answer: a badge for the tech job, none for the other', async () => {
    const parsed = parseAnalyzeReply(await reply(request), request)!;
    expect(parsed).not.toBeNull();
    expect(parsed.results.map((r) => r.key)).toEqual(['indeed:1', 'indeed:2']);
    const tech = parsed.results[0]!.result!;
    expect(tech.verdict).toBe('trainable');
    expect(tech.requires).toEqual(['ptcb-cpht']);
    expect(tech.settings).toContain('hospital');
    expect(tech.model.requirements[0]!.evidence).toContain('within 90 days');
    expect(tech.model.training[0]!.officialSite).toMatch(/^https:\/\//);
    expect(parsed.results[1]!.result).toBeNull();
  });

  it('drops a reply that does not match the request or carries anything unexpected', async () => {
    const good = (await reply(request)) as { results: Record<string, any>[] };
    const variants: ((r: any) => void)[] = [
      (r) => r.results.pop(),
      (r) => (r.results[0].key = 'indeed:9'),
      (r) => (r.type = 'rxl/other'),
      (r) => (r.results[0].result.verdict = 'great'),
      (r) => (r.results[0].result.requires = ['<img>']),
      (r) => (r.results[0].result.model.training[0].officialSite = 'javascript:alert(1)'),
      (r) => (r.results[0].result.model.training[0].officialSite = 'http://example.com/'),
      (r) => (r.results[0].result.model.requirements[0].holding = 'maybe'),
      (r) => (r.results[0].result.model.words = 'x'.repeat(5000)),
      (r) => (r.results[0].result.model = null),
      (r) => (r.results[0].upgraded = 'no'),
    ];
    for (const change of variants) {
      const r = structuredClone(good);
      change(r);
      expect(parseAnalyzeReply(r, request)).toBeNull();
    }
    expect(parseAnalyzeReply(good, request)).not.toBeNull();
  });
});

describe('analysis client', () => {
  it('asks once per (key, text), in one message per flush, and caches the answer', async () => {
    const sent: AnalyzeMessage[] = [];
    const answered = vi.fn();
    const client = new AnalysisClient(async (m) => {
      sent.push(m);
      return reply(m);
    }, answered);
    expect(client.get('indeed:1', 'Pharmacy Technician', TEXT, true)).toBeUndefined();
    expect(client.get('indeed:2', 'Pharmacy Technician', TEXT, true)).toBeUndefined();
    expect(client.get('indeed:1', 'Pharmacy Technician', TEXT, true)).toBeUndefined(); // already asked
    client.flush();
    client.flush(); // nothing new
    expect(sent).toHaveLength(1);
    expect(sent[0]!.items.map((i) => i.key)).toEqual(['indeed:1', 'indeed:2']);
    await new Promise((r) => setTimeout(r, 0));
    expect(answered).toHaveBeenCalledTimes(1);
    expect(client.get('indeed:1', 'Pharmacy Technician', TEXT, true)!.verdict).toBe('trainable');
    // Changed text: asked again.
    expect(client.get('indeed:1', 'Pharmacy Technician', `${TEXT} More.`, true)).toBeUndefined();
  });

  it('ignores a failed or malformed reply quietly, and every reply after stop()', async () => {
    const error = vi.spyOn(console, 'error');
    const answered = vi.fn();
    const failing = new AnalysisClient(() => Promise.reject(new Error('Could not establish connection')), answered);
    failing.get('indeed:1', 'Pharmacy Technician', TEXT, true);
    failing.flush();
    const malformed = new AnalysisClient(async () => ({ type: 'rxl/analyzed', results: 'x' }), answered);
    malformed.get('indeed:1', 'Pharmacy Technician', TEXT, true);
    malformed.flush();
    const stopped = new AnalysisClient((m) => reply(m), answered);
    stopped.get('indeed:1', 'Pharmacy Technician', TEXT, true);
    stopped.flush();
    stopped.stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(answered).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(failing.pending + malformed.pending + stopped.pending).toBe(0);
  });
});

describe('runtime with the background analysis', () => {
  it('shows no badge until the answer arrives (no placeholder), then the final one', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    t.win.settle(); // frames only: the answers are still on the way
    expect(hosts()).toHaveLength(0);
    expect(t.runtime.stats().waiting).toBeGreaterThan(0);
    await t.settle();
    expect(hosts('card')).toHaveLength(9);
    expect(hosts('detail')).toHaveLength(1);
    for (const h of hosts()) expect(['qualified', 'trainable', 'missing', 'unknown']).toContain(h.getAttribute('data-rxl-verdict'));
  });

  it('sends one batched message per frame and never asks again for what it knows', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const asked = t.requests.length;
    const items = t.requests.reduce((n, r) => n + r.items.length, 0);
    expect(asked).toBeLessThanOrEqual(t.runtime.stats().frames);
    // 22 cards + the open posting, each asked once (the split view's card may be asked again once
    // after its posting was stored).
    expect(items).toBeGreaterThanOrEqual(23);
    expect(items).toBeLessThanOrEqual(24);
    // Re-scans and re-renders by the board: answered from the page's cache.
    t.runtime.locationChanged();
    await t.settle();
    for (const card of Array.from(document.querySelectorAll('.cardOutline'))) card.setAttribute('data-x', '1');
    await t.mutations();
    await t.settle();
    expect(t.requests.length).toBe(asked);
  });

  it('stops quietly when the context is invalidated while an answer is on the way', async () => {
    const error = vi.spyOn(console, 'error');
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    t.win.settle();
    t.ctx.invalidate();
    await new Promise((r) => setTimeout(r, 0));
    expect(t.runtime.isStopped).toBe(true);
    expect(hosts()).toHaveLength(0);
    expect(t.win.pendingFrames).toBe(0);
    expect(error).not.toHaveBeenCalled();
  });

  it('profile change: badges keep their verdict until the new answer, then update', async () => {
    loadPage('indeed', 'results.html');
    const t = await startHarness(`${INDEED}&vjk=${NCH}`);
    await t.settle();
    const sel = '[data-rxl-key="indeed:726b87af195fa7d2"]';
    expect(document.querySelector(sel)!.getAttribute('data-rxl-verdict')).toBe('missing');
    t.profile.set({ ...EMPTY_PROFILE, credentials: { 'ptcb-cpht': 'held' } });
    t.win.settle();
    expect(document.querySelector(sel)!.getAttribute('data-rxl-verdict')).toBe('missing');
    await t.settle();
    expect(document.querySelector(sel)!.getAttribute('data-rxl-verdict')).toBe('qualified');
  });
});
