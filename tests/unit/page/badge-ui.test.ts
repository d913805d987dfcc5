// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzePosting } from '../../../src/analyze';
import { EMPTY_PROFILE, type ReaderProfile } from '../../../src/profile/types';
import { judgePosting } from '../../../src/profile/verdict';
import { BADGE_CSS, PALETTE } from '../../../src/ui/badge-css';
import { buildBadgeModel, formatPay, safeHttpsUrl, verdictWords, type BadgeModel } from '../../../src/ui/badge-model';
import { renderCompactBadge } from '../../../src/ui/compact-badge';

const XSS_TITLE = 'Pharmacy Technician <img src=x onerror="window.__rxlPwned=1">';
const POSTING = [
  'Requirements',
  'Active PTCB certification required <img src=x onerror="window.__rxlPwned=1"><script>window.__rxlPwned=2</script>.',
  'IV sterile compounding certification preferred.',
  '$19 - $24 an hour. Hospital pharmacy.',
].join('\n');

/** The badge as the content script draws it (plain DOM; the explanation card too, through src/ui/dom-jsx). */
type Draw = (model: BadgeModel, root: HTMLElement, onOpenOptions: () => void) => void;
const RENDERERS: [string, Draw][] = [
  ['compact DOM badge', (model, root, onOpenOptions) => renderCompactBadge(root, { key: 'k', model, place: 'card', onOpenOptions })],
];
let draw: Draw = RENDERERS[0]![1];

function mount(profile: ReaderProfile = EMPTY_PROFILE, text = POSTING, partial = false, onOpenOptions = vi.fn()) {
  const analysis = analyzePosting({ title: XSS_TITLE, text });
  const verdict = judgePosting(analysis, profile, { partial });
  const model = buildBadgeModel({ analysis, verdict, profile, partial });
  const host = document.createElement('rxl-badge');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('div');
  shadow.append(root);
  act(() => draw(model, root, onOpenOptions));
  const button = () => shadow.querySelector('button.badge') as HTMLButtonElement;
  return { host, shadow, root, button, model, onOpenOptions };
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __rxlPwned?: unknown }).__rxlPwned;
});

describe.each(RENDERERS)('badge (%s)', (_name, renderer) => {
  beforeEach(() => {
    draw = renderer;
  });

  it('is a button with icon + verdict words, setting chip and pay, collapsed, and takes no focus', () => {
    const { button, shadow } = mount();
    const b = button();
    expect(b.getAttribute('type')).toBe('button');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    expect(b.querySelector('svg.icon')!.getAttribute('aria-hidden')).toBe('true');
    expect(b.textContent).toContain('Needs CPhT');
    expect(b.querySelector('.chip')!.textContent).toContain('Hospital');
    expect(b.querySelector('.pay')!.textContent).toContain('$19–24/hr');
    expect(document.activeElement).toBe(document.body);
    expect(shadow.activeElement ?? null).toBeNull();
    expect(shadow.querySelector('.card')).toBeNull();
  });

  it('opens an explanation card: each requirement with its level and its sentence as text, the training path, the options button', () => {
    const { button, shadow, onOpenOptions } = mount();
    act(() => button().click());
    expect(button().getAttribute('aria-expanded')).toBe('true');
    const card = shadow.querySelector('.card')!;
    expect(button().getAttribute('aria-controls')).toBe(card.id);
    const items = Array.from(card.querySelectorAll('li')).map((li) => li.textContent);
    expect(items.some((t) => /PTCB.*required/.test(t!))).toBe(true);
    expect(items.some((t) => /Sterile.*preferred/.test(t!))).toBe(true);
    // The posting's own sentence, verbatim as text: the markup in it never became elements.
    const quotes = Array.from(card.querySelectorAll('q')).map((q) => q.textContent);
    expect(quotes.some((q) => q!.includes('<img src=x onerror="window.__rxlPwned=1">'))).toBe(true);
    expect(shadow.querySelector('img, script')).toBeNull();
    expect((window as { __rxlPwned?: unknown }).__rxlPwned).toBeUndefined();
    // Training for the credential the reader lacks, linking only to the issuer's https site.
    expect(card.textContent).toContain('How to earn what you lack');
    expect(card.textContent).toContain('Pharmacy Technician Certification Board (PTCB)');
    const links = Array.from(card.querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    // The options button.
    const set = Array.from(card.querySelectorAll('button')).find((b) => b.textContent === 'Set your credentials')!;
    act(() => set.click());
    expect(onOpenOptions).toHaveBeenCalledOnce();
    // Opening did not move focus.
    expect(shadow.activeElement ?? null).toBeNull();
  });

  it('Escape closes the card and returns focus to the badge; so does Close', () => {
    const { button, shadow } = mount();
    button().focus();
    act(() => button().click());
    const inside = shadow.querySelector('.card button') as HTMLButtonElement;
    inside.focus();
    act(() => void inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    expect(shadow.querySelector('.card')).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(button());
    act(() => button().click());
    const close = Array.from(shadow.querySelectorAll('.card button')).find((b) => b.textContent === 'Close') as HTMLButtonElement;
    act(() => close.click());
    expect(shadow.querySelector('.card')).toBeNull();
    expect(shadow.activeElement).toBe(button());
  });

  it('a card redrawn while open (a new answer) keeps the reader\'s focus and open disclosures', () => {
    const { button, shadow, root, model } = mount();
    act(() => button().click());
    const details = shadow.querySelector('.card details') as HTMLDetailsElement | null;
    if (details) details.open = true;
    const close = () => Array.from(shadow.querySelectorAll('.card button')).find((b) => b.textContent === 'Close') as HTMLButtonElement;
    close().focus();
    const before = close();
    act(() => renderCompactBadge(root, { key: 'k', model: { ...model, summary: `${model.summary} (updated)` }, place: 'card', onOpenOptions: vi.fn() }));
    expect(shadow.querySelector('.card')!.textContent).toContain('(updated)');
    expect(close()).not.toBe(before); // a new tree …
    expect(shadow.activeElement).toBe(close()); // … with the focus where it was
    if (details) expect((shadow.querySelector('.card details') as HTMLDetailsElement).open).toBe(true);
  });

  it('leaves the pay out when the reader turned it off (display.showPay)', () => {
    const { button } = mount({ version: 2, credentials: {}, display: { dimNonTech: false, hideUnqualified: 'show', showPay: false } });
    expect(button().querySelector('.pay')).toBeNull();
    expect(button().textContent).toContain('Needs CPhT');
  });

  it('says "You qualify" when the profile holds what is required', () => {
    const { button } = mount({ version: 1, credentials: { 'ptcb-cpht': 'held' } });
    expect(button().textContent).toContain('You qualify');
    expect(button().className).toContain('v-qualified');
  });
});

describe('badge words', () => {
  const gap = { alternatives: [] };
  it('follow the verdict', () => {
    expect(verdictWords({ verdict: 'qualified', missing: [], trainable: [], strengthen: [], requires: [] })).toBe('You qualify');
    expect(verdictWords({ verdict: 'missing', missing: [{ id: 'sterile-compounding', ...gap }], trainable: [], strengthen: [], requires: [] })).toBe('Needs IV cert');
    expect(verdictWords({ verdict: 'trainable', missing: [], trainable: [{ id: 'ptcb-cpht', withinDays: 180, allowance: 'within 180 days of hire', ...gap }], strengthen: [], requires: [] })).toBe('CPhT within 180 days');
    expect(verdictWords({ verdict: 'unknown', missing: [], trainable: [], strengthen: [], requires: [] })).toBe('Pharmacy tech: open for details');
    expect(verdictWords({ verdict: 'missing', missing: [{ id: 'state-license', otherState: 'TX', ...gap }, { id: 'bls-cpr', ...gap }], trainable: [], strengthen: [], requires: [] })).toBe('Needs TX license +1');
  });
  it('format pay and grades', () => {
    expect(formatPay({ pay: { min: 17, max: 19.5, unit: 'hour', currency: 'USD', evidence: '' } })).toBe('$17–19.50/hr');
    expect(formatPay({ pay: { min: 45000, max: 45000, unit: 'year', currency: 'USD', evidence: '' } })).toBe('$45,000/yr');
    expect(formatPay({ grades: { schedule: 'GS', min: 5, max: 6 } })).toBe('GS-5–6');
    expect(formatPay({})).toBeUndefined();
  });
  it('only keep https links', () => {
    expect(safeHttpsUrl('https://www.ptcb.org/')).toBe('https://www.ptcb.org/');
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('http://example.com/')).toBeUndefined();
    expect(safeHttpsUrl('https://user:pw@example.com/')).toBeUndefined();
  });
});

describe('badge styles', () => {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const ratio = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };

  it('meet WCAG AA: text 4.5:1 on its fill, badge edge 3:1 against the page, light and dark', () => {
    for (const [scheme, s] of Object.entries(PALETTE)) {
      for (const [name, c] of Object.entries(s.verdict)) {
        expect(ratio(c.fg, c.bg), `${scheme} ${name} text`).toBeGreaterThanOrEqual(4.5);
        expect(ratio(c.edge, s.page), `${scheme} ${name} edge`).toBeGreaterThanOrEqual(3);
      }
      expect(ratio(s.card.fg, s.card.bg)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(s.card.muted, s.card.bg)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(s.card.link, s.card.bg)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(s.card.edge, s.card.bg)).toBeGreaterThanOrEqual(3);
      expect(ratio(s.card.focus, s.card.bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('use px only (never rem/em, which follow the host page), and cover dark mode, reduced motion, forced colors', () => {
    expect(BADGE_CSS).not.toMatch(/\d(?:\.\d+)?r?em\b/);
    expect(BADGE_CSS).toContain('@media (prefers-color-scheme:dark)');
    expect(BADGE_CSS).toContain('@media (prefers-reduced-motion:reduce)');
    expect(BADGE_CSS).toContain('@media (forced-colors:active)');
    expect(BADGE_CSS).toContain(':host([hidden]){display:none!important}');
    expect(BADGE_CSS).toMatch(/min-height:24px/);
  });

  it("draw with fonts the page has loaded already: the board's font family, normal and bold weights only", () => {
    const host = /:host\{([^}]*)\}/.exec(BADGE_CSS)![1]!;
    // all:initial first, then the family inherited from the card (the shorthand's fallback is overridden).
    expect(host.indexOf('all:initial')).toBeLessThan(host.indexOf('font-family:inherit'));
    expect(host.lastIndexOf('font:')).toBeLessThan(host.indexOf('font-family:inherit'));
    const families = [...BADGE_CSS.matchAll(/font-family:([^;}]+)/g)].map((m) => m[1]);
    expect(families.length).toBeGreaterThan(0);
    expect(new Set(families)).toEqual(new Set(['inherit']));
    const weights = [...BADGE_CSS.matchAll(/font-weight:([^;}]+)/g)].map((m) => m[1]);
    expect(weights.length).toBeGreaterThan(0);
    expect(weights.filter((w) => w !== '400' && w !== '700')).toEqual([]);
  });
});
